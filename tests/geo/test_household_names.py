"""A couple or family named as one travels as the member the story named, in sentences of our own.

"The Obamas touched down in El Salvador", "The first family will leave for Brazil": the household is
its named member's (a surname in the plural) or the head of state's (the first family or couple). A
plural that names no one the story named ("the Philippines", "the Netherlands") is no household.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

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
