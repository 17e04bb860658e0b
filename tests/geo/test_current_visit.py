"""A trip noun named as the trip under way ("his current visit to India", "this state visit to Uzbekistan",
"currently visiting India"): ongoing, though the sentence tells the day's events in the past.

Sentences of our own (geo.visits.aspect.told_under_way, geo.status.tense).
"""

from __future__ import annotations

import datetime as dt

from tests.geo.conftest import trip_to

DAY = dt.date(2024, 5, 14)


def test_during_his_current_visit_is_under_way():
    t = "During his current visit to India, Russian President Vladimir Putin signed ten agreements with Narendra Modi."
    assert trip_to(t, DAY, "Putin", "IN").status == "ongoing"


def test_this_state_visit_is_under_way():
    t = ("Kazakh President Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev and underlined the importance of "
         "this state visit to Uzbekistan.")
    assert trip_to(t, DAY, "Tokayev", "UZ").status == "ongoing"


def test_currently_on_a_visit_is_under_way():
    t = "Russian President Vladimir Putin, currently on a visit to India, met Narendra Modi."
    assert trip_to(t, DAY, "Putin", "IN").status == "ongoing"


def test_currently_visiting_is_under_way():
    t = "Russian President Vladimir Putin, currently visiting India, met Narendra Modi."
    assert trip_to(t, DAY, "Putin", "IN").status == "ongoing"


def test_a_recent_visit_is_over():
    t = "Russian President Vladimir Putin signed ten agreements during his recent visit to India."
    assert trip_to(t, DAY, "Putin", "IN").status == "completed"


def test_a_previous_visit_is_over():
    t = "Russian President Vladimir Putin signed ten agreements during his previous visit to India."
    assert trip_to(t, DAY, "Putin", "IN").status == "completed"
