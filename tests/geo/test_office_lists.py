"""One office of several countries told at once ("the presidents of Lithuania and Estonia"), in sentences of
our own: each country's holder of that office travels."""

from __future__ import annotations

import datetime as dt

from .conftest import visits_of

D = dt.date


def trips(text: str, published: dt.date) -> set[tuple[str, str]]:
    return {(v.traveler.split()[-1], v.country) for v in visits_of(text, published)}


def test_the_presidents_of_two_countries_are_each_countrys_president():
    got = trips("The presidents of Lithuania and Estonia were in Riga on July 3 for the farewell.", D(2007, 7, 4))
    assert {("Adamkus", "LV"), ("Ilves", "LV")} <= got


def test_demonyms_before_the_office_name_the_countries_too():
    got = trips("The Lithuanian and Estonian presidents were in Riga on July 3.", D(2007, 7, 4))
    assert {("Adamkus", "LV"), ("Ilves", "LV")} <= got


def test_the_leaders_are_the_heads_the_story_names():
    text = ("The leaders of China and South Korea arrived in Tokyo yesterday for a summit. Chinese Premier "
            "Wen Jiabao and South Korean President Lee Myung-bak laid flowers in Sendai.")
    got = trips(text, D(2011, 5, 22))
    assert {("Jiabao", "JP"), ("Myung-bak", "JP")} <= got
    assert not any(name == "Jintao" for name, _ in got)  # China's president, not the leader the story names


def test_the_leaders_one_meets_on_a_tour_are_where_the_tour_goes():
    text = ("British Foreign Secretary Philip Hammond begins a four-nation tour on Friday. During the tour, he will "
            "meet with the leaders of Saudi Arabia, Qatar and the United Arab Emirates.")
    got = trips(text, D(2015, 10, 28))
    assert {("Hammond", "SA"), ("Hammond", "QA"), ("Hammond", "AE")} <= got


def test_an_office_list_opening_a_meeting_leaves_its_people_to_the_next_sentence():
    text = ("The foreign ministers of India and Japan met in Tokyo on Monday. The talks, between Indian External "
            "Affairs Minister Subrahmanyam Jaishankar and Japanese Foreign Minister Yoko Kamikawa, focused on trade.")
    got = trips(text, D(2024, 3, 12))
    assert ("Jaishankar", "JP") in got
    assert not any(country == "IN" for _, country in got)
