"""A traveller is in one country at a time: while a report places them in one country on the day of writing,
the trip's other stops, named with no day of their own, are its other legs (``geo.visits.one_place``).
Sentences of our own."""

from __future__ import annotations

import datetime as dt

from .conftest import trips_of

D = dt.date(2019, 3, 13)  # a Wednesday


def statuses(text: str, surname: str) -> dict[str, str]:
    return {v.country: v.status for v in trips_of(text, D) if v.traveler.split()[-1] == surname}


def test_the_tours_other_stops_named_in_a_later_sentence_are_ahead():
    text = ("Foreign Minister Marise Payne arrived in Jakarta on Wednesday. "
            "Her tour, her first since taking office, takes in Vietnam and Cambodia as well.")
    assert statuses(text, "Payne") == {"ID": "ongoing", "VN": "planned", "KH": "planned"}


def test_a_leg_told_in_the_past_is_over():
    text = ("Foreign Minister Marise Payne arrived in Jakarta on Wednesday. "
            "Payne began her tour in Vietnam, where she met the Vietnamese prime minister.")
    assert statuses(text, "Payne") == {"ID": "ongoing", "VN": "completed"}


def test_without_a_stop_on_a_day_told_the_trip_noun_keeps_its_reading():
    text = "Foreign Minister Marise Payne's tour, her first since taking office, takes in Vietnam and Cambodia."
    assert set(statuses(text, "Payne").values()) == {"ongoing"}
