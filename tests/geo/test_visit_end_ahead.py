"""A visit whose end is told for a day after the day of writing is under way: "will wrap up his visit to
Chile on Friday" told on Tuesday. Our own sentences; the last leg of a tour ("wrap up the tour in Tokyo",
"concludes his trip with a visit to") and a visit whose stated length puts its first day after the day of
writing stay ahead.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo.conftest import trip_to

#: Tuesday 11 March 2025.
TUE = dt.date(2025, 3, 11)


def _status(text: str) -> str:
    return trip_to(text, TUE, "Stubb", "CL").status


@pytest.mark.parametrize("text", [
    "Finnish President Alexander Stubb will wrap up his visit to Chile on Friday.",
    "Finnish President Alexander Stubb will conclude his state visit to Chile on Thursday.",
    "Finnish President Alexander Stubb, who arrived on Sunday, will end his visit to Chile on Thursday.",
])
def test_a_visit_whose_end_is_ahead_is_under_way(text):
    assert _status(text) == "ongoing"


@pytest.mark.parametrize("text", [
    "Finnish President Alexander Stubb will wrap up his three-day visit to Chile on Friday.",
    "Finnish President Alexander Stubb concludes his trip with a visit to Chile on Friday.",
    "Finnish President Alexander Stubb will start his tour in Peru on Wednesday and wrap up the tour in Chile on Friday.",
])
def test_a_last_leg_or_a_stay_not_yet_begun_stays_ahead(text):
    assert _status(text) == "planned"
