"""On the way, told with no plan: the trip has set out and is under way ("is on his way to Argentina", "aboard
Air Force One en route to Malaysia"); with a plan ("will stop in Alaska on his way to Japan") or from a stop
on the way ("made a stopover in Iran on his way to Russia, where he will attend the meeting on Thursday") the
goal is still ahead. Sentences of our own (geo.status.tense).
"""

from __future__ import annotations

import datetime as dt

from tests.geo.conftest import trip_to

SUNDAY = dt.date(2024, 5, 12)


def test_is_on_his_way_is_under_way():
    t = "Ukrainian President Volodymyr Zelensky is on his way to Argentina to attend the inauguration of Javier Milei."
    assert trip_to(t, SUNDAY, "Zelensky", "AR").status == "ongoing"


def test_en_route_aboard_the_plane_is_under_way():
    t = "US President Donald Trump, aboard Air Force One en route to Malaysia, told reporters he would meet Xi Jinping."
    assert trip_to(t, SUNDAY, "Trump", "MY").status == "ongoing"


def test_en_route_to_the_first_stop_is_under_way():
    t = "US Secretary of State Hillary Clinton is en route to Lima, Peru, the first stop of her trip."
    assert trip_to(t, SUNDAY, "Clinton", "PE").status == "ongoing"


def test_a_planned_stop_on_the_way_keeps_the_goal_ahead():
    t = "US President Donald Trump will stop in Alaska on his way to Japan next week."
    assert trip_to(t, SUNDAY, "Trump", "JP").status == "planned"


def test_a_stopover_on_the_way_keeps_the_goal_ahead():
    t = ("Indian Foreign Minister S Jaishankar made a stopover in Iran to meet Javad Zarif on his way to Russia, "
         "where he will attend the SCO meeting on Thursday.")
    assert trip_to(t, SUNDAY, "Jaishankar", "RU").status == "planned"
