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


def test_the_stop_left_for_the_next_one_is_the_one_after_from():
    # "left for Pyongyang from Tokyo": a stay in Japan, over; a leader leaving his own capital is no visit
    assert ("Pompeo", "JP") in stops_of("U.S. Secretary of State Mike Pompeo left for Pyongyang from Tokyo on "
                                        "Sunday after meeting Abe.", D)
    assert ("Kishida", "JP") not in stops_of("Japanese Prime Minister Fumio Kishida left for Washington from "
                                             "Tokyo on Sunday.", D)


def test_the_place_arrived_from_may_follow_its_kind_of_town():
    # "from the city of Tarbes", "from the Qatari capital of Doha": the stop before, after its kind of town
    assert ("Jinping", "FR") in stops_of("Chinese President Xi Jinping arrived in Belgrade on Tuesday from the "
                                         "city of Tarbes in southwestern France.", D)
    assert ("Blinken", "QA") in stops_of("Secretary of State Antony Blinken landed in Cairo on Monday from the "
                                         "Qatari capital of Doha.", D)


def test_a_stop_over_at_a_place_is_a_stop_there():
    assert ("Blinken", "CV") in stops_of("Blinken arrived in Abuja on Monday. He had stopped over at Cape Verde "
                                         "before arriving in Nigeria.", D)
