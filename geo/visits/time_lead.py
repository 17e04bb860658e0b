"""A time phrase (or a linking word) that opens a sentence before the phrase that tells a trip: "On December 12, during a visit
to the United States, Zelenskyy spoke with senators", "Last week, while on a trip to Kenya, Macron said".

News often dates a backgrounded stop with an opening time phrase and only then tells the trip in a second
opening phrase whose traveller is the main clause's subject, named after it. :func:`past_time_lead` gives
where the clause goes on after such a time phrase, so that the reading of an opening phrase ("During a visit
to Japan, Modi met ...") sees the same words with the date put first.

Only a short phrase of time words ends there: a weekday, a month and day, "last week", "earlier this
month", a year; no verb, no name, no place; a linking word before it ("In addition, on December 12, ...",
"Meanwhile, ...") opens the way too.
"""

from __future__ import annotations

import re

__all__ = ["past_time_lead"]

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WHEN = (r"(?:" + _DAY + r"(?:\s+(?:morning|afternoon|evening|night))?|" + _MONTH + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
         r"(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:\s+\d{4})?|(?:19|20)\d\d|"
         r"(?:this|that|last|next)\s+(?:week|month|year|weekend)|"
         r"(?:earlier|later)(?:\s+(?:this|that|in\s+the)\s+(?:week|month|year|day))?)")
#: "In addition, ", "Meanwhile, ": a word that links the sentence to the one before, and its comma
_LINK = r"(?:In\s+addition|Meanwhile|Separately|Also|Besides|Moreover|Furthermore|However)\s*,\s*"
#: "On December 12, ", "Last week, ", "In March 2023, ", "Earlier this month, ": a time phrase and its comma
_TIME = (r"(?:(?i:on|in|since|until)\s+)?(?:(?i:(?:this|that|last|next)\s+(?:week|month|year|weekend)|"
         r"(?:earlier|later)(?:\s+(?:this|that|in\s+the)\s+(?:week|month|year|day))?)|" + _WHEN + r")\s*,\s*")
_TIME_LEAD = re.compile(r"\s*(?:" + _LINK + r"(?:" + _TIME + r")?|" + _TIME + r")")


def past_time_lead(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` goes on after the time phrase and comma it opens with, else ``start``.

    Examples
    --------
    >>> t = "On December 12, during a visit to the United States, Zelenskyy spoke with senators."
    >>> t[past_time_lead(t, 0, t.index("visit")):t.index("visit")]
    'during a '
    >>> t = "Last week, while on a trip to Kenya, Macron said"
    >>> t[past_time_lead(t, 0, t.index("trip")):t.index("trip")]
    'while on a '
    >>> t = "In addition, on December 12, during a visit to the United States, Zelenskyy spoke"
    >>> t[past_time_lead(t, 0, t.index("visit")):t.index("visit")]
    'during a '
    >>> t = "In Berlin, during a visit, Macron said"
    >>> past_time_lead(t, 0, t.index("visit"))
    0
    """
    m = _TIME_LEAD.match(text, start, end)
    return m.end() if m else start
