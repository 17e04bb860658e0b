"""The one met or joined in a place a "where" clause hangs on is there too: sentences of our own.

"Wong flew to Tokyo, where she joined Prime Minister Albanese for the summit" puts Albanese in Tokyo; "..., where
he will meet Indian Foreign Minister Jaishankar on Friday" puts Jaishankar there, planned, on that Friday. A host
at home, someone whose country the title does not tell, a call and a negated meeting give no visit. Each test
runs the real geoparser and the events stage.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of, trips_of

D = dt.date(2024, 11, 20)
FLEW = "US Secretary of State Antony Blinken flew to Jakarta, where he "


def test_the_one_joined_there_is_there():
    got = stops_of("Australian Foreign Minister Penny Wong returned on Tuesday from Tokyo, where she joined Prime "
                   "Minister Anthony Albanese for the Quad summit.", D)
    assert {("Wong", "JP"), ("Albanese", "JP")} <= got


def test_those_met_there_keep_the_clauses_tense_and_day():
    got = {(v.traveler.split()[-1], v.country): v for v in trips_of(
        FLEW + "will meet Indian Foreign Minister S Jaishankar and Japanese Foreign Minister Yoko Kamikawa on "
               "Friday.", D)}
    assert ("Jaishankar", "ID") in got and ("Kamikawa", "ID") in got
    assert got[("Jaishankar", "ID")].status == "planned"
    assert got[("Jaishankar", "ID")].start_date == dt.date(2024, 11, 22)


def test_a_host_at_home_is_no_visitor():
    got = stops_of(FLEW + "met Indonesian President Joko Widodo.", D)
    assert ("Blinken", "ID") in got and ("Widodo", "ID") not in got


def test_a_call_or_a_negated_meeting_is_no_visit():
    assert ("Jaishankar", "ID") not in stops_of(FLEW + "spoke by phone with Indian Foreign Minister S Jaishankar.", D)
    assert ("Jaishankar", "ID") not in stops_of(FLEW + "will not meet Indian Foreign Minister S Jaishankar.", D)
