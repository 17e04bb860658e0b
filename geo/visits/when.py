"""When a trip is, as its cue tells it: "the trip will begin next month in Peru", "the visit was agreed in May".

English puts a time adverbial after the verb as readily as after the place: "the tour starts on
Monday in Tokyo", "the visit will end later this week in Hanoi", "the trip begins on March 3 in
Lima". :data:`WHEN` is that adverbial, for the cue patterns that need a place right after their verb.
"""

from __future__ import annotations

import re

from geo.visits.itinerary import DAY_TOLD

__all__ = ["WHEN", "TOLD", "told_as_news"]

#: a day or a near period: "on Monday", "tomorrow", "next month", "later this week", "on March 3", "12-14 May"
WHEN = (r"on\s+\w+day|today|tomorrow|tonight|(?:(?:early|late|later)\s+)?(?:next|this)\s+(?:week|month|year)|"
        r"later\s+(?:today|this\s+(?:week|month))|in\s+(?:the\s+)?(?:coming|next)\s+(?:days|weeks)|" + DAY_TOLD)

#: A trip noun told as the thing agreed or announced: "the visit to Russia was agreed in February", "the
#: trip, announced on Monday, ...". What follows dates the agreement or the news, not the trip, and its
#: past tense does not make the trip over (a trip "scheduled for May 5" or "planned for" is dated by it).
TOLD = (r"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
        r"(?:first\s+|also\s+|officially\s+|formally\s+|only\s+)?(?:agreed|announced|confirmed|arranged|"
        r"proposed|decided|discussed|negotiated|approved|mooted|unveiled|revealed|disclosed)"
        r"(?=\s+(?:in|on|at|during|by|last|earlier|when|after|over)\b)")

_TOLD = re.compile(TOLD, re.I)


def told_as_news(text: str, end: int) -> bool:
    """Is the trip whose places end at ``end`` told as the thing agreed or announced ("the visit to Russia
    was agreed in February")? Then the day after it is the agreement's, not the trip's.

    Examples
    --------
    >>> t = "The minister's visit to Russia was agreed in February when the premier visited Japan."
    >>> told_as_news(t, t.index(" was")), told_as_news("The visit to Russia was in February.", 19)
    (True, False)
    >>> told_as_news("His visit to Chile, announced on Monday, will", 18)
    True
    """
    return _TOLD.match(text, end) is not None

