"""A meeting told as a noun, its place before "between" after "took place" or "was held": sentences of our own.

"The meeting took place in Washington on Thursday between Kim and Okano" puts both in Washington; one of the
place's own country is the host there, not a visitor. Each test runs the real geoparser and the events stage.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2024, 11, 20)


def test_took_place_in_a_city_between_two_foreigners():
    got = stops_of("The meeting took place in Washington on Thursday between South Korean Vice Foreign Minister "
                   "Kim Hong-kyun and Japanese Vice Foreign Minister Masataka Okano.", D)
    assert {("Hong-kyun", "US"), ("Okano", "US")} <= got


def test_will_take_place_is_planned_alike():
    got = stops_of("The meeting will take place in Geneva between US Secretary of State Antony Blinken and "
                   "Russian Foreign Minister Sergei Lavrov.", D)
    assert {("Blinken", "CH"), ("Lavrov", "CH")} <= got


def test_the_host_named_between_is_at_home():
    got = stops_of("The meeting took place in Cairo on Monday between Egyptian President Abdel Fattah al-Sisi and "
                   "Italian Prime Minister Giorgia Meloni.", D)
    assert ("Meloni", "EG") in got
    assert ("al-Sisi", "EG") not in got and ("Sisi", "EG") not in got
