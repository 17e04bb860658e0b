"""Wordings of a trip that the travel cues of :mod:`geo.visits.families` build on.

* :data:`WHEN` - a time told between the verb and its place: "the tour starts on Monday in Tokyo",
  "the trip will begin next month in Peru" (English puts it there as readily as after the place);
* :data:`MOVES` - more verbs of going: "came to Tokyo", "jets off to Washington", "is off to China",
  "makes his way to Beijing", "left the country for Washington", "drove into Slovenia", "set foot in Japan", "kicked off a tour of Asia in Japan";
* :data:`TOLD` and :func:`told_as_news` - a trip told as the thing agreed or announced: "the visit to
  Russia was agreed in February" dates the agreement, not the trip;
* :data:`NOUN_GAP` - words English puts between a trip noun and its "to": "his visit last month to France",
  "the state visit undertaken to Mozambique", "her first trip abroad will be to China".
"""

from __future__ import annotations

import re

from geo.visits.itinerary import DAY_TOLD
from geo.wordlists import ARRANGED_OR_TOLD, TRIP, alternation

__all__ = ["WHEN", "MOVES", "MOVES_AT", "MOVE_WORDS", "NOUN_GAP", "TOLD", "told_as_news"]

#: a day or a near period: "on Monday", "tomorrow", "next month", "later this week", "on March 3", "12-14 May"
WHEN = (r"on\s+\w+day|today|tomorrow|tonight|(?:(?:early|late|later)\s+)?(?:next|this)\s+(?:week|month|year)|"
        r"later\s+(?:today|this\s+(?:week|month))|in\s+(?:the\s+)?(?:coming|next)\s+(?:days|weeks)|" + DAY_TOLD)

#: "came to Tokyo", "will come back to India", "jets off to Washington", "is off to China", "makes his way to
#: Beijing", "left the country on Sunday for Washington", "drove into Slovenia", "set foot in Japan", "kicked off a tour of Asia in Japan", "began a
#: three-nation swing on Monday in Kenya"
MOVES = (r"c(?:ome|omes|ame|oming)\s+(?:back\s+)?(?:on\s+)?to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
         r"jet(?:s|ted|ting)?\s+off\s+(?:to|for)|(?:is|are|was|were|be)\s+off\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
         r"ma(?:ke|kes|de|king)\s+(?:his|her|their|its)\s+way\s+(?:back\s+)?(?:on\s+)?to|"
         r"(?:left|leaves?|leaving|depart(?:s|ed|ing)?|jet(?:s|ted|ting)?\s+out\s+of|fl(?:ew|ies|y|ying)\s+out\s+of)\s+"
         r"(?:the\s+country|home)(?:\s+(?:" + WHEN + r"))?\s+(?:for|to)|"
         r"dr(?:ive|ives|ove|iving)\s+(?:on\s+)?(?:in)?to(?=\s+(?:the\s+)?(?-i:[A-Z]))|set(?:s|ting)?\s+foot\s+(?:in|on)|"
         r"(?:kick(?:s|ed|ing)?\s+off|beg(?:in|ins|an|un)|start(?:s|ed|ing)?)\s+(?:his|her|their|its|a|an|the)\s+"
         r"(?:[\w\-]+\s+){0,2}?" + alternation(TRIP) + r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*"
         r"(?:\s+(?-i:[A-Z])[\w\-]*)?)?(?:\s+(?:" + WHEN + r"))?\s+in")

#: the words a match of :data:`MOVES` starts with (where the cue pattern is tried), and the words one of which
#: a sentence holds before it is read for them
MOVES_AT = ("came", "come", "comi", "drov", "driv", "kick", "begun", "jet", "mak", "made")
MOVE_WORDS = ("came to", "come to", "comes to", "coming to", "came back", "come back", "comes back", "coming back",
              "drove", "drive", "driving", "set foot", "kick", "jet", "off to", "way to")

_NAMED_TIME = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
               r"June|July|August|September|October|November|December)")

#: Between a trip noun and its "to" or "in": "abroad", a time ("last month", "this week", "in April", "on
#: Monday"), a participle of making or planning ("undertaken", "paid", "planned") and "will be" / "was":
#: "his visit last month to France", "the state visit undertaken to Mozambique", "her first trip abroad will be
#: to China". Each part is optional and the whole must end right before "to" or "in", so a
#: clause that merely follows the noun ("the visit in Paris to discuss") is not read as one.
NOUN_GAP = (r"(?:\s+(?:abroad|overseas))?"
            # "his first trip abroad as president to Beijing", "her first visit since taking office to Tokyo"
            r"(?:\s+(?:as\s+(?:(?:the\s+)?[\w\-]+\s+)?(?:president|prime\s+minister|premier|chancellor|leader|king|"
            r"(?:foreign\s+)?minister|head\s+of\s+state)|since\s+(?:taking|assuming)\s+office|"
            r"since\s+(?:his|her|their)\s+(?:election|inauguration|swearing-in)))?"
            r"(?:\s+(?:(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|weekend|month)|"
            r"(?:on|in)\s+(?-i:" + _NAMED_TIME + r")(?:\s+\d{1,2})?))?"
            r"(?:\s+(?:undertaken|made|paid|planned|scheduled|proposed|announced))?"
            r"(?:\s+(?:was|is|will\s+be))?(?=\s+(?:to|in)\b)")

#: A trip noun told as the thing agreed or announced: "the visit to Russia was agreed in February", "the
#: trip, announced on Monday, ...". What follows dates the agreement or the news, not the trip, and its
#: past tense does not make the trip over (a trip "scheduled for May 5" or "planned for" is dated by it).
TOLD = (r"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
        r"(?:first\s+|also\s+|officially\s+|formally\s+|only\s+)?" + alternation(ARRANGED_OR_TOLD) +
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

