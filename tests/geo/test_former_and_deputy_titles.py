"""A title with "former", "deputy", "vice" or "incoming" before it is not the office holder of the day; "acting" or
"interim" before it is the holder the story names
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


@pytest.mark.parametrize("text, who", [
    ("Acting Assistant Secretary of State Donald Yamamoto attended a meeting in Mogadishu on Monday. "
     "The Acting Assistant Secretary will travel to Nairobi, Kenya, on Friday.", ("Yamamoto", "KE")),
    ("Interim President Amara Kollie arrived in Lima on Monday. The Interim President will travel to Chile on Friday.",
     ("Kollie", "CL")),
])
def test_an_acting_or_interim_office_is_the_one_the_story_named(text, who):
    # "Acting", "Interim" say how the office is held, not whose country it is: the descriptor is the person named
    assert who in stops_of(text, WED)
