"""The legs of a tour as visits (geo.visits.legs.tour_legs), on sentences of our own read by the real
geoparser and the real events stage: each leg is a visit with its status and day, and so a ``visit`` tie."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document, Visit
from geo.visits.legs import travelling

DAY = dt.date(2017, 3, 20)
SALMAN = "Saudi Arabia's King Salman arrived in Tokyo on Sunday for a four-day visit. "
SISI = "The current tour of President Abdel Fattah al-Sisi began on Monday. "


def events(text: str) -> tuple[list[Visit], set[tuple[str, str, str]]]:
    doc = Document("t", text, published=DAY)
    visits, ties = finish_events(*document_events(doc, geoparse(doc)))
    return visits, {(t.a, t.b, t.kind) for t in ties}


def legs_to(visits: list[Visit], host: str) -> list[Visit]:
    return [v for v in visits if v.country == host and v.status != "cancelled"]


def test_leaving_for_a_place_is_a_planned_visit_with_its_day():
    visits, ties = events(SALMAN + "The King will leave on March 27 for Jordan.")
    jo, = legs_to(visits, "JO")
    assert (jo.traveler_country, jo.status, jo.start_date) == ("SA", "planned", dt.date(2017, 3, 27))
    assert "Salman" in jo.traveler
    assert ("JO", "SA", "visit") in ties  # the tie comes from the visit, as any other visit's


def test_a_tour_naming_no_one_is_the_trip_of_the_storys_one_traveller():
    visits, ties = events(SISI + "The tour includes Kenya, Uganda and Ghana. "
                                 "Sisi is the first Egyptian leader to visit Gabon.")
    for host in ("KE", "UG", "GH"):
        v, = legs_to(visits, host)
        assert v.traveler_country == "EG" and "Sisi" in v.traveler
        assert ("EG", host, "visit") in ties


@pytest.mark.parametrize("sentence", [
    "The King will not leave on March 27 for Jordan.",  # negated
    "The King had been due to leave on March 27 for Jordan.",  # fell through
    "The King will leave on March 27 for Riyadh.",  # home
    "Past kings met the Hashemites whenever they made a trip to Jordan.",  # a habit, not a trip
])
def test_a_trip_negated_wished_for_fallen_through_or_home_is_no_leg(sentence):
    # (an intention with its day is a plan: "Milei wants to go to Germany on Friday", test_weekday_way.py)
    visits, ties = events(SALMAN + sentence)
    assert not legs_to(visits, "JO")
    assert ("JO", "SA", "visit") not in ties
    assert all(v.country != "SA" for v in visits)


def test_a_leg_is_the_trip_of_the_last_person_named_when_that_country_travels():
    # Abe names the leg's subject last, but Japan travels nowhere in the story: not Abe's leg ("He", the King,
    # leaves for Jordan: his)
    visits, _ = events(SALMAN + "He met Abe before leaving on March 27 for Jordan.")
    assert {v.traveler_country for v in legs_to(visits, "JO")} <= {"SA"}
    assert not [v for v in visits if "Abe" in v.traveler]


def test_the_visit_of_someone_names_who_comes_not_a_destination():
    visits, _ = events(SISI + "Sisi is the first Egyptian leader to visit Gabon. "
                              "The tour includes the visit of the Kenyan president.")
    assert not legs_to(visits, "KE")


def test_a_background_trip_travels_nothing_now():
    now = Visit("Sisi", "EG", None, "GA", None, None, None, None, None, "ongoing", "d", "", 0.9)
    old = Visit("Bongo", "GA", None, "EG", None, None, None, dt.date(2016, 1, 1), None, "completed", "d", "", 0.9)
    off = Visit("Ruto", "KE", None, "EG", None, None, None, None, None, "cancelled", "d", "", 0.9)
    assert travelling([now, old, off], dt.date(2017, 8, 16)) == {"EG"}
    assert travelling([now, old], None) == {"EG", "GA"}  # no day to tell the past from
