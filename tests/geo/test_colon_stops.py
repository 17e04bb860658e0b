"""Stops spelt out after a colon that closes a trip noun, in sentences of our own."""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

D = dt.date


def hosts(text: str, published: dt.date) -> set[str]:
    doc = Document("t", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {v.country for v in visits if v.status != "cancelled"}


def test_each_city_after_the_colon_of_a_tour_is_a_stop():
    text = ("Spanish Foreign Minister Jose Manuel Albares sets out on a tour of the Andes next week: Bogota on "
            "Monday, Quito on Wednesday and Lima on Friday.")
    assert {"CO", "EC", "PE"} <= hosts(text, D(2024, 4, 12))


def test_a_colon_after_a_policy_statement_is_no_itinerary():
    text = ("Spanish Foreign Minister Jose Manuel Albares named the priorities of the year: Morocco, Algeria "
            "and Mauritania.")
    assert not hosts(text, D(2024, 1, 8)) & {"MA", "DZ", "MR"}


def test_two_people_before_the_colon_leave_the_traveller_open():
    text = ("Albares and his Portuguese counterpart Paulo Rangel discussed the summer trip: Rabat and Algiers.")
    assert not hosts(text, D(2024, 6, 3)) & {"MA", "DZ"}


def test_the_travellers_own_capital_in_the_list_is_no_visit():
    text = ("Kenyan President William Ruto's schedule for the trip: Kampala on Monday, Nairobi on Tuesday.")
    got = hosts(text, D(2024, 7, 5))
    assert "UG" in got and "KE" not in got


def test_namely_lays_out_the_stops_and_a_quoted_we_is_the_speaker():
    text = ('Indonesian President Joko Widodo departed for Africa on Sunday. "We will visit four countries, '
            'namely Kenya, Tanzania, Mozambique and South Africa," said the President.')
    assert {"KE", "TZ", "MZ", "ZA"} <= hosts(text, D(2023, 8, 20))
    assert hosts("Indonesian President Joko Widodo will visit four countries, namely Kenya, Tanzania and "
                 "Mozambique.", D(2023, 8, 20)) == {"KE", "TZ", "MZ"}


def test_a_trip_told_with_no_one_to_take_it_has_no_stops():
    assert not hosts("The schedule of the trip is still open: Nairobi, Kampala and Kigali.", D(2023, 8, 20))
