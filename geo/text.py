"""The structure of a news text that the event rules read: sentences, clauses, datelines, negation.

Shared by :mod:`geo.visits` and :mod:`geo.ties`, so that "where does this
sentence end?", "which clause is this word in?" and "is this verb negated?"
each have one answer:

* :func:`split_sentences` - sentence offsets; honorifics ("H.E.", "Gen.",
  "Rt. Hon.") and initials do not end a sentence;
* :func:`clauses` - the clauses of a sentence ("..., but ...", "...; ...",
  "..., while ...");
* :func:`find_dateline` - the dateline of a wire story ("NAIROBI, March 3
  (Reuters) -", "DHAKA:", "Paris (AFP) -", "New Delhi, Feb 17:"), which says
  where "here" is and anchors dates;
* :func:`negated` - whether the verb phrase that ends at a word is negated;
* :class:`Spans` and :func:`by_sentence` - fast look-ups of spans.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

__all__ = ["split_sentences", "by_sentence", "Spans", "clauses", "clause_of", "Dateline",
           "find_dateline", "negated", "HONORIFICS"]

#: Words before a full stop that do not end a sentence (lower case, without the final stop).
_ABBREV = frozenset({
    "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "st", "mt", "ft", "no", "nos", "vs", "etc",
    "inc", "ltd", "co", "corp", "jr", "sr", "gen", "lt", "col", "maj", "brig", "adm", "capt", "cdr",
    "cmdr", "sgt", "cpl", "sen", "rep", "gov", "pres", "amb", "hon", "rt", "rev", "fr", "h.e", "h.h",
    "h.m", "h.r.h", "u.s", "u.n", "u.k", "e.u", "u.a.e", "e.g", "i.e", "approx", "est", "dept",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})

#: Honorifics and forms of address that precede a name and are not part of it.
HONORIFICS = ("H.E.", "H.E", "HE", "H.H.", "H.M.", "H.R.H.", "HRH", "His Excellency",
              "Her Excellency", "His Majesty", "Her Majesty", "His Highness", "Her Highness",
              "His Royal Highness", "Sheikh", "Sheikha", "Shaikh", "Mr", "Mrs", "Ms", "Mme", "Dr",
              "Prof", "Sir", "Dame", "Lord", "Lady", "Gen", "General", "Lt", "Col", "Maj", "Brig",
              "Adm", "Admiral", "Rt. Hon.", "Rt Hon", "Hon", "Honourable", "Honorable", "Senator",
              "Sen", "Rep", "Gov", "Amb", "Ambassador", "Madam", "Monsieur", "Señor", "Datuk",
              "Dato", "Dato'", "Tan Sri", "Tun", "Pehin", "Begum", "Shri", "Sri", "Smt", "Comrade",
              "Marshal", "Field Marshal", "Emir", "Prince", "Princess", "Crown Prince", "King",
              "Queen", "Sultan")

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")


def _push(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``.

    A line break always ends a sentence (headlines, captions), and so does a
    full stop glued to the next sentence in scraped text ("to dominate.Xi
    touched down"); a full stop after a known abbreviation or honorific ("Mr.",
    "Gen.", "H.E.", "Feb.", "U.S.") or an initial ("V. K. Singh") does not. Offsets exclude
    surrounding white space; empty sentences are dropped.

    Examples
    --------
    >>> t = "Mr. Putin arrived on Feb. 24. He met H.E. Sheikh Tamim.\\nHeadline here"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Mr. Putin arrived on Feb. 24.', 'He met H.E. Sheikh Tamim.', 'Headline here']
    """
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        g = m.group(0)
        if not g:  # "to dominate.Xi touched down": a full stop glued to the next sentence
            if m.start() > start:
                _push(text, start, m.start(), out)
                start = m.start()
            continue
        if g[0] == ".":
            # only the word before the full stop matters: re-splitting the whole open
            # sentence at each "St." made a run of abbreviations quadratic
            before = text[max(start, m.start() - 64):m.start()].split()
            word = before[-1].lower().lstrip("(\"'“‘") if before else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()) or (
                    len(word) == 3 and word[1] == "." and word[0].isalpha()):  # "V.K. Singh"
                continue
        if g[0] in "\n\r":
            end = m.start()
        else:
            end = m.start() + len(g.rstrip())
        _push(text, start, end, out)
        start = m.end()
    _push(text, start, len(text), out)
    return out


class Spans:
    """Answers "does any of these spans overlap ``[a, b)``?" with a binary search.

    Examples
    --------
    >>> s = Spans([(0, 5), (10, 12)])
    >>> s.overlaps(4, 6), s.overlaps(5, 10), s.overlaps(11, 30)
    (True, False, True)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect_left(self.starts, b)  # the spans that start before b
        return k > 0 and self.reach[k - 1] > a


def by_sentence(items: Iterable, sentences: Sequence[tuple[int, int]]) -> list[list]:
    """``items`` (anything with a ``start``) grouped by the sentence they start in, in order.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> [[i.start for i in g] for g in by_sentence([N(start=1), N(start=7)], [(0, 5), (6, 9)])]
    [[1], [7]]
    """
    starts = [s0 for s0, _ in sentences]
    out: list[list] = [[] for _ in sentences]
    for item in items:
        k = bisect_right(starts, item.start) - 1
        if k >= 0 and item.start < sentences[k][1]:
            out[k].append(item)
    return out


_CLAUSE = re.compile(r";|\s[-–—]\s|,\s*(?:but|while|whereas|although|though|yet|where|which|when)\b"
                     r"|\bbut\b|\bwhile\b|\bwhereas\b", re.I)


def clauses(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[s0:s1]`` as offsets.

    A clause ends at a semicolon, a dash between spaces, or a contrasting or
    relative conjunction ("..., but ...", "..., while ...", "..., where ...").

    Examples
    --------
    >>> t = "In China, he praised Xi, while in Belarus, he discussed drills; it was cold."
    >>> [t[a:b] for a, b in clauses(t, 0, len(t))]
    ['In China, he praised Xi', ' in Belarus, he discussed drills', ' it was cold.']
    """
    out, start = [], s0
    for m in _CLAUSE.finditer(text, s0, s1):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if s1 > start:
        out.append((start, s1))
    return out or [(s0, s1)]


def clause_of(spans: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The clause of ``spans`` (from :func:`clauses`) that holds ``pos``, else the nearest before it."""
    k = bisect_right([a for a, _ in spans], pos) - 1
    return spans[max(k, 0)]


# --------------------------------------------------------------------------- datelines

_AGENCY = (r"(?:Reuters|AFP|AP|Xinhua|IANS|PTI|UNI|ANI|Sputnik|TASS|Anadolu(?:\s+Agency)?|AA|dpa|"
           r"DPA|Kyodo|Yonhap|Bernama|APP|BSS|UNB|KUNA|WAM|SPA|IRNA|VNA|PNA|SANA|MENA|QNA|ONA|Petra|"
           r"NNA|EFE|ANSA|Interfax|BelTA|ANTARA|Antara|RIA\s+Novosti|RSS|Xinhua\s+News\s+Agency|"
           r"The\s+Associated\s+Press|Associated\s+Press|Agence\s+France-Presse|AFP/Getty|CNN|VOA|"
           r"Gulf\s+News|ENA|Azertac|AzerTAc|Trend|Kabar|Kazinform|Akorda|Dunya|TNN|NNN|APA|GNA|"
           r"NAN|KNA|Lusa|Notimex|Prensa\s+Latina|Andina|Telam|Télam|ABI|AGI|CTK|PAP|MTI|BTA|"
           r"Tanjug|HINA|STA|Fena|MIA|Ukrinform|UNIAN|Armenpress|Agerpres|IRIB|Mehr|Tasnim|ISNA|"
           r"Fars|Yonhap\s+News|KCNA|Kyodo\s+News|Jiji|NHK|ST|AP\s+Photo)")
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY_MONTH = (r"(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+"
              + _MONTH + r"(?:,?\s+\d{4})?)")
_UPPER_PLACE = r"[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-zà-ÿ'’.\-]+(?:\s+[A-Z][a-zà-ÿ'’.\-]+){0,2}"
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:\(?(?P<pre>" + _DAY_MONTH + r")\)?\s*,\s*)?"
    r"(?P<place>" + _UPPER_PLACE + r"|" + _TITLE_PLACE + r")"
    r"(?:\s*,\s*(?:" + _UPPER_PLACE + r"|" + _TITLE_PLACE + r"))?"  # "KIGALI, Rwanda"
    r"(?:\s*,?\s*\(?(?P<date>" + _DAY_MONTH + r")\)?)?"
    r"\s*(?:\(\s*(?P<agency>" + _AGENCY + r")(?:\s*[/,]\s*" + _AGENCY + r")*\s*\))?"
    r"\s*(?:[-–—]+\s*\(\s*[A-Za-z]+\s*\)\s*[-–—]+\s*(?P<post>" + _DAY_MONTH + r")\.?)?"
    r"\s*(?P<sep>[-–—:.]+|,\s*(?=[A-Z]))\s*(?=[\"“A-Z(\n])")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline of a story: where it was filed and, when given, on which day.

    ``start``/``end`` are the offsets of the place name in the text; ``date``
    is the date as written (resolve it with :func:`geo.dates.resolve_date`),
    ``end_of_dateline`` where the story proper begins.
    """

    place: str
    start: int
    end: int
    date: str | None
    agency: str | None
    end_of_dateline: int


def find_dateline(text: str, *, within: int = 400) -> Dateline | None:
    """The dateline of a story, looked for at the start of its first lines.

    A dateline is a place in capitals or title case at the start of a line,
    maybe with a date and a news agency, ended by a dash or a colon:
    "NAIROBI, March 3 (Reuters) -", "DHAKA:", "Paris (AFP) -",
    "New Delhi, Feb 17:", "9 Nov, Beijing:". A title-case place needs a date
    or an agency, so that "Tuesday: ..." or "Update - ..." are not taken.

    Examples
    --------
    >>> find_dateline("NAIROBI, March 3 (Reuters) - Kenya's president ...").place
    'NAIROBI'
    >>> d = find_dateline("New Delhi, Feb 17: President Macri arrived here on Sunday.")
    >>> d.place, d.date
    ('New Delhi', 'Feb 17')
    >>> find_dateline("Paris (AFP) - The French president ...").agency
    'AFP'
    >>> find_dateline("Bogota, Colombia–(ENEWSPF)–December 12, 2014. MODERATOR: ...").date
    'December 12, 2014'
    >>> find_dateline("The president arrived on Sunday.") is None
    True
    """
    for m in _DATELINE.finditer(text, 0, min(len(text), within + 200)):
        if m.start() > within:
            break
        place = m.group("place")
        upper = place.upper() == place and sum(c.isalpha() for c in place) >= 3
        if not upper and not (m.group("date") or m.group("pre") or m.group("agency") or m.group("post")):
            continue
        if not upper and m.group("sep").startswith(","):
            continue
        if place.lower() in ("update", "breaking", "exclusive", "analysis", "opinion", "watch",
                             "photos", "video", "editorial", "comment", "by", "file"):
            continue
        return Dateline(place.strip(), m.start("place"), m.start("place") + len(place.strip()),
                        m.group("date") or m.group("pre") or m.group("post"), m.group("agency"), m.end())
    return None


# --------------------------------------------------------------------------- negation

_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither|n't|cannot)\b|n't\b", re.I)
_VP_BREAK = re.compile(r"[,;:]|\b(?:and|but|then|or|before|after|while|because|although|when|"
                       r"who|which|that|where)\b", re.I)


def negated(text: str, start: int, pos: int) -> bool:
    """Is the verb phrase that ends at ``pos`` negated (looking back to ``start`` at most)?

    The scope of a negation ends at a comma or a conjunction: in "did not
    comment, but flew to Minsk" the flight is not negated.

    Examples
    --------
    >>> t = "He has not made any trips to Minsk"
    >>> negated(t, 0, t.index("trips"))
    True
    >>> t = "He did not comment, but flew to Minsk"
    >>> negated(t, 0, t.index("flew"))
    False
    """
    before = text[max(start, pos - 80):pos]
    return bool(_NEGATION.search(_VP_BREAK.split(before)[-1]))
