"""A trip goes on after a sentence that names the guest together with the host at home.

"Kishida arrived in Manila. Marcos and Kishida signed a pact. He will then fly to Malaysia": of the two
told as one subject, the host is at home (his country's city was told just before); the "he" of a travel
verb is the guest, who travels on. Sentences of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo.conftest import stops_of

WED = dt.date(2024, 3, 13)
LEAD = ("Japanese Prime Minister Fumio Kishida arrived in Manila on Friday for talks with President Ferdinand "
        "Marcos.\n\nMarcos and Kishida signed a defence pact.\n\n")


@pytest.mark.parametrize("after", [
    "He will also make a stop in Malaysia before returning to Tokyo.",
    "He leaves for Malaysia on Sunday.",
    "He then flies on to Malaysia.",
    "He is due in Kuala Lumpur on Sunday.",
])
def test_the_guest_of_a_joint_subject_travels_on(after):
    found = stops_of(LEAD + after, WED)
    assert ("Kishida", "MY") in found, found
    assert ("Marcos", "MY") not in found and ("Marcos", "JP") not in found, found


def test_the_guest_told_first_travels_on_too():
    text = ("Kenyan President William Ruto arrived in Berlin on Monday.\n\nRuto and Scholz opened a business "
            "forum.\n\nHe then flew to Paris.")
    found = stops_of(text, WED)
    assert ("Ruto", "FR") in found and ("Scholz", "FR") not in found, found


def test_a_stop_made_is_a_travel_verb_for_the_pronoun():
    text = ("Indian Prime Minister Narendra Modi arrived in Paris on Monday.\n\nMacron and Modi visited an "
            "aircraft plant.\n\nHe will make a brief stop in Abu Dhabi on the way home.")
    found = stops_of(text, WED)
    assert ("Modi", "AE") in found and ("Macron", "AE") not in found, found


def test_the_guest_the_story_opened_on_travels_on_after_his_host_speaks():
    # the host at home is the last one named, but the story is the guest's: he travels on
    text = ("Brazilian President Luiz Inacio Lula da Silva arrived in Luanda on Friday.\n\n\"Africa is a priority,\" "
            "Angolan President Joao Lourenco said at the welcome ceremony.\n\nLourenco praised the visit.\n\n"
            "He travels next to South Africa.")
    found = stops_of(text, WED)
    assert ("Silva", "ZA") in found and ("Lourenco", "ZA") not in found, found


def test_the_host_the_story_opened_on_keeps_his_own_trip():
    # the story opened on the host: his own trip after he speaks stays his
    text = ("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Monday.\n\n"
            "Ruto said the talks were fruitful.\n\nHe will travel to Kigali next week.")
    found = stops_of(text, WED)
    assert ("Ruto", "RW") in found and ("Museveni", "RW") not in found, found
