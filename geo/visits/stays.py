"""A stay told between "from" and its place: "arrived in Abu Dhabi from two nights in Afghanistan".

"Arrived in X from Y" tells the stop before X; news as often puts the stay itself between
"from" and Y ("flew in from a three-day visit to Kenya", "came from a week in Brussels"), or the
event attended there ("returned from the G7 summit in Hiroshima", "fresh from talks in Tokyo"). The
place after such a stay is the stop before, just as "from Kabul" would be.

Examples
--------
>>> bool(STAY.fullmatch("two nights in ")), bool(STAY.fullmatch("a three-day visit to the "))
(True, True)
>>> bool(STAY.fullmatch("talks with leaders in "))
False
>>> bool(STAY.fullmatch("the G7 summit in ")), bool(STAY.fullmatch("talks in "))
(True, True)
"""

from __future__ import annotations

import re

from geo.visits.attendance import EVENT

__all__ = ["STAY"]

#: "two nights in ", "a three-day visit to ", "a week in ", "several days at "; an event attended there:
#: "the G7 summit in ", "talks in ", "a conference at "
STAY = re.compile(r"(?:(?:an?|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:[\w\-]+\s+)?"
                  r"(?:days?|nights?|weeks?|visit|trip|stay|stopover)\s+(?:long\s+)?|"
                  r"(?:(?:the|an?|his|her|their)\s+)?(?:(?:[A-Z][\w\-]*|\w+-\w+|[a-z]+al)\s+){0,3}?" + EVENT + r"\s+)"
                  r"(?:in|to|at)\s+(?:the\s+)?", re.I)
