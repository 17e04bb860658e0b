"""A mission someone leads or goes on is a trip ("will lead a trade mission to Singapore and Japan"); a mission
that is an office abroad is none ("Taiwan's trade mission in Wellington", "Pakistan's permanent mission to the
UN"). Sentences of our own."""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2022, 4, 13)


def test_a_trade_mission_led_abroad_is_a_trip_to_each_place():
    text = "New Zealand Prime Minister Jacinda Ardern will lead a trade mission to Singapore and Japan next week."
    assert stops_of(text, D) == {("Ardern", "SG"), ("Ardern", "JP")}
    text = "New Zealand Prime Minister Jacinda Ardern will go on a trade mission to Singapore next week."
    assert stops_of(text, D) == {("Ardern", "SG")}


def test_a_mission_that_is_an_office_is_no_trip():
    assert stops_of("Jacinda Ardern met Taiwan's trade mission in Wellington.", D) == set()
    assert stops_of("Foreign Minister Nanaia Mahuta addressed Pakistan's permanent mission to the UN.", D) == set()
