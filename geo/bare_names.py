"""Full names told with no title, at the head of a sentence: "Peeni Henare will today depart for his first
overseas visits as Minister of Defence ... From Fiji, Henare will travel to Australia".

The name finder knows people by the leaders table, by a title, an honorific, a descriptor or an apposition. A
minister the table lacks, introduced by name alone as the subject of the story's first sentence, was no one:
:func:`bare_names` reads such a name when the story says it is one, by the surname alone again later ("Henare
will travel"), the way news names a person after the first mention.

Guards, each a rule of how names are written rather than of one story:
* two or three capitalised words opening a sentence, then a finite verb of what people do (:data:`_VERBS`: "will",
  "has", "arrived", "said", "met", ...); none of the words is a word that is no name ("Prime", "Ministry",
  "Monday"), a title, or a place the geoparser read;
* the last word comes back alone, as a whole word, elsewhere in the story, not opening a sentence there;
* no person found already overlaps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence

__all__ = ["bare_names"]

_WORD = r"[A-Z][a-z'’\-]{1,}"
#: What a person's name is the subject of: a finite verb (not "Airways will", a body: its last word is no name).
_VERBS = (r"will|would|has|had|have|is|was|arrived|arrives|landed|lands|left|leaves|departed|departs|flew|flies|"
          r"travelled|traveled|travels|visited|visits|met|meets|said|says|told|tells|held|holds|began|begins|"
          r"wrapped|concluded|concludes|heads|headed|embarked|embarks|paid|pays|called|calls|reached|reaches")
_BARE = re.compile(r"[\"“‘']?(?P<name>" + _WORD + r"(?:\s+" + _WORD + r"){1,2})\s+(?=(?:" + _VERBS + r")\b)")


def bare_names(text: str, sentences: Sequence[tuple[int, int]], taken: Callable[[int, int], bool],
               not_names: Collection[str], titles: Collection[str],
               is_place: Callable[[int, int], bool]) -> Iterator[tuple[int, int]]:
    """The spans of the names with no title that open a sentence and come back by their last word.

    ``taken(a, b)`` tells a span some person already holds, ``not_names`` the capitalised words that are no
    names, ``titles`` the title words (lower case) and ``is_place(a, b)`` a place mention.

    Examples
    --------
    >>> t = "Peeni Henare will today depart for Fiji. From Fiji, Henare will travel to Australia."
    >>> s = [(0, 40), (41, len(t))]
    >>> [t[a:b] for a, b in bare_names(t, s, lambda a, b: False, {"From"}, {"minister"}, lambda a, b: False)]
    ['Peeni Henare']
    >>> t = "Qantas Airways will fly to Fiji. Later, Qantas said it was glad."
    >>> list(bare_names(t, [(0, 32), (33, len(t))], lambda a, b: False, set(), set(), lambda a, b: False))
    []
    """
    starts = {s0 for s0, _ in sentences}
    for s0, s1 in sentences:
        m = _BARE.match(text, s0, s1)
        if m is None:
            continue
        a, b = m.span("name")
        words = list(re.finditer(r"\S+", m.group("name")))
        if any(w.group(0) in not_names or w.group(0).lower() in titles or is_place(a + w.start(), a + w.end())
               for w in words) or taken(a, b):
            continue
        last = words[-1].group(0)
        again = [r.start() for r in re.finditer(r"(?<![\w\-])" + re.escape(last) + r"(?![\w\-])", text)
                 if not a <= r.start() < b]
        if any(r not in starts and not re.search(r"[.!?\n]\s*[\"“‘']?$", text[max(0, r - 4):r]) for r in again):
            yield a, b
