"""Date expressions in news text, resolved against the publication date.

News gives dates in two ways: absolute ("May 9", "February 4-5", "in late
February", "September 2022", "Feb. 24, 2022") and relative to the day the
article appeared ("on Tuesday", "tomorrow", "last week", "last March"). Every
expression resolves to a closed range of days ``(start, end)``; a single day
has ``start == end``.

Month and weekday names come from :mod:`dateutil.parser`'s ``parserinfo`` and
calendar arithmetic from :mod:`dateutil.relativedelta`, so there are no
hand-written month tables here.

The *tense* of the clause decides which way an incomplete date points:

``past``
    the latest matching day on or before ``published`` ("on Sunday" in a
    Monday paper is yesterday; "May 9" in a May 27 paper is this year's).
``future``
    the earliest matching day on or after ``published`` ("will on Tuesday
    make a trip" in a Monday paper is tomorrow).
``present``
    the matching day nearest to ``published`` (either side).

``last``/``next`` ("last Friday", "next week", "last March") always point
strictly before/after the publication day, week, month or year, whatever the
tense.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from geo.errors import InputError

__all__ = ["DateMatch", "TENSES", "resolve_date", "find_dates", "shift"]

#: Accepted values of the ``tense`` argument.
TENSES = ("past", "future", "present")

_PARTS = {"early": (1, 10), "beginning of": (1, 10), "start of": (1, 10),
          "the beginning of": (1, 10), "the start of": (1, 10),
          "mid": (11, 20), "middle of": (11, 20), "the middle of": (11, 20),
          "late": (21, 31), "end of": (21, 31), "the end of": (21, 31)}


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a text.

    Parameters
    ----------
    text : str
        The expression as written (``text == source[offset:offset_end]``).
    offset, offset_end : int
        Character offsets in the searched text.
    start, end : datetime.date
        The first and last day it denotes.
    """

    text: str
    offset: int
    offset_end: int
    start: dt.date
    end: dt.date


@lru_cache(maxsize=1)
def _names():
    from dateutil.parser import parserinfo

    info = parserinfo()
    months = sorted({n for tup in info.MONTHS for n in tup}, key=len, reverse=True)
    weekdays = sorted({n for tup in info.WEEKDAYS for n in tup}, key=len, reverse=True)
    return info, months, weekdays


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    _, months, weekdays = _names()
    month = "(?P<month>" + "|".join(months) + r")\.?"
    wday = "(?P<wday>" + "|".join(weekdays) + ")"
    part = r"(?:(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)[\s-]+)?"
    rng = r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?"
    rng_b = rng.replace("d1", "b1").replace("d2", "b2")
    year = r"(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b)?"
    absolute = (r"(?P<abs>(?:(?P<arel>last|next|this)\s+)?" + part
                + r"(?:" + rng_b + r"\s+(?:of\s+)?)?" + month
                + r"(?:\s+" + rng + r"(?![\d:]))?" + year + ")")
    weekday = r"(?P<wk>(?:(?P<wrel>last|next|this|coming|past)\s+)?" + wday + ")"
    relative = (r"(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|"
                r"tomorrow|yesterday|(?P<rrel>last|next|this|past|coming)\s+(?P<unit>week|month|year)"
                r"(?:end)?)")
    bare_year = r"(?P<yr>(?<=\bin\s)(?:1[89]|20)\d\d\b)"
    return re.compile(r"\b(?:" + absolute + "|" + weekday + "|" + relative + "|" + bare_year + r")\b",
                      re.IGNORECASE)


def _check_tense(tense: str) -> None:
    if tense not in TENSES:
        raise InputError(f"tense must be one of {TENSES}, instead got: {tense!r}")


def _month_range(year: int, month: int, part: str | None) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    lo, hi = _PARTS.get(" ".join(part.lower().split()), (1, last)) if part else (1, last)
    return dt.date(year, month, lo), dt.date(year, month, min(hi, last))


def _pick_year(make, published: dt.date, tense: str, *, strict: str | None = None):
    """Choose among the candidate ranges ``make(year)`` around ``published``."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(make(year))
        except ValueError:  # Feb 29 in a common year
            continue
    if strict == "before" or (strict is None and tense == "past"):
        ok = [c for c in candidates if c[0] <= published and (strict != "before" or c[1] < published)]
        return max(ok) if ok else None
    if strict == "after" or (strict is None and tense == "future"):
        ok = [c for c in candidates if c[1] >= published and (strict != "after" or c[0] > published)]
        return min(ok) if ok else None

    def distance(c):
        if c[0] <= published <= c[1]:
            return 0
        return min(abs((c[0] - published).days), abs((c[1] - published).days))

    return min(candidates, key=distance) if candidates else None


_BARE_MONTH_BEFORE = re.compile(r"\b(?:in|since|until|till|by|from|of|during|before|after|through)\s+$",
                                re.IGNORECASE)


def _plausible(m: re.Match[str]) -> bool:
    """Reject lower-case "may"/"sun" and a bare month name standing alone ("May said")."""
    name = m.group("month") or m.group("wday")
    if name and not name[0].isupper():
        return False
    if m.group("abs") and not (m.group("d1") or m.group("b1") or m.group("year")
                               or m.group("part") or m.group("arel")):
        return bool(_BARE_MONTH_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]))
    return True


def _resolve_match(m: re.Match[str], published: dt.date | None, tense: str):
    from dateutil.relativedelta import relativedelta, weekday as rd_weekday

    info, _, _ = _names()
    if m.group("abs"):
        month = info.month(m.group("month"))
        d1 = m.group("d1") or m.group("b1")
        d2 = m.group("d2") or m.group("b2")
        year = int(m.group("year")) if m.group("year") else None
        part = m.group("part")
        arel = (m.group("arel") or "").lower()
        strict = {"last": "before", "next": "after"}.get(arel)
        if d1:
            lo, hi = int(d1), int(d2 or d1)
            if hi < lo:
                return None

            def make(y):
                return dt.date(y, month, lo), dt.date(y, month, hi)
        else:
            def make(y):
                return _month_range(y, month, part)
        if year is not None:
            try:
                return make(year)
            except ValueError:
                return None
        if published is None:
            return None
        return _pick_year(make, published, tense, strict=strict)
    if published is None:
        return None
    if m.group("wk"):
        wd = info.weekday(m.group("wday"))
        rel = (m.group("wrel") or "").lower()
        if rel == "last" or rel == "past":
            day = published + relativedelta(days=-1, weekday=rd_weekday(wd)(-1))
        elif rel in ("next", "coming"):
            day = published + relativedelta(days=+1, weekday=rd_weekday(wd)(+1))
        elif tense == "past":
            day = published + relativedelta(weekday=rd_weekday(wd)(-1))
        elif tense == "future":
            day = published + relativedelta(weekday=rd_weekday(wd)(+1))
        else:  # present, or "this Tuesday": the nearest
            before = published + relativedelta(weekday=rd_weekday(wd)(-1))
            after = published + relativedelta(weekday=rd_weekday(wd)(+1))
            day = before if (published - before) <= (after - published) else after
        return day, day
    if m.group("rel"):
        word = " ".join(m.group("rel").lower().split())
        fixed = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}
        if word in fixed:
            day = published + dt.timedelta(days=fixed[word])
            return day, day
        rel, unit = m.group("rrel").lower(), m.group("unit").lower()
        step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[rel]
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
            return monday, monday + dt.timedelta(days=6)
        if unit == "month":
            first = published.replace(day=1) + relativedelta(months=step)
            return _month_range(first.year, first.month, None)
        year = published.year + step
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    year = int(m.group("yr"))
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def find_dates(text: str, published: dt.date | None, *, tense: str = "past") -> list[DateMatch]:
    """Find and resolve every date expression in ``text``.

    Expressions that cannot be resolved (a weekday with no ``published``
    date, "February 30") are left out.

    Parameters
    ----------
    text : str
        A sentence or any text.
    published : datetime.date or None
        The day the text appeared; relative expressions need it.
    tense : {"past", "future", "present"}
        Which way incomplete dates point (see the module docstring).

    Returns
    -------
    list of DateMatch
        In text order.

    Examples
    --------
    >>> import datetime as dt
    >>> [(m.text, m.start.isoformat(), m.end.isoformat()) for m in
    ...  find_dates("He visited China on February 4-5 and Belarus last week.", dt.date(2022, 6, 27))]
    [('February 4-5', '2022-02-04', '2022-02-05'), ('last week', '2022-06-20', '2022-06-26')]
    """
    _check_tense(tense)
    out = []
    for m in _pattern().finditer(text):
        if not _plausible(m):
            continue
        try:
            got = _resolve_match(m, published, tense)
        except (ValueError, OverflowError):  # impossible day, or past date.min/date.max
            got = None
        if got is None:
            continue
        out.append(DateMatch(m.group(0), m.start(), m.end(), got[0], got[1]))
    return out


def shift(day: dt.date, delta: dt.timedelta) -> dt.date:
    """``day + delta``, saturating at :data:`datetime.date.min`/``max`` instead of overflowing.

    Examples
    --------
    >>> shift(dt.date(2024, 5, 26), dt.timedelta(days=2))
    datetime.date(2024, 5, 28)
    >>> shift(dt.date.max, dt.timedelta(days=30)) == dt.date.max
    True
    """
    try:
        return day + delta
    except OverflowError:
        return dt.date.max if delta > dt.timedelta(0) else dt.date.min


def resolve_date(expression: str, published: dt.date | None = None, *,
                 tense: str = "past") -> tuple[dt.date, dt.date] | None:
    """Resolve one date expression to a range of days ``(start, end)``.

    Parameters
    ----------
    expression : str
        "May 9", "February 4-5", "in late February", "September 2022",
        "on Tuesday", "last Friday", "tomorrow", "last week", "last March",
        "in 2017", ...; leading words such as "on" or "in" are ignored.
    published : datetime.date or None
        The publication date that relative or year-less expressions are
        resolved against. Without it only complete dates resolve.
    tense : {"past", "future", "present"}
        The tense of the clause the expression stands in; a weekday or a
        year-less date is the nearest such day on or before ``published``
        (past), on or after it (future), or either side (present).

    Returns
    -------
    tuple of datetime.date or None
        ``None`` when the text holds no date expression.

    Raises
    ------
    InputError
        When ``tense`` is not one of :data:`TENSES`.

    Examples
    --------
    >>> import datetime as dt
    >>> monday = dt.date(2022, 6, 27)
    >>> resolve_date("on Tuesday", monday, tense="future")
    (datetime.date(2022, 6, 28), datetime.date(2022, 6, 28))
    >>> resolve_date("on Tuesday", monday, tense="past")
    (datetime.date(2022, 6, 21), datetime.date(2022, 6, 21))
    >>> resolve_date("in late February", monday)
    (datetime.date(2022, 2, 21), datetime.date(2022, 2, 28))
    >>> resolve_date("September 2022", None)
    (datetime.date(2022, 9, 1), datetime.date(2022, 9, 30))
    >>> resolve_date("soon", monday) is None
    True
    """
    found = find_dates(expression, published, tense=tense)
    if not found:
        return None
    return found[0].start, found[0].end
