"""One who told a summit, a conference or its delegates something in a foreign city was there
(:func:`geo.visits.presence.acted_in`) - sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo.conftest import stops_of

WED = dt.date(2024, 3, 6)


@pytest.mark.parametrize("text, expected", [
    ("Kenyan President William Ruto told the AU summit in Addis Ababa on Tuesday that Africa must unite.",
     ("Ruto", "ET")),
    ("German Chancellor Olaf Scholz told delegates in Davos on Tuesday that Europe would stay open.", ("Scholz", "CH")),
    ("Japanese Prime Minister Fumio Kishida told the annual conference in Jakarta that Japan stood by ASEAN.",
     ("Kishida", "ID")),
])
def test_the_speaker_to_a_gathering_was_in_its_city(text, expected):
    assert expected in stops_of(text, WED)


def test_a_gathering_told_about_is_no_presence():
    text = "Kenyan President William Ruto told the AU summit by video link from Nairobi that Addis Ababa was ready."
    assert ("Ruto", "ET") not in stops_of(text, WED)
