"""A plan told for a stay that the writer starts on the day of writing ("today") is under way that day
(:mod:`geo.visits.span_status`); told by its weekday alone it is still ahead; sentences of our own."""

from __future__ import annotations

import datetime as dt

from .conftest import trip_to

TUESDAY = dt.date(2024, 3, 12)


def test_present_plan_of_a_stay_begun_today_is_under_way():
    v = trip_to("Kenyan President William Ruto is set to begin a three-day state visit to Japan today.",
                TUESDAY, "Ruto", "JP")
    assert (v.start_date, v.end_date, v.status) == (TUESDAY, dt.date(2024, 3, 14), "ongoing")


def test_news_past_plan_of_a_stay_begun_today_is_under_way():
    v = trip_to("Chilean President Gabriel Boric was due to start a four-day visit to Spain today.",
                TUESDAY, "Boric", "ES")
    assert v.status == "ongoing"


def test_a_stay_told_by_its_first_weekday_on_that_day_is_still_ahead():
    # on every set of real articles, such a stay was more often still ahead when written
    v = trip_to("Kenyan President William Ruto is set to begin a three-day state visit to Japan on Tuesday.",
                TUESDAY, "Ruto", "JP")
    assert (v.start_date, v.status) == (TUESDAY, "planned")


def test_plan_that_did_not_hold_stays_a_plan():
    v = trip_to("Chilean President Gabriel Boric had been scheduled to start a four-day visit to Spain on Tuesday.",
                TUESDAY, "Boric", "ES")
    assert v.status == "planned"


def test_stay_that_begins_tomorrow_is_still_ahead():
    v = trip_to("Kenyan President William Ruto is set to begin a three-day state visit to Japan on Wednesday.",
                TUESDAY, "Ruto", "JP")
    assert v.status == "planned"
