"""The Python API (:func:`geo.events.extract_visits`) and the per-document stage the command line and the
engines run (:func:`geo.events.document_events` then :func:`geo.events.finish_events`) give the same
visits: both run :func:`geo.events.document_visits`, so a status read from a stop's place in the trip
("met ... in Kampala on Monday. He will travel to Nigeria on Wednesday", told on Tuesday: still in Uganda)
is the same whichever way a user calls the tool."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.events import document_events, extract_visits, finish_events
from geo.geoparse import geoparse
from geo.values import Document

TUESDAY = dt.date(2024, 5, 14)


def _rows(visits):
    return sorted((v.traveler, v.country, str(v.start_date), v.status) for v in visits)


@pytest.mark.parametrize("text", [
    # a stop told in the past on the day of writing while the next one is still ahead: under way
    "Indian Foreign Minister S Jaishankar met his Ugandan counterpart in Kampala on Monday. "
    "He will travel to Nigeria on Wednesday for a three-day visit.",
    "Indian Foreign Minister S Jaishankar visited Uganda on Monday. He will travel to Nigeria on Wednesday.",
    # and one the stage leaves alone
    "Kenyan President William Ruto arrived in Tokyo on Monday for a three-day visit.",
])
def test_the_python_api_and_the_stage_give_the_same_visits(text):
    doc = Document("d", text, published=TUESDAY)
    mentions = geoparse(doc)
    api = extract_visits([doc], mentions)
    stage, _ = finish_events(*document_events(doc, mentions))
    assert api and _rows(api) == _rows(stage)


def test_the_api_reads_a_stop_left_behind_on_the_day_of_writing_as_under_way():
    doc = Document("d", "Indian Foreign Minister S Jaishankar visited Uganda on Monday. "
                        "He will travel to Nigeria on Wednesday.", published=TUESDAY)
    status = {v.country: v.status for v in extract_visits([doc])}
    assert status == {"UG": "ongoing", "NG": "planned"}
