"""A visit is someone's: a story that names no one has none, and the visits step skips it at once.

The visits step returns before reading any cue when no person of the story
has a name (for speed: half of general news names no one). That holds only
while every visit's traveller is named and comes from the story's people (or
is found through one, as a counterpart through the host): these tests hold
the rule to real news and to stories written with and without a name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from geo.events import document_events
from geo.geoparse import geoparse
from geo.ingest import read_corpus
from geo.reading import read_document
from geo.values import Document
from geo.visits import visits_in_document

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "benchmarks" / "realnews" / "dev"

UNNAMED = ("The foreign minister arrived in Nairobi on Monday for talks. The delegation then flew to Kampala, "
           "where the visiting minister was received by his counterpart.")
NAMED = UNNAMED.replace("The foreign minister arrived", "Foreign Minister Sergey Lavrov arrived")


def _visits(text: str) -> list:
    doc = Document("d", text, published=dt.date(2023, 5, 29))
    visits, _ = document_events(doc, geoparse(doc))
    return visits


def test_a_story_naming_no_one_has_no_visit_and_the_same_story_with_a_name_has():
    assert _visits(UNNAMED) == []
    found = _visits(NAMED)
    assert {v.country for v in found} >= {"KE"}
    assert {v.traveler for v in found} == {"Sergey Lavrov"}


def test_every_visit_of_real_news_is_of_a_named_traveller_of_a_story_that_names_someone():
    docs = list(read_corpus([DEV / "articles"], meta=DEV / "meta.csv"))[:80]
    seen = 0
    for doc in docs:
        mentions = geoparse(doc)
        reading = read_document(doc, mentions)
        visits = visits_in_document(doc, mentions, reading=reading)
        names = {p.name for p in reading.people if p.name}
        for v in visits:
            assert v.traveler, (doc.id, v)
            assert names, doc.id  # a story with a visit names someone
        seen += len(visits)
    assert seen > 50
