"""A couple or family named as one travels as the member the story named, in sentences of our own.

"The Obamas touched down in El Salvador", "The first family will leave for Brazil": the household is
its named member's (a surname in the plural) or the head of state's (the first family or couple). A
plural that names no one the story named ("the Philippines", "the Netherlands") is no household.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of, trips_of

D = dt.date


def test_a_surname_in_the_plural_is_the_named_member_not_the_storys_guest():
    text = ("Indian Prime Minister Narendra Modi arrived in Ottawa on Monday and met Canadian Prime Minister "
            "Justin Trudeau. The Trudeaus will fly to Jamaica on Friday.")
    stops = stops_of(text, D(2024, 1, 4))
    assert ("Trudeau", "JM") in stops and ("Modi", "JM") not in stops


def test_a_surname_ending_in_es_in_the_plural():
    text = ("Chinese Premier Li Qiang arrived in Madrid on Monday and met Spanish Prime Minister Pedro Sanchez. "
            "The Sanchezes later flew to Morocco for a holiday.")
    stops = stops_of(text, D(2024, 1, 4))
    assert ("Sanchez", "MA") in stops and ("Qiang", "MA") not in stops


def test_the_first_family_is_the_presidents():
    text = ("French President Emmanuel Macron is going ahead with his trip to Asia. The first family will "
            "leave on Friday for stops in Vietnam and Singapore.")
    assert {("Macron", "VN"), ("Macron", "SG")} <= stops_of(text, D(2024, 1, 4))


def test_a_country_in_the_plural_is_no_household():
    text = "Philippine President Ferdinand Marcos spoke on Monday. The Philippines will send a delegation to Japan."
    assert ("Marcos", "JP") not in stops_of(text, D(2024, 1, 4))


def test_a_royal_couple_by_its_titles_or_as_the_couple_is_the_royal_named():
    # "the Duke and Duchess", "the couple" after an opening phrase of any length: the royal the story named
    text = ("Prince William and his wife Kate landed in Belize on Saturday. "
            "The Duke and Duchess are set to travel to Jamaica next.")
    assert ("William", "JM") in stops_of(text, D(2022, 3, 21))
    text = ("King Charles will tour Australia from October 18. "
            "After the Australian leg of their long tour, the couple will travel to Samoa.")
    assert any("Charles" in v.traveler and v.country == "WS" for v in trips_of(text, D(2024, 10, 1)))


def test_the_couple_with_no_royal_named_is_no_one():
    text = ("Foreign Minister Sergey Lavrov spoke on Monday. "
            "After the wedding, the couple will travel to Italy.")
    assert not {c for _, c in stops_of(text, D(2024, 1, 4))} & {"IT"}
