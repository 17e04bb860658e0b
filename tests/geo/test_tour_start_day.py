"""A tour's start told after its noun in a sentence of its own dates the stop told first, in sentences of our
own ("Ruto will tour Ghana, Nigeria and Senegal. The tour begins on Friday."): the stop told first is the
first one, as for a trip that set out on a day; a later stop, a day that disagrees with how the tour is told,
or the day it was announced dates nothing.
"""

from __future__ import annotations

import datetime as dt

from .conftest import trips_of

WED = dt.date(2024, 5, 15)  # a Wednesday


def days(text):
    return {v.country: (v.start_date, v.status) for v in trips_of(text, WED) if v.traveler.endswith("Ruto")}


def test_a_tour_ahead_begins_with_its_first_stop():
    got = days("Kenyan President William Ruto will tour Ghana, Nigeria and Senegal. The tour begins on Friday.")
    assert got["GH"] == (dt.date(2024, 5, 17), "planned")
    assert got["NG"][0] is None and got["SN"][0] is None


def test_a_tour_under_way_began_with_its_first_stop():
    got = days("Kenyan President William Ruto is touring Ghana, Nigeria and Senegal. The tour started on Monday.")
    assert got["GH"][0] == dt.date(2024, 5, 13)
    assert got["NG"][0] is None


def test_the_span_of_a_tour_told_apart():
    got = days("Kenyan President William Ruto will tour Ghana, Nigeria and Senegal. "
               "His tour of the three countries from May 20 to 26 will focus on trade.")
    assert got["GH"][0] == dt.date(2024, 5, 20)


def test_an_announcement_is_no_start():
    got = days("Kenyan President William Ruto will tour Ghana, Nigeria and Senegal. The tour was announced on Monday.")
    assert {d for d, _ in got.values()} == {None}


def test_a_start_gone_by_does_not_date_a_tour_ahead():
    got = days("Kenyan President William Ruto will tour Ghana, Nigeria and Senegal. His last tour began on Monday.")
    assert {d for d, _ in got.values()} == {None}
