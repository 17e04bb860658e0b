"""A leader told again by an age epithet ("the 72-year-old leader") is the story's traveller, in our own words."""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of as found

D = dt.date


def test_the_aged_leader_is_the_one_the_story_named():
    got = found("Ghanaian President John Mahama arrived in Lisbon on Monday. The 66-year-old leader will then "
                "fly to Madrid for talks on cocoa.", D(2025, 6, 3))
    assert ("Mahama", "ES") in got


def test_a_bare_leader_without_an_age_is_still_too_vague():
    # "the leader" alone may be anyone's (the rebel leader of the story before): no visit is drawn for it
    got = found("The leader will then fly to Madrid for talks on cocoa.", D(2025, 6, 3))
    assert not got
