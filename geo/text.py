"""The structure of a news text that the event rules read: sentences, clauses, negation.

Shared by :mod:`geo.visits` and :mod:`geo.ties`, so that "where does this
sentence end?", "which clause is this word in?" and "is this verb negated?"
each have one answer (where "here" is, the dateline, is :mod:`geo.datelines`):

* :func:`split_sentences` - sentence offsets; honorifics ("H.E.", "Gen.",
  "Rt. Hon.") and initials do not end a sentence;
* :func:`clauses` - the clauses of a sentence ("..., but ...", "...; ...",
  "..., while ...");
* :func:`negated` - whether the verb phrase that ends at a word is negated;
* :class:`Spans` and :func:`by_sentence` - fast look-ups of spans;
* :func:`where_told` - where a visit's sentence (its evidence) stands in the text.

Finding words fast (one lower-cased copy of a document, word searches over it,
cue patterns tried only where their first words are) is :mod:`geo.word_search`'s;
its names (:func:`~geo.word_search.lower_text`, :func:`~geo.word_search.fold_case`,
:func:`~geo.word_search.has_word`, :class:`~geo.word_search.Anchors`,
:func:`~geo.word_search.whole_words`, :func:`~geo.word_search.word_marks`,
:func:`~geo.word_search.word_key`, :func:`~geo.word_search.marks_fold_alike`)
can still be imported from here, as the event rules do.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import accumulate
from operator import methodcaller

from geo.word_search import (Anchors, fold_case, has_word, lower_text, marks_fold_alike, matches_at, whole_words,
                             word_key, word_marks)

__all__ = ["split_sentences", "by_sentence", "sentence_starts", "where_told", "Spans", "clauses", "negated",
           "HONORIFICS", "lower_text", "fold_case", "has_word", "Anchors", "whole_words", "word_marks", "word_key",
           "marks_fold_alike"]

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
              "Prof", "Sir", "Dame", "Lord", "Lady", "Ibu", "Bapak", "Samdech", "Techo", "Preah Bat", "Preah", "Boromneat",
              "Boromneath", "Gen", "General", "Lt", "Col", "Maj", "Brig",
              "Adm", "Admiral", "Rt. Hon.", "Rt Hon", "Hon", "Honourable", "Honorable", "Senator",
              "Sen", "Rep", "Gov", "Amb", "Ambassador", "Madam", "Monsieur", "Señor", "Datuk",
              "Dato", "Dato'", "Tan Sri", "Tun", "Pehin", "Begum", "Shri", "Sri", "Smt", "Comrade",
              "Marshal", "Field Marshal", "Emir", "Prince", "Princess", "Crown Prince", "King",
              "Queen", "Sultan")

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*|"
                       r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=\d{4}[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?][\"”])(?=[A-Z][a-z])")
# The same boundaries, found faster: one pattern per stop and one for line breaks (a pattern that opens with a
# literal is found by a fast search, an alternation of five first characters tried at every character), each
# with the character it opens with (group 1 of a stop ends where its white space starts); glued stops apart.
_AFTER_STOP = r"[.!?…]*[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])"
_WRAPPED = re.compile(r"\s(?:the|a|an|of|and|or|to|in|with|by|for|from|on|at|his|her|their|its)$")
_STOPS = tuple((c, re.compile("(" + re.escape(c) + _AFTER_STOP)) for c in ".!?…") + (("\n", re.compile(r"\n\s*")),)
#: A stop glued to a capitalised word, one pattern per stop: a literal first character is found by a fast search
#: (after a word, a year or a closing quote: "to dominate.Xi", "since July 2000.After", "the readout."Following")
_GLUED_STOPS = tuple(re.compile(re.escape(c) + r"[\"”]?(?=[A-Z][a-z])") for c in ".!?")
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=\d{4}[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?][\"”])(?=[A-Z][a-z])")
_START = methodcaller("start")


def _stops(text: str) -> list[re.Match[str]]:
    """The stops and line breaks of ``_BOUNDARY.finditer(text)`` in text order. One inside a match of another pattern
    ("!" of "?!", "\\n" of ".\\n") ends where it ends (the same white space): left out, the rest are the same."""
    if len(runs := [found for c, stop in _STOPS if c in text and (found := list(stop.finditer(text)))]) < 2:
        return runs[0] if runs else []
    out, end = [], 0
    for m in sorted([m for run in runs for m in run], key=_START):
        if m.start() >= end:
            out.append(m)
            end = m.end()
    return out


def _boundaries(text: str) -> Iterable[re.Match[str]]:
    """What ``_BOUNDARY.finditer(text)`` gives. A glued full stop ("dominate.Xi") is never inside or at the start
    of another boundary (those hold no letter and start with a stop or a line break): found apart, merged."""
    glued = [g for stop in _GLUED_STOPS for m in stop.finditer(text) if (g := _GLUED.match(text, m.end())) is not None]
    if not glued:
        return _stops(text)
    return heapq.merge(_stops(text), sorted(glued, key=_START), key=_START)


def _push(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``.

    A line break ends a sentence (headlines, captions) unless it wraps one (a letter before it, a lower-case
    word after it), and so does a full stop glued to the next sentence in scraped text ("to dominate.Xi
    touched down"); a full stop after a known abbreviation or honorific ("Mr.", "Gen.", "H.E.", "Feb.",
    "U.S.") or an initial ("V. K. Singh") does not. Offsets exclude white space; empty sentences are dropped.

    Examples
    --------
    >>> t = "Mr. Putin arrived on Feb. 24. He met H.E. Sheikh Tamim.\\nHeadline here"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Mr. Putin arrived on Feb. 24.', 'He met H.E. Sheikh Tamim.', 'Headline here']
    """
    out: list[tuple[int, int]] = []
    start = 0
    for m in _boundaries(text):
        at, after = m.span()
        if at == after:  # "to dominate.Xi touched down": a full stop glued to the next sentence
            if at > start:
                _push(text, start, at, out)
                start = at
            continue
        if text[at] == "\n":
            if after - at == 1 and (text[after:after + 1].islower() and text[at - 1:at].isalpha()
                                    or _WRAPPED.search(text, max(start, at - 8), at)):
                continue  # a hard-wrapped line: "a two-day stay and\nbecoming", "touring Ghana, the\nRepublic of"
            end = at
        else:
            if text[at] == ".":
                # only the word before the full stop matters (re-splitting at each "St." was quadratic)
                before = text[max(start, at - 64):at].rsplit(None, 1)
                word = before[-1].lower().lstrip("(\"'“‘") if before else ""
                if word in _ABBREV or (len(word) == 1 and word.isalpha()) or word == "may" and text[after].isdigit() \
                        or (len(word) == 3 and word[1] == "." and word[0].isalpha()):  # "V.K. Singh"; "May. 28"
                    continue
            end = m.end(1)  # the stops and closing quotes, not the white space after them
        _push(text, start, end, out)
        start = after
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


def sentence_starts(text: str, sentences: Iterable[tuple[int, int]]) -> dict[str, int]:
    """Where each sentence of ``text`` starts, keyed by its text (the first such sentence if two read alike):
    the ``starts`` that :func:`where_told` looks a visit's evidence up in.

    Examples
    --------
    >>> sentence_starts("Hi. Hi.", [(0, 3), (4, 7)])
    {'Hi.': 0}
    """
    starts: dict[str, int] = {}
    for a, b in sentences:
        starts.setdefault(text[a:b], a)
    return starts


def where_told(text: str, evidence: str | None, starts: Mapping[str, int] | None = None) -> int:
    """Where ``text`` tells a visit's sentence ``evidence``: its start in ``starts`` (from
    :func:`sentence_starts`) when it is one of those sentences, else the first place the text holds it; ``-1``
    when it holds it nowhere or there is no evidence.

    Without ``starts`` this is the first occurrence, which may lie inside an earlier, longer sentence that
    holds the same words; with them a whole sentence is preferred.

    Examples
    --------
    >>> t = "He said Putin arrived. Putin arrived."
    >>> where_told(t, "Putin arrived."), where_told(t, "Putin arrived.", sentence_starts(t, [(0, 22), (23, 37)]))
    (8, 23)
    >>> where_told(t, None), where_told(t, "Xi left.")
    (-1, -1)
    """
    if not evidence:
        return -1
    if starts is not None and evidence in starts:
        return starts[evidence]
    return text.find(evidence)


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
    return list(_clauses(text, s0, s1))


@lru_cache(maxsize=64)  # the visits and the ties of a sentence ask in turn
def _clauses(text: str, s0: int, s1: int) -> tuple[tuple[int, int], ...]:
    out, start = [], s0
    for m in _clause_breaks(text, s0, s1):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if s1 > start:
        out.append((start, s1))
    return tuple(out or [(s0, s1)])


#: Where a match of ``_CLAUSE`` may start: at these characters, one before a dash, or at these words
#: (as :func:`fold_case` writes them, so that ignore-case matching finds no other).
_CLAUSE_MARKS, _CLAUSE_DASHES, _CLAUSE_WORDS = ";,", "-–—", ("but", "while", "whereas")


def _clause_breaks(text: str, s0: int, s1: int) -> Iterator[re.Match[str]]:
    """What ``_CLAUSE.finditer(text, s0, s1)`` gives, tried only where a match may start (the
    pattern, tried at every character, cost as much as the rest of the clause split)."""
    low = fold_case(text)
    starts = set()
    for marks, shift, where in ((_CLAUSE_MARKS, 0, text), (_CLAUSE_DASHES, 1, text), (_CLAUSE_WORDS, 0, low)):
        for c in marks:
            p = where.find(c, s0, s1)
            while p >= 0:
                starts.add(p - shift)
                p = where.find(c, p + 1, s1)
    yield from matches_at(_CLAUSE, text, sorted(starts), s0, s1)


# --------------------------------------------------------------------------- negation

_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither|n't|cannot)\b|n't\b", re.I)
#: Words one of which every match of ``_NEGATION`` holds (lower case).
_NEGATION_WORDS = ("no", "never", "neither", "n't", "cannot")
_VP_BREAK = re.compile(r"[,;:]|\b(?:and|but|then|or|before|after|while|because|although|when|"
                       r"who|which|that|where)\b", re.I)


def negated(text: str, start: int, pos: int) -> bool:
    """Is the verb phrase that ends at ``pos`` negated (looking back to ``start`` at most)?

    The scope of a negation ends at a comma or a conjunction and reaches five
    words back: in "did not comment, but flew to Minsk" the flight is not
    negated, nor the visit in "no reason was given for the postponement of a visit".

    Examples
    --------
    >>> t = "He has not made any trips to Minsk"
    >>> negated(t, 0, t.index("trips"))
    True
    >>> t = "He did not comment, but flew to Minsk"
    >>> negated(t, 0, t.index("flew"))
    False
    """
    lo = max(start, pos - 80)
    if not has_word(fold_case(text), _NEGATION_WORDS, lo, pos):
        return False  # no negation word at all: nothing to split
    before = text[lo:pos]
    scope = _VP_BREAK.split(before)[-1].split()[-5:]  # "no reason was given for the postponement of a visit"
    return bool(_NEGATION.search(" ".join(scope)))
