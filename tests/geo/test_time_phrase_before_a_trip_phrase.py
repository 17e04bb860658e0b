"""A trip told in an opening phrase that a time phrase comes before, in sentences of our own.

"During a visit to Japan, Modi met the emperor" is the main clause subject's trip; so it is when the
sentence first says when: "On Monday, during a visit to Japan, Modi met ...", "Last week, while on a
trip to Kenya, ...", and with a linking word first: "In addition, on March 2, during a visit to ...".
"""

from __future__ import annotations

import datetime as dt

from .conftest import trips_of

D = dt.date


def visits(text, published):
    return {(v.traveler.split()[-1], v.country, v.start_date) for v in trips_of(text, published)}


def test_a_weekday_then_during_a_visit():
    text = "On Tuesday, during a visit to Vietnam, Japanese Prime Minister Fumio Kishida spoke to students."
    assert ("Kishida", "VN", D(2023, 3, 7)) in visits(text, D(2023, 3, 10))


def test_a_date_then_during_a_visit_to_an_earlier_stop():
    text = ("Ukrainian President Volodymyr Zelenskyy is in Poland. On March 2, during a visit to Lithuania, "
            "Zelenskyy met the country's president.")
    assert ("Zelenskyy", "LT", D(2023, 3, 2)) in visits(text, D(2023, 3, 6))


def test_last_week_then_while_on_a_trip():
    text = "Last week, while on a trip to Egypt, Spanish Prime Minister Pedro Sanchez called for a ceasefire."
    assert any(who == "Sanchez" and host == "EG" for who, host, _ in visits(text, D(2023, 11, 30)))


def test_a_linking_word_and_a_date_then_during_a_visit():
    text = ("Ukrainian President Volodymyr Zelenskyy is in Poland. In addition, on March 2, during a visit to "
            "Lithuania, Zelenskyy met the country's president.")
    assert ("Zelenskyy", "LT", D(2023, 3, 2)) in visits(text, D(2023, 3, 6))

