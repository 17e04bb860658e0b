"""A stop told in the past on the day of writing, while the trip's next stop is still ahead: under way.

"met his Ugandan counterpart in Kampala on Monday ... will travel to Nigeria on Wednesday", told on the
Tuesday: the traveller has not left Kampala. Sentences of our own (geo.visits.still_there).
"""

from __future__ import annotations

import datetime as dt

from tests.geo.conftest import trip_to, trips_of

TUESDAY = dt.date(2024, 5, 14)


def test_met_yesterday_next_stop_tomorrow_is_under_way():
    t = ("Indian Foreign Minister S Jaishankar met his Ugandan counterpart in Kampala on Monday. "
         "He will travel to Nigeria on Wednesday for a three-day visit.")
    assert trip_to(t, TUESDAY, "Jaishankar", "UG").status == "ongoing"
    assert trip_to(t, TUESDAY, "Jaishankar", "NG").status == "planned"


def test_talks_today_next_stop_tomorrow_is_under_way():
    t = ("Indian Foreign Minister S Jaishankar held talks in Kampala on Tuesday with President Yoweri Museveni. "
         "The minister will fly to Abuja tomorrow.")
    assert trip_to(t, TUESDAY, "Jaishankar", "UG").status == "ongoing"


def test_visited_yesterday_next_stop_tomorrow_is_under_way():
    t = "Indian Foreign Minister S Jaishankar visited Uganda on Monday. He will travel to Nigeria on Wednesday."
    assert trip_to(t, TUESDAY, "Jaishankar", "UG").status == "ongoing"


def test_a_stop_told_as_left_stays_over():
    t = ("Indian Foreign Minister S Jaishankar left Kampala on Monday after talks. "
         "He will travel to Nigeria on Wednesday.")
    assert trip_to(t, TUESDAY, "Jaishankar", "UG").status == "completed"


def test_a_stop_wrapped_up_stays_over():
    t = ("Indian Foreign Minister S Jaishankar wrapped up his visit to Uganda on Monday. "
         "He will travel to Nigeria on Wednesday.")
    assert trip_to(t, TUESDAY, "Jaishankar", "UG").status == "completed"


def test_a_later_stop_reached_ends_the_earlier():
    t = ("Indian Foreign Minister S Jaishankar met Ugandan officials in Kampala on Monday and flew to Kenya on "
         "Tuesday. He will travel to Nigeria on Wednesday.")
    assert trip_to(t, TUESDAY, "Jaishankar", "UG").status == "completed"
    assert trip_to(t, TUESDAY, "Jaishankar", "KE").status == "ongoing"


def test_a_plan_weeks_away_is_no_next_stop():
    t = "Indian Foreign Minister S Jaishankar met Ugandan officials in Kampala on Monday. He will visit Nigeria next month."
    assert trip_to(t, TUESDAY, "Jaishankar", "UG").status == "completed"


def test_a_plan_only_for_next_week_is_no_next_stop():
    t = ("Ukrainian President Volodymyr Zelensky addressed the parliament in Ottawa on Friday. "
         "Next week he is due in Buenos Aires.")
    assert trip_to(t, dt.date(2023, 9, 23), "Zelensky", "CA").status == "completed"


def test_arrival_days_ago_with_a_day_of_the_stay_ahead_is_under_way():
    t = ("Kenyan President William Ruto arrived in Washington on Sunday for a state visit. "
         "Ruto will be hosted by President Joe Biden at the White House on Thursday.")
    assert trip_to(t, dt.date(2024, 5, 21), "Ruto", "US").status == "ongoing"


def test_a_return_later_is_another_trip():
    t = ("German Chancellor Olaf Scholz arrived in Paris on Friday and left on Saturday. "
         "He will return to France on Thursday.")
    statuses = {v.status for v in trips_of(t, dt.date(2024, 5, 13)) if v.country == "FR"}
    assert "ongoing" not in statuses
