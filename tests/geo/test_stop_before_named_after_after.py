"""The stop before, named bare after "after" at the end of the clause, in sentences of our own.

"Modi heads to Egypt after Washington", "Blinken arrived in Seoul on Tuesday after Tokyo", "Li will visit
Australia after New Zealand": the place after "after" is the stop left before the one told. A place that
opens a clause of its own ("after Canberra agreed to lift tariffs") or only qualifies a noun ("after New
Zealand's election") is no stop.
"""

from __future__ import annotations

import datetime as dt

from .conftest import trips_of

D = dt.date


def found(text, published):
    return {(v.traveler.split()[-1], v.country, v.status) for v in trips_of(text, published)}


def test_a_headline_style_stop_before():
    text = "Indonesian President Joko Widodo heads to Tanzania after Kenya."
    assert ("Widodo", "KE", "completed") in found(text, D(2023, 8, 22))


def test_the_stop_before_a_dated_arrival_is_over():
    text = "US Secretary of State Antony Blinken arrived in Jakarta on Tuesday after Hanoi."
    assert ("Blinken", "VN", "completed") in found(text, D(2023, 8, 22))


def test_a_stop_before_a_planned_one_is_planned_too():
    text = "Chinese Premier Li Qiang will visit Malaysia after Australia."
    assert ("Qiang", "AU", "planned") in found(text, D(2023, 8, 22))


def test_a_place_that_opens_a_clause_is_no_stop():
    text = "Chinese Premier Li Qiang will visit Malaysia after Canberra agreed to lift tariffs."
    assert not any(host == "AU" for _, host, _ in found(text, D(2023, 8, 22)))


def test_a_place_before_a_possessive_is_no_stop():
    text = "Chinese Premier Li Qiang will visit Malaysia after Australia's election."
    assert not any(host == "AU" for _, host, _ in found(text, D(2023, 8, 22)))
