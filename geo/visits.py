"""Visits from text: who went (or will go) where, and when.

The public entry point is :func:`geo.events.extract_visits`; this module holds
the pieces it is made of, each usable and testable on its own:

* :func:`split_sentences` - sentence offsets of a text;
* :class:`Leader`, :func:`load_leaders` - the known-leader table in
  ``data/leaders.csv`` (name, aliases, country, role, years in office);
* :func:`find_people` - people named in a document (full names, surnames,
  "Russian President ...", "the Russian leader", pronouns), each resolved to
  a full name and, when known, a country and a role;
* :func:`visits_in_document` - one raw :class:`~geo.values.Visit` per visit
  cue, before duplicates are merged.

A visit cue is a verb or noun of travel followed by places ("arrived in
Tajikistan's capital Dushanbe", "trips to China and Belarus", "a working visit
to Tajikistan"), a host construction ("received Putin in Tashkent", "hosted by
Xi", "met Mirziyoyev in Moscow"), a place-first clause ("In Ashkhabad, Mr
Putin will ...") or a headline ("Putin in Tajikistan on Tuesday"). Its
traveller is the person the sentence is about; its status comes from the
clause (cancelled, planned, ongoing, completed) and its dates from
:mod:`geo.dates`.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo.dates import find_dates
from geo.errors import InputError
from geo.values import Document, Evidence, Mention, Visit

__all__ = [
    "Leader",
    "Person",
    "load_leaders",
    "split_sentences",
    "find_people",
    "visits_in_document",
    "usable_mentions",
    "SEATS",
]

#: Seats of power used as a metonym for a country's leadership ("the Kremlin").
SEATS = {"Kremlin": "RU", "White House": "US", "Elysee": "FR", "Élysée": "FR",
         "Downing Street": "GB", "Zhongnanhai": "CN", "Blue House": "KR",
         "Ak Orda": "KZ", "Akorda": "KZ", "Bankova": "UA"}

_SEAT_RE = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in SEATS) + r")\b")

# --------------------------------------------------------------------------- sentences

_ABBREV = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "prof", "sen", "rep",
           "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec", "no", "vs", "etc", "inc", "jr", "sr", "u.s", "u.n", "u.k", "e.g", "i.e", "mt", "ft"}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``.

    A line break always ends a sentence (headlines, captions); a full stop
    after a known abbreviation ("Mr.", "Feb.", "U.S.") or an initial does not.
    Offsets exclude surrounding white space; empty sentences are dropped.

    Examples
    --------
    >>> t = "Mr. Putin arrived on Feb. 24. He met Xi.\\nHeadline here"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Mr. Putin arrived on Feb. 24.', 'He met Xi.', 'Headline here']
    """
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] not in "\n\r" and m.group(0)[0] != " ":
            # only the word before the full stop matters: re-splitting the whole open
            # sentence at each "St." made a run of abbreviations quadratic
            before = text[max(start, m.start() - 64):m.start()].split()
            word = before[-1].lower().rstrip(".") if before else ""
            if m.group(0).startswith(".") and (word in _ABBREV or (len(word) == 1 and word.isalpha())):
                continue
        end = m.start() + len(m.group(0).rstrip())
        if m.group(0)[0] in "\n\r":
            end = m.start()
        _push(text, start, end, out)
        start = m.end()
    _push(text, start, len(text), out)
    return out


class _Spans:
    """Answers "does any of these spans overlap [a, b)?" with a binary search.

    A scan of every span per question was quadratic: 100 KB of short sentences
    naming a place took minutes.
    """

    def __init__(self, spans) -> None:
        from itertools import accumulate

        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(self, a: int, b: int) -> bool:
        from bisect import bisect_left

        k = bisect_left(self.starts, b)  # the spans that start before b
        return k > 0 and self.reach[k - 1] > a


class _Found(dict):
    """People found so far, keyed by ``(start, end)``, with span look-ups by binary search.

    Scanning every key for every new match was quadratic ("President Putin visited ..."
    100 KB long took minutes).
    """

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int]] = []  # the keys, sorted
        self._longest = 0

    def __setitem__(self, key: tuple[int, int], value: dict) -> None:
        if key not in self:
            from bisect import insort

            insort(self._spans, key)
            self._longest = max(self._longest, key[1] - key[0])
        super().__setitem__(key, value)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        """Keys whose span overlaps ``[a, b)``."""
        from bisect import bisect_left

        lo = bisect_left(self._spans, (a - self._longest, -1))
        hi = bisect_left(self._spans, (b, -1))
        return [k for k in self._spans[lo:hi] if k[1] > a]

    def starting(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Keys starting in ``[lo, hi)``, in order."""
        from bisect import bisect_left

        return self._spans[bisect_left(self._spans, (lo, -1)):bisect_left(self._spans, (hi, -1))]


def by_sentence(items: Sequence, sentences: Sequence[tuple[int, int]]) -> list[list]:
    """``items`` (anything with a ``start``) grouped by the sentence they start in, in order.

    One pass with a binary search per item; filtering every item for every sentence was
    quadratic, and a long document of short sentences took minutes.
    """
    from bisect import bisect_right

    starts = [s0 for s0, _ in sentences]
    out: list[list] = [[] for _ in sentences]
    for item in items:
        k = bisect_right(starts, item.start) - 1
        if k >= 0 and item.start < sentences[k][1]:
            out[k].append(item)
    return out


def _push(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


# --------------------------------------------------------------------------- leaders

@dataclass(frozen=True, slots=True)
class Leader:
    """One term in office of a known leader or official (a row of ``leaders.csv``)."""

    name: str
    aliases: tuple[str, ...]
    country: str
    role: str | None
    start_year: int | None
    end_year: int | None

    def in_office(self, on: dt.date | None) -> bool:
        """True when ``on`` falls in the term (always true without a date)."""
        if on is None:
            return True
        return ((self.start_year is None or on.year >= self.start_year)
                and (self.end_year is None or on.year <= self.end_year))


@lru_cache(maxsize=4)
def load_leaders(path: str | Path | None = None) -> tuple[Leader, ...]:
    """Load the known-leader table (default: the bundled ``leaders.csv``).

    Columns: ``name, aliases`` (``;``-separated), ``country`` (ISO2),
    ``role``, ``from``, ``to`` (years, ``to`` empty while in office). A person
    with several terms or roles has one row each.

    Raises
    ------
    InputError
        When the file lacks a column or a year is not a number.

    Examples
    --------
    >>> putin = [l for l in load_leaders() if l.name == "Vladimir Putin"]
    >>> sorted({(l.country, l.role) for l in putin})
    [('RU', 'president'), ('RU', 'prime minister')]
    """
    if path is None:
        from geo._paths import data_path

        path = data_path("leaders.csv")
    path = Path(path)
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"name", "aliases", "country", "role", "from", "to"} - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"{path}: missing column(s) {sorted(missing)}")
        for i, row in enumerate(reader, start=1):
            try:
                years = [int(row[k]) if (row[k] or "").strip() else None for k in ("from", "to")]
            except ValueError as err:
                raise InputError(f"{path}: row {i}: years must be numbers, got "
                                 f"{row['from']!r}, {row['to']!r}") from err
            aliases = tuple(a.strip() for a in (row["aliases"] or "").split(";") if a.strip())
            out.append(Leader(row["name"].strip(), aliases, row["country"].strip().upper(),
                              (row["role"] or "").strip() or None, years[0], years[1]))
    return tuple(out)


class _LeaderIndex:
    def __init__(self, leaders: Sequence[Leader]):
        self.leaders = tuple(leaders)
        self.by_alias: dict[str, list[Leader]] = {}
        for lead in self.leaders:
            for alias in (lead.name, *lead.aliases):
                self.by_alias.setdefault(_key(alias), []).append(lead)
        names = sorted(self.by_alias, key=len, reverse=True)
        multi = [n for n in names if " " in n or "-" in n]
        single = [n for n in names if n not in multi]
        parts = []
        if multi:  # a full name may be glued to the next word ("Putinwho") in scraped text
            parts.append(r"\b(?:" + "|".join(_alias_re(n) for n in multi)
                         + r")(?![A-Z\w]*[A-Z])(?!['’]?\d)")
        if single:
            parts.append(r"\b(?:" + "|".join(_alias_re(n) for n in single) + r")\b")
        self.pattern = re.compile("|".join(parts)) if parts else None

    def find(self, name: str, on: dt.date | None) -> Leader | None:
        cands = self.by_alias.get(_key(name), [])
        if not cands:
            return None
        current = [c for c in cands if c.in_office(on)]
        return (current or cands)[-1]

    def incumbent(self, country: str, role: str | None, on: dt.date | None) -> Leader | None:
        roles = {role} if role else {"president", "leader"}
        if role in ("leader", "master", "chief", "head of state", None):
            roles = {"president", "leader", "king", "emir"}
        cands = [c for c in self.leaders if c.country == country and c.role in roles and c.in_office(on)]
        return cands[-1] if len(cands) >= 1 and len({c.name for c in cands}) == 1 else None


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().replace("-", " ").split())


def _alias_re(key: str) -> str:
    words = [re.escape(w) for w in key.split(" ")]
    # aliases match case-insensitively on everything but the first letter of each word
    out = []
    for w in words:
        out.append("(?:" + w[0].upper() + "|" + w[0] + ")" + "".join(
            f"[{c}{c.upper()}]" if c.isalpha() else c for c in w[1:]))
    return r"[\s-]+".join(out)


@lru_cache(maxsize=4)
def _leader_index(path: str | None = None) -> _LeaderIndex:
    return _LeaderIndex(load_leaders(path))


# --------------------------------------------------------------------------- people

@dataclass(frozen=True, slots=True)
class Person:
    """A reference to a person in a document, resolved as far as the text allows.

    ``kind`` is ``name`` (a full name as written), ``surname`` ("Putin",
    "Mr Putin"), ``descriptor`` ("the Russian leader", "the Kremlin master")
    or ``pronoun``; ``name`` is the full name it resolved to.
    """

    start: int
    end: int
    text: str
    name: str | None
    country: str | None
    role: str | None
    kind: str


_ROLE_WORDS = {
    "president": "president", "prime minister": "prime minister", "premier": "premier",
    "foreign minister": "foreign minister", "minister of foreign affairs": "foreign minister",
    "foreign secretary": "foreign minister", "defence minister": "defence minister",
    "defense minister": "defence minister", "minister of defence": "defence minister",
    "minister of defense": "defence minister", "defense secretary": "defence minister",
    "defence secretary": "defence minister", "secretary of state": "secretary of state",
    "chancellor": "chancellor", "king": "king", "queen": "queen", "emir": "emir",
    "crown prince": "crown prince", "spokesman": "spokesman", "spokeswoman": "spokesman",
    "spokesperson": "spokesman", "leader": "leader", "counterpart": None, "minister": "minister",
    "ambassador": "ambassador", "adviser": "adviser", "advisor": "adviser", "envoy": "envoy",
    "speaker": "speaker", "vice president": "vice president",
}
_HEAD_ROLES = {None, "president", "leader", "king", "queen", "emir", "prime minister", "premier",
               "chancellor"}
_TITLE = "|".join(sorted((re.escape(t) for t in _ROLE_WORDS), key=len, reverse=True))
_MODS = (r"(?:(?:presidential|deputy|first|vice|acting|former|current|diplomatic|senior|top|"
         r"foreign[- ]policy)\s+)*")
_NAME_TOKEN = r"[A-ZÀ-ÞĀ-Ž][\w'’\-]*[^\W\d_]"
_NAME_WORD = re.compile(_NAME_TOKEN)
_TITLED = re.compile(r"(?i:\b" + _MODS + r"(?P<title>" + _TITLE + r"))\s+(?P<name>" + _NAME_TOKEN
                     + r"(?:\s+" + _NAME_TOKEN + r"){0,2})")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mme|Madam)\.?\s+(?P<name>" + _NAME_TOKEN + r")")
_DESCRIPTOR = re.compile(r"\b[Tt]he\s+(?P<adj>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+" + _MODS
                         + r"(?P<title>(?i:" + _TITLE + r"|master|chief|strongman|head of state))\b")
_PRONOUN = re.compile(r"\b(?:he|his|him|she|her|He|His|Him|She|Her)\b")
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "And", "But", "Of", "For", "To", "With", "As", "By",
              "He", "She", "It", "They", "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday",
              "Friday", "Saturday", "Sunday", "Minister", "President", "Foreign", "Defense", "Defence",
              "Assembly", "Council", "Party", "Ministry", "Office", "House", "Union", "Organization",
              "Organisation", "Committee", "Court", "Parliament", "Government", "Administration",
              "Department", "Forces", "Army", "Agency", "News", "Times", "Post", "Ministers", "Cabinet",
              "Commission", "Bank", "Fund", "Summit", "Federation", "Republic", "Kingdom", "State",
              "States", "Secretary", "General", "Prime", "Press", "Service", "TV", "Television",
              # headline verbs: "President Ruto Visits Kenya"
              "Says", "Said", "Visits", "Visit", "Visited", "Arrives", "Arrived", "Travels", "Meets", "Met",
              "Lands", "Heads", "Holds", "Hosts", "Will", "Is", "Was", "Begins", "Ends", "Tours", "Due"}


def _country_before(text: str, pos: int, mentions: Sequence[Mention], gazetteer=None) -> str | None:
    """Country of a demonym, country name or seat of power ending just before ``pos``."""
    seg = text[max(0, pos - 40):pos].rstrip()
    seg_end = max(0, pos - 40) + len(seg)
    seg2 = re.sub(r"(?i)\s*" + _MODS.replace("*", "+") + r"$", "", seg)
    seg_end2 = max(0, pos - 40) + len(seg2)
    for end in {seg_end, seg_end2}:
        for m in mentions:
            if m.end == end and m.country and m.kind in ("demonym", "country"):
                return m.country
        for seat, code in SEATS.items():
            if text[:end].endswith(seat):
                return code
    if gazetteer is not None:
        word = re.search(r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)$", seg2)
        if word:
            try:
                code = gazetteer.country_code(word.group(1))
            except Exception:  # gazetteer of another make: no demonym lookup
                code = None
            if code:
                return code
    return None


def find_people(doc: Document, mentions: Sequence[Mention] = (), *, gazetteer=None,
                leaders: Sequence[Leader] | None = None) -> list[Person]:
    """Find and resolve the people a document talks about.

    Parameters
    ----------
    doc : Document
        The document; ``published`` dates the leader table look-ups.
    mentions : sequence of Mention
        Place mentions of ``doc``; demonyms and countries right before a
        title ("Russian President ...") give a person's country, and place
        names are never taken for people.
    gazetteer : Gazetteer, optional
        Used for demonyms the mentions lack (``country_code``).
    leaders : sequence of Leader, optional
        Known leaders (default: :func:`load_leaders`).

    Returns
    -------
    list of Person
        In text order. Surnames, descriptors and pronouns carry the full name
        they resolve to (the last full name with that surname, the last person
        of that country, the person the sentence is about), else ``None``.

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> d = Document("d", "Russian President Vladimir Putin landed. Putin said he was glad.",
    ...              published=dt.date(2024, 5, 27))
    >>> ru = Mention("d", 0, 7, "Russian", "Russia", 60.0, 100.0, "RU", None, "demonym", 1.0)
    >>> [(p.text, p.name, p.country, p.role) for p in find_people(d, [ru])]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Vladimir Putin', 'Vladimir Putin', 'RU', 'president'),
     ('Putin', 'Vladimir Putin', 'RU', 'president'),
     ('he', 'Vladimir Putin', 'RU', 'president')]
    """
    index = _leader_index() if leaders is None else _LeaderIndex(leaders)
    text, on = doc.text, doc.published
    is_place = _Spans((m.start, m.end) for m in mentions if m.kind != "demonym").overlaps

    found = _Found()
    # 1. known leaders, by name or alias
    if index.pattern is not None:
        for m in index.pattern.finditer(text):
            if " " not in m.group(0).strip() and is_place(m.start(), m.end()):
                continue  # a known full name wins over a place word inside it ("Choe Son Hui")
            lead = index.find(m.group(0), on)
            full = " " in _key(m.group(0)) or (lead is not None and _key(lead.name) == _key(m.group(0)))
            found[(m.start(), m.end())] = {
                "text": m.group(0), "leader": lead, "kind": "name" if full else "surname",
                "country": lead.country if lead else None, "role": lead.role if lead else None}
    # 2. titled names: "Russian Defense Minister Andrei Belousov", "President Putin"
    for m in _TITLED.finditer(text):
        words = m.group("name").split()
        for i, w in enumerate(words):  # "Antony Blinken's trip": the name ends at the possessive
            if re.search(r"['’]s?$", w):
                words = words[:i] + [re.sub(r"['’]s?$", "", w)]
                break
        while words and (words[-1] in _NOT_NAMES or words[-1] in SEATS):
            words.pop()
        # stop at the first word that is a place ("President Putin Moscow ..." in scraped text)
        keep = []
        pos = m.start("name")
        for w in words:
            if not w:
                break
            a = text.index(w, pos)
            if is_place(a, a + len(w)) or w in _NOT_NAMES:
                break
            keep.append(w)
            pos = a + len(w)
        if not keep:
            continue
        a = m.start("name")
        b = text.index(keep[-1], a) + len(keep[-1])
        title = " ".join(m.group("title").lower().split())
        role = _ROLE_WORDS.get(title)
        country = _country_before(text, m.start(), mentions, gazetteer)
        overlap = found.overlapping(a, b)
        if overlap:
            for k in overlap:
                entry = found[k]
                entry["role"] = role or entry["role"]
                entry["country"] = country or entry["country"]
                entry["stated"] = True
            continue
        name = " ".join(keep)
        lead = index.find(name, on)
        found[(a, b)] = {"text": text[a:b], "leader": lead, "kind": "name" if len(keep) > 1 else "surname",
                         "country": country or (lead.country if lead else None),
                         "role": role or (lead.role if lead else None), "stated": True}
    # 3. Mr/Ms Surname
    for m in _HONORIFIC.finditer(text):
        a, b = m.span("name")
        if found.overlapping(a, b) or is_place(a, b):
            continue
        lead = index.find(m.group("name"), on)
        found[(a, b)] = {"text": m.group("name"), "leader": lead, "kind": "surname",
                         "country": lead.country if lead else None, "role": lead.role if lead else None}
    # 4. descriptors: "the Russian leader", "The Kremlin master"
    for m in _DESCRIPTOR.finditer(text):
        a, b = m.span()
        if found.overlapping(a, b):
            continue
        after = text[b:b + 40]
        if re.match(r"\s+" + _NAME_TOKEN, after) \
                and not re.match(r"\s+(?:" + "|".join(_NOT_NAMES) + r")\b", after):
            continue  # "the North Korean leader Kim Jong Un" is a titled name
        adj = m.group("adj")
        country = SEATS.get(adj) or _country_before(text, m.start("adj") + len(adj), mentions, gazetteer)
        if country is None:
            continue
        title = " ".join(m.group("title").lower().split())
        found[(a, b)] = {"text": m.group(0), "leader": None, "kind": "descriptor", "country": country,
                         "role": _ROLE_WORDS.get(title)}

    sentences = split_sentences(text)

    def sentence_of(pos: int) -> tuple[int, int]:
        for s in sentences:
            if s[0] <= pos < s[1]:
                return s
        return (pos, pos)

    people: list[Person] = []
    for (a, b), e in sorted(found.items()):
        lead, kind = e["leader"], e["kind"]
        name = e["text"] if kind == "name" else None
        if kind == "name" and lead is not None and _key(lead.name) != _key(e["text"]) \
                and not e["text"].startswith(lead.name.split()[0]):
            name = e["text"]
        if kind == "surname":
            surname = _key(e["text"]).split()[-1]
            for p in reversed(people):
                if p.name and (_key(p.name).split()[-1] == surname
                               or (lead is not None and _key(p.name) == _key(lead.name))):
                    name = p.name
                    e["country"] = e["country"] or p.country
                    e["role"] = e["role"] or p.role
                    break
            else:
                name = lead.name if lead else e["text"]
        if kind == "descriptor":
            role = e["role"]
            for p in reversed(people):
                if p.name and p.country == e["country"] and p.kind != "pronoun" and (
                        p.role in (None, role) or (role in _HEAD_ROLES and p.role in _HEAD_ROLES)):
                    name, e["role"] = p.name, p.role or role
                    break
            else:
                s0, s1 = sentence_of(a)
                later = [(k, v) for k, v in ((k, found[k]) for k in found.starting(max(s0, b + 1), s1))
                         if v["kind"] in ("name", "surname") and v["country"] == e["country"]]
                if later:
                    v = later[0][1]
                    name = v["leader"].name if v["leader"] and v["kind"] == "surname" else v["text"]
                else:
                    inc = index.incumbent(e["country"], role, on)
                    name = inc.name if inc else None
                    if inc is not None:
                        e["role"] = e["role"] or inc.role
        people.append(Person(a, b, e["text"], name, e["country"], e["role"], kind))

    # 5. pronouns: the nearest person before in the sentence, else the first
    # person after it in the sentence ("During his visit, Putin ..."), else the
    # person the previous sentence was about.
    named = list(people)
    focus: Person | None = None
    out: list[Person] = []
    named_of = by_sentence(named, sentences)
    for k, (s0, s1) in enumerate(sentences):
        in_sent = [p for p in named_of[k] if p.name]
        pronouns = [m for m in _PRONOUN.finditer(text, s0, s1)]
        for m in pronouns:
            before = [p for p in in_sent if p.end <= m.start()]
            after = [p for p in in_sent if p.start >= m.end()]
            # cataphora only from an opening phrase: "During his visit to Belarus, Putin ..."
            opening = m.start() > s0 and after and "," in text[m.end():after[0].start] \
                and not re.search(r"[,;]", text[s0:m.start()])
            if before:
                ref = before[-1]
            elif opening:
                ref = after[0]
            else:
                ref = focus or (after[0] if after else None)
            if ref is None:
                continue
            out.append(Person(m.start(), m.end(), m.group(0), ref.name, ref.country, ref.role, "pronoun"))
        if in_sent:
            focus = in_sent[0]
    return sorted(named + out, key=lambda p: p.start)


# --------------------------------------------------------------------------- cues

_STRONG_VERB = (r"arriv(?:e|es|ed|ing)\s+(?:in|at)|land(?:s|ed|ing)?\s+in|"
                r"fl(?:y|ies|ew|own|ying)\s+(?:in)?to|travel(?:s|led|ed|ling|ing)?\s+(?:on\s+)?to|"
                r"(?:go|goes|went|gone|going|head|heads|headed|heading|return|returns|returned|returning)"
                r"\s+(?:on\s+)?to|cross(?:es|ed|ing)?\s+into|(?:is|are|was|were)\s+due\s+(?:in|at)|"
                r"visit(?:s|ed|ing)?(?!\s+(?:to|by|of|since|in|at|was|is|has|had|will|marked|included))"
                r"|(?:is|are|was|were|be)\s+expected\s+(?:in|at)|tour(?:s|ed|ing)?(?=\s+(?-i:[A-Z]))"
                r"|stop(?:s|ped)?\s+(?:over\s+)?in"
                r"|(?P<be>(?:is|are|was|were|be|been)\s+(?:currently\s+|now\s+|already\s+|still\s+)?"
                r"(?:in|at))")
_LOOSE_VERB = r"arriv(?:e|es|ed|ing)|expected"
_NOUN = (r"(?:visit|visits|trip|trips|tour|journey|arrival|stopover|stay|voyage)"
         r"(?:\s+(?:by|of)\s+(?P<by>[^,.;:]{1,40}?)\s+(?:to|in)|\s+(?:to|in|of))(?=\s)")
_CUE = re.compile(r"(?P<verb>\b(?:" + _STRONG_VERB + r")\b)|(?P<noun>\b" + _NOUN + r")", re.I)
_LOOSE_STOP = re.compile(r"\b(?:which|where|who|whose|while|although|because|that|but)\b|[.;:…]", re.I)
_LOOSE = re.compile(r"\b(?:" + _LOOSE_VERB + r")\b", re.I)


def _since_closed(gap: str) -> bool:
    """False while a "since ..." phrase is still open: its places are reference points."""
    at = [m.end() for m in re.finditer(r"\bsince\b", gap, re.I)]
    return not at or "," in gap[at[-1]:]
_HOST = re.compile(r"\b(?P<hv>received|receives|receive|welcomed|welcomes|hosted|hosts|host)\s+")
_HOSTED_BY = re.compile(r"\b(?:hosted|received|welcomed)\s+by\s+", re.I)
_MET = re.compile(r"\b(?:met|meet|meets|meeting|talks)\s+(?:with\s+)?")
_IN_FIRST = re.compile(r"(?:^|[,;]\s*(?:(?:while|and|but|when)\s+)?|\b(?:while|when)\s+)[Ii]n\s+")

_FILLER = {"the", "a", "an", "new", "capital", "city", "of", "its", "his", "her", "their", "town",
           "neighbouring", "neighboring", "state", "republic", "ally", "closest", "nearby", "and",
           "or", "then", "also", "to", "in", "on", "capital,", "park", "region", "former",
           "central", "resort", "northern", "southern", "eastern", "western", "official", "working",
           "state-run", "tiny", "oil-rich", "gas-rich", "port", "border"}
_STOP = {"where", "since", "which", "who", "when", "while", "after", "before", "during", "for",
         "with", "because", "although", "though", "whose", "that", "than", "not", "without"}

_CANCEL = re.compile(r"\b(?:called\s+off|call\s+off|cancel(?:l)?(?:ed|ing|s)?|postpone[sd]?|postponing|"
                     r"scrapped|scrap|put\s+off|shelved|aborted|axed|delayed\s+indefinitely)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|'ll|shall|(?:is|are|was|were)\s+(?:due|expected|set|scheduled|going|to)|"
                     r"expected|plans?|planning|planned|preparing|preparations?|invitation|invited|"
                     r"scheduled|would|upcoming|forthcoming|intends?|tomorrow|next\s+(?:week|month|year))\b",
                     re.I)
_PRESENT = re.compile(r"\b(?:is|are|am)\s+(?:visiting|in|on\s+(?:a|an|his|her)\s|arriving|travelling|"
                      r"traveling|making|touring|staying)\b|\b(?:arrives|lands|visits|tours)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no|n't|no\s+longer|nor)\b|n't\b", re.I)
_VP_BREAK = re.compile(r"[,;]|\b(?:and|but|then|or|before|after)\b", re.I)


_TENSE_BREAK = re.compile(r";|\b(?:but|then|after|before|since)\b", re.I)


def _negated(before: str) -> bool:
    """Is the verb phrase ending at the cue negated ("has not made any trips to")?"""
    return bool(_NEGATION.search(_VP_BREAK.split(before)[-1]))


_REPORT = re.compile(r"\b(?:said|says|announced|announces|told|reported|stated|confirmed|added|noted|"
                     r"declared|quoted)\b", re.I)


@dataclass(slots=True)
class _Hit:
    """One visit found at a cue, before people and dates are attached."""

    traveller: Person | None
    places: list[Mention]
    cue_start: int
    cue_end: int
    tense_window: tuple[int, int]
    confidence: float
    cue: str


def _chain(text: str, ms: Sequence[Mention], pos: int, limit: int, *, first_gap: int = 4,
           allow_comma_first: bool = False) -> list[Mention]:
    """Places listed right after ``pos``: "China, Belarus and Uzbekistan", "Tajikistan's capital Dushanbe"."""
    out: list[Mention] = []
    cur = pos
    for m in ms:
        if m.start < cur or m.start >= limit:
            continue
        gap = text[cur:m.start]
        words = re.findall(r"[\w\-]+", gap.replace("’s", " ").replace("'s", " "))
        if m.kind == "demonym":  # "the Tajik capital of Dushanbe": a demonym is filler, not a place
            if len(words) <= (first_gap if not out else 3) and not (set(w.lower() for w in words) & _STOP) \
                    and not re.search(r"[.;:!?]", gap):
                cur = m.end
                continue
            break
        if re.search(r"[.;:!?()\"“”]", gap) or (not out and "," in gap and not allow_comma_first):
            break
        lw = [w.lower() for w in words]
        if set(lw) & _STOP:
            break
        if not out:
            if len(words) > first_gap or any(w not in _FILLER for w in lw):
                break
        elif len(words) > 3:
            break
        if m.country is None:
            cur = m.end
            continue
        out.append(m)
        cur = m.end
    return out


def _subject(text: str, people: Sequence[Person], s0: int, pos: int, s1: int) -> tuple[Person | None, float]:
    """The person a clause ending at ``pos`` is about.

    The nearest person before it, else the subject after an opening phrase.
    """
    before = [p for p in people if s0 <= p.start and p.end <= pos and p.name]
    if before:
        p = before[-1]
        return p, (0.85 if p.kind == "pronoun" else 1.0)
    # an opening phrase names its subject after the comma: "Arriving in Tashkent, Putin ..."
    after = [p for p in people if pos <= p.start < s1 and p.name]
    if after and "," in text[pos:after[0].start] and "," not in text[s0:pos] and re.fullmatch(
            r"\s*(?:(?:the|[A-Z][\w\-]*)\s+){0,4}",
            text[text.rfind(",", pos, after[0].start) + 1:after[0].start]):
        return after[0], 0.75
    return None, 0.0


def _tense(text: str, a: int, b: int) -> str:
    window = text[a:b]
    if _FUTURE.search(window):
        return "future"
    if _PRESENT.search(window):
        return "present"
    return "past"


def _find_hits(doc: Document, s0: int, s1: int, ms: list[Mention], people: list[Person],
               focus: Person | None, title_line: bool) -> list[_Hit]:
    text = doc.text
    hits: list[_Hit] = []
    used: set[int] = set()  # mention starts already taken by a cue

    def add(traveller, places, c0, c1, window, conf, cue):
        places = [p for p in places if p.start not in used]
        if not places:
            return
        used.update(p.start for p in places)
        hits.append(_Hit(traveller, places, c0, c1, window, conf, cue))

    for m in _CUE.finditer(text, s0, s1):
        c0, c1 = m.span()
        clause = text[max(s0, c0 - 60):c0]
        if _negated(clause):
            continue
        places = _chain(text, ms, c1, s1)
        if not places:
            continue
        if m.group("be"):  # "Putin is in Beijing": only right after the person, not "he said X was in Y"
            near = [p for p in people if p.name and p.end <= c0 and c0 - p.end <= 25
                    and not re.search(r"[,;]", text[p.end:c0]) and len(text[p.end:c0].split()) <= 2
                    and not _REPORT.search(text[p.end:c0])]
            if not near:
                continue
        if m.group("noun") and m.group("by"):
            by = [p for p in people if m.start("by") <= p.start < m.end("by") and p.name]
            trav, conf = (by[0], 1.0) if by else _subject(text, people, s0, c0, s1)
        else:
            trav, conf = _subject(text, people, s0, c0, s1)
        if trav is None and focus is not None and len(text[s0:c0].split()) <= 2:
            trav, conf = focus, 0.7  # "Planned visit to North Korea": the article's traveller
        w0 = max(s0, c0 - 70)
        breaks = [b.end() for b in _TENSE_BREAK.finditer(text, w0, c0)]
        w0 = breaks[-1] if breaks else w0  # "would never accept it, and then flew to": past
        last = places[-1].end
        # a noun cue ("visits to") says nothing of tense: read the words around it
        add(trav, places, c0, last, (w0, min(s1, last + 12)), 0.9 * conf,
            "travel-noun" if m.group("noun") else "travel")
    # host constructions: "Mirziyoyev received Putin in Tashkent", "hosted by Xi in Beijing"
    for m in _HOSTED_BY.finditer(text, s0, s1):
        host = [p for p in people if p.start >= m.end() and p.start - m.end() <= 4 and p.name]
        trav, conf = _subject(text, people, s0, m.start(), s1)
        if not host or trav is None:
            continue
        after = re.match(r"\s+(?:in|at)\s+", text[host[0].end:s1])
        places = _chain(text, ms, host[0].end + after.end(), s1) if after else []
        if not places and host[0].country:
            places = [Mention(doc.id, host[0].start, host[0].end, host[0].text, host[0].text, None, None,
                              host[0].country, None, "host", 0.5)]
        add(trav, places, m.start(), m.end(), (max(s0, m.start() - 60), m.end()), 0.8 * conf, "hosted")
    for m in _HOST.finditer(text, s0, s1):
        guest = [p for p in people if m.end() <= p.start <= m.end() + 30 and p.name
                 and not re.search(r"[,.;]", text[m.end():p.start])]
        if not guest:
            continue
        g = guest[0]
        after = re.match(r"(?:\s+(?:in|at)\s+|\s+)", text[g.end:s1])
        places = _chain(text, ms, g.end + (after.end() if after else 0), s1, first_gap=0) if after else []
        if places:
            add(g, places, m.start(), places[-1].end, (max(s0, m.start() - 60), m.end()), 0.75, "received")
    # meetings: "he met Mirziyoyev in Moscow": whoever is foreign to the place travelled
    for m in _MET.finditer(text, s0, s1):
        seg = text[m.end():s1]
        where = re.search(r"\s(?:in|at)\s", seg[:60])
        if not where or re.search(r"[.;:]", seg[:where.start()]):
            continue
        places = _chain(text, ms, m.end() + where.end(), s1, first_gap=1)
        if not places:
            continue
        subj, conf = _subject(text, people, s0, m.start(), s1)
        other = [p for p in people if m.end() <= p.start < m.end() + where.start() and p.name]
        host_country = places[0].country
        trav = subj
        if subj is not None and subj.country == host_country and other and other[0].country \
                and other[0].country != host_country:
            trav, conf = other[0], 0.9
        if trav is None:
            continue
        add(trav, places[:1], m.start(), places[0].end, (max(s0, m.start() - 60), m.end()), 0.65 * conf,
            "met")
        # a list of meetings: "He met Biden in Geneva in June 2021, Modi in New Delhi in December 2021, ..."
        end = places[0].end
        for p in people:
            if p.start < end or not p.name or p.kind == "pronoun":
                continue
            gap = text[end:p.start]
            if len(gap) > 45 or re.search(r"[.;:]", gap) or "," not in gap \
                    or set(re.findall(r"[a-z]+", gap.lower())) & _STOP:
                break
            where = re.match(r"\s+(?:in|at)\s+", text[p.end:s1])
            more = _chain(text, ms, p.end + where.end(), s1, first_gap=0) if where else []
            if not more:
                break
            who = subj if subj is not None else trav
            if who.country == more[0].country and p.country and p.country != more[0].country:
                who = p  # "he met Mirziyoyev in Moscow, and Modi in Moscow ..." at home: the guests travelled
            add(who, more[:1], p.start, more[0].end,
                (max(s0, m.start() - 60), m.end()), 0.6 * conf, "met")
            end = more[0].end
    # place first: "In Ashkhabad, the Turkmen capital, Mr Putin will ...", "..., while in Belarus, he ..."
    for m in _IN_FIRST.finditer(text[s0:s1]):
        start = s0 + m.end()
        places = _chain(text, ms, start, s1, first_gap=2)
        if not places:
            continue
        comma = text.find(",", places[-1].end, s1)
        if comma < 0 or comma - places[-1].end > 30:
            continue
        rest0 = comma + 1
        appos = re.match(r"\s*the\s[^,]{1,40},", text[rest0:s1])  # "In Ashkhabad, the Turkmen capital, ..."
        if appos:
            rest0 += appos.end()
        subj = [p for p in people if rest0 <= p.start <= rest0 + 12 and p.name]
        if not subj:
            continue
        add(subj[0], places, s0 + m.start(), places[-1].end, (rest0, min(s1, subj[0].end + 30)), 0.6,
            "in-place")
    # headline "Putin in Tajikistan on Tuesday"
    if title_line:
        for p in people:
            if not (s0 <= p.start < s1) or not p.name:
                continue
            after = re.match(r"\s+in\s+", text[p.end:s1])
            if after:
                places = _chain(text, ms, p.end + after.end(), s1, first_gap=0)
                add(p, places[:1], p.start, places[0].end if places else p.end, (s0, s0), 0.7, "headline")
    # loose fallback: "arrived ..., to Uzbekistan", "is then expected on Wednesday at a summit ... in X"
    if not hits:
        for m in _LOOSE.finditer(text, s0, s1):
            c0, c1 = m.span()
            if _negated(text[max(s0, c0 - 60):c0]):
                continue
            cands = [x for x in ms if c1 <= x.start <= c1 + 110 and x.kind != "demonym" and x.country
                     and re.search(r"\b(?:to|in|into)\s+(?:the\s+)?$", text[max(c1, x.start - 12):x.start])
                     and not _LOOSE_STOP.search(text[c1:x.start])
                     and _since_closed(text[c1:x.start])]
            if not cands:
                continue
            trav, conf = _subject(text, people, s0, c0, s1)
            if trav is None and focus is not None and len(text[s0:c0].split()) <= 2:
                trav, conf = focus, 0.7
            add(trav, cands[:1], c0, cands[0].end, (max(s0, c0 - 70), c1), 0.6 * conf, "loose")
            break
    return hits


_CLAUSE_BREAK = re.compile(r";|,\s*(?:but|while|whereas|although|though|yet)\b|\bbut\b")


def _clause(text: str, s0: int, s1: int, a: int, b: int) -> str:
    """The clause around ``text[a:b]``: "visited Ankara, but a second trip was cancelled" has two."""
    lo = max(s0, a - 120)
    start = max([m.end() for m in _CLAUSE_BREAK.finditer(text, lo, a)], default=lo)
    nxt = _CLAUSE_BREAK.search(text, b, min(s1, b + 120))
    return text[start:nxt.start() if nxt else min(s1, b + 120)]


def _pick_date(text: str, s0: int, s1: int, a: int, b: int, published, tense: str):
    found = find_dates(text[s0:s1], published, tense=tense)
    best, best_d = None, None
    for d in found:
        d0, d1 = s0 + d.offset, s0 + d.offset_end
        lead = text[max(s0, d0 - 80):d0]
        if re.search(r"\bsince\b[^,;]*$", lead):
            continue  # "since his re-election in March": a reference point, not the visit
        rep = None
        for rep in _REPORT.finditer(lead):
            pass
        if rep is not None and not re.search(r"[,;“”\"]", lead[rep.end():]) and not (a <= d0 <= b) \
                and not (d0 - len(lead) + rep.end() <= a < d0):
            continue  # "the Kremlin said on Monday": when it was said, unless the cue comes between
        dist = 0 if a <= d0 < b else (a - d1 if d1 <= a else d0 - b)
        between = text[d1:a] if d1 <= a else text[b:d0]
        if re.search(r"[,;]", between):
            dist += 40  # another clause: "re-elected in March, he arrived ..."
        if dist > 120:
            continue
        if best_d is None or dist < best_d:
            best, best_d = d, dist
    return best


def visits_in_document(doc: Document, mentions: Sequence[Mention], *, gazetteer=None,
                       leaders: Sequence[Leader] | None = None) -> list[Visit]:
    """Every visit cue of one document as a :class:`~geo.values.Visit` (duplicates kept).

    Parameters
    ----------
    doc : Document
        The document.
    mentions : sequence of Mention
        Its place mentions (mentions of other documents are ignored).
    gazetteer : Gazetteer, optional
        For demonyms that the mentions do not resolve.
    leaders : sequence of Leader, optional
        Known leaders (default: the bundled table).

    Returns
    -------
    list of Visit
        In text order; visits of a leader to their own country are left out.

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> t = "Russian President Vladimir Putin on Tuesday arrived in Dushanbe."
    >>> d = Document("d", t, published=dt.date(2022, 6, 28))
    >>> ms = [Mention("d", 0, 7, "Russian", "Russia", 60.0, 100.0, "RU", None, "demonym", 1.0),
    ...       Mention("d", 55, 63, "Dushanbe", "Dushanbe", 38.54, 68.78, "TJ", 1221874, "city", 1.0)]
    >>> v, = visits_in_document(d, ms)
    >>> v.traveler, v.traveler_country, v.role, v.country, v.place, str(v.start_date), v.status
    ('Vladimir Putin', 'RU', 'president', 'TJ', 'Dushanbe', '2022-06-28', 'completed')
    """
    text = doc.text
    ms = usable_mentions(doc, mentions)
    people = find_people(doc, ms, gazetteer=gazetteer, leaders=leaders)
    # a person's name is never a place
    named = _Spans((p.start, p.end) for p in people if p.kind != "pronoun")
    ms = [m for m in ms if not named.overlaps(m.start, m.end)]
    sentences = split_sentences(text)
    first_line_end = text.find("\n") if "\n" in text.strip() else -1
    out: list[Visit] = []
    focus: Person | None = None
    ms_of, people_of = by_sentence(ms, sentences), by_sentence(people, sentences)
    for k, (s0, s1) in enumerate(sentences):
        sm, sp = ms_of[k], people_of[k]
        title_line = s0 < first_line_end and s1 <= first_line_end + 1 and not re.search(
            r"\b(?:is|are|was|were|has|have|had|will|said)\b", text[s0:s1])
        for h in _find_hits(doc, s0, s1, sm, sp, focus, title_line):
            if h.traveller is None or h.traveller.name is None:
                continue
            c0, c1 = h.cue_start, h.cue_end
            sentence = text[s0:s1]
            if h.cue == "headline":
                tense = "present"
            elif h.cue == "travel-noun":
                a, b = h.tense_window
                tense = _tense(text[a:c0] + " " + text[c1:b], 0, None)
            else:
                tense = _tense(text, *h.tense_window)
            if _CANCEL.search(_clause(text, s0, s1, c0, c1)):
                status = "cancelled"
            else:
                status = {"future": "planned", "present": "ongoing", "past": "completed"}[tense]
            date = _pick_date(text, s0, s1, c0, c1, doc.published, tense)
            start = end = None
            if date is not None:
                start, end = date.start, date.end
                if doc.published is not None:
                    if status in ("completed", "ongoing") and start > doc.published:
                        status = "planned"
                    elif status == "ongoing" and end < doc.published:
                        status = "completed"
                    elif status == "planned" and end < doc.published:
                        start = end = None  # a past date in a future clause: when it was announced
            evidence = Evidence(doc.id, sentence, "text", doc.url, doc.title, doc.published)
            by_country: dict[str, list[Mention]] = {}
            for m in h.places:
                by_country.setdefault(m.country, []).append(m)
            for country, group in by_country.items():
                trav = h.traveller
                if trav.country and trav.country == country:
                    continue  # a leader at home is not a foreign visit
                best = _most_specific(group)
                place = best.name if best.kind in ("city", "admin", "other") else None
                lat = best.lat if best.kind != "host" else None
                lon = best.lon if best.kind != "host" else None
                out.append(Visit(trav.name, trav.country, trav.role, country, place, lat, lon, start, end,
                                 status, doc.id, sentence,
                                 round(h.confidence * min(1.0, best.score or 1.0), 3),
                                 origin="text", sources=(evidence,)))
        named = [p for p in sp if p.name and p.kind != "pronoun"]
        if named:
            focus = named[0]
    return out


def usable_mentions(doc: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions of ``doc`` in text order, less those inside a date ("in March", "May 9").

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> d = Document("d", "He was re-elected in March.")
    >>> m = Mention("d", 21, 26, "March", "March", 52.5, 0.1, "GB", 2643379, "city", 0.7)
    >>> usable_mentions(d, [m])
    []
    """
    ms = sorted((m for m in mentions if m.doc == doc.id), key=lambda m: (m.start, -m.end))
    if not ms:
        return ms
    spans = [(d.offset, d.offset_end) for d in find_dates(doc.text, doc.published or dt.date(2000, 1, 1))]
    spans += [m.span() for m in _SEAT_RE.finditer(doc.text)]  # "the White House" is no town
    return [m for m in ms if not any(a < m.end and m.start < b for a, b in spans)]


def _most_specific(group: Sequence[Mention]) -> Mention:
    rank = {"city": 0, "other": 1, "admin": 2, "region": 3, "country": 4, "host": 5}
    return min(group, key=lambda m: (rank.get(m.kind, 6), -(m.score or 0)))
