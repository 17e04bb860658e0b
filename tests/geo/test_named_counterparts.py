"""A counterpart given by name is that person, not the office holder of the leaders table: sentences of our own.

"Kim and his Japanese counterpart Masataka Okano met in Washington" names a vice minister; the Japanese foreign
minister of that day did not travel. A counterpart named only by country ("his Iranian counterpart") is still
the holder of the same office there. Each test runs the real geoparser and the events stage.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2024, 11, 20)


def test_the_counterpart_named_after_the_word_is_the_traveller():
    got = stops_of("South Korean Vice Foreign Minister Kim Hong-kyun and his Japanese counterpart Masataka Okano "
                   "met in Washington on Thursday.", D)
    assert ("Okano", "US") in got
    assert ("Iwaya", "US") not in got  # the Japanese foreign minister of the day was not there


def test_a_comma_or_a_title_before_the_name_changes_nothing():
    got = stops_of("Indian External Affairs Minister S Jaishankar met his Iranian counterpart, Foreign Minister "
                   "Abbas Araghchi, in Beijing on Monday.", D)
    assert {("Araghchi", "CN"), ("Jaishankar", "CN")} <= got


def test_a_counterpart_named_by_country_only_is_the_office_holder():
    got = stops_of("Indian External Affairs Minister S Jaishankar met his Iranian counterpart in Beijing on "
                   "Monday.", D)
    assert ("Araghchi", "CN") in got


def test_a_named_counterpart_at_home_gets_no_visit():
    got = stops_of("Indian External Affairs Minister S Jaishankar met his Chinese counterpart Wang Yi in Beijing "
                   "on Monday.", D)
    assert ("Jaishankar", "CN") in got
    assert ("Yi", "CN") not in got
