"""The day of a stop told beside another stop's: in the list of a trip's stops, or later the same day.

* :func:`stop_dates` - the day written right after each stop of a list ("Hanoi on Monday and Jakarta on
  Wednesday"), a pair of stops sharing the day written after the second ("Qatar and Bahrain on Thursday").
* :func:`later_that_day` - a stop reached later on the day the story last gave its traveller: "Scholz
  departed on Thursday ... In the evening, he will continue to Kenya"; "On Friday, he met Macron in Paris
  and later NATO officials in Brussels".
* :func:`day_counted_from` - a day counted from the last one the story gave: "On Feb. 19, Lavrov will be in
  Cuba. The next day, he will visit Venezuela"; "two days later"; "He had arrived the day before".

Every date expression and its resolution stay in :mod:`geo.dates`;
:func:`geo.visits.document.visits_in_document` calls them where it chooses a visit's day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from geo.dates import NUMBER_WORDS, find_dates
from geo.text import fold_case, has_word
from geo.values import Mention, Visit

__all__ = ["stop_dates", "later_that_day", "day_counted_from", "LATER_SAME_DAY"]

#: What :func:`later_that_day` writes in a visit's ``how``: a later leg of that day, not the trip's first stop.
LATER_SAME_DAY = "later the same day"

_STOP_END = re.compile(r"[.;:]|,\s+(?:and\s+)?(?=[A-Z])")
_STOP_DAY_LEAD = re.compile(r"\s*,?\s*(?:(?:on|from|between|by)\s+)?(?:the\s+)?")
_LONE_WEEKDAY = re.compile(r"(?i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
#: Two stops joined by "and" with nothing else between: "Qatar and Bahrain", "Jordan and the UAE".
_PAIR_AND = re.compile(r",?\s+and\s+(?:the\s+)?")


def stop_dates(text: str, places: Sequence[Mention], published: dt.date | None, word_tense: str) -> dict:
    """The day written right after each stop of a list: "Hanoi on Monday and Jakarta on Wednesday", by country.

    A day after the last stop alone is the whole list's ("Indonesia and Malaysia from June 5 to 9"): no stop
    has its own then (an empty dict). In a list whose first stop has its own day, a stop joined by "and" to
    the next one shares that one's single day: "Oman on Monday and Qatar and Bahrain on Thursday".

    Examples
    --------
    >>> from geo.geoparse import geoparse
    >>> t = "visited Oman on Monday, the UAE on Tuesday and Qatar and Bahrain on Thursday"
    >>> d = stop_dates(t, geoparse(t), dt.date(2021, 12, 10), "past")
    >>> {c: str(x.start) for c, x in d.items()}
    {'OM': '2021-12-06', 'AE': '2021-12-07', 'BH': '2021-12-09', 'QA': '2021-12-09'}
    >>> t = "visited Indonesia and Malaysia from June 5 to 9"
    >>> stop_dates(t, geoparse(t), dt.date(2021, 12, 10), "past")
    {}
    """
    out = {}
    for i, m in enumerate(places):
        limit = places[i + 1].start if i + 1 < len(places) else min(len(text), m.end + 40)
        seg = text[m.end:limit]
        stop = _STOP_END.search(seg)
        seg = seg[:stop.start()] if stop else seg
        for d in find_dates(seg, published, tense=word_tense)[:1]:
            if _STOP_DAY_LEAD.fullmatch(seg, 0, d.offset):
                before = [e for e in out.values() if e.start > d.start]
                if before and word_tense != "past" and _LONE_WEEKDAY.fullmatch(d.text):
                    # "France on Monday and Germany on Wednesday", told on a Wednesday: the stops run in order
                    d = dataclasses.replace(d, start=d.start + dt.timedelta(weeks=1), end=d.end + dt.timedelta(weeks=1))
                out.setdefault(m.country, d)
    if not places or places[0].country not in out:
        return {}
    for m, n in zip(places[-2::-1], places[:0:-1]):  # from the end: "A and B and C on Thursday" all take it
        if m.country not in out and n.country in out and out[n.country].start == out[n.country].end \
                and _PAIR_AND.fullmatch(text, m.end, n.start):
            out[m.country] = out[n.country]
    return out


#: A later part of the day, told at a sentence's head: "In the evening,", "Later that day,", "That afternoon,".
_LATER_PART = re.compile(r"\s*(?:(?:later\s+)?in\s+the\s+(?:afternoon|evening)|later\s+(?:that|the\s+same|in\s+the)\s+day|"
                         r"(?:that|the\s+same)\s+(?:afternoon|evening|night|day)|later\s+on\s+the\s+same\s+day)\s*,", re.I)
#: A stop told as reached after the one before in the same clause: "and later", "and then", "before heading".
_AND_LATER = re.compile(r"\s*,?\s*(?:and\s+(?:later|then|afterwards)|later|then)\b", re.I)


def later_that_day(text: str, s0: int, c0: int, last: dt.date, found: list[Visit],
                   published: dt.date | None) -> list[Visit]:
    """The visits of a cue, those with no day taking ``last`` (the day the story last gave their traveller)
    when the sentence tells the stop as later that same day.

    Two forms: a later part of the day opening the sentence before the cue ("In the evening, he will
    continue to Kenya"), and a stop told after "and later" or "and then" in a sentence whose opening day
    ("On Friday, ...") is ``last`` itself ("On Friday, Scholz met Macron in Paris and later NATO officials
    in Brussels"). A cancelled visit keeps no day.

    Examples
    --------
    >>> from geo.values import Visit
    >>> v = Visit("Olaf Scholz", "DE", None, "KE", None, None, None, None, None, "planned", "d", "", 0.9)
    >>> t = "In the evening, he will continue to Kenya."
    >>> [str(w.start_date) for w in later_that_day(t, 0, 25, dt.date(2023, 5, 4), [v], None)]
    ['2023-05-04']
    >>> t = "Later, he will continue to Kenya."
    >>> [str(w.start_date) for w in later_that_day(t, 0, 15, dt.date(2023, 5, 4), [v], None)]
    ['None']
    """
    m = _LATER_PART.match(text, s0)
    how = m.group(0).strip(" ,") if m is not None and m.end() <= c0 else None
    if how is None and _AND_LATER.match(text, c0) is not None:
        head = find_dates(text[s0:min(c0, s0 + 40)], published)
        if head and head[0].offset <= 3 and head[0].start == head[0].end == last:
            how = f"later on {head[0].text}"
    if how is None:
        return found
    return [dataclasses.replace(v, start_date=last, end_date=None, how=f"{v.how}; day: {how} ({last.isoformat()}), {LATER_SAME_DAY}")
            if v.start_date is None and v.status != "cancelled" else v for v in found]


_FEW = r"two|three|four|five|\d"  # the days counted in words or a digit: "two days later"
_LATER = re.compile(r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after|"
                    r"(?P<n>" + _FEW + r")\s+days\s+later|"
                    # "He had arrived in Moscow the day before": counted back
                    r"(?P<back>the\s+(?:day\s+before|previous\s+day)(?=\s*[.,;)]|\s*$)|a\s+day\s+earlier|"
                    r"(?P<nb>" + _FEW + r")\s+days\s+earlier))\b", re.I)


def day_counted_from(text: str, s0: int, c0: int, last: dt.date, found: list[Visit], s1: int | None = None) -> list[Visit]:
    """"On Feb. 19, Lavrov will be in Cuba. The next day, he will visit Venezuela": a day counted from
    ``last``, the last day the story gave, for the visits of this cue that have none.

    Parameters
    ----------
    text : str
        The document's text.
    s0, c0 : int
        Where the cue's sentence and the cue start; ``s1`` where the sentence ends (default: the text's end).
    last : datetime.date
        The last day the story gave this traveller.
    found : list of Visit
        The cue's visits; those with no day and not called off take the counted day.

    Examples
    --------
    >>> t = "On Feb. 19, Lavrov will be in Cuba. The next day, he will visit Venezuela."
    >>> v = Visit("Sergey Lavrov", None, None, "VE", "Caracas", None, None, None, None, "planned", "d", t, 0.9, how="visit")
    >>> [str(w.start_date) for w in day_counted_from(t, 36, t.index("visit V"), dt.date(2024, 2, 19), [v])]
    ['2024-02-20']
    """
    # a long sentence is read only near the cue
    a, b = max(s0, c0 - 200), min(len(text) if s1 is None else s1, c0 + 160)
    m = _LATER.search(text, a, b) if has_word(fold_case(text), ("day", "days"), a, b) else None
    if m is None or (m.start() > c0 and not (m.group("back") or m.group("nb"))
                     and re.search(r"[,;:]|\band\b", text[c0:m.start()])):
        # a day counted forward is told before its cue ("The next day, he flew to Minsk") or right after
        # its place ("will then head to Belgium the following day"), not in another clause
        return found
    n = m.group("n") or m.group("nb")
    step = (NUMBER_WORDS.get(n.lower(), 0) or int(n)) if n else 1
    back = bool(m.group("back") or m.group("nb"))
    day = last - dt.timedelta(days=step) if back else last + dt.timedelta(days=step)
    how = f"{m.group(0)} {'before' if back else 'after'} {last.isoformat()}"
    return [dataclasses.replace(v, start_date=day, end_date=day, how=f"{v.how}; day: {how}")
            if v.start_date is None and v.status != "cancelled" else v for v in found]
