"""The United States' foreign minister is its Secretary of State: a title for a country's top diplomat finds
him in the leaders table on the day of the story."""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document


def travellers(text: str, published: dt.date) -> set[tuple[str, str]]:
    doc = Document("t", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler, v.country) for v in visits}


def test_americas_top_diplomat_is_the_secretary_of_state_of_the_day():
    assert ("Antony Blinken", "JP") in travellers("America's top diplomat arrived in Tokyo on Tuesday.",
                                                  dt.date(2023, 11, 8))


def test_the_us_foreign_minister_is_the_secretary_of_state_too():
    assert ("Mike Pompeo", "KR") in travellers("The US foreign minister will fly to Seoul next week.",
                                               dt.date(2019, 6, 20))


def test_another_countrys_foreign_minister_is_still_its_own():
    assert ("Penny Wong", "FJ") in travellers("Australia's top diplomat arrived in Suva on Monday.",
                                              dt.date(2023, 2, 7))
