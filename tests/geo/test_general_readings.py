"""General English that diplomap read wrong (issue 13, sentences of our own, not from the dev articles):
royal and government residences named "<Town> Castle/House/Palace", a host's dinner for a visiting guest,
skipping one event of a trip, the traveller of "he then flew", a calling-off that leaves the other stops,
popes, talks held by video link, and a completed visit followed by a planned return."""

import datetime as dt

import pytest

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document


def _visits(text, published=dt.date(2024, 5, 3)):
    doc = Document("d", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return visits


def _where(text, published=dt.date(2024, 5, 3)):
    return {(v.traveler, v.country): (v.place, v.status) for v in _visits(text, published)}


# residences that share a name with a town abroad ---------------------------------------------------

@pytest.mark.parametrize("sentence, country, city", [
    ("South Korean President Yoon Suk Yeol arrived at Windsor Castle on Tuesday.", "GB", "Windsor"),
    ("The Indian prime minister, Narendra Modi, stayed at Balmoral last weekend.", "GB", None),
    ("Japanese Emperor Naruhito will visit Sandringham in August.", "GB", None),
    ("Irish Taoiseach Leo Varadkar was received at Hillsborough Castle on Friday.", "GB", "Hillsborough"),
    ("Polish President Andrzej Duda visited the Zarzuela Palace on Monday.", "ES", "Madrid"),
])
def test_a_residence_is_in_its_own_country_not_in_a_namesake_town(sentence, country, city):
    got = [(v.country, v.place) for v in _visits(sentence)]
    assert got == [(country, city)]
