"""A stop told in the past is under way while the traveller's way home is still ahead
(:mod:`geo.visits.return_ahead`); sentences of our own."""

from __future__ import annotations

import datetime as dt

from .conftest import trip_to

MONDAY = dt.date(2024, 3, 11)


def test_return_told_ahead_keeps_the_last_stop_under_way():
    t = "Ghanaian President John Mahama arrived in Dakar on Saturday for talks. He will fly back to Accra on Wednesday."
    assert trip_to(t, MONDAY, "Mahama", "SN").status == "ongoing"


def test_return_expected_named_by_surname():
    t = ("Ghanaian President John Mahama arrived in Dakar on Saturday for talks with the Senegalese leader. "
         "Mahama is expected back in Accra later this week.")
    assert trip_to(t, MONDAY, "Mahama", "SN").status == "ongoing"


def test_return_already_made_ends_the_stop():
    t = "Ghanaian President John Mahama arrived in Dakar on Saturday for talks. He returned to Accra on Sunday."
    assert trip_to(t, MONDAY, "Mahama", "SN").status == "completed"


def test_earlier_stop_of_a_tour_stays_over():
    t = ("Ghanaian President John Mahama visited Togo on Friday and arrived in Dakar on Saturday. "
         "He will return to Accra on Wednesday.")
    assert trip_to(t, MONDAY, "Mahama", "TG").status == "completed"


def test_return_to_the_host_is_another_trip():
    t = "Ghanaian President John Mahama visited Senegal on Saturday. He will return to Senegal in May for a summit."
    v = [x for x in [trip_to(t, MONDAY, "Mahama", "SN")] if x.start_date == dt.date(2024, 3, 9)]
    assert v and v[0].status == "completed"
