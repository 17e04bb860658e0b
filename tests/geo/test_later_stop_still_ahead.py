"""A later stop of a trip under way, told by a trip noun with no tense, is still ahead (geo.visits.same_trip).

Sentences of our own: "Lula arrived in Luanda on Friday. ... The visit precedes a trip to South Africa" -
South Africa is planned, not over.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo.conftest import trip_to

SAT = dt.date(2024, 3, 9)
LEAD = ("Brazilian President Luiz Inacio Lula da Silva arrived in Luanda on Friday.\n\n\"Africa is a priority,\" "
        "Angolan President Joao Lourenco said at the welcome ceremony.\n\nLourenco praised the visit.\n\n")


@pytest.mark.parametrize("after", [
    "The visit precedes a trip to South Africa.",
    "Lula's stop in Angola comes before a visit to South Africa.",
    "The second leg takes Lula to South Africa.",
    "The visit to South Africa is the first by a Brazilian leader in six years.",
])
def test_a_stop_told_by_a_noun_after_a_stop_under_way_is_planned(after):
    assert trip_to(LEAD + after, SAT, "Silva", "ZA").status == "planned"


@pytest.mark.parametrize("after", [
    "Lula's visit to South Africa last year was the first by a Brazilian leader in six years.",
    "The tour has taken Lula to South Africa.",
    "Lula's visit to South Africa in 2023 set the tone.",
])
def test_a_stop_told_as_reached_or_of_another_time_stays_over(after):
    assert trip_to(LEAD + after, SAT, "Silva", "ZA").status == "completed"


def test_no_stop_under_way_before_leaves_the_noun_as_read():
    text = "Lula's visit to South Africa was a success, officials said on Friday."
    assert trip_to(text, SAT, "Silva", "ZA").status == "completed"
