"""How date expressions told side by side join into one: a range ("April 13 to April 15", "from Saturday to
Monday"), a weekday and the date that names it ("Monday, Aug. 21", "on Monday (December 31)"), and weekdays of a
named week ("on Monday and Tuesday next week", "this week on Wednesday").

:func:`geo.dates.find_dates` joins the expressions it finds with :func:`join_dates`; the visit-day readers ask
:func:`days_in_week` for the weekdays of a week told apart from them.
"""

from __future__ import annotations

import datetime as dt
import re

from geo.values import DateMatch

__all__ = ["join_dates", "days_in_week", "A_WEEK"]

_ONE_DAY_NAME = re.compile(r"[A-Za-z]+day", re.I)  # a weekday named alone, with no "last", "next"
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|till|until|and)\s*", re.I)
_SAME_DAY = re.compile(r"\s*[,(]?\s*(?:the\s+)?", re.I)


def join_dates(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """Join "April 13 to April 15" into one range and "Monday, Aug. 21" into one day.

    ``found`` are the expressions of ``text`` in text order, each resolved on its own; the result is in the same
    order, with each joined run replaced by one expression spanning it.

    Examples
    --------
    >>> t = "from April 13 to April 15"
    >>> found = [DateMatch("April 13", 5, 13, dt.date(2024, 4, 13), dt.date(2024, 4, 13)),
    ...          DateMatch("April 15", 17, 25, dt.date(2024, 4, 15), dt.date(2024, 4, 15))]
    >>> [(d.text, str(d.start), str(d.end)) for d in join_dates(t, found)]
    [('April 13 to April 15', '2024-04-13', '2024-04-15')]
    >>> from geo.dates import find_dates  # a week, then its days: "next week, on Monday and Tuesday"
    >>> [(d.text, str(d.start), str(d.end)) for d in find_dates("next week, on Monday and Tuesday",
    ...                                                          dt.date(2023, 2, 27), tense="future")]
    [('next week, on Monday and Tuesday', '2023-03-06', '2023-03-07')]
    """
    out: list[DateMatch] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None:
            between = text[prev.offset_end:d.offset]
            if d.start < prev.start and _ONE_DAY_NAME.fullmatch(prev.text.split()[-1]) and _ONE_DAY_NAME.fullmatch(d.text) \
                    and _RANGE_JOIN.fullmatch(between):  # (also after a pinned day: "next week, on Monday and Tuesday")
                later = d.start + dt.timedelta(weeks=1)  # "from Saturday to Monday": the Monday after that Saturday
                d = DateMatch(d.text, d.offset, d.offset_end, later, later)
            if _RANGE_JOIN.fullmatch(between) and prev.start <= d.end and d.start >= prev.start \
                    and (d.end - prev.start).days <= 62:
                out[-1] = DateMatch(text[prev.offset:d.offset_end], prev.offset, d.offset_end, prev.start, d.end)
                continue
            overlap = prev.start <= d.end and d.start <= prev.end
            if _SAME_DAY.fullmatch(between) and (overlap or d.start == d.end and _ONE_DAY_NAME.fullmatch(prev.text)
                                                 and d.start.weekday() == prev.start.weekday()):
                # "on Monday (December 31)" in the next Monday's paper: the date names which Monday
                lo, hi = (max(prev.start, d.start), min(prev.end, d.end)) if overlap else (d.start, d.end)
                out[-1] = DateMatch(text[prev.offset:d.offset_end], prev.offset, d.offset_end, lo, hi)
                continue
            pinned = days_in_week(prev, d) if between.isspace() else None
            if pinned is None and _THEN_ON.fullmatch(between) and _WEEKDAYS_ONLY.fullmatch(d.text) \
                    and _ANY_WEEK.fullmatch(prev.text):
                # "will visit Baghdad this week on Wednesday", "next week on Tuesday": that day of that week
                pinned = (d.start, d.end) if prev.start <= d.start and d.end <= prev.end else days_in_week(d, prev)
            if pinned is not None and not text.startswith(("'s", "’s"), d.offset_end):
                # "on Monday and Tuesday next week": those days of that week
                out[-1] = DateMatch(text[prev.offset:d.offset_end], prev.offset, d.offset_end, *pinned)
                continue
        out.append(d)
    return out


#: A weekday or a range of weekdays written alone ("Tuesday", "Monday and Tuesday").
_WEEKDAYS_ONLY = re.compile(r"[A-Za-z]+day(?:\s*(?:-|–|to|and|through)\s*[A-Za-z]+day)?", re.I)
#: "next week", "last week" ("this week" in a Sunday paper may be the coming one: not pinned).
A_WEEK = re.compile(r"(?:next|last)\s+week", re.I)
#: A week then its day told after it: "this week on Wednesday", "next week, on Tuesday".
_ANY_WEEK = re.compile(r"this\s+week|" + A_WEEK.pattern, re.I)
_THEN_ON = re.compile(r"\s*,?\s*on\s+", re.I)


def days_in_week(days: DateMatch, week: DateMatch) -> tuple[dt.date, dt.date] | None:
    """The days of ``week`` ("next week", "last week") that ``days`` names by weekday alone ("Tuesday",
    "Monday and Tuesday"), or ``None`` when ``days`` is not weekdays alone, ``week`` is not such a week or
    the weekdays run over a week's end ("Saturday to Monday").

    Examples
    --------
    >>> tue = DateMatch("Tuesday", 0, 7, dt.date(2024, 5, 28), dt.date(2024, 5, 28))
    >>> days_in_week(tue, DateMatch("last week", 0, 9, dt.date(2024, 5, 13), dt.date(2024, 5, 19)))
    (datetime.date(2024, 5, 14), datetime.date(2024, 5, 14))
    >>> days_in_week(tue, DateMatch("this week", 0, 9, dt.date(2024, 5, 20), dt.date(2024, 5, 26))) is None
    True
    """
    if not (_WEEKDAYS_ONLY.fullmatch(days.text) and A_WEEK.fullmatch(week.text)) \
            or days.start.weekday() > days.end.weekday():
        return None
    return week.start + dt.timedelta(days=days.start.weekday()), week.start + dt.timedelta(days=days.end.weekday())
