"""A name with its office after it between commas is that person, whatever the office's complement and the
name's initials (``geo.appositions``, ``geo.coreference``). Sentences of our own."""

from __future__ import annotations

import datetime as dt

from geo.geoparse import geoparse
from geo.people import find_people
from geo.values import Document

from .conftest import trips_of


def people(text: str) -> list[tuple[str | None, str, str]]:
    doc = Document("d", text, published=dt.date(2009, 2, 3))
    return [(p.name, p.kind, text[p.start:p.end]) for p in find_people(doc, geoparse(doc))]


def test_an_office_with_its_complement_in_apposition_names_the_person_before_it():
    got = people("Dennis Ross, the special envoy for the Gulf and Southwest Asia, arrived in Cairo on Tuesday.")
    assert ("Dennis Ross", "name", "Dennis Ross") in got
    assert ("Dennis Ross", "descriptor", "the special envoy") in got


def test_a_name_with_an_initial_in_apposition_is_the_office_s_holder_not_an_earlier_envoy():
    text = ("Stuart E. Eizenstat, the special envoy for Europe, is touring Brussels. "
            "Richard C. Holbrooke, the special representative for Pakistan and Afghanistan, is headed to "
            "those countries next week, stopping en route at a security conference in Munich.")
    got = people(text)
    assert ("Richard C. Holbrooke", "descriptor", "the special representative") in got
    assert {v.traveler for v in trips_of(text, dt.date(2009, 2, 3)) if v.country == "DE"} == {"Richard C. Holbrooke"}
