"""A tie joins two countries the story names: a story naming one country at most has none.

The ties step returns at once when the story's places, people, landmarks and
visits name fewer than two countries (for speed: half of general news does), unless a
"Franco-"/"Sino-" form names a country before a demonym. That holds only while every
party of a tie is one of those: these tests hold the rule to real news and to
stories written for it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from geo.events import document_events
from geo.geoparse import geoparse
from geo.ingest import read_corpus
from geo.reading import read_document
from geo.ties import ties_in_document
from geo.values import Document
from geo.visits import visits_in_document

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "benchmarks" / "realnews" / "dev"


def _ties(text: str) -> list:
    doc = Document("d", text, published=dt.date(2023, 5, 29))
    _, ties = document_events(doc, geoparse(doc))
    return ties


def test_one_country_ties_nothing_and_two_do():
    assert _ties("Kenya signed a trade agreement on Monday. The two sides discussed bilateral trade.") == []
    found = _ties("Kenya and Uganda signed a trade agreement on Monday.")
    assert {(t.a, t.b) for t in found} == {("KE", "UG")}


def test_a_combining_form_names_a_second_country():
    found = _ties("Sino-Russian trade grew, officials said on Monday.")
    assert {(t.a, t.b) for t in found} == {("CN", "RU")}


def test_every_tie_of_real_news_joins_countries_the_story_names():
    seen = 0
    for doc in list(read_corpus([DEV / "articles"], meta=DEV / "meta.csv"))[:80]:
        mentions = geoparse(doc)
        r = read_document(doc, mentions)
        visits = visits_in_document(doc, mentions, reading=r)
        named = {m.country for m in r.places} | {p.country for p in r.people} \
            | {lm.country for _, _, lm in r.landmarks} | {v.country for v in visits} \
            | {v.traveler_country for v in visits}
        combining = any(m.kind == "demonym" and doc.text[m.start - 1:m.start] == "-" for m in r.places)
        for t in ties_in_document(doc, mentions, reading=r, visits=visits):
            assert combining or {t.a, t.b} <= named, (doc.id, t.a, t.b)
            seen += 1
    assert seen > 50
