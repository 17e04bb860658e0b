"""Tie rules, one short sentence each (our own words), read by the real geoparser."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.events import extract_ties
from geo.geoparse import geoparse
from geo.values import Document

DAY = dt.date(2024, 5, 27)


def pairs(text: str, kind: str | None = None) -> set[tuple[str, str]]:
    """The country pairs (of one kind, if given) the tie stage finds in ``text``, visits left out."""
    doc = Document("t", text, published=DAY)
    return {(t.a, t.b) for t in extract_ties([doc], geoparse(doc), visits=[]) if kind in (None, t.kind)}


@pytest.mark.parametrize("text", [
    "He will fly to Japan, South Korea and China to promote trade.",
    "Bombing across Syria, Iraq and Yemen fuels the conflict.",
    "Xi will attend a summit with leaders from Russia, India and Brazil.",
])
def test_a_list_shares_the_role_of_its_first_member(text):
    assert pairs(text) == set()
