"""Which country the words before a name give it: "Russian President", "Brazil's", "the Kremlin's
spokesman", "White House National Security Adviser" (:func:`country_before`, :func:`country_of_phrase`),
and none for an international organisation's office: "UN Secretary-General Ban Ki-moon", "EU High
Representative ... Josep Borrell", "Secretary General of the United Nations (UN), Antonio Guterres" act
for their organisation, not for the country the leaders table knows them from (:func:`organisation_office`).

:mod:`geo.people` reads titles with these.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.landmarks import seat_country
from geo.values import Mention

if TYPE_CHECKING:  # types only: no import at run time
    from geo.gazetteer import Gazetteer

__all__ = ["TITLE_MODIFIERS", "held_title", "same_holder", "country_after", "country_before", "country_of_phrase", "is_capital",
           "organisation_office", "owned_by_state"]

#: Words that may stand before a title: "deputy", "acting", "visiting", "top", "foreign-policy".
TITLE_MODIFIERS = (r"(?:(?:presidential|deputy|first|vice|acting|former|current|diplomatic|senior|top|"
                   r"visiting|outgoing|incoming|new|interim|caretaker|foreign[- ]policy)\s+)*")
_MODS_AT_END = re.compile(r"(?i)\s*" + TITLE_MODIFIERS.replace("*", "+") + r"$")
_LAST_WORDS = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w\-.]+(?:\s+[A-Z][\w\-.]+){0,2})$")

_CODE_LIKE = re.compile(r"(?!UK|US)[A-Z]{2}")


def country_of_phrase(phrase: str, start: int, by_end: dict[int, Mention],
                       gazetteer: Gazetteer | None) -> str | None:
    """The country a phrase before a title stands for: "Russian", "Brazil", "the Kremlin", "Beijing"."""
    m = by_end.get(start + len(phrase))
    if m is not None and m.country and m.start >= start and m.kind in ("demonym", "country", "city"):
        # a capital stands for its government: "Beijing's top envoy"
        return m.country if m.kind != "city" or is_capital(m, gazetteer) else None
    seat = seat_country(phrase)
    if seat:
        return seat
    if gazetteer is not None and not _CODE_LIKE.fullmatch(phrase):  # "HM King", "PM Modi": no country codes
        try:
            return gazetteer.country_code(phrase)
        except Exception:  # a gazetteer of another make: no demonym look-up
            return None
    return None


def is_capital(m: Mention, gazetteer: Gazetteer | None = None) -> bool:
    """Is the city mention its country's capital, which stands for its government ("Beijing's top envoy",
    "Jakarta will host Pence")? ``gazetteer`` defaults to the process-wide one the geoparser loaded.

    Examples
    --------
    >>> from geo.gazetteer import get_gazetteer
    >>> gaz = get_gazetteer()
    >>> city = lambda name, cc: Mention("d", 0, len(name), name, name, 0.0, 0.0, cc, None, "city", 1.0)
    >>> is_capital(city("Jakarta", "ID"), gaz), is_capital(city("Surabaya", "ID"), gaz)
    (True, False)
    """
    if gazetteer is None:
        from geo.gazetteer import get_gazetteer

        gazetteer = get_gazetteer()
    cap = gazetteer.capital(m.country) if gazetteer is not None and m.country else None
    return cap is not None and cap.name == m.name


_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")


def country_after(text: str, end: int, by_start: dict[int, Mention]) -> str | None:
    """The country a titled name is "of", told right after it: "King Letsie III of Lesotho", "President
    Samia Suluhu Hassan of Tanzania" (a country, not a city: "Mayor X of Tehran" is of no country here).

    Examples
    --------
    >>> t = "King Letsie III of Lesotho arrived."
    >>> ls = Mention("d", 19, 26, "Lesotho", "Lesotho", -29.6, 28.2, "LS", None, "country", 1.0)
    >>> country_after(t, 15, {19: ls}), country_after(t, 4, {19: ls})
    ('LS', None)
    """
    m = _OF_AFTER.match(text, end)
    place = by_start.get(m.end()) if m is not None else None
    return place.country if place is not None and place.kind == "country" else None


def country_before(text: str, pos: int, by_end: dict[int, Mention], gazetteer: Gazetteer | None) -> str | None:
    """Country of a demonym, country name or seat of power ending just before ``pos``."""
    base = max(0, pos - 40)
    base = max(base, text.rfind("\n", base, pos) + 1)  # not across a line: "Visit to Australia\nPrime Minister"
    seg = text[base:pos].rstrip()
    if seg.endswith(("'s", "’s")):
        seg = seg[:-2]
    if seg[-1:].isspace():  # modifiers end with a space: only after a possessive was cut
        seg = _MODS_AT_END.sub("", seg)
    word = _LAST_WORDS.search(seg)  # none at a lower-case field: "Chinese foreign ministry spokesman"
    w0 = base + word.start(1) if word else base
    for k in range(len(word.group(1).split()) if word else 0):  # "North Korean" before "South"
        phrase = " ".join(word.group(1).split()[k:])
        start = w0 + word.group(1).find(phrase)
        code = country_of_phrase(phrase, start, by_end, gazetteer)
        if code:
            return code
    field = _FIELD_TAIL.search(seg)  # "White House National Security Adviser": the White House's
    rest = seg[:field.start()] if field is not None else ""
    rest = rest[:-2] if rest.endswith(("'s", "’s")) else rest  # "Pakistan's Foreign Office spokesperson"
    head = _LAST_WORDS.search(rest) if field is not None else None
    if head is not None:
        return country_of_phrase(head.group(1), base + head.start(1), by_end, gazetteer)
    return None


#: A field or an institution between a country and a title: "White House National Security Adviser", "Chinese
#: foreign ministry spokesman", "Iranian government spokesman", "Indian External Affairs Ministry spokesperson".
_FIELD_TAIL = re.compile(r"\s+(?:(?:National|Homeland|Economic|Foreign|Trade|Defen[cs]e|Climate)(?:\s+[A-Z]\w+)?|"
                         r"(?:(?i:foreign|external\s+affairs|home|interior|defen[cs]e|finance|trade|information)\s+)?"
                         r"(?i:ministry|department|office|government|presidency|administration|cabinet))$")


_ORG = (r"(?:United\s+Nations|U\.?N\.?|European\s+(?:Union|Commission|Council)|EU|NATO|Nato|African\s+Union|"
        r"ASEAN|Asean|OSCE|IMF|International\s+Monetary\s+Fund|World\s+Bank|World\s+Health\s+Organi[sz]ation|"
        r"WHO|WTO|World\s+Trade\s+Organi[sz]ation|Arab\s+League|League\s+of\s+Arab\s+States|OPEC|IAEA|"
        r"International\s+Atomic\s+Energy\s+Agency|Council\s+of\s+Europe|Organi[sz]ation\s+of\s+American\s+"
        r"States|OAS|Gulf\s+Cooperation\s+Council|GCC|ECOWAS|SADC|Commonwealth|UNESCO|UNICEF|UNHCR|UNDP)")
_OFFICE = (r"(?:Secretary[\s-]+General|High\s+Representative|[Cc]hief|President|Vice[\s-]+President|"
           r"Director[\s-]+General|Managing\s+Director|Commissioner|Chair(?:man|woman|person)?|Special\s+"
           r"(?:Envoy|Representative|Coordinator)|[Ee]nvoy|Head|head|boss)")
#: An organisation's office right before a name: "UN Secretary-General", "the EU's foreign policy chief",
#: "EU High Representative for Foreign Affairs and Security Policy/Vice-President of the European
#: Commission,", "Secretary General of the United Nations (UN),", "NATO Secretary General".
_ORG_OFFICE = re.compile(r"(?:\b" + _ORG + r"(?:['’]s)?\s+(?:[A-Za-z\-]+\s+){0,3}?" + _OFFICE
                         + r"|\b" + _OFFICE + r"\s+(?:of|to)\s+(?:the\s+)?" + _ORG + r")"
                         r"(?:\s+(?:for|of)\s+[^,;.\n]{0,90}?)?(?:\s*\([A-Za-z./]{1,8}\))?\s*,?\s*$")


def organisation_office(text: str, name_start: int) -> bool:
    """Is the name at ``name_start`` right after an international organisation's office?

    Examples
    --------
    >>> t = "United Nations Secretary-General Ban Ki-moon arrived."
    >>> organisation_office(t, t.index("Ban"))
    True
    >>> t = "Visiting Secretary General of the United Nations (UN), Antonio Guterres has arrived"
    >>> organisation_office(t, t.index("Antonio"))
    True
    >>> t = "South Korean Foreign Minister Ban Ki-moon arrived in Washington."
    >>> organisation_office(t, t.index("Ban"))
    False
    """
    lo = max(0, name_start - 160, text.rfind("\n", 0, name_start) + 1)
    if _ORG_KEY.search(text, lo, name_start) is None:
        return False  # one plain look-up first: most names stand near no organisation
    return _ORG_OFFICE.search(text, lo, name_start) is not None


#: A piece of every organisation's name, looked for as plain text before the pattern is tried.
_ORG_KEYS = ("UN", "U.N", "United Nations", "EU", "European", "NATO", "Nato", "AU", "African Union", "ASEAN",
             "Asean", "OSCE", "IMF", "Monetary Fund", "World ", "WHO", "WTO", "Arab ", "League", "OPEC", "IAEA",
             "Atomic Energy", "Council of Europe", "American States", "OAS", "Gulf Cooperation", "GCC", "ECOWAS",
             "SADC", "Commonwealth")
_ORG_KEY = re.compile("|".join(re.escape(k) for k in _ORG_KEYS))


#: Modifiers that make a title another office than the holder's: "former", "deputy", "vice", "incoming", "ex-".
_NOT_HOLDER = re.compile(r"(?i)\b(?P<word>former|deputy|vice|incoming|ex)\b[\s\-]+(?:[a-z\-]+\s+)*$")


#: Words before a title that say how its office is held, not whose it is: "Acting", "Interim", "Caretaker".
_SAME_HOLDER = re.compile(r"(?i:acting|interim|caretaker|visiting)")


def same_holder(words: str) -> bool:
    """Do ``words`` before a title only say how the office is held, so that its holder is the one the story names
    ("the Acting Assistant Secretary", "the Interim President"), not a country's?

    Examples
    --------
    >>> same_holder("Acting"), same_holder("Interim"), same_holder("Kenyan")
    (True, True, False)
    """
    return _SAME_HOLDER.fullmatch(words) is not None


def held_title(before: str, title: str, roles) -> str | None:
    """The office a title names once the modifiers right ``before`` it are read: the same title, a junior office
    ``roles`` knows ("Nigeria's vice president" -> "vice president"), or ``None`` for no office of the day
    ("Kenya's former president", "the deputy president" of a country whose deputy ``roles`` does not know).

    Examples
    --------
    >>> roles = {"president": "president", "vice president": "vice president"}
    >>> held_title("Nigeria's vice ", "president", roles), held_title("Kenya's former ", "president", roles)
    ('vice president', None)
    >>> held_title("The Kenyan deputy ", "president", roles), held_title("the visiting ", "president", roles)
    (None, 'president')
    """
    m = _NOT_HOLDER.search(before[-40:])
    if m is None:
        return title
    word = m.group("word").lower()
    if word in ("deputy", "vice") and f"{word} {title}" in roles:
        return f"{word} {title}"
    return None


#: The words a country named by what it is ends on, right before its "'s": "the kingdom's", "the island nation's".
_STATE_NOUNS = ("kingdom", "nation", "state", "emirate", "sultanate", "archipelago")


def owned_by_state(text: str, a: int, b: int) -> bool:
    """Does ``text[a:b]`` hold a state noun right before an "'s" ("the kingdom's foreign minister")?

    Examples
    --------
    >>> t = "the kingdom's foreign minister"
    >>> owned_by_state(t, 0, len(t)), owned_by_state("the king's guest", 0, 16)
    (True, False)
    """
    for mark in ("'s", "’s"):
        q = text.find(mark, a, b)
        while q >= 0:
            if text.endswith(_STATE_NOUNS, a, q):
                return True
            q = text.find(mark, q + 1, b)
    return False
