"""A list of guests told after the gathering: "Attending the funeral in London were ...", "Leaders expected at
the inauguration in Mexico City include ...": sentences of our own.

Everyone listed is at the gathering's place, unless at home there; attendance by video and a negated list
are no trip. Each test runs the real geoparser and the events stage.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2024, 10, 3)
GUESTS = "Cuban President Miguel Diaz-Canel and Chilean President Gabriel Boric."


def test_a_participle_or_present_opening_the_sentence_lists_the_guests():
    for opening in ("Attending the inauguration in Mexico City were ",
                    "Also present at the inauguration in Mexico City were ",
                    "Taking part in the inauguration in Mexico City will be "):
        assert {("Diaz-Canel", "MX"), ("Boric", "MX")} <= stops_of(opening + GUESTS, D), opening


def test_leaders_expected_at_a_gathering_include():
    got = stops_of("Leaders expected at the inauguration in Mexico City include " + GUESTS, D)
    assert {("Diaz-Canel", "MX"), ("Boric", "MX")} <= got


def test_a_host_listed_is_at_home():
    got = stops_of("Present at the talks in Doha were Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and "
                   "US envoy Steve Witkoff.", D)
    assert ("Witkoff", "QA") in got
    assert not any(c == "QA" and n != "Witkoff" for n, c in got)


def test_by_video_or_not_attending_is_no_trip():
    assert stops_of("Attending the summit in Kazan by video link were " + GUESTS, D) == set()
    assert stops_of("Not attending the summit in Kazan were " + GUESTS, D) == set()
