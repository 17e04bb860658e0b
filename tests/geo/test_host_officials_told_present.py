"""The host's own officials, named without a country in a story of someone else's visit, are no visitors.

Sentences of our own: a visitor of a known country arrives; an official of no told country is then placed in the
host country by a fronted place ("In Tokyo, ...") or by speaking there ("Speaking at a press conference in
Tokyo, ..."). Such a person is one of the hosts. A companion ("will accompany ...") keeps the visit.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2023, 5, 10)
LEAD = "Kenyan President William Ruto arrived in Tokyo on Monday. "


def test_fronted_place_of_an_official_without_country():
    t = LEAD + "In Tokyo, Finance Minister Shunichi Suzuki signed a loan agreement with him."
    assert stops_of(t, D) == {("Ruto", "JP")}


def test_speaking_at_a_press_conference_there():
    t = LEAD + ("Speaking at a press conference in Tokyo on Tuesday, Chief Cabinet Secretary Hirokazu Matsuno "
                "said Japan welcomed the visit.")
    assert stops_of(t, D) == {("Ruto", "JP")}


def test_without_a_foreign_visitor_nothing_tells_them_apart():
    t = ("Speaking at a press conference in Tokyo on Tuesday, Chief Cabinet Secretary Hirokazu Matsuno "
         "said the talks would go on.")
    assert ("Matsuno", "JP") in stops_of(t, D)


def test_a_companion_who_travels_keeps_the_visit():
    t = ("South African President Cyril Ramaphosa will travel to Buenos Aires on Friday for the G20 summit. "
         "Finance Minister Tito Mboweni will accompany Ramaphosa to Argentina.")
    assert ("Mboweni", "AR") in stops_of(t, D)
