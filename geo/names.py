"""How a person's name is written in English news: its words, particles and initials, and which
capitalised words are no name.

* :data:`NAME_TOKEN` - one word of a name ("Putin", "Akufo-Addo", "K.P.", "M.").
* :data:`NAME` - a chain of such words, with particles between them ("Mohammed bin Salman",
  "Nouri al-Malki", "Ursula von der Leyen").
* :data:`NOT_NAMES` - capitalised words that are never a person's name.
* :func:`trim_name` - the real name inside a matched chain of capitalised words.
* :data:`HONORIFIC`, :data:`HONORIFICS_RUN` - a form of address as a pattern ("Gen.", "H.E.", "Sheikh"), and
  any number of them before a name ("H.E. Sheikh ").
"""

from __future__ import annotations

import re

from geo.landmarks import seat_country
from geo.portfolios import PORTFOLIO_FIELDS
from geo.text import HONORIFICS
from geo.wordlists import longest_first

__all__ = ["FEATURE_WORD", "HONORIFIC", "HONORIFICS_RUN", "JOINED_PARTICLE", "NAME", "NAME_TOKEN", "NOT_NAMES", "PARTICLE", "female_by_title", "list_goes_on", "name_after_fields", "trim_name", "written_name"]

#: A particle between a given name and a family name, written apart ("bin", "van", "de").
PARTICLE = r"(?:bin|bint|ibn|al|el|de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|ter|y|Al|El)"
#: A particle joined to the family name by a hyphen ("Nouri al-Malki", "Abdel Fattah el-Sisi", "Ahmed
#: ad-Darwish"): lower-case, so no capitalised word, yet inside the name.
JOINED_PARTICLE = r"(?:al|el|as|ash|ad|ar|at|az|an|ud|ul|bin|ibn|ben|abu|d)[-'’]"
#: The first word of a place named for its kind of land or water ("Lake Kivu", "Mount Kenya"): no given name.
FEATURE_WORD = re.compile(r"(?:Lake|Mount|Mt|River|Island|Isle|Cape|Port|Gulf|Bay|Lac|Mont|Sierra|Rio|Sea|Ocean|"
                          r"Desert|Valley|Plateau|Peninsula|Strait)\b")
#: One word of a name: initials ("K.P.", "M."), or a capitalised word, hyphenated ones too; a hyphen
#: that a line break or a typesetter left followed by a space ("Akufo- Addo") still joins one word.
NAME_TOKEN = (r"(?:(?:[A-Z]\.){2,3}(?=\s)|[A-ZÀ-ÞĀ-Ž][\w'’\-]*[^\W\d_](?:-\s[A-ZÀ-ÞĀ-Ž][\w'’\-]*[^\W\d_])?|"
              r"[A-Z]\.?)")  # "K.P. Sharma Oli" too
NAME = NAME_TOKEN + r"(?:\s+(?:" + PARTICLE + r"\s+|" + JOINED_PARTICLE + r")?" + NAME_TOKEN + r"){0,3}"

#: Capitalised words that are no name: function words, days, months, offices, bodies, forms of address.
NOT_NAMES = frozenset({
    "The", "A", "An", "In", "On", "At", "And", "But", "Of", "For", "To", "With", "As", "By", "He", "She",
    "It", "They", "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "June", "July", "August", "September",
    "October", "November", "December", "Minister", "President", "Foreign", "Defense", "Defence",
    "Assembly", "Council", "Party", "Ministry", "Office", "House", "Union", "Organization",
    "Organisation", "Committee", "Court", "Parliament", "Government", "Administration", "Department",
    "Forces", "Army", "Agency", "News", "Times", "Post", "Ministers", "Cabinet", "Commission", "Bank",
    "Fund", "Summit", "Federation", "Republic", "Kingdom", "State", "States", "Secretary", "General",
    "Prime", "Press", "Service", "TV", "Television", "Affairs", "Excellency", "Majesty", "Highness",
    "Says", "Said", "Visits", "Visit", "Visited", "Arrives", "Arrived", "Travels", "Meets", "Met",
    "Lands", "Heads", "Holds", "Hosts", "Will", "Is", "Was", "Begins", "Ends", "Tours", "Due", "Also",
    "Here", "There", "Today", "Tomorrow", "Yesterday", "Who", "Which", "When", "Where", "After",
    "Before", "During", "While", "Since", "His", "Her", "Their", "Its", "Mr", "Mrs", "Ms", "Dr",
    "Sheikh", "Sir", "Embassy", "Palace", "Airport", "Hall", "Square", "Street", "University",
    "Institute", "Center", "Centre", "Conference", "Forum", "Meeting", "Talks", "Delegation",
    "Statement", "Spokesman", "Spokeswoman", "Ambassador", "Envoy", "Chancellor", "Premier", "King",
    "Queen", "Emir", "Prince", "Crown", "Vice", "Deputy", "Chief", "Leader", "Senator", "Governor",
    # a rank before a title is no name: "Saudi Deputy Crown Prince, Second Deputy Premier"
    "First", "Second", "Third", "Fourth", "Advisor", "Adviser", "Custodian",
    "Consort",  # "the Queen Consort", "Prince Consort": a royal's title, no name
    "National", "Metro",  # "..., National Assembly Speaker of Kenya Justin Muturi", "Metro Manila (CNN) -"
    # the head word of a body is no name: "the President of the Sao Paulo American Chamber of Commerce"
    "Chamber", "Association", "Society", "Foundation", "Corporation", "Company", "Authority", "Board", "Club",
    *PORTFOLIO_FIELDS})

_TOKEN = re.compile(r"\S+")
_POSSESSIVE_END = re.compile(r"(?=['’])(?:['’]s|(?<=s)['’])$")
_INITIAL = re.compile(r"[A-Z]\.")
_ENDS_WITH_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")


def trim_name(text: str, a: int, name: str, place_kind) -> tuple[int, int] | None:
    """The span of the real name inside a matched chain of capitalised words.

    It stops at a possessive ("Blinken's trip"), a word that is no name
    ("President", "Monday"), a seat of power, a country or region, or a town
    in first place ("President Putin Moscow ..."); a town's name later in the
    chain is a surname ("Robert Gates", "Michael Somare"). Initials stay
    ("Robert M. Gates", "V. K. Singh").
    """
    keep_end = None
    for i, w in enumerate(_TOKEN.finditer(name)):
        token = w.group(0)
        possessive = _POSSESSIVE_END.search(token)
        bare = token[:possessive.start()] if possessive else token
        bare = bare.rstrip(",;:")
        if not _INITIAL.fullmatch(bare):
            bare = bare.rstrip(".")
        wa = a + w.start()
        kind = place_kind(wa, wa + len(bare)) if bare else None
        if not bare or bare in NOT_NAMES or seat_country(bare) or kind in ("country", "admin", "region") \
                or (kind is not None and i == 0):
            break
        keep_end = wa + len(bare)
        if possessive or bare != token.rstrip(".") and not bare.endswith("."):
            break
    if keep_end is None:
        return None
    while keep_end > a and text[keep_end - 1] in ",":
        keep_end -= 1
    if text[keep_end - 1] == "." and not _ENDS_WITH_INITIAL.search(text[a:keep_end]):
        keep_end -= 1
    if _ENDS_WITH_INITIAL.search(text[a:keep_end]) and " " in text[a:keep_end]:
        keep_end = a + text[a:keep_end].rstrip(".").rfind(" ")  # "Robert M." alone: "Robert"
    return (a, keep_end) if keep_end > a else None


_BROKEN_HYPHEN = re.compile(r"(?<=\w)-\s+(?=[A-ZÀ-ÞĀ-Ž])")


def written_name(text: str) -> str:
    """A name as it is spelled, whatever the typesetting: a hyphen left before a space is joined
    again.

    Examples
    --------
    >>> written_name("Nana Akufo- Addo")
    'Nana Akufo-Addo'
    >>> written_name("Abdel Fattah el-Sisi")
    'Abdel Fattah el-Sisi'
    """
    return _BROKEN_HYPHEN.sub("-", text)


#: A list of fields goes on after a capitalised word: ", Ports and ...", " and Tourism ...".
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?(?=[A-Z])|\s+(?:and|&)\s+(?=[A-Z])")
_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*")
#: An office that opens the next item of a list of people: "..., Minister of Transport ...".
_OFFICE = re.compile(r"(?:(?:Deputy|Vice|Prime|Foreign|Chief|State)\s+)*(?:Minister|Secretary|President|Ambassador|"
                     r"Governor|Chancellor|Premier|Envoy|Director|Chairman|Speaker)\b")


def list_goes_on(text: str, pos: int) -> bool:
    """Does a list of capitalised items go on at ``pos`` (", Ports", " and Tourism")?

    Examples
    --------
    >>> list_goes_on("Transport, Highways and Ports", 9), list_goes_on("Bimal Rathnayake arrived", 16)
    (True, False)
    """
    return _LIST_GOES_ON.match(text, pos) is not None


def name_after_fields(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the name that closes a list of an office's fields going on at ``pos``, else ``None``.

    In "Minister of Transport, Highways, Ports and Civil Aviation Bimal Rathnayake" the words after the
    first comma are fields until the last item, whose last two capitalised words are the name ("Civil
    Aviation" the field, "Bimal Rathnayake" the minister). One item alone is no list ("Minister of
    Ghana, Shirley Ayorkor Botchwey, and ..."), and a last item of fewer than three words holds no name.

    Examples
    --------
    >>> t = "Minister of Transport, Highways, Ports and Civil Aviation Bimal Rathnayake arrived."
    >>> a, b = name_after_fields(t, 21)
    >>> t[a:b]
    'Bimal Rathnayake'
    >>> t = "Minister of Trade, Industry, and Tourism Vijitha Herath, Minister of Health Ali Hassan"
    >>> a, b = name_after_fields(t, 17)
    >>> t[a:b]
    'Vijitha Herath'
    >>> t = "Minister of Ghana, Shirley Ayorkor Botchwey, and the minister arrived."
    >>> name_after_fields(t, 17) is None
    True
    >>> name_after_fields("Minister of Trade, Industry and Tourism said so.", 17) is None
    True
    """
    if not list_goes_on(text, pos):
        return None
    item: list[re.Match[str]] = []
    at, items = pos, 0
    while (sep := _LIST_GOES_ON.match(text, at)) is not None:
        if _OFFICE.match(text, sep.end()):
            break  # "..., Minister of Transport": the next office, the list is over
        item, at, items = [], sep.end(), items + 1
        while (w := _CAPITALISED.match(text, at)) is not None \
                and not (len(item) >= 2 and w.group(0) in NOT_NAMES - PORTFOLIO_FIELDS):  # "... Rathnayake Ambassador"
            item.append(w)
            nxt = re.compile(r"[ \t]+").match(text, w.end())
            if nxt is None or not _CAPITALISED.match(text, nxt.end()):
                at = w.end()
                break
            at = nxt.end()
        if not item:
            return None
    if items < 2 or len(item) < 3 or any(w.group(0) in NOT_NAMES for w in item[-2:]):
        return None
    return item[-2].start(), item[-1].end()


#: A title or form of address that only a woman bears, right before a name: "First Lady Ibu Iriana", "Mrs".
_FEMALE_BEFORE = re.compile(r"\b(?:First\s+Lady|Mrs\.?|Ms\.?|Mme\.?|Madam|Madame|Lady|Dame|Queen|Princess|Ibu|Begum|Smt\.?|"
                            r"Sheikha|Shaikha|Her\s+(?:Excellency|Majesty|Highness|Royal\s+Highness))\s+$")


def female_by_title(text: str, a: int) -> bool:
    """Whether the name at ``a`` follows a title or form of address only a woman bears.

    Examples
    --------
    >>> t = "accompanied by First Lady Ibu Iriana Jokowi and his entourage"
    >>> female_by_title(t, t.index("Iriana")), female_by_title(t, t.index("First"))
    (True, False)
    """
    return _FEMALE_BEFORE.search(text, max(0, a - 40), a) is not None


# a full word ("General", "Senator") followed by a full stop ends a sentence ("... to the Secretary
# General. ATMIS has ..."); only a short form takes one ("Gen. Mattis", "Dr. Jaishankar", "H.E. Sheikh")
_SHORT = [h for h in HONORIFICS if "." in h or len(h) <= 4]
# (the long forms in the list's order, not a set's, which changes with each process's hash seed: the same pattern
# text in every process, so that its compiled code can be kept, geo.engine.regex_cache)
#: One honorific of :data:`geo.text.HONORIFICS` as a pattern: "Gen.", "Dr", "H.E.", "Sheikh", "Senator".
HONORIFIC = "(?:" + longest_first(_SHORT, space=r"\s+") + r")\.?|(?:" \
    + longest_first([h for h in HONORIFICS if h not in _SHORT], space=r"\s+") + ")"
#: Any number of honorifics, each followed by a space: "H.E. Sheikh ".
HONORIFICS_RUN = r"(?:(?:" + HONORIFIC + r")\s+)*"
