"""A trip told as what something happens before: "Ahead of Modi's visit to the US, officials met on
Monday". The trip is still to come, and the day of the clause around it is not its day.
"""

from __future__ import annotations

import re

__all__ = ["ahead_of_trip"]

#: "Ahead of the state visit of", "In the run-up to his trip", "in preparation for Xi's visit": up to the trip noun
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run[- ]up\s+to|in\s+preparation\s+for|to\s+prepare\s+for|"
                       r"to\s+lay\s+the\s+ground\s+for)\s+(?:[\w’'.\-]+\s+){0,8}$", re.I)


def ahead_of_trip(text: str, s0: int, c0: int, c1: int, s1: int) -> tuple[int, int] | None:
    """The span of the phrase a trip noun at ``text[c0:c1]`` stands in when something is told to happen
    ahead of that trip, from the phrase's first word to the comma that closes it (else the sentence's end);
    ``None`` when the trip is not so told.

    Examples
    --------
    >>> t = "Ahead of Modi's visit to the United States, officials briefed reporters on Monday."
    >>> a, b = ahead_of_trip(t, 0, t.index("visit"), t.index("visit") + 9, len(t))
    >>> t[a:b]
    "Ahead of Modi's visit to the United States"
    >>> t = "Modi's visit to the United States began on Monday."
    >>> ahead_of_trip(t, 0, t.index("visit"), t.index("visit") + 9, len(t)) is None
    True
    """
    m = _AHEAD_OF.search(text, max(s0, c0 - 80), c0)
    if m is None:
        return None
    close = text.find(",", c1, s1)
    return m.start(), (close if close >= 0 else s1)
