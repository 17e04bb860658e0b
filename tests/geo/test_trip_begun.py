"""A verb that opens a trip ("began his visit to", "kicked off a tour in") opens a stay, as "arrived" does.

Our own sentences: nothing in "began" ends the stay, so a trip begun the day before the day of writing, or
told begun with no day (the news of the day), is under way; one begun long before, or told as background
("had begun"), is not made so; a trip told whole ("visited") stays over.
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
    "Finnish President Alexander Stubb began his visit to Chile on Monday.",
    "Finnish President Alexander Stubb embarked on a state visit to Chile on Monday.",
    "Finnish President Alexander Stubb kicked off a three-country tour in Chile on Monday.",
    "Finnish President Alexander Stubb started his South American trip in Chile on Monday.",
    "Finnish President Alexander Stubb kicked off a three-country tour in Chile.",
    "Finnish President Alexander Stubb began a state visit to Chile, his first to South America.",
])
def test_a_trip_begun_the_day_before_or_with_no_day_is_under_way(text):
    assert _status(text) == "ongoing"


@pytest.mark.parametrize("text", [
    "Finnish President Alexander Stubb began a visit to Chile last month.",
    "Finnish President Alexander Stubb visited Chile on Monday.",
    "Finnish President Alexander Stubb ended his visit to Chile on Monday.",
])
def test_a_trip_begun_long_ago_or_told_whole_stays_over(text):
    assert _status(text) == "completed"
