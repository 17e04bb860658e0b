"""An article's undated report that tells a stay under way outweighs dated reports that tell it as done
(:mod:`geo.trip_span`); visits of our own, merged as :func:`geo.events.merge_visits` does."""

from __future__ import annotations

import datetime as dt

from geo.events import merge_visits
from geo.values import Evidence, Visit

THURSDAY = dt.date(2020, 9, 10)


def _report(day, status, text, how="travel: arrived in"):
    e = Evidence("a", text, published=THURSDAY)
    return Visit("Ben Wallace", "GB", None, "OM", "Muscat", None, None, day, day, status, "a", text, 0.9,
                 sources=(e,), how=how)


def test_undated_report_under_way_keeps_the_stay_going():
    came = _report(dt.date(2020, 9, 7), "completed", "Ben Wallace arrived in Muscat on Monday.")
    now = _report(None, "ongoing", "Wallace, who is in Muscat, met the foreign minister.", how="here: is in")
    (v,) = merge_visits([came, now])
    assert (v.status, v.start_date) == ("ongoing", dt.date(2020, 9, 7))


def test_stay_told_as_left_stays_over():
    came = _report(dt.date(2020, 9, 7), "completed", "Ben Wallace left Muscat on Monday after talks.")
    now = _report(None, "ongoing", "Wallace, who is in Muscat, met the foreign minister.", how="here: is in")
    (v,) = merge_visits([came, now])
    assert v.status == "completed"


def test_stay_begun_long_before_stays_over():
    came = _report(dt.date(2020, 8, 20), "completed", "Ben Wallace arrived in Muscat on August 20.")
    now = _report(None, "ongoing", "Wallace, who is in Muscat, met the foreign minister.", how="here: is in")
    (v,) = merge_visits([came, now])
    assert v.status == "completed"
