"""A traveller is in one country at a time: while a report places them in one country on the day of writing,
the trip's other stops, named with no day of their own, are its other legs (``one_place`` in
``geo.visits.stop_order``). Sentences of our own."""

from __future__ import annotations

import datetime as dt

from geo.values import Visit
from geo.visits.stop_order import one_place

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


def test_an_untensed_leg_is_ahead_not_over():
    text = "Payne arrived in Jakarta on Wednesday. Her tour also covers Vietnam."
    here = Visit("Marise Payne", "AU", None, "ID", None, None, None, D, None, "ongoing", "d",
                 "Payne arrived in Jakarta on Wednesday.", 0.9)
    leg = Visit("Marise Payne", "AU", None, "VN", None, None, None, None, None, "ongoing", "d",
                "Her tour also covers Vietnam.", 0.7)
    assert [v.status for v in one_place([here, leg], text, D)] == ["ongoing", "planned"]
    assert [v.status for v in one_place([here, leg], text, None)] == ["ongoing", "ongoing"]  # no day of writing


def test_a_stop_on_a_day_long_past_does_not_place_the_traveller():
    # the stop with a day is a week back: where she is today is not told, so the tour's reading holds
    text = ("Foreign Minister Marise Payne arrived in Jakarta on March 6. "
            "Her tour, her first since taking office, takes in Vietnam and Cambodia as well.")
    got = statuses(text, "Payne")
    assert got["ID"] == "completed" and got["VN"] == got["KH"] == "ongoing"


def test_another_person_of_the_same_surname_is_elsewhere():
    text = ("Secretary of State Hillary Clinton arrived in Nairobi on Wednesday. "
            "Former President Bill Clinton is on a tour of Haiti, his office said.")
    got = {(v.traveler, v.country): v.status for v in trips_of(text, D)}
    assert got[("Hillary Clinton", "KE")] == "ongoing" and got[("Bill Clinton", "HT")] == "ongoing"
