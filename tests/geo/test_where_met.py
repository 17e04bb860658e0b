"""The one joined in a place a "where" clause hangs on is there too: sentences of our own.

"Wong flew to Tokyo, where she joined Prime Minister Albanese for the summit" puts Albanese in Tokyo, in the
clause's own tense and day. A host at home, a call and a negated joining give no visit; one merely met in such a
clause is left to the meeting families. Each test runs the real geoparser and the events stage.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of, trips_of

D = dt.date(2024, 11, 20)


def test_the_one_joined_there_is_there():
    got = stops_of("Australian Foreign Minister Penny Wong returned on Tuesday from Tokyo, where she joined Prime "
                   "Minister Anthony Albanese for the Quad summit.", D)
    assert {("Wong", "JP"), ("Albanese", "JP")} <= got


def test_the_clauses_tense_and_day_are_the_joined_ones():
    got = {(v.traveler.split()[-1], v.country): v for v in trips_of(
        "US Defense Secretary Lloyd Austin flew to Jakarta, where he will join Secretary of State Antony Blinken "
        "on Friday.", D)}
    assert got[("Blinken", "ID")].status == "planned"
    assert got[("Blinken", "ID")].start_date == dt.date(2024, 11, 22)


def test_a_host_at_home_is_no_visitor():
    got = stops_of("US Secretary of State Antony Blinken flew to Jakarta, where he joined Indonesian President Joko "
                   "Widodo for a dinner.", D)
    assert ("Blinken", "ID") in got and ("Widodo", "ID") not in got


def test_a_video_link_or_a_negated_joining_is_no_visit():
    assert ("Blinken", "ID") not in stops_of("US Defense Secretary Lloyd Austin flew to Jakarta, where he joined "
                                             "Secretary of State Antony Blinken by video link.", D)
    assert ("Blinken", "ID") not in stops_of("US Defense Secretary Lloyd Austin flew to Jakarta, where he will not "
                                             "join Secretary of State Antony Blinken.", D)
