"""Date expressions resolved against a publication date (geo.dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.date_joins import days_in_week
from geo.dates import DateMatch, find_dates, resolve_date
from geo.errors import InputError

D = dt.date
MON_2022_06_27 = D(2022, 6, 27)  # a Monday
MON_2024_05_27 = D(2024, 5, 27)  # a Monday


def one(day: dt.date) -> tuple[dt.date, dt.date]:
    return (day, day)


@pytest.mark.parametrize("expr, published, expected", [
    ("May 9", MON_2024_05_27, one(D(2024, 5, 9))),
    ("on 9 May", MON_2024_05_27, one(D(2024, 5, 9))),
    ("Feb. 24", D(2022, 6, 28), one(D(2022, 2, 24))),
    ("February 4-5", MON_2022_06_27, (D(2022, 2, 4), D(2022, 2, 5))),
    ("in late February", MON_2022_06_27, (D(2022, 2, 21), D(2022, 2, 28))),
    ("in early February", MON_2022_06_27, (D(2022, 2, 1), D(2022, 2, 10))),
    ("in mid-June", MON_2022_06_27, (D(2022, 6, 11), D(2022, 6, 20))),
    ("September 2022", None, (D(2022, 9, 1), D(2022, 9, 30))),
    ("March 2nd, 2023", None, one(D(2023, 3, 2))),
    ("in 2017", MON_2024_05_27, (D(2017, 1, 1), D(2017, 12, 31))),
    ("December 3", MON_2024_05_27, one(D(2023, 12, 3))),  # past tense: not a future December
    ("in February", D(2024, 5, 27), (D(2024, 2, 1), D(2024, 2, 29))),  # leap year
])
def test_absolute_dates(expr, published, expected):
    assert resolve_date(expr, published) == expected


@pytest.mark.parametrize("expr, tense, expected", [
    ("on Tuesday", "future", one(D(2022, 6, 28))),   # "will on Tuesday make his first trip"
    ("on Tuesday", "past", one(D(2022, 6, 21))),
    ("on Tuesday", "present", one(D(2022, 6, 28))),  # nearest either side
    ("on Monday", "past", one(MON_2022_06_27)),      # "the Kremlin said on Monday": the same day
    ("on Sunday", "past", one(D(2022, 6, 26))),
    ("on Wednesday", "future", one(D(2022, 6, 29))),
    ("last Friday", "future", one(D(2022, 6, 24))),  # "last"/"next" win over the tense
    ("next Monday", "past", one(D(2022, 7, 4))),
    ("tomorrow", "future", one(D(2022, 6, 28))),
    ("yesterday", "past", one(D(2022, 6, 26))),
    ("today", "present", one(MON_2022_06_27)),
    ("last week", "past", (D(2022, 6, 20), D(2022, 6, 26))),
    ("next week", "future", (D(2022, 7, 4), D(2022, 7, 10))),
    ("last month", "past", (D(2022, 5, 1), D(2022, 5, 31))),
    ("last year", "past", (D(2021, 1, 1), D(2021, 12, 31))),
    ("last March", "past", (D(2022, 3, 1), D(2022, 3, 31))),
    ("next May", "future", (D(2023, 5, 1), D(2023, 5, 31))),
    ("in June", "future", (D(2022, 6, 1), D(2022, 6, 30))),  # the current month is not yet over
    ("in May", "future", (D(2023, 5, 1), D(2023, 5, 31))),
])
def test_relative_dates_follow_the_tense(expr, tense, expected):
    assert resolve_date(expr, MON_2022_06_27, tense=tense) == expected


def test_relative_dates_need_a_publication_date():
    assert resolve_date("on Tuesday", None) is None
    assert resolve_date("tomorrow", None) is None
    assert resolve_date("May 9", None) is None
    assert resolve_date("May 9, 2024", None) == one(D(2024, 5, 9))


def test_words_that_only_look_like_dates_are_ignored():
    assert find_dates("Theresa May said he may visit soon.", MON_2024_05_27) == []
    assert find_dates("between 2026 and 2030", MON_2024_05_27) == []
    assert resolve_date("February 30", MON_2024_05_27) is None


def test_find_dates_gives_offsets_in_text_order():
    text = "Putin visited China on February 4-5 and will go to Belarus next week."
    found = find_dates(text, MON_2022_06_27, tense="past")
    assert [text[m.offset:m.offset_end] for m in found] == ["February 4-5", "next week"]
    assert [m.text for m in found] == ["February 4-5", "next week"]
    assert found[0].start == D(2022, 2, 4) and found[1].end == D(2022, 7, 10)


def test_bad_tense_is_an_input_error():
    with pytest.raises(InputError, match="tense"):
        resolve_date("on Tuesday", MON_2022_06_27, tense="later")
    with pytest.raises(ValueError):  # InputError is also a ValueError
        find_dates("on Tuesday", MON_2022_06_27, tense="")


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(published=st.dates(min_value=D(1950, 1, 1), max_value=D(2100, 12, 31)),
       weekday=st.integers(0, 6), tense=st.sampled_from(["past", "future", "present"]))
def test_a_weekday_is_the_nearest_such_day_on_the_side_of_the_tense(published, weekday, tense):
    start, end = resolve_date(f"on {WEEKDAYS[weekday]}", published, tense=tense)
    assert start == end and start.weekday() == weekday
    offset = (start - published).days
    if tense == "past":
        assert -6 <= offset <= 0
    else:  # future, and present: a schedule ("she meets the president on Thursday")
        assert 0 <= offset <= 6


@given(published=st.dates(min_value=D(1950, 1, 1), max_value=D(2100, 12, 31)),
       month=st.integers(1, 12), tense=st.sampled_from(["past", "future"]))
def test_a_month_without_a_year_lies_on_the_side_of_the_tense(published, month, tense):
    import calendar

    start, end = resolve_date(f"in {calendar.month_name[month]}", published, tense=tense)
    assert start.month == end.month == month and start.day == 1
    if tense == "past":
        assert start <= published and (published - start).days < 366
    else:
        assert end >= published and (end - published).days < 366


# Every publication weekday against every named weekday: "last X" is the latest X strictly
# before the paper's day (a week back when they are the same day: "last Monday" in a Monday
# paper is not today), "next X" the earliest strictly after; "past"/"coming" read the same.
# The expected days are counted here by hand from the calendar, not with dateutil.
WEEK_OF_2024_05_27 = [D(2024, 5, 27) + dt.timedelta(days=i) for i in range(7)]  # Mon .. Sun


def _expected(published: dt.date, weekday: int, word: str) -> dt.date:
    day = published
    step = dt.timedelta(days=-1 if word in ("last", "past") else 1)
    while True:
        day += step
        if day.weekday() == weekday:
            return day


@pytest.mark.parametrize("published", WEEK_OF_2024_05_27, ids=lambda d: d.strftime("%a"))
@pytest.mark.parametrize("word", ["last", "next", "past", "coming"])
@pytest.mark.parametrize("tense", ["past", "future", "present"])
def test_last_and_next_weekday_from_every_weekday(published, word, tense):
    for weekday, name in enumerate(WEEKDAYS):
        want = _expected(published, weekday, word)
        assert resolve_date(f"{word} {name}", published, tense=tense) == one(want), \
            f"{word} {name} in a {published:%A} paper"
        offset = (want - published).days
        assert 1 <= abs(offset) <= 7 and (offset < 0) == (word in ("last", "past"))


def test_last_monday_in_a_monday_paper_is_a_week_back():
    assert resolve_date("last Monday", MON_2024_05_27) == one(D(2024, 5, 20))
    assert resolve_date("next Monday", MON_2024_05_27) == one(D(2024, 6, 3))
    assert resolve_date("on Monday", MON_2024_05_27) == one(MON_2024_05_27)  # the same day
    (m,) = find_dates("Putin met Lukashenko last Monday.", MON_2024_05_27)
    assert (m.text, m.start) == ("last Monday", D(2024, 5, 20))


def test_a_part_of_today_and_last_night():
    pub = dt.date(2024, 3, 13)
    assert [(d.text, d.start) for d in find_dates("She landed this afternoon.", pub)] == [("this afternoon", pub)]
    assert find_dates("He flew in last night.", pub)[0].start == dt.date(2024, 3, 12)


@pytest.mark.parametrize("text, tense, day", [
    ("He arrived on the 4th.", "past", dt.date(2024, 3, 4)),
    ("He will arrive on the 4th.", "future", dt.date(2024, 4, 4)),
    ("He will arrive on the 24th.", "future", dt.date(2024, 3, 24)),
    ("On the 30th, he left.", "past", dt.date(2024, 1, 30)),  # February has none
])
def test_a_day_of_the_month_told_alone(text, tense, day):
    got = find_dates(text, dt.date(2024, 3, 13), tense=tense)
    assert [d.start for d in got] == [day]


def test_an_ordinal_before_a_noun_is_no_day():
    assert find_dates("They met on the 75th anniversary of the victory.", dt.date(2024, 3, 13)) == []


def test_weekdays_are_pinned_to_the_week_named_beside_them():
    friday = D(2024, 5, 24)
    (m,) = find_dates("on Monday and Tuesday next week", friday, tense="future")
    assert (m.start, m.end) == (D(2024, 5, 27), D(2024, 5, 28))
    days = DateMatch("Monday and Tuesday", 0, 18, D(2024, 5, 27), D(2024, 5, 28))
    week = DateMatch("last week", 0, 9, D(2024, 5, 13), D(2024, 5, 19))
    assert days_in_week(days, week) == (D(2024, 5, 13), D(2024, 5, 14))
    # a range over the week's end, or a week not named as next or last, is not pinned
    assert days_in_week(DateMatch("Saturday to Monday", 0, 18, D(2024, 5, 25), D(2024, 5, 27)), week) is None
    assert days_in_week(days, DateMatch("this week", 0, 9, D(2024, 5, 20), D(2024, 5, 26))) is None


def test_a_weekday_with_its_date_is_that_date_even_a_week_back():
    monday = dt.date(2019, 1, 7)  # the paper of the Monday after
    for text in ("visited Khartoum on Monday (December 31) and", "visited Khartoum on Monday, December 31, and",
                 "visited Khartoum on Monday (31 December) and"):
        assert [(d.start, d.end) for d in find_dates(text, monday)] == [(dt.date(2018, 12, 31),) * 2], text
    # a date of another weekday names no weekday: both stay as written
    assert [d.start for d in find_dates("on Monday (December 30)", monday)] == [monday, dt.date(2018, 12, 30)]


def test_a_weekday_s_short_name_that_begins_a_person_s_name_is_no_day():
    d = dt.date(2024, 1, 23)  # a Tuesday
    assert find_dates("Mirziyoyev was welcomed by Sun Yeli, the tourism minister.", d) == []
    assert find_dates("Deputy Foreign Minister Sun Weidong met him.", d) == []
    # a short name alone, or before a month, is still a day
    assert [m.text for m in find_dates("He arrived on Sun. and left on Sat.", d)] == ["Sun", "Sat"]
    assert [m.text for m in find_dates("He arrived Sun Jan 21.", d)] == ["Sun Jan 21"]
