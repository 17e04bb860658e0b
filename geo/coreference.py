"""Who "he", "the president" or "Putin" is: references to people resolved in text order.

:func:`geo.people.find_people` finds every reference; this module decides whom
each one means:

* :func:`resolve_names` - a surname is the full name with that surname before it
  (or after it: "Bukele arrived ..." before "Nayib Bukele"), a descriptor ("the
  Kenyan president", "the Secretary") the person of that country and a
  compatible role named in the story, else the office holder on the publication
  date (``data/leaders.csv``);
* "I" is who says it: :mod:`geo.first_person`;
* :func:`resolve_pronouns` - a pronoun is the nearest person before it in its
  sentence, else the person the sentence opens on, else the one the previous
  sentence was about, of the right gender when it is known; "they" and "the two
  leaders" opening a sentence are both people of the one before (:mod:`geo.plurals`).

Each resolved :class:`~geo.values.Person` says how in ``via``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache

from geo import doc_words
from geo.away_party import away_party, co_subject_away, left_behind, travels_next
from geo.leaders import HEAD_ROLES, SPEAKER_ROLES, LeaderIndex, fold_name, surname
from geo.pronoun_grammar import may_point_ahead, meeting_subject, object_of_verb
from geo.names import written_name
from geo.household import resolve_households
from geo.plurals import resolve_plurals
from geo.text import HONORIFICS, Anchors, by_sentence
from geo.values import Mention, Person
from geo.wordlists import REPORTING_REFERENT, TRIP_OR_STOP, alternation

__all__ = ["resolve_names", "resolve_pronouns", "HOSTS_AFTER", "GENERIC_PERSON", "OBJECT_PRONOUN"]

#: A host's verb right after a person: "Ishiba welcomed him", "Solih on Monday hosted the Prime Minister", and
#: the same verb in the future or after "to" ("Motlanthe will on Wednesday host the Secretary-General", "Lula
#: is due to receive Xi", "Ruto is set to welcome"): whoever is hosted is the one the story follows.
HOSTS_AFTER = re.compile(r"\s+(?:(?:on\s+\w+|also|later|then|warmly|personally)\s+)?(?:hosted|hosts|welcomed|"
                         r"welcomes|received|receives|greeted|greets)\b"
                         r"|\s+(?:will|shall|would|(?:is|was)\s+(?:also\s+)?(?:(?:due|set|expected|scheduled|slated)\s+)?to)"
                         r"\s+(?:(?:on\s+\w+|also|later|then|warmly|personally|formally|officially)\s+)?"
                         r"(?:host|welcome|receive|greet)\s+(?=(?:the|his|her|their|visiting)\s|(?:him|them)\b|"
                         r"(?-i:[A-Z]))", re.I)
#: An object pronoun after its clause's verb: "welcomed him at the Kantei", "hosted her."
OBJECT_PRONOUN = re.compile(r"(?i:him|them)\b|(?i:her)(?=\s*(?:[.,;:]|$|\s+(?:at|in|on|to|for|with|during|as|"
                            r"and|after|before|upon)\b))")

#: A subject pronoun that opens a clause: after a subordinating word or a comma ("Xi will meet Putin when he
#: visits", "where the president talked to Netanyahu, he also traveled").
_SUBORDINATOR_BEFORE = re.compile(r"(?:\b(?:when|whenever|before|after|as|once|until|while|if|since|because)|,(?:\s*(?:and|but|then))?)\s+$",
                                  re.I)
_REPORTING = re.compile(r"\b" + alternation(REPORTING_REFERENT) + r"\b")
#: "His Highness", "Her Majesty" are forms of address, no pronoun for the one named before.
_PRONOUN = re.compile(r"\b(?:he|his|him|she|her|He|His|Him|She|Her)\b"
                      r"(?!\s+(?:Highness|Majesty|Excellency|Royal|Holiness|Eminence|Beatitude)\b)")
_CLAUSE_MARK = re.compile(r"[,;]")
#: "During his visit to China, he will meet Putin": the clause has a subject of its own before the one named
#: after it, so the opening "his" is that subject's (the story's traveller), not Putin's
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
_OPENS_SUBORDINATE = re.compile(r"\b(?:when|whenever|before|after|as|once|until|while|if|since|because|though|although)\s+$", re.I)
#: A person of no name and no one in particular stands between a pronoun and the one named before it:
#: "Alotaibi explained why any Japanese crown prince must pay his first visit to Saudi Arabia" (his is
#: that prince's, not Alotaibi's), "it is rare for a president to cut short his trip". (First letter first.)
GENERIC_PERSON = re.compile(r"(?=[aen])\b(?:any|every|each|a|an|no)\s+(?:(?:newly[\s-]\w+|new|future|visiting|foreign|"
                            r"sitting|serving|incoming|elected|crowned|appointed|(?-i:[A-Z][\w\-]+))\s+){0,3}(?:crown\s+prince|prince|princess|king|queen|"
                            r"emperor|emir|sultan|president|prime\s+minister|premier|chancellor|minister|leader|"
                            r"head\s+of\s+(?:state|government)|diplomat|envoy|dignitary|monarch|ruler)(?![\w\-’'])"
                            r"(?!\s+(?:visit|trip|tour|talks|meeting|delegation|level|post|office|residence|palace)s?\b)",
                            re.I)
_GUEST_WORD = re.compile(r"(?i)\b(?:guest|visitor)s?\b")
_HONORIFIC_WORDS = {fold_name(h) for h in HONORIFICS if " " not in fold_name(h)}

_FAMILY = {
    "secretary": {"secretary of state", "defence minister", "deputy secretary"},
    "minister": {"foreign minister", "defence minister", "prime minister", "deputy prime minister"},
    "prime minister": {"premier"}, "premier": {"prime minister"},
    "foreign minister": {"secretary of state"}, "secretary of state": {"foreign minister"},
    # "the Russian diplomat": a diplomat of that country named before; the leaders table has no such role,
    # so no office holder of the day is taken for one
    "diplomat": {"foreign minister", "secretary of state", "deputy secretary", "envoy", "ambassador"},
}


#: Roles a title may also mean when no closer holder is named ("the Secretary" in London).
_LOOSE_FAMILY = {"secretary": {"foreign minister"}}


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _pronouns() -> Anchors:
    # looked for with the other words of every document (geo.doc_words): no pass of its own
    return Anchors({"pronoun": (_PRONOUN, ("he", "his", "him", "she", "her"))}, shared="coreference.pronouns")


def _compatible(role: str | None, other: str | None, *, loose: bool = False) -> bool:
    """Can a person of role ``other`` be the one a title of role ``role`` speaks of?

    "The Secretary" may be a secretary of state or of defence, "the minister"
    any minister, "the leader" any head of state or government.
    """
    if role is None or other is None or role == other or other in _FAMILY.get(role, ()):
        return True
    if loose and other in _LOOSE_FAMILY.get(role, ()):
        return True
    if role == "minister" and "minister" in other:
        return True
    return role in HEAD_ROLES and other in HEAD_ROLES and ("leader" in (role, other) or "head of state" in (role, other))


class _Story:
    """The people resolved so far in one document, with the look-ups resolution needs kept up to
    date as each one is added, so that resolving one more reference does not rescan the ones before."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.times: Counter = Counter()  # how often each name has been named (by name, surname or pronoun)
        self.first: dict[str | None, int] = {}  # where each name was named first
        self.by_surname: dict[str, tuple[int, Person]] = {}  # the last one named with each surname
        self.by_deletion: dict[str, set[str]] = {}  # a long surname less one letter -> the surnames
        self._undeleted: list[str] = []  # long surnames not yet in by_deletion: listed when a look-up asks
        self.by_folded: dict[str, tuple[int, Person]] = {}  # the last one named with each full name
        self.by_given: dict[str, dict[str, Person]] = {}  # given name -> full name -> first one named so
        #: (role, country) -> the named people of that role and country: the last one and the last one by name
        self.groups: dict[tuple[str | None, str | None], tuple[int, Person, dict[str, tuple[int, Person]]]] = {}
        self.guest: Person | None = None  # the last one named as a guest: "visiting ... X", "received X"

    def add(self, p: Person, offices: frozenset[str] = frozenset()) -> None:
        """Add the next person; ``offices`` are the other roles the leaders table gives them that day,
        under which a title may name them too ("the Crown Prince" after "Minister of Defence Mohammed
        bin Salman")."""
        i = len(self.people)
        self.people.append(p)
        if p.kind != "descriptor":  # "his Mozambican counterpart" names the story's own less than Nyusi's
            self.times[p.name] += 1
        self.first.setdefault(p.name, p.start)
        if not p.name or p.kind == "pronoun":
            return
        last = surname(p.name)
        self.by_surname[last] = (i, p)
        if p.kind == "name" and (written := surname(p.text)) != last:
            # "Crown Prince Mohammed" resolved to "Mohammed bin Salman": a later "Prince Mohammed" is him
            self.by_surname[written] = (i, p)
        self.by_folded[fold_name(p.name)] = (i, p)
        if len(last) >= 6:  # spelled-apart look-ups: each surname under itself and each one-letter deletion
            self._undeleted.append(last)
        if p.kind == "name":
            words = [w for w in fold_name(p.name).split() if w not in _HONORIFIC_WORDS]
            if len(words) > 1:
                self.by_given.setdefault(words[0], {}).setdefault(p.name, p)
        # a title resolved to someone of a known country is theirs as well: "The Indian prime minister
        # arrived ... the Prime Minister will fly on" (the leaders table's holder, named by title only)
        if p.kind in ("name", "surname") or (p.kind == "descriptor" and p.country and p.role):
            for role in (p.role, *sorted(offices - {p.role})):
                key = (role, p.country)
                by_name = self.groups[key][2] if key in self.groups else {}
                by_name[p.name] = (i, p)
                self.groups[key] = (i, p, by_name)

    def last_named(self, last: str, lead) -> Person | None:
        """The last person named with surname ``last`` or with the full name of ``lead``."""
        found = [self.by_surname.get(last), self.by_folded.get(fold_name(lead.name)) if lead is not None else None]
        found = [f for f in found if f is not None]
        return max(found, key=lambda f: f[0])[1] if found else None

    def spelled_apart(self, last: str) -> Person | None:
        """The one person named before whose surname is ``last`` spelled one letter apart ("Prime Minister
        Wickremasinghe" after "Ranil Wickremesinghe"): a long surname only, same first and last letters."""
        if len(last) < 7:
            return None
        for known in self._undeleted:
            for variant in {known, *(known[:j] + known[j + 1:] for j in range(len(known)))}:
                self.by_deletion.setdefault(variant, set()).add(known)
        self._undeleted.clear()
        keys = set()
        for variant in {last, *(last[:j] + last[j + 1:] for j in range(len(last)))}:
            keys |= self.by_deletion.get(variant, set())
        found = {}
        for key in keys:
            if key[0] == last[0] and key[-1] == last[-1] and _one_letter_apart(key, last):
                p = self.by_surname[key][1]
                found[p.name] = p
        return next(iter(found.values())) if len(found) == 1 else None

    def given_name_of(self, word: str) -> Person | None:
        """The one person named in full before whose given name is ``word`` ("Sir Michael" after
        "Sir Michael Somare", "Sheikh Mohamed" after "Sheikh Mohamed bin Zayed"); ``None`` if there is
        none or more than one."""
        found = self.by_given.get(fold_name(word), {})
        return next(iter(found.values())) if len(found) == 1 else None

    def fitting(self, role: str | None, country: str | None, not_from, loose: bool) -> Person | None:
        """The named person a descriptor of ``role`` and ``country`` means: the last one named of a
        compatible role (and of that country, else of any known role and a country not in
        ``not_from``); with no country and several names that fit, the one named most often so far,
        among equals the one named first."""
        groups = [g for (r, c), g in self.groups.items()
                  if _compatible(role, r, loose=loose) and (c == country if country else r is not None)
                  and c not in not_from]
        if not groups:
            return None
        if country:
            return max(groups, key=lambda g: g[0])[1]
        latest: dict[str, tuple[int, Person]] = {}
        for _, _, by_name in groups:
            for name, (i, p) in by_name.items():
                if name not in latest or latest[name][0] < i:
                    latest[name] = (i, p)
        if len(latest) == 1:
            return next(iter(latest.values()))[1]
        # "the Prime Minister" with no country: the one the story is about so far (named most often),
        # not the last one named ("... met UK Prime Minister Keir Starmer. Then the Prime Minister ...")
        best = min(latest, key=lambda name: (-self.times[name], self.first[name], -latest[name][0]))  # then first named
        return latest[best][1]


_LED_BY_TITLE = re.compile(r"(?:Crown\s+Prince|Prince|Princess|King|Queen|Emir|Sultan|Sheikh|Sheikha|Emperor)\s")


def _incumbent_named(e: dict, index: LeaderIndex, on: dt.date | None):
    """The office holder of the entry's country and role on ``on`` whose name holds the one word written
    ("Sheikh Mohamed" for the UAE's president, "Emir Sheikh Tamim" for Qatar's emir), else ``None``."""
    if not e.get("country") or not e.get("role"):
        return None
    inc = index.incumbent(e["country"], e["role"], on)
    word = [w for w in fold_name(e["text"]).split() if w not in _HONORIFIC_WORDS]
    return inc if inc is not None and len(word) == 1 and word[0] in fold_name(inc.name).split() else None


def _one_letter_apart(a: str, b: str) -> bool:
    """Are two different words one substitution, insertion or deletion apart?

    Examples
    --------
    >>> _one_letter_apart("wickremesinghe", "wickremasinghe"), _one_letter_apart("modi", "mody1")
    (True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return (a[i + 1:] == b[i:]) if len(a) > len(b) else (a[i:] == b[i + 1:])


def resolve_names(entries: list[tuple[tuple[int, int], dict]], index: LeaderIndex,
                  on: dt.date | None, home: str | None = None,
                  filed_in: Callable[[], str | None] | None = None) -> list[Person]:
    """Each name, surname and descriptor found, resolved in text order to a full name, a country
    and a role: a surname to the full name before it (or after it, or the leader it is an alias of),
    a descriptor to the person of that country and role named in the story, else the office holder
    on ``on``."""
    named_later: list[tuple[int, dict]] = [(k[0], e) for k, e in entries if e["kind"] in ("name", "surname")]
    full_by_surname: dict[str, dict] = {}
    for _, e in entries:
        if e["kind"] == "name" and len(fold_name(e["text"]).split()) > 1:
            full_by_surname.setdefault(surname(e["text"]), e)
    story = _Story()
    international: set[str] = set()  # the names an organisation's office was written before
    for (a, b), e in entries:
        lead, kind = e["leader"], e["kind"]
        name, via = None, None
        gender = lead.gender if lead else ("f" if e.get("female") else None)
        if kind == "name":
            # a title-led alias of a known leader ("Crown Prince Mohammed", "King Abdullah") is that leader
            name = lead.name if lead is not None and _LED_BY_TITLE.match(e["text"]) else written_name(e["text"])
            if lead is None and (inc := _incumbent_named(e, index, on)) is not None:
                name = inc.name  # "Qatar's Emir Sheikh Tamim": the emir of that day, so named
                gender = gender or inc.gender
                via = f"{e['text']!r} = {inc.role} of {e['country']} on {on} (leaders table)"
        elif kind == "surname":
            last = surname(e["text"])
            p = story.last_named(last, lead)
            if p is not None:
                name = p.name
                e["country"] = e["country"] or p.country
                e["role"] = e["role"] or p.role
                gender = gender or p.gender
            else:
                later = full_by_surname.get(last)  # "Bukele arrived ..." before "Nayib Bukele"
                given = None if lead is not None or later is not None else story.given_name_of(e["text"])
                if given is not None:  # "Sir Michael Somare ... Sir Michael", "Sheikh Mohamed"
                    name = given.name
                    e["country"] = e["country"] or given.country
                    e["role"] = e["role"] or given.role
                    gender = gender or given.gender
                    via = f"{e['text']!r} = {given.text!r} named at {given.start}"
                elif lead is not None:
                    name = lead.name
                elif later is not None:
                    name = written_name(later["text"])
                    e["country"] = e["country"] or later["country"]
                    e["role"] = e["role"] or later["role"]
                elif (inc := _incumbent_named(e, index, on)) is not None:
                    name = inc.name  # "UAE President Sheikh Mohamed": the president of that day, so named
                    gender = gender or inc.gender
                    via = f"{e['text']!r} = {inc.role} of {e['country']} on {on} (leaders table)"
                elif (same := story.spelled_apart(last)) is not None:
                    name = same.name
                    e["country"] = e["country"] or same.country
                    e["role"] = e["role"] or same.role
                    gender = gender or same.gender
                    via = f"{e['text']!r} = {same.text!r} named at {same.start} (spelled apart)"
                else:
                    name = written_name(e["text"])
        else:
            name, via, gender = _descriptor(b, e, story, named_later, index, on, home, filed_in)
        if e.get("organisation") and name:
            international.add(name)
        if name in international:
            e["country"] = None  # "UN Secretary-General Ban Ki-moon ... Mr Ban": the UN's, not Korea's
        if lead is not None and kind in ("name", "surname") and name and fold_name(name) == fold_name(lead.name) \
                and lead.role and e["role"] == lead.role and not lead.role.startswith("former ") \
                and on is not None and lead.end is not None and on > lead.end:
            # "Secretary-General Ban Ki-moon" in 2009 is no longer the table's foreign minister of 2006: not
            # whom "the foreign minister" of that story means (before a term, "Xi" in 2012, the role stays)
            e["role"] = f"former {lead.role}"
        offices = index.offices(lead.name, on) if lead is not None and kind in ("name", "surname") \
            and name == lead.name and lead.country == e["country"] else frozenset()
        story.add(Person(a, b, e["text"], name, e["country"], e["role"], kind, gender, via), offices)
        if e.get("guest") and name:
            story.guest = story.people[-1]
    return story.people


def _descriptor(b: int, e: dict, story: _Story, named_later: list[tuple[int, dict]],
                index: LeaderIndex, on: dt.date | None,
                home: str | None = None,
                filed_in: Callable[[], str | None] | None = None) -> tuple[str | None, str | None, str | None]:
    country, role = e["country"], e["role"]
    if (at := e.get("apposed")) is not None:
        # "Richard C. Holbrooke, the special representative for Pakistan, is headed ...": the name it stands beside
        p = next((p for p in reversed(story.people) if p.name and at <= p.start < b), None)
        if p is not None:
            return p.name, f"{e['text']!r} = {p.text!r} named at {p.start} beside it", p.gender
    if role is None and country is None and _GUEST_WORD.search(e["text"]):
        # "The visitor will travel to Colombo", "the guest": the one the story named as its guest, else no one
        g = story.guest
        return (g.name, f"{e['text']!r} = {g.text!r} named at {g.start} as a guest", g.gender) if g else (None, None, None)
    counterpart = role is None and "counterpart" in e["text"].lower()
    if counterpart:
        # "Yellen met her Chinese counterpart": of Yellen's office, not China's president; an office the
        # story does not name is none the leaders table can fill
        # ("The Japanese foreign minister and his South Korean counterpart": a title may own one too, not another's)
        owner = next((p for p in reversed(story.people) if p.name and "counterpart" not in p.text.lower()), None)
        role = e["role"] = owner.role if owner is not None and b - owner.end < 150 else None
    for loose in (False, True):
        p = story.fitting(role, country, e.get("not_from", ()), loose)
        if p is not None:
            e["role"] = p.role or role
            e["country"] = country or p.country
            return p.name, f"{e['text']!r} = {p.text!r} named at {p.start}", p.gender
    if not country and home is not None and role is not None and _OWN_TITLE.match(e["text"]) is not None \
            and index.incumbent(home, role, on) is not None:
        # on a government's own site "the President", "The Vice President" the story has not named is its own, not
        # another country's named after it ("The Prime Minister was hosted by Prime Minister Edi Rama" on gov.uk);
        # "the president" is not told so
        country = e["country"] = home
    match = fallback = None
    for start, v in named_later[bisect_right(named_later, b, key=lambda s: s[0]):]:
        if not country and role in HEAD_ROLES and start - b > 400:
            break  # a bare "The President" is not someone named paragraphs later ("the visit of Chilean President Frei")
        if (v["country"] == country if country else v["role"] is not None) \
                and _compatible(role, v["role"]):
            match = start, v
            break
        if fallback is None and country and role is not None and v["country"] is None and v["role"] == role \
                and start - b < 400:
            # "Australia's defense minister is in Jakarta ... Defense Minister Robert Hill says": the same office
            # with no country of its own is this one's, unless one of this country's follows
            fallback = start, v
    if (hit := match or fallback) is not None:
        start, v = hit
        lead = v["leader"]
        name = lead.name if lead and v["kind"] == "surname" else v["text"]
        e["role"] = e["role"] or v["role"]
        e["country"] = country or v["country"]
        return name, f"{e['text']!r} = {v['text']!r} named at {start}", (lead.gender if lead else None)
    speaker = story.people[-1] if story.people else None
    if not country and speaker is not None and speaker.role in SPEAKER_ROLES and speaker.country \
            and b - speaker.end < 100 and role in HEAD_ROLES:
        country = e["country"] = speaker.country  # "Kremlin spokesman Dmitry Peskov said the president": his
    if not country and home and e["text"][:4].lower() == "the " and role is not None:
        country = e["country"] = home  # "The Prime Minister has arrived in Washington" on gov.uk: the UK's
    if not country and filed_in is not None and e["text"][:4].lower() == "the " and role in HEAD_ROLES \
            and role not in ("leader", "head of state"):
        # "NEW DELHI: The prime minister will leave for Japan": a wire story's bare head of government is
        # the one of where it was filed
        country = e["country"] = filed_in()
    if country and not (counterpart and role is None):
        inc = index.incumbent(country, role, on)
        if inc is not None:
            e["role"] = e["role"] or inc.role
            when = on.isoformat() if on else "any date"
            return inc.name, f"{e['text']!r} = {inc.role} of {country} on {when} (leaders table)", inc.gender
    return None, None, None

#: a title written as an office's name, capitalised after "the": "the Prime Minister", "The Vice President"
_OWN_TITLE = re.compile(r"[Tt]he\s+[A-Z]")

#: a person after a preposition is not what the sentence is about: "At the invitation of President
#: Bhandari, President Sirisena was on a visit", "talks with Prime Minister Modi"
#: (not a title's own "for" or "to": "Minister for the Middle East Alistair Burt", "Envoy to Syria")
# (the space is looked for before the seven titles behind it: one test at each character, not eight)
_AFTER_PREPOSITION = re.compile(r"(?:\b(?i:invitation|behalf)\s+of|(?=\s)(?<!Minister)(?<!Secretary)(?<!State)(?<!Envoy)"
                                r"(?<!Commissioner)(?<!Ambassador)(?<!Representative)\s(?i:with|for|from|to))\s+"
                                r"(?:(?:the|[A-Z][\w.’'\-]*)\s+){0,4}$")
#: "his last stop on the tour", "her first visit": an aside about the trip of the one named after it
_TRIP_APPOSITION = re.compile(r"\s+(?:[\w\-]+\s+){0,2}" + alternation(TRIP_OR_STOP + ("destination",)) + r"\b", re.I)


def _story_subject(text: str, in_sent: list[Person], s0: int, focus: Person | None) -> Person | None:
    """Whom a sentence that names people is about, for the pronouns after it: its first named person
    that is neither a spokesman (who reports the story: "Spokesman Kirby said ... In Nigeria, he would
    meet Buhari") nor after a preposition ("At the invitation of President Bhandari, President Sirisena
    ..."); when there is none, the story stays with whom it was about."""
    for p in in_sent:
        if p.role not in SPEAKER_ROLES and not _AFTER_PREPOSITION.search(text, max(s0, p.start - 60), p.start):
            return p
    return focus if focus is not None else in_sent[0]


def _after_comma(text: str, b: int, after: list[Person]) -> Person | None:
    """The first of ``after`` (the people after a pronoun ending at ``b``) with a comma between: the subject
    after a phrase the pronoun opens ("During his talks with Albanese, Xi ...": Xi); none when that one is
    also the one named in the phrase ("During his talks with Xi, the Chinese leader ...": not Xi's talks).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "During his talks with Albanese, Xi said"
    >>> al, xi = N(start=t.index("Albanese"), name="Albanese"), N(start=t.index("Xi"), name="Xi")
    >>> _after_comma(t, t.index(" talks"), [al, xi]) is xi, _after_comma(t, t.index(" talks"), [al])
    (True, None)
    """
    inside = {p.name for p in after if "," not in text[b:p.start]}
    ahead = next((p for p in after if "," in text[b:p.start]), None)
    return ahead if ahead is not None and ahead.name not in inside else None


def resolve_pronouns(text: str, sentences: Sequence[tuple[int, int]], named: list[Person],
                     places: Sequence[Mention] = ()) -> list[Person]:
    """A pronoun is the nearest person before it in its sentence, else the first person after it
    when it opens the sentence ("During his visit, Putin ..."), else the person the previous
    sentence was about, else (when that one's gender does not fit) the last person of the right
    gender named in the two sentences before. After a sentence whose subject meets someone from abroad
    at home (``places`` say where: "Ruto met Scholz in Nairobi"), the subject of a travel verb is the
    visitor ("He then flew to Ethiopia": :func:`geo.away_party.away_party`); other verbs keep the subject."""
    if not any(p.name for p in named):
        return sorted(named, key=lambda p: p.start)  # no one named: no pronoun can stand for anyone
    where = by_sentence(places, sentences) if places else [[] for _ in sentences]

    def met_at_home(subject: Person, in_sent: list[Person], k: int) -> Person | None:
        """The visitor the sentence's subject met at home, if any."""
        return away_party(text, subject, in_sent, where[k], sentences[k][1]) if where[k] else None

    focus: Person | None = None
    visitor: Person | None = None  # the one the last sentence's subject met at home: who travels on after it
    recent: list[list[Person]] = []  # the people of the last two sentences that name any
    lead: Person | None = None  # the first person the story names: whom the story is about
    out: list[Person] = []
    may_start = _pronouns().starts(text).get("pronoun", [])  # where a pronoun may be
    for k, in_sent in enumerate(by_sentence(named, sentences)):
        s0, s1 = sentences[k]
        i = bisect_left(may_start, s0)
        if i == len(may_start) or may_start[i] >= s1:  # no pronoun in this sentence
            in_sent = [p for p in in_sent if p.name] if in_sent else in_sent
            if in_sent:
                lead = lead if lead is not None else in_sent[0]
                # a spokesman reports the story, he is not what it is about: "Kerry will travel to Kenya.
                # Spokesman John Kirby said ... In Nigeria, he would meet Buhari" (he = Kerry)
                focus, was = _story_subject(text, in_sent, s0, focus), focus
                if HOSTS_AFTER.match(text, focus.end):  # "Modi hosted Biden in New Delhi": the story is Biden's
                    focus = next((p for p in in_sent[1:] if p.name != focus.name), focus)
                    visitor = None
                else:  # "Ruto met Scholz in Nairobi. He then flew to Ethiopia": Scholz travels on
                    # ("Wang arrived in Paris. Sejourne said ... He is due in Berlin": Wang, whom his host leaves;
                    # not when the host was named before: "Ruto hosted Museveni ... Ruto said ... He will travel")
                    new_host = all(p.name != focus.name for sent in recent for p in sent)
                    told = [m for j in range(max(0, k - 2), k) for m in where[j]]
                    visitor = met_at_home(focus, in_sent, k) or (left_behind(was, focus, told) if new_host else None) \
                        or co_subject_away(text, in_sent, told) \
                        or (left_behind(lead, focus, told) if lead is not None else None)
                recent = [*recent[-1:], in_sent]
            continue
        untold = [p for p in in_sent if not p.name and p.kind == "descriptor"]  # "The Minister" of no name
        in_sent = [p for p in in_sent if p.name]
        first_ref: tuple[int, Person] | None = None
        for m in _pronouns().finditer("pronoun", text, s0, s1):
            a, b = m.span()
            female = m.group(0).lower() in ("she", "her")
            fits = [p for p in in_sent if p.gender is None or (p.gender == "f") == female]
            before = [p for p in fits if p.end <= a]
            after = [] if before else [p for p in fits if p.start >= b]
            if any(u.end <= a and (not before or u.start > before[-1].end) for u in untold):
                continue  # "The Minister continued his visit": his is that minister's, whom the story does not name
            if GENERIC_PERSON.search(text, before[-1].end if before else s0, a):
                continue  # "why any Japanese crown prince must pay his first visit": no one the story names
            if before and OBJECT_PRONOUN.match(text, a) and not _CLAUSE_MARK.search(text, before[-1].end, a) \
                    and len(before) > 1 and before[0].name != before[-1].name and before[0].kind != "pronoun" \
                    and not object_of_verb(text, before[-1], s0):  # "welcome the visiting PM and host him"
                # "Biden later flew to Hanoi, where Trong received him": the sentence's own subject
                ref = before[0]
            elif before and OBJECT_PRONOUN.match(text, a) and not _CLAUSE_MARK.search(text, before[-1].end, a) \
                    and focus is not None and focus.name != before[-1].name and not object_of_verb(text, before[-1], s0) \
                    and (focus.gender is None or (focus.gender == "f") == female):
                ref = focus  # "Ishiba welcomed him at the Kantei": not Ishiba himself, the one the story is about
            elif before:
                ref = before[-1]
                if len(before) > 1 and m.group(0).lower() in ("he", "she") and (
                        ";" in text[ref.end:a] or _SUBORDINATOR_BEFORE.search(text, max(s0, a - 12), a)):
                    # "In Egypt, Blinken will meet Sisi; in Israel, he will ...", "Xi will meet Putin when he
                    # visits Moscow": the main clause's subject, not its object (after a reporting verb, the
                    # reported clause's: "Lavrov said Blinken should explain when he arrives")
                    said = [r.end() for r in _REPORTING.finditer(text, before[0].start, a)]
                    ref = next((p for p in before if not said or p.start >= said[-1]), before[0])
                if m.group(0).lower() in ("he", "she") and HOSTS_AFTER.match(text, ref.end) \
                        and _SUBORDINATOR_BEFORE.search(text, max(s0, a - 12), a) and (guest := next((
                            o for o in reversed(out) if ref.end < o.start < a and o.kind == "pronoun"
                            and o.text.lower() in ("him", "her") and o.name != ref.name), None)) is not None:
                    # "Nishiwaki will welcome him when he arrives in Kyoto": the one welcomed arrives, not the host
                    ref = guest
                if ref is before[-1] and (subj := meeting_subject(text, ref, a, sorted(
                        fits + [o for o in out if o.start >= s0], key=lambda p: p.start), s0)) is not None \
                        and (subj.gender is None or (subj.gender == "f") == female):
                    ref = subj  # "Zarif met Nasrallah on his previous trip": the meeting's subject's trip
            elif a > s0 and (ahead := _after_comma(text, b, after)) is not None and not _SUBJECT_PRONOUN.search(
                    text, b, ahead.start) and may_point_ahead(text, s0, a, m.group(0)) and (
                    not _CLAUSE_MARK.search(text, s0, a) or _TRIP_APPOSITION.match(text, b)
                    and len(text[s0:a].split()) <= 5) and (not _SUBJECT_PRONOUN.fullmatch(m.group(0))
                                                          or _OPENS_SUBORDINATE.search(text, s0, a)):
                # it opens the sentence: "During his visit, Putin ...", "In Panama, his last stop, Pence ..."; a
                # "he" only in a clause opened so ("When he landed, Putin ..."): "From Rome he will travel to Berlin,
                # to meet Westerwelle" is the story's traveller, not the one met; "During his talks with Albanese in
                # Rio, Xi said": the one after the opening phrase, not the one met in it
                ref = ahead
            elif focus is not None and (focus.gender is None or (focus.gender == "f") == female):
                ref = visitor if visitor is not None and travels_next(text, b) and (
                    visitor.gender is None or (visitor.gender == "f") == female) else focus
            elif after:
                ref = after[0]
            else:  # "Rabuka welcomed Wong. He said ... She then flew to Tonga": the last one of her gender
                ref = next((p for sent in reversed(recent) for p in sent
                            if p.gender is not None and (p.gender == "f") == female), None)
            if ref is None:
                continue
            out.append(Person(m.start(), m.end(), m.group(0), ref.name, ref.country, ref.role,
                              "pronoun", ref.gender, f"{m.group(0)!r} = {ref.text!r} at {ref.start}"))
            if first_ref is None:
                first_ref = (a, ref)
        if in_sent:
            recent = [*recent[-1:], in_sent]
        if first_ref is not None and (not in_sent or first_ref[0] < in_sent[0].start):
            focus = first_ref[1]  # "He will hold talks with Wen": the story stays on whom "he" is
        elif in_sent and first_ref is not None and first_ref[1].name != in_sent[0].name and (
                HOSTS_AFTER.match(text, in_sent[0].end) or OBJECT_PRONOUN.match(text, first_ref[0])
                and first_ref[1] is focus):
            # "Ishiba welcomed him ...", "Putin invited him in March. He will also visit Kazakhstan": the story
            # stays with the one the sentence only calls "him", not its named subject
            focus = first_ref[1]
        elif in_sent:
            focus = _story_subject(text, in_sent, s0, focus)
        visitor = met_at_home(focus, in_sent, k) if in_sent and focus is not None else None
    people = resolve_plurals(text, sentences, sorted(named + out, key=lambda p: p.start))
    return resolve_households(text, sentences, people)
