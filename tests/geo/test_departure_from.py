"""A person's departure from a place tells that he is (or was) there: sentences of our own.

"Xi's departure from Moscow was delayed" and "Ahead of his departure from Tokyo, Biden met Kishida" are stays
in Russia and Japan; only "departure from" counts ("the departure of US troops from Afghanistan" is no one's
trip), and a leader leaving an office at home ("departure from the White House") is no visit.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2024, 11, 20)


def test_a_possessed_departure_from_a_city_is_a_stay_there():
    assert ("Jinping", "RU") in stops_of("Chinese President Xi Jinping's departure from Moscow was delayed by an "
                                         "hour on Wednesday.", D)


def test_his_departure_ahead_of_the_subject():
    assert ("Biden", "JP") in stops_of("Ahead of his departure from Tokyo on Sunday, US President Joe Biden met "
                                       "Japanese Prime Minister Fumio Kishida.", D)


def test_no_departure_from_troops_or_from_an_office_at_home():
    assert stops_of("US President Joe Biden praised the departure of US troops from Afghanistan.", D) == set()
    assert stops_of("Former President Donald Trump's departure from the White House was chaotic.", D) == set()
