"""A visit told whole in the past is over on the day of writing, even when its last day is that day.

"returned to Manila today after a six-day official visit to the United States", "was on a visit to Guyana
from April 21 to 24" (told on the 24th): the trip noun is the object of a word that tells it from after its
end, or of a past state. Sentences of our own (geo.visits.aspect.tells_whole_visit).
"""

from __future__ import annotations

import datetime as dt

from tests.geo.conftest import trip_to

MONDAY = dt.date(2023, 4, 24)


def test_home_after_a_visit_of_days_is_over():
    t = "Kenyan President William Ruto arrived in Nairobi on Monday after a six-day official visit to the United States."
    assert trip_to(t, MONDAY, "Ruto", "US").status == "completed"


def test_was_on_a_visit_through_today_is_over():
    t = "Indian Foreign Minister S Jaishankar was on a visit to Guyana from April 21 to 24."
    assert trip_to(t, MONDAY, "Jaishankar", "GY").status == "completed"


def test_was_on_a_visit_of_days_through_today_is_over():
    t = "Indian Foreign Minister S Jaishankar was on a four-day visit to Guyana from April 21-24, his first to the country."
    assert trip_to(t, MONDAY, "Jaishankar", "GY").status == "completed"


def test_is_on_a_visit_through_today_is_under_way():
    t = "Indian Foreign Minister S Jaishankar is on a visit to Guyana from April 21 to 24."
    assert trip_to(t, MONDAY, "Jaishankar", "GY").status == "ongoing"


def test_arrived_for_a_visit_through_today_is_under_way():
    t = "Indian Foreign Minister S Jaishankar arrived in Guyana on Friday for a four-day visit."
    assert trip_to(t, MONDAY, "Jaishankar", "GY").status == "ongoing"


def test_the_next_stop_after_a_visit_is_under_way():
    t = "Indian Prime Minister Narendra Modi, after a two-day visit to Japan, flew to Seoul on Tuesday."
    tuesday = dt.date(2024, 5, 14)
    assert trip_to(t, tuesday, "Modi", "JP").status == "completed"
    assert trip_to(t, tuesday, "Modi", "KR").status == "ongoing"
