"""Whose trip a trip noun is when the traveller is named after the place: "the visit to Moscow by
Chinese President Xi Jinping", "Today's visit to New Delhi by Secretary of State Antony Blinken".

English names the agent of a trip noun with "by" either before the place ("a visit by Xi to Moscow",
which the travel-noun pattern reads) or after it; this module reads the second order. Only a person
named right after "by" and the titles before the name counts: "a visit to Moscow by plane" names no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.values import Person

__all__ = ["agent_after"]

#: "by" and the title words that may stand before the agent's name: "by Chinese President ", "by
#: Secretary of State ", "by the Saudi crown prince ".
_BY_TITLE = re.compile(r"\s*,?\s+by\s+(?:(?:the|of|for|and|[A-Z][\w.’'\-]*|(?i:crown|prince|prime|minister|"
                       r"president|foreign|defence|defense|secretary|chancellor|king|queen|premier|emir|leader))\s+){0,8}")


def agent_after(text: str, place_end: int, people: Sequence[Person]) -> Person | None:
    """The named person "by" introduces right after the places of a trip noun ending at ``place_end``.

    ``people`` are the sentence's people in text order. A descriptor or a pronoun ("by him") counts as
    well when it names someone.

    Examples
    --------
    >>> p = Person(41, 51, "Xi Jinping", "Xi Jinping", "CN", "president", "name", None, None)
    >>> t = "The visit to Moscow by Chinese President Xi Jinping began."
    >>> agent_after(t, 19, [p]).name
    'Xi Jinping'
    >>> agent_after("The visit to Moscow by plane began.", 19, [p]) is None
    True
    """
    if "by" not in text[place_end:place_end + 6]:
        return None  # most trip nouns have no "by" after them: no pattern tried
    return next((p for p in people if place_end < p.start <= place_end + 80 and p.name
                 and _BY_TITLE.fullmatch(text, place_end, p.start)), None)
