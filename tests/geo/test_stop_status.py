"""A stop's status read from its place in the trip (geo/visits/stop_order.py), on sentences of our own.

Each sentence tells one stop against another with a word of order; the stop after the one at hand is still
ahead, the stop before it is over, and the places of one list share the word's reading.
"""

from __future__ import annotations

import datetime as dt

from .conftest import visits_of


def statuses(text: str, day: dt.date) -> dict[str, str]:
    return {v.country: v.status for v in visits_of(text, day)}


def test_a_stop_after_heading_on_is_still_ahead():
    s = statuses("Canadian Prime Minister Mark Carney arrived in Canberra on Tuesday for talks with Anthony "
                 "Albanese before heading to Jakarta.", dt.date(2025, 10, 22))
    assert s.get("AU") == "ongoing"
    assert s.get("ID") == "planned"


def test_every_place_of_a_list_after_continues_to_is_ahead():
    s = statuses("Spanish Prime Minister Pedro Sanchez wound up talks in Accra on Monday and continues to "
                 "Togo and Benin this week.", dt.date(2024, 3, 12))
    assert s.get("TG") == "planned"
    assert s.get("BJ") == "planned"


def test_a_stop_told_as_behind_the_traveller_is_over():
    s = statuses("Chilean President Gabriel Boric arrived in Lisbon on Tuesday after a three-day stay in Rome.",
                 dt.date(2024, 6, 5))
    assert s.get("PT") == "ongoing"
    assert s.get("IT") == "completed"


def test_a_trip_told_wholly_in_the_past_keeps_its_past():
    # The word of order alone does not make a stop ahead: the whole trip is over, so is the later stop.
    s = statuses("Last month Carney visited Canberra before heading to Jakarta.", dt.date(2025, 12, 20))
    assert s.get("ID") == "completed"


def test_a_stop_before_one_still_ahead_is_not_made_over():
    s = statuses("Indian Prime Minister Narendra Modi will visit Seoul next week after visiting Tokyo.",
                 dt.date(2024, 6, 5))
    assert s.get("JP") == "planned"
    assert s.get("KR") == "planned"


def test_a_list_after_continues_to_is_ahead_even_when_the_last_stop_was_wrapped_up():
    s = statuses("German Foreign Minister Annalena Baerbock wrapped up talks in Nairobi on Sunday and continues to "
                 "Tanzania and Mozambique this week.", dt.date(2024, 3, 12))
    assert s.get("KE") == "completed"
    assert (s.get("TZ"), s.get("MZ")) == ("planned", "planned")


def test_stops_a_tour_earlier_took_the_traveller_to_are_over():
    s = statuses("Vietnamese Prime Minister Pham Minh Chinh is in Bogota on Thursday, the last stop of a tour "
                 "that earlier took him to Brasilia and Buenos Aires.", dt.date(2024, 3, 14))
    assert (s.get("BR"), s.get("AR")) == ("completed", "completed")


def test_the_other_countries_a_tour_under_way_includes_are_ahead():
    s = statuses("Malaysian Prime Minister Anwar Ibrahim is in Berlin on a European tour, which also includes "
                 "Italy and France.", dt.date(2024, 3, 11))
    assert s.get("DE") == "ongoing"
    assert (s.get("IT"), s.get("FR")) == ("planned", "planned")


def test_a_place_listed_after_the_stop_under_way_is_not_over():
    s = statuses("French President Emmanuel Macron arrived in Luanda on Friday. The visit to Luanda is part of a "
                 "tour to Angola, Ghana and Nigeria.", dt.date(2023, 3, 4))
    assert s.get("AO") == "ongoing"
    assert (s.get("GH"), s.get("NG")) == ("planned", "planned")


def test_a_list_of_stops_all_over_stays_over():
    s = statuses("French President Emmanuel Macron returned to Paris on Sunday after a tour to Angola, Ghana and "
                 "Nigeria.", dt.date(2023, 3, 6))
    assert "planned" not in {s.get("AO"), s.get("GH"), s.get("NG")}
