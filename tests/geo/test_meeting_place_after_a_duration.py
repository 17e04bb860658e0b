"""A span of time after "in" is not the meeting's place: "their first talks in five years in Kazan"
(:func:`geo.visits.families.find_hits`, the meeting family) - sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo.conftest import stops_of

WED = dt.date(2024, 3, 6)


@pytest.mark.parametrize("text, expected", [
    ("Modi and Xi held their first formal talks in five years in Kazan on Tuesday.", {("Modi", "RU"), ("Jinping", "RU")}),
    ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping for the first time in years in Kazan "
     "on Tuesday.", {("Modi", "RU"), ("Jinping", "RU")}),
    ("Erdogan and Mitsotakis held their warmest talks in decades in Athens on Tuesday.", {("Erdoğan", "GR")}),
])
def test_the_place_after_a_duration_is_the_meetings(text, expected):
    assert expected <= stops_of(text, WED)


def test_a_duration_alone_is_no_place():
    assert not stops_of("Modi and Xi held their first formal talks in five years on Tuesday.", WED)
