"""A plan told for a stay whose known span holds the publication day is under way that day
(:mod:`geo.visits.span_status`); sentences of our own."""

from __future__ import annotations

import datetime as dt

from .conftest import trip_to

TUESDAY = dt.date(2024, 3, 12)


def test_present_plan_of_a_stay_begun_today_is_under_way():
    v = trip_to("Kenyan President William Ruto is set to begin a three-day state visit to Japan on Tuesday.",
                TUESDAY, "Ruto", "JP")
    assert (v.start_date, v.end_date, v.status) == (TUESDAY, dt.date(2024, 3, 14), "ongoing")


def test_news_past_plan_of_a_stay_begun_today_is_under_way():
    v = trip_to("Chilean President Gabriel Boric was due to start a four-day visit to Spain on Tuesday.",
                TUESDAY, "Boric", "ES")
    assert v.status == "ongoing"


def test_plan_that_did_not_hold_stays_a_plan():
    v = trip_to("Chilean President Gabriel Boric had been scheduled to start a four-day visit to Spain on Tuesday.",
                TUESDAY, "Boric", "ES")
    assert v.status == "planned"


def test_stay_that_begins_tomorrow_is_still_ahead():
    v = trip_to("Kenyan President William Ruto is set to begin a three-day state visit to Japan on Wednesday.",
                TUESDAY, "Ruto", "JP")
    assert v.status == "planned"
