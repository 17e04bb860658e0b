"""Itineraries, attendance and other travel forms, in sentences of our own.

Each test runs the real geoparser and the events stage on a few sentences
written for the test (not copied from any article) and checks what a careful
reader finds: traveller, host, first day and status.
"""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

D = dt.date


def found(text: str, published: dt.date):
    doc = Document("t", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler.split()[-1], v.country, v.start_date, v.status) for v in visits}


def hosts(text: str, published: dt.date, status: str | None = None) -> set[str]:
    return {c for _, c, _, s in found(text, published) if status is None or s == status}


# a trip called off does not call off another trip --------------------------------------------

def test_a_firm_new_trip_is_not_a_leg_of_one_called_off():
    text = ("Mexican Foreign Minister Alicia Barcena will pay an official visit to Norway and Sweden from "
            "March 3-6. The announcement came after her trip to Canada was postponed last week.")
    assert {"NO", "SE"} <= hosts(text, D(2024, 2, 28), "planned")
    assert "CA" not in hosts(text, D(2024, 2, 28), "planned")


def test_a_trip_called_off_without_a_place_spares_a_trip_firmly_ahead():
    text = ("Kenyan President William Ruto leaves Monday on a tour that will include stops in Ghana and "
            "Senegal. His earlier trip to the region was postponed because of floods.")
    assert {"GH", "SN"} <= hosts(text, D(2024, 5, 1), "planned")


def test_a_leg_told_as_what_would_have_been_is_called_off_too():
    text = ("Chilean President Gabriel Boric has cancelled his trip abroad. He was to have met the "
            "Argentine president in Buenos Aires.")
    assert "AR" not in hosts(text, D(2023, 5, 3), "planned")
