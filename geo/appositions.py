"""A name whose title follows it between commas: "Samuel Okudzeto Ablakwa, the Ghanaian foreign minister,
arrived", "Okudzeto Ablakwa, Ghana's foreign minister, said".

A name the leaders table does not know, with no title before it, is found nowhere else; the descriptor
after it ("the Ghanaian foreign minister") is found by :mod:`geo.people`, which asks
:func:`appositive_names` for the names such descriptors stand beside and gives each the descriptor's
role and country; the descriptor's entry keeps where its name starts (``"apposed"``), so that
:mod:`geo.coreference` resolves it to that person, not to another of the same office named before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

from geo.role_nouns import HONORIFIC_RUN

__all__ = ["appositive_names", "apposed_name_start"]

_TOKEN = r"[A-ZÀ-ÞĀ-Ž][\w'’\-]*[^\W\d_]"
_PARTICLE = r"(?:bin|bint|ibn|al|el|de|da|do|dos|del|della|di|du|van|von|der|den|la|le)"
#: The name right before ", " (up to four words, particles between them).
_NAME_BEFORE = re.compile(r"(?<![\w'’\-])(?P<name>" + _TOKEN + r"(?:\s+(?:[A-Z]\.\s*)*(?:" + _PARTICLE + r"\s+)?"
                          + _TOKEN + r"){0,3}),\s+$")  # (initials between: "Richard C. Holbrooke", "George H. W. Bush")
#: The apposition closes with a comma (", arrived"), after the office's own complement if it has one: "George
#: Mitchell, the special envoy for the Middle East, arrived", "Todd Stern, the special envoy for climate change,"
#: (a phrase of up to six words after its preposition, with no comma in it).
_CLOSED = re.compile(r"(?:\s+(?:for|to|of|on|at)\s+(?:the\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,4})?\s*,")


def appositive_names(text: str, descriptors: Iterable[tuple[int, int, dict]], not_names: Collection[str],
                     is_place: Callable[[int, int], bool],
                     sentence_start: Callable[[int], int]) -> list[tuple[int, int, str, dict]]:
    """``(start, end, name, descriptor entry)`` of each name written right before a descriptor in a closed
    apposition.

    ``descriptors`` are ``(start, end, entry)`` of the descriptors found; ``not_names`` capitalised
    words that are no names ("Meanwhile", "Monday"); ``is_place(a, b)`` tells a place; ``sentence_start(pos)``
    where the sentence of ``pos`` begins. A one-word name that opens its sentence is left out ("Meanwhile,
    the president, ..."): it may be any capitalised word.

    Examples
    --------
    >>> t = "Samuel Okudzeto Ablakwa, the Ghanaian foreign minister, arrived in Abuja."
    >>> appositive_names(t, [(25, 54, {})], {"The"}, lambda a, b: False, lambda pos: 0)
    [(0, 23, 'Samuel Okudzeto Ablakwa', {})]
    >>> t = "Meanwhile, the Ghanaian foreign minister, arrived."
    >>> appositive_names(t, [(11, 40, {})], {"The"}, lambda a, b: False, lambda pos: 0)
    []
    """
    out = []
    for a, b, entry in descriptors:
        if not _CLOSED.match(text, b):
            continue
        m = _NAME_BEFORE.search(text, max(0, a - 70), a)
        if m is None:
            continue
        na, nb = m.span("name")
        words = m.group("name").split()
        while words and words[0] in not_names:  # "In Nairobi, ...", "The ..."
            na = text.index(words[1], na + len(words[0])) if len(words) > 1 else nb
            words = words[1:]
        if not words or any(w in not_names for w in words) or is_place(na, nb):
            continue
        if len(words) == 1 and not text[sentence_start(na):na].strip(" \"“'‘("):
            continue  # a capitalised word opening the sentence may be anything
        out.append((na, nb, text[na:nb], entry))
    return out


#: Between a descriptor and the name in apposition after it: ", ", ", the Honourable ", ", H.E. ".
_APPOSED_AFTER = re.compile(r",\s+(?:the\s+)?" + HONORIFIC_RUN)


def apposed_name_start(text: str, end: int) -> int | None:
    """Where a name in apposition to a descriptor that ends at ``end`` would start, or ``None`` with no comma
    there: the caller keeps it only if a name was found starting there ("the Minister of Foreign Affairs,
    the Honourable Hugh Todd": one person, by name and title).

    Examples
    --------
    >>> t = "joined by the Minister of Foreign Affairs, the Honourable Hugh Todd."
    >>> t[apposed_name_start(t, t.index(",")):]
    'Hugh Todd.'
    >>> apposed_name_start("the minister said", 12) is None
    True
    """
    m = _APPOSED_AFTER.match(text, end)
    return m.end() if m is not None else None
