"""Is a trip told as a plan the programme of a stay whose known span holds the day of writing?

News tells a trip's programme as a plan on the day it begins: "is set to begin a three-day visit to Japan
today", "was due to start a six-day trip to the United States today". Such plan words do not make the stay a
plan again when the day rules (:func:`geo.status.visit_status`) read it as under way - begun before the day
of writing, or started that day by the writer's "today"; told by its weekday alone ("on Tuesday", that
Tuesday) the day rules keep it ahead. A plan that says it did not hold ("had been scheduled to", "was
originally due to", "was supposed to", "would have been") stays a plan, and a one-day stay told for the day
of writing is left to the words (it may not have begun when written).
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["spans_publication", "plan_for_the_day"]

#: A plan in the present or the simple past, with nothing that says it did not hold.
_PLAN_HELD = re.compile(r"\b(?:is|are|was|were)\s+(?:set|due|scheduled|slated|expected|poised)\s+to\b", re.I)
#: Words that say the plan changed or did not hold.
_PLAN_CHANGED = re.compile(r"\b(?:had\s+been|originally|initially|supposed|meant|would\s+have|was\s+to\s+have|"
                           r"but|however|instead|postpon\w*|cancel\w*|delay\w*|called\s+off|scrapped)\b", re.I)


def spans_publication(start: dt.date | None, end: dt.date | None, published: dt.date | None) -> bool:
    """Does the stay, of more than one known day, hold the publication day?

    Examples
    --------
    >>> d = dt.date(2024, 3, 12)
    >>> spans_publication(d, dt.date(2024, 3, 14), d), spans_publication(d, d, d)
    (True, False)
    >>> spans_publication(dt.date(2024, 3, 13), dt.date(2024, 3, 15), d), spans_publication(d, None, d)
    (False, False)
    """
    if start is None or end is None or published is None:
        return False
    return start < end and start <= published <= end


def plan_for_the_day(text: str, a: int, b: int, start: dt.date | None, end: dt.date | None,
                     published: dt.date | None) -> bool:
    """Is the plan told in ``text[a:b]`` the programme of a stay whose span holds the publication day, so that
    its plan words do not make a stay the day rules read as under way a plan again?

    True when the stay's known span holds that day (:func:`spans_publication`) and the plan is told in the
    present or the simple past ("is set to", "was due to") with no word that it changed.

    Examples
    --------
    >>> t = "Modi is set to begin a three-day visit to Japan today."
    >>> d = dt.date(2024, 3, 12)
    >>> plan_for_the_day(t, 0, len(t), d, dt.date(2024, 3, 14), d)
    True
    >>> t = "Modi had been scheduled to begin a three-day visit to Japan today."
    >>> plan_for_the_day(t, 0, len(t), d, dt.date(2024, 3, 14), d)
    False
    """
    if not spans_publication(start, end, published):
        return False
    m = _PLAN_HELD.search(text, a, b)
    return m is not None and _PLAN_CHANGED.search(text, a, b) is None
