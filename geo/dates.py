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
    Monday paper is yesterday; "May 9" in a May 27 paper is this year's); a
    day without a year more than half a year back that falls within a month
    ahead is taken ahead ("April 25" in an April 24 paper), and the other way
    round for ``future``.
``future``
    the earliest matching day on or after ``published`` ("will on Tuesday
    make a trip" in a Monday paper is tomorrow).
``present``
    a weekday is the next such day on or after ``published`` (news uses the
    present for schedules: "she meets the president on Thursday"); a date
    without a year is the one nearest to ``published`` (either side).

``last``/``next`` ("last Friday", "next week", "last March") always point
strictly before/after the publication day, week, month or year, whatever the
tense.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from geo.date_joins import join_dates
from geo.errors import InputError
from geo.text import Anchors
from geo.values import DateMatch

__all__ = ["DateMatch", "TENSES", "resolve_date", "find_dates", "shift", "today_or_yesterday", "date_window",
           "NUMBER_WORDS", "part_of_day", "is_frame", "is_week"]

#: Accepted values of the ``tense`` argument.
TENSES = ("past", "future", "present")

#: Numbers written as words, the one table every count of days reads ("a three-day visit", "two days later").
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}
#: The number words of "two days ago" (a digit is read as itself).
_SMALL_NUMBERS = {w: NUMBER_WORDS[w] for w in ("two", "three", "four", "five", "six")}

_PARTS = {"early": (1, 10), "beginning of": (1, 10), "start of": (1, 10),
          "the beginning of": (1, 10), "the start of": (1, 10),
          "mid": (11, 20), "middle of": (11, 20), "the middle of": (11, 20),
          "late": (21, 31), "end of": (21, 31), "the end of": (21, 31)}


def is_week(start: dt.date, end: dt.date) -> bool:
    """Whether ``start..end`` is a Monday-to-Sunday week, as "this week" or "next week" is stored.

    Examples
    --------
    >>> is_week(dt.date(2024, 6, 3), dt.date(2024, 6, 9)), is_week(dt.date(2024, 6, 4), dt.date(2024, 6, 10))
    (True, False)
    """
    return start.weekday() == 0 and (end - start).days == 6


def is_frame(start: dt.date, end: dt.date) -> bool:
    """Whether ``start..end`` is a frame of the calendar rather than a stay: a Monday-to-Sunday week ("this
    week"), a month or a part of one ("in early March", "late May"), as a date with no day is stored.

    Examples
    --------
    >>> is_frame(dt.date(2012, 3, 1), dt.date(2012, 3, 10)), is_frame(dt.date(2024, 5, 21), dt.date(2024, 5, 31))
    (True, True)
    >>> is_frame(dt.date(2024, 6, 3), dt.date(2024, 6, 9)), is_frame(dt.date(2012, 3, 4), dt.date(2012, 3, 6))
    (True, False)
    """
    if is_week(start, end):
        return True
    last = calendar.monthrange(start.year, start.month)[1]
    return (start.year, start.month) == (end.year, end.month) and (start.day, end.day) in (
        (1, 10), (11, 20), (21, last), (1, last))


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
                r"earlier\s+in\s+the\s+day|later\s+in\s+the\s+day|"
                r"overnight(?=\s*[.,;)]|\s*$|\s+(?:on|in|to|from|and|after|before|at|for|with|as|when|while)\b)|"
                r"(?P<nago>" + "|".join(_SMALL_NUMBERS) + r"|\d)\s+days\s+ago|"
                # "a week ago", "over the weekend": found from "week"/"the" (its count or preposition before)
                r"(?P<wago>(?<=\b[a\d]\s)|(?<=\b(?:one|two|six)\s)|(?<=\b(?:four|five)\s)|(?<=\bthree\s))weeks?\s+ago|"
                r"(?:(?<=\b(?:at|on)\s)|(?<=\bover\s)|(?<=\bduring\s))the\s+weekend(?!\s+of\b)|"
                r"this\s+(?:morning|afternoon|evening)|last\s+(?:night|evening)|tomorrow|yesterday|(?P<rrel>last|next|this|past|coming)\s+(?P<unit>week|month|year)"
                r"(?:end)?)")
    bare_year = r"(?P<yr>(?<=\bin\s)(?:1[89]|20)\d\d\b)"
    # "on the 4th": a day of the month told alone (not "the 4th summit", "the 75th anniversary")
    nth = (r"(?P<nth>(?<=\bon\s)the\s+(?P<dn>\d{1,2})(?:st|nd|rd|th)"
           r"(?=\s*[,.;)]|\s+(?:and|to|when|at|in|for|after|before|as)\b|\s*$))")
    # a day glued to the "to" of its range ("from October 31to November 1", a common typo) ends there
    return re.compile(r"\b(?:" + absolute + "|" + weekday + "|" + relative + "|" + bare_year + "|" + nth
                      + r")(?:\b|(?<=\d)(?=to\s))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anchors() -> Anchors:
    """The date pattern with the words its matches start with."""
    _, months, weekdays = _names()
    words = (*months, *weekdays, *"0123456789", "last", "next", "this", "coming", "past", "early", "mid", "late",
             "the", "beginning", "start", "middle", "end", "today", "tonight", "tomorrow", "yesterday",
             "earlier", "later", "overnight", "week", "weeks", *_SMALL_NUMBERS)
    return Anchors({"date": (_pattern(), words)})


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a day may be written in digits of another script


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
        best = max(ok) if ok else None
        if strict is None and best is not None and (published - best[0]).days > 180 \
                and (best[1] - best[0]).days <= 3:
            # "on April 25" in a paper of April 24 is tomorrow, not last year, whatever the verb
            soon = [c for c in candidates if 0 < (c[0] - published).days <= 31]
            best = soon[0] if soon else best
        return best
    if strict == "after" or (strict is None and tense == "future"):
        ok = [c for c in candidates if c[1] >= published and (strict != "after" or c[0] > published)]
        best = min(ok) if ok else None
        if strict is None and best is not None and (best[0] - published).days > 180 \
                and (best[1] - best[0]).days <= 3:
            recent = [c for c in candidates if 0 < (published - c[1]).days <= 31]
            best = recent[-1] if recent else best
        return best

    def distance(c):
        if c[0] <= published <= c[1]:
            return 0
        return min(abs((c[0] - published).days), abs((c[1] - published).days))

    return min(candidates, key=distance) if candidates else None


_BARE_MONTH_BEFORE = re.compile(r"\b(?:in|since|until|till|by|from|of|during|before|after|through)\s+$",
                                re.IGNORECASE)


#: A capitalised word after a weekday's short name: a name's second word ("Sun Yeli"), unless it is a month.
_NAME_AFTER = re.compile(r"\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]")


def _plausible(m: re.Match[str]) -> bool:
    """Reject lower-case "may"/"sun", a bare month name standing alone ("May said") and a weekday's short name
    that begins a person's name ("welcomed by Sun Yeli")."""
    name = m.group("month") or m.group("wday")
    if name and not name[0].isupper():
        return False
    if m.group("wday") and len(m.group("wday")) <= 4 and _NAME_AFTER.match(m.string, m.end()):
        return False
    if m.group("abs") and not (m.group("d1") or m.group("b1") or m.group("year")
                               or m.group("part") or m.group("arel")):
        return bool(_BARE_MONTH_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]))
    return True


@lru_cache(maxsize=1)
def _calendar_steps() -> tuple:
    """dateutil's ``relativedelta`` and ``SA``, imported at the first date read, not with the module and not
    at each date (a function-level import costs some 3,000 instructions a call)."""
    from dateutil.relativedelta import SA, relativedelta

    return SA, relativedelta


def _resolve_match(m: re.Match[str], published: dt.date | None, tense: str):
    SA, relativedelta = _calendar_steps()  # noqa: N806  (dateutil's names)
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
        if year is None and arel == "this" and published is not None:
            year = published.year  # "has confirmed his attendance ... this October": this year's, whatever the tense
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
        day = _weekday(published, info.weekday(m.group("wday")), (m.group("wrel") or "").lower(), tense)
        return day, day
    if m.group("rel"):
        word = " ".join(m.group("rel").lower().split())
        fixed = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "this morning": 0, "this afternoon": 0,
                 "this evening": 0, "last night": -1, "last evening": -1,
                 "the day before yesterday": -2, "the day after tomorrow": 2,
                 "earlier in the day": 0, "later in the day": 0, "overnight": 0}
        if word in fixed:
            day = published + dt.timedelta(days=fixed[word])
            return day, day
        if m.group("nago"):  # "two days ago"
            n = m.group("nago").lower()
            day = published - dt.timedelta(days=int(n) if n.isdigit() else _SMALL_NUMBERS[n])
            return day, day
        if m.group("wago") is not None:  # "a week ago", "two weeks ago": that many weeks before, to the day
            n = m.string[max(0, m.start() - 6):m.start()].split()[-1].lower()
            day = published - dt.timedelta(weeks=int(n) if n.isdigit() else _SMALL_NUMBERS.get(n, 1))
            return day, day
        if word.endswith("the weekend"):  # "over the weekend": the last one in a past clause, else the next
            saturday = published + relativedelta(weekday=SA(-1 if tense == "past" else +1))
            if tense != "past" and published.weekday() == 6:
                saturday = published - dt.timedelta(days=1)  # told on a Sunday: this weekend
            return saturday, saturday + dt.timedelta(days=1)
        rel, unit = m.group("rrel").lower(), m.group("unit").lower()
        step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[rel]
        if unit == "week" and word.endswith("weekend"):
            # "this weekend", "next weekend", "last weekend": that week's Saturday and Sunday
            saturday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step, days=5)
            if rel in ("this", "coming") and saturday + dt.timedelta(days=1) < published:
                saturday += dt.timedelta(weeks=1)  # a weekend already past is the coming one
            return saturday, saturday + dt.timedelta(days=1)
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
            if rel in ("this", "coming") and tense == "future" and published.weekday() == 6:
                monday += dt.timedelta(weeks=1)  # "will visit this week" told on a Sunday: the week ahead
            return monday, monday + dt.timedelta(days=6)
        if unit == "month":
            first = published.replace(day=1) + relativedelta(months=step)
            return _month_range(first.year, first.month, None)
        year = published.year + step
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if m.group("nth"):
        return _day_of_month(int(m.group("dn")), published, tense)
    year = int(m.group("yr"))
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _day_of_month(n: int, published: dt.date, tense: str):
    """"on the 4th": that day of the publication month, else of the nearest month before (a past
    clause) or after (a future one) that has it when the day has not come or is gone; the nearer one
    in the present."""
    from dateutil.relativedelta import relativedelta

    days = []
    for k in range(-3, 4):  # the months around the publication day that have an n-th day
        first = published.replace(day=1) + relativedelta(months=k)
        if n <= calendar.monthrange(first.year, first.month)[1]:
            days.append(first.replace(day=n))
    if tense == "past":
        day = max((d for d in days if d <= published), default=None)
    elif tense == "future":
        day = min((d for d in days if d >= published), default=None)
    else:
        day = min(days, key=lambda d: abs((d - published).days), default=None)
    return (day, day) if day is not None else None


@lru_cache(maxsize=512)  # a few publication days, seven weekdays: the same questions come back
def _weekday(published: dt.date, wd: int, rel: str, tense: str) -> dt.date:
    """The day a weekday (0 = Monday) stands for, after "last", "next", "this"... (``rel``) or none."""
    from dateutil.relativedelta import relativedelta, weekday as rd_weekday

    if rel == "last" or rel == "past":
        return published + relativedelta(days=-1, weekday=rd_weekday(wd)(-1))
    if rel in ("next", "coming"):
        return published + relativedelta(days=+1, weekday=rd_weekday(wd)(+1))
    if tense == "past":
        return published + relativedelta(weekday=rd_weekday(wd)(-1))
    if tense == "future":
        return published + relativedelta(weekday=rd_weekday(wd)(+1))
    if rel == "this":  # "this Tuesday": the nearest
        before = published + relativedelta(weekday=rd_weekday(wd)(-1))
        after = published + relativedelta(weekday=rd_weekday(wd)(+1))
        return before if (published - before) <= (after - published) else after
    # a weekday in a present clause is scheduled: "she meets the president on Thursday"
    return published + relativedelta(weekday=rd_weekday(wd)(+1))


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
    return list(_dates(text, published, tense))


@lru_cache(maxsize=64)  # each visit of a sentence asks again for the sentence's dates
def _dates(text: str, published: dt.date | None, tense: str) -> tuple[DateMatch, ...]:
    out = []
    ascii_digits = text.isascii() or _OTHER_DIGIT.search(text) is None
    for m in _anchors().finditer("date", text) if ascii_digits else _pattern().finditer(text):
        if not _plausible(m):
            continue
        try:
            got = _resolve_match(m, published, tense)
        except (ValueError, OverflowError):  # impossible day, or past date.min/date.max
            got = None
        if got is None:
            continue
        if published is not None and got[0] <= published <= got[1]:
            side = _SIDE.search(text, max(0, m.start() - 9), m.start())
            if side is not None and side.group(1).lower() == "later" and got[1] > published:
                got = (published + dt.timedelta(days=1), got[1])  # "later this week": after today
            elif side is not None and side.group(1).lower() == "earlier" and got[0] < published:
                got = (got[0], published - dt.timedelta(days=1))  # "earlier this week": before today
        out.append(DateMatch(m.group(0), m.start(), m.end(), got[0], got[1]))
    return tuple(join_dates(text, out))


_SIDE = re.compile(r"\b(later|earlier)\s+$", re.I)


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


def today_or_yesterday(day: dt.date, published: dt.date) -> bool:
    """Is ``day`` the day of writing or the day before (with no date arithmetic that could overflow)?

    Examples
    --------
    >>> d = dt.date(2024, 5, 27)
    >>> today_or_yesterday(d, d), today_or_yesterday(dt.date(2024, 5, 26), d), today_or_yesterday(dt.date(2024, 5, 25), d)
    (True, True, False)
    >>> today_or_yesterday(dt.date.min, dt.date.min)
    True
    """
    return 0 <= (published - day).days <= 1


#: A part of a day told with no day ("in the afternoon", "late in the evening", "at noon").
_PART_OF_DAY = re.compile(r"\b(?:(?:early|late|later)\s+)?in\s+the\s+(?:morning|afternoon|evening)\b|"
                          r"\b(?:at|around|before|after)\s+(?:noon|midday|midnight)\b|"
                          # "at around 10.20 am", "at 9:40 p.m."
                          r"\b(?:at|around|by)\s+(?:around\s+|about\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)",
                          re.I)


def part_of_day(text: str, a: int, b: int, published: dt.date | None) -> DateMatch | None:
    """A part of a day or a clock time told with no day in ``text[a:b]``, as the publication day, else ``None``.

    News tells "is expected to arrive in Astana in the afternoon" of the day it appears (an arrival
    "in the evening" told the next morning is a day off, as close as the text allows). Only a fallback
    for a sentence that gives no day of its own: "on Monday in the afternoon" is Monday.

    Examples
    --------
    >>> t = "Putin is expected to arrive in Astana in the afternoon."
    >>> d = part_of_day(t, 0, len(t), dt.date(2017, 6, 8))
    >>> d.text, d.start.isoformat()
    ('in the afternoon', '2017-06-08')
    >>> part_of_day(t, 0, len(t), None) is None
    True
    """
    if published is None:
        return None
    m = _PART_OF_DAY.search(text, a, b)
    return None if m is None else DateMatch(m.group(0), m.start(), m.end(), published, published)


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


def date_window(start: dt.date | None, end: dt.date | None, *, status: str,
                published: dt.date | None, pad_days: int = 2,
                undated_days: int = 30) -> tuple[dt.date, dt.date] | None:
    """The days a visit may cover, for matching it with other reports of the same journey.

    A dated visit covers its days widened by ``pad_days`` (a range longer than
    a month - "in 2019" - is not widened); an undated one the ``undated_days``
    before the article that reports it, or after it for a planned or
    cancelled trip; ``None`` when nothing dates it.

    Examples
    --------
    >>> d = dt.date(2024, 5, 26)
    >>> date_window(d, d, status="completed", published=None)
    (datetime.date(2024, 5, 24), datetime.date(2024, 5, 28))
    >>> date_window(None, None, status="planned", published=d)
    (datetime.date(2024, 5, 24), datetime.date(2024, 6, 25))
    """
    pad = dt.timedelta(days=pad_days)
    if start is not None:
        end = end or start
        if (end - start).days > 31:
            return start, end
        return shift(start, -pad), shift(end, pad)
    if published is None:
        return None
    if status in ("planned", "cancelled"):
        return shift(published, -pad), shift(published, dt.timedelta(days=undated_days))
    return shift(published, -dt.timedelta(days=undated_days)), shift(published, pad)
