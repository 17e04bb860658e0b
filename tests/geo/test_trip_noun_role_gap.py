"""A trip noun and its "to" may have the traveller's role or the time since taking office between them:
"his first trip abroad as president to Beijing", "her first visit since taking office to Tokyo"."""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document


def hosts(text: str, published: dt.date) -> set[str]:
    doc = Document("t", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {v.country for v in visits if v.status != "cancelled"}


def test_a_role_between_the_trip_and_its_destination():
    assert "CN" in hosts("Mexican President Claudia Sheinbaum will make her first trip abroad as president to "
                         "Beijing in the spring.", dt.date(2025, 1, 10))


def test_the_time_since_taking_office_between_the_trip_and_its_destination():
    assert "JP" in hosts("Philippine President Ferdinand Marcos Jr. made his first visit since taking office to "
                         "Tokyo last month.", dt.date(2023, 3, 2))

