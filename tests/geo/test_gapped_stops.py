"""A second destination that shares the first one's verb ("and then to Seoul"), in sentences of our own.

Each test runs the real geoparser and events stage on sentences written for it and checks the
visits a careful reader finds (traveller's surname, host, status).
"""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

D = dt.date


def found(text: str, published: dt.date) -> set[tuple[str, str, str]]:
    doc = Document("t", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler.split()[-1], v.country, v.status) for v in visits}


def test_a_second_to_after_a_where_clause_is_a_second_stop():
    got = found("Chilean President Gabriel Boric flew to Canberra on Monday, where he met Anthony Albanese, "
                "and then to Port Moresby.", D(2024, 5, 20))
    assert {c for _, c, _ in got} >= {"AU", "PG"}


def test_a_second_in_with_its_own_day_is_a_second_stop():
    got = found("Hungarian Prime Minister Viktor Orban is due to be in Beijing on Monday for talks on trade "
                "and in Astana on Thursday.", D(2024, 7, 5))
    assert ("Orban", "KZ", "planned") in got


def test_the_preposition_must_be_the_first_ones():
    # "to" then "in": the second place is where something else happens, not a second destination of "flew to"
    got = found("Kenyan President William Ruto flew to Addis Ababa on Sunday and in Nairobi the opposition "
                "held a rally.", D(2024, 2, 19))
    assert "KE" not in {c for _, c, _ in got}


def test_a_fronted_place_of_a_new_clause_is_not_a_stop():
    got = found("Brazilian President Luiz Inacio Lula da Silva arrived in Rome on Tuesday, and in Paris, "
                "officials said the summit was delayed.", D(2024, 6, 12))
    assert "FR" not in {c for _, c, _ in got}
    assert "IT" in {c for _, c, _ in got}


def test_the_travellers_own_country_is_no_second_stop():
    got = found("Indian Prime Minister Narendra Modi flew to Kyiv on Friday and then to New Delhi.", D(2024, 8, 24))
    assert "IN" not in {c for _, c, _ in got}
    assert "UA" in {c for _, c, _ in got}


def test_a_second_in_with_a_where_clause_is_still_a_stop():
    got = found("South Korean President Yoon Suk Yeol will be in Hanoi on Monday, and in Manila, where he meets "
                "Ferdinand Marcos Jr., on Wednesday.", D(2024, 10, 4))
    assert {"VN", "PH"} <= {c for _, c, _ in got}
