"""Two people named together and then told as one ("the royal couple", "the pair") travel together."""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of as found

D = dt.date


def test_the_royal_couple_is_both_of_the_two_named_before():
    got = found("King Charles III and Queen Camilla landed in Ottawa on Monday. The royal couple will then fly "
                "to Washington.", D(2025, 5, 27))
    assert ("III", "US") in got and ("Camilla", "US") in got


def test_the_pair_after_a_meeting_is_both_of_its_people():
    got = found("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. The pair "
                "will travel to Kyiv on Friday.", D(2024, 6, 11))
    assert {("Macron", "UA"), ("Scholz", "UA")} <= got


def test_a_couple_after_one_named_person_is_no_one():
    # one person named before: "the couple" may be anyone's (a couple he met), no visit drawn for it
    got = found("Kenyan President William Ruto spoke in Nairobi on Monday. The couple will then fly to Accra.",
                D(2024, 6, 11))
    assert not any(c == "GH" for _, c in got)
