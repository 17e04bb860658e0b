"""A title with "former", "deputy", "vice" or "incoming" before it is not the office holder of the day
(:func:`geo.title_country.held_title`, read by :mod:`geo.people`) - sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo.conftest import stops_of

WED = dt.date(2024, 3, 6)


@pytest.mark.parametrize("text, not_him", [
    ("Kenya's former president arrived in Beijing on Tuesday.", "Ruto"),
    ("The Kenyan deputy president arrived in Beijing on Tuesday.", "Ruto"),
    ("Nigeria's vice president is in Brasilia to attend a summit.", "Tinubu"),
    ("Nigeria's incoming president arrived in Accra on Tuesday.", "Tinubu"),
])
def test_a_junior_or_former_office_is_not_the_president(text, not_him):
    assert not_him not in {name for name, _ in stops_of(text, WED)}


@pytest.mark.parametrize("text, who", [
    ("Kenya's president arrived in Beijing on Tuesday.", ("Ruto", "CN")),
    ("The visiting Kenyan president toured a port in Shanghai on Tuesday.", ("Ruto", "CN")),
])
def test_the_office_holder_is_still_read(text, who):
    assert who in stops_of(text, WED)
