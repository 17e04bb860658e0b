"""One list of topic words for both stages: what names a country as a topic to the ties does so to the visits
too (our own sentences, read by the real geoparser)."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.events import extract_ties
from geo.geoparse import geoparse
from geo.values import Document, Mention
from geo.visits.topic import is_topic

DAY = dt.date(2024, 5, 27)


def pairs(text: str) -> set[tuple[str, str]]:
    """The country pairs the tie stage finds in ``text``, visits left out."""
    doc = Document("t", text, published=DAY)
    return {(t.a, t.b) for t in extract_ties([doc], geoparse(doc), visits=[])}


def topic(text: str, word: str) -> bool:
    """Is ``word`` (a country) told as a topic in ``text``, as the visits read it?"""
    i = text.index(word)
    return is_topic(text, Mention("d", i, i + len(word), word, word, 0.0, 0.0, "XX", None, "country", 1.0), 0)


@pytest.mark.parametrize("text", [
    "Egypt backed the Sudan ceasefire.",  # a word the visits held, now the ties' too
    "Qatar welcomed the Gaza truce.",
    "Turkey supported the Syria peace talks.",
    "Egypt praised the Libya peace plan.",
])
def test_a_country_naming_a_truce_is_its_topic_not_a_party(text):
    assert pairs(text) == set()


@pytest.mark.parametrize("text, country, venue", [
    ("Blinken flew to Cairo as the Libya situation worsened.", "Libya", "Cairo"),  # a ties' word, now the visits'
    ("He visited Kenya before the Sudan insurgency grew.", "Sudan", "Kenya"),
    ("Lavrov flew to Ankara to speak of the Syria civil war.", "Syria", "Ankara"),
])
def test_a_country_naming_a_situation_is_no_venue(text, country, venue):
    assert topic(text, country)
    assert not topic(text, venue)


def test_a_deal_a_country_names_is_its_topic_to_a_visit():
    assert topic("Blinken arrived in Vienna to save the Iran deal.", "Iran")
    assert not topic("Blinken arrived in Vienna to save the Iran deal.", "Vienna")
