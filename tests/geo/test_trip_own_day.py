"""The day told right after the trip's own noun in another sentence, in sentences of our own: one rule
(:func:`geo.visits.trip_noun_days.days_of_the_trip`) for the noun that opens its sentence with its start or
schedule ("The visit began on Monday") and for the span that follows the noun anywhere ("during his visit
from 7 to 9 May"); a day that disagrees with how the trip is told is another trip's and dates nothing.
"""

from __future__ import annotations

import datetime as dt

from .conftest import trip_to

D = dt.date
WED = D(2024, 5, 15)  # a Wednesday


def test_the_visit_began_on_a_weekday_gone_by():
    text = "Kenyan President William Ruto is visiting Ghana. The visit began on Monday with talks."
    v = trip_to(text, WED, "Ruto", "GH")
    assert (v.start_date, v.status) == (D(2024, 5, 13), "ongoing")


def test_the_visit_is_scheduled_for_a_weekday_ahead():
    text = "Kenyan President William Ruto will visit Ghana. The visit is scheduled for Friday."
    v = trip_to(text, WED, "Ruto", "GH")
    assert (v.start_date, v.status) == (D(2024, 5, 17), "planned")


def test_the_visit_was_held_on_a_weekday_gone_by():
    text = "Kenyan President William Ruto visited Ghana. The visit was held on Monday."
    v = trip_to(text, WED, "Ruto", "GH")
    assert (v.start_date, v.status) == (D(2024, 5, 13), "completed")


def test_a_span_after_the_noun_anywhere_in_its_sentence():
    text = ("Kenyan President William Ruto arrived in Accra for a state visit. "
            "Officials said that during his visit from May 13 to 15 he would open a trade fair.")
    v = trip_to(text, WED, "Ruto", "GH")
    assert (v.start_date, v.end_date) == (D(2024, 5, 13), D(2024, 5, 15))


def test_a_span_ahead_for_a_trip_ahead():
    text = ("Kenyan President William Ruto will travel to Ghana. "
            "During his visit from May 20 to 22 he will open a trade fair.")
    v = trip_to(text, WED, "Ruto", "GH")
    assert (v.start_date, v.end_date, v.status) == (D(2024, 5, 20), D(2024, 5, 22), "planned")


def test_a_day_ahead_dates_no_trip_told_as_under_way():
    text = "Kenyan President William Ruto is visiting Ghana. The visit is scheduled for May 20."
    v = trip_to(text, WED, "Ruto", "GH")
    assert v.start_date is None


def test_a_traveller_with_two_stops_takes_no_day_from_the_visit():
    text = ("Kenyan President William Ruto will visit Ghana and then Nigeria. "
            "The visit is scheduled for Friday.")
    assert trip_to(text, WED, "Ruto", "GH").start_date is None
