"""Helpers shared by the tests of ``geo/``: the whole events stage run on sentences of our own.

Each runs the real geoparser on one document, then the per-document events
stage and the corpus merge (:func:`geo.events.document_events` and
:func:`geo.events.finish_events`), as ``diplomap visits`` does.
"""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document, Visit


def visits_of(text: str, published: dt.date | None, *, min_confidence: float = 0.0) -> list[Visit]:
    """Every visit found in one document of ``text`` published on ``published``, cancelled ones too."""
    doc = Document("t", text, published=published)
    return finish_events(*document_events(doc, geoparse(doc)), min_confidence=min_confidence)[0]


def trips_of(text: str, published: dt.date | None) -> list[Visit]:
    """The visits of :func:`visits_of` that were not called off."""
    return [v for v in visits_of(text, published) if v.status != "cancelled"]


def stops_of(text: str, published: dt.date | None) -> set[tuple[str, str]]:
    """(traveller's last name, host country) of each visit of :func:`trips_of`."""
    return {(v.traveler.split()[-1], v.country) for v in trips_of(text, published)}


def trip_to(text: str, published: dt.date | None, surname: str, country: str) -> Visit:
    """The first visit of :func:`trips_of` by a traveller of last name ``surname`` to ``country``
    (the test fails, listing what was found, when there is none)."""
    trips = trips_of(text, published)
    found = [v for v in trips if v.traveler.split()[-1] == surname and v.country == country]
    assert found, (text, [(v.traveler, v.country) for v in trips])
    return found[0]
