"""A ceremony named only by its kind takes the place where the story said the leader is sworn in or takes office.

"Sheinbaum takes office in Mexico City on Tuesday. Diaz-Canel will attend the ceremony." is a trip to Mexico;
"Rouhani will be sworn in for a second term in Tehran. Masum will represent his country at the ceremony." one
to Iran. A guest at home, a video address and a refusal stay no trip. Sentences of our own; each test runs the
real geoparser and the events stage.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2024, 9, 28)
OFFICE = "Claudia Sheinbaum takes office in Mexico City on Tuesday. "


def test_the_ceremony_is_where_the_leader_takes_office():
    assert ("Diaz-Canel", "MX") in stops_of(OFFICE + "Cuban President Miguel Diaz-Canel will attend the ceremony.", D)


def test_sworn_in_for_a_term_in_a_city_gives_the_ceremony_its_place():
    got = stops_of("Hassan Rouhani will be sworn in for a second term in Tehran on Saturday. Iraqi President Fuad "
                   "Masum will represent his country at the ceremony.", D)
    assert ("Masum", "IR") in got


def test_no_trip_for_a_host_a_video_address_or_a_refusal():
    assert stops_of(OFFICE + "Mexican senator Ana Lopez will attend the ceremony.", D) == set()
    assert stops_of(OFFICE + "Cuban President Miguel Diaz-Canel will address the ceremony by video link.", D) == set()
    assert stops_of(OFFICE + "Cuban President Miguel Diaz-Canel will not attend the ceremony.", D) == set()
