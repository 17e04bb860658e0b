"""Two travellers told as one subject share the stops their sentence gives (geo.visits.same_trip).

Sentences of our own: "A and B arrived in Tokyo for meetings in Japan and South Korea" is one trip of both.
"""

from __future__ import annotations

import datetime as dt

from tests.geo.conftest import stops_of, trips_of

WED = dt.date(2024, 3, 13)


def test_two_travellers_of_one_subject_share_a_later_stop():
    text = ("Defense Secretary Lloyd Austin and Secretary of State Antony Blinken arrived in Tokyo on Monday "
            "for meetings in Japan and South Korea.")
    found = stops_of(text, WED)
    assert {("Austin", "JP"), ("Austin", "KR"), ("Blinken", "JP"), ("Blinken", "KR")} <= found, found


def test_the_shared_stop_keeps_the_status_of_the_trip():
    text = ("German Chancellor Olaf Scholz and French President Emmanuel Macron will arrive in Warsaw on "
            "Friday for talks in Poland and Lithuania.")
    trips = [v for v in trips_of(text, WED) if v.country == "LT"]
    assert {v.traveler.split()[-1] for v in trips} == {"Scholz", "Macron"}, trips
    assert all(v.status == "planned" for v in trips), trips


def test_one_met_is_no_co_traveller():
    text = "Secretary of State Antony Blinken met Sergei Lavrov in Geneva on Monday and then flew to Kyiv."
    found = stops_of(text, WED)
    assert ("Blinken", "UA") in found and ("Lavrov", "UA") not in found, found


def test_the_host_of_one_subject_gets_no_stop_at_home_or_abroad():
    text = ("Japanese Prime Minister Fumio Kishida arrived in Manila on Friday.\n\nPhilippine President "
            "Ferdinand Marcos and Kishida signed a defence pact in Manila before Kishida flew to Malaysia.")
    found = stops_of(text, WED)
    assert ("Kishida", "MY") in found and not any(n == "Jr." or n == "Marcos" for n, _ in found), found
