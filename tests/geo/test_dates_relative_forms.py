"""Relative date forms of news resolved against the publication day (sentences written for the test)."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.dates import find_dates

D = dt.date
WED = D(2024, 5, 15)  # a Wednesday


def spans(text: str, tense: str = "past", published: dt.date = WED) -> list[tuple[dt.date, dt.date]]:
    return [(d.start, d.end) for d in find_dates(text, published, tense=tense)]


@pytest.mark.parametrize("text, want", [
    ("He visited Rome a week ago.", D(2024, 5, 8)),
    ("He visited Rome two weeks ago.", D(2024, 5, 1)),
    ("He visited Rome 3 weeks ago.", D(2024, 4, 24)),
])
def test_weeks_ago_count_back_to_the_day(text, want):
    assert spans(text) == [(want, want)]


def test_the_weekend_is_the_last_one_in_the_past_and_the_next_one_ahead():
    assert spans("He was in Rome over the weekend.") == [(D(2024, 5, 11), D(2024, 5, 12))]
    assert spans("He will be in Rome at the weekend.", "future") == [(D(2024, 5, 18), D(2024, 5, 19))]
    # told on a Sunday, "this weekend" ahead is the one under way
    assert spans("He will be in Rome at the weekend.", "future", D(2024, 5, 19)) == [(D(2024, 5, 18), D(2024, 5, 19))]


def test_the_weekend_of_a_date_is_that_date_not_the_next_weekend():
    assert spans("He will be in Rome on the weekend of June 8.", "future") == [(D(2024, 6, 8), D(2024, 6, 8))]


@pytest.mark.parametrize("tense", ["future", "present"])
def test_a_range_of_weekday_names_runs_forward(tense):
    # Wednesday's paper: "from Monday to Wednesday" ahead is next week's Monday to the Wednesday after it
    assert spans("He will be in Rome from Monday to Wednesday.", tense) == [(D(2024, 5, 20), D(2024, 5, 22))]
    assert spans("He will be in Rome Saturday-Monday.", tense) == [(D(2024, 5, 18), D(2024, 5, 20))]


def test_a_past_range_of_weekday_names_runs_forward_from_its_first_day():
    assert spans("He was in Rome from Saturday to Monday.") == [(D(2024, 5, 11), D(2024, 5, 13))]


def test_last_evening_is_the_day_before():
    assert spans("He left for home last evening.") == [(D(2024, 5, 14), D(2024, 5, 14))]
