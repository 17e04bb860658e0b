"""The next stops of a tour told after the first stop's purpose, in sentences of our own.

News names a trip's first stop with what the traveller does there, then the stops after it with an
onward word: "will go to Brazil for the G20 summit, then Peru", "flew to Tokyo for talks with the
prime minister, then on to Seoul", "will visit Fiji to meet its leaders, followed by Tonga". The purpose
("for ...", "to meet ...") runs up to a comma; the places after the onward word are the next stops, and
an onward word with no place after it ("then returned home") adds none.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of, trips_of

D = dt.date


def test_a_summit_stop_then_two_more():
    text = "Chilean President Gabriel Boric will go to Brazil for the regional summit, then Peru, and finally Ecuador."
    assert stops_of(text, D(2024, 3, 1)) >= {("Boric", "BR"), ("Boric", "PE"), ("Boric", "EC")}


def test_talks_then_on_to_the_next_capital():
    text = ("Dutch Foreign Minister Hanke Bruins Slot flew to Tokyo on Monday for talks with her Japanese "
            "counterpart, then on to Seoul.")
    assert ("Slot", "KR") in stops_of(text, D(2024, 3, 6))


def test_a_purpose_told_by_its_verb_then_the_next_stops():
    text = "Australian Foreign Minister Penny Wong will visit Fiji to meet its new cabinet, then Tonga and Samoa."
    assert stops_of(text, D(2024, 3, 1)) >= {("Wong", "FJ"), ("Wong", "TO"), ("Wong", "WS")}


def test_followed_by_after_a_purpose():
    text = "Indian Prime Minister Narendra Modi will travel to Kenya for an energy forum, followed by Ghana."
    assert ("Modi", "GH") in stops_of(text, D(2024, 3, 1))


def test_the_next_stop_keeps_the_tense_of_the_trip():
    text = "Dutch Foreign Minister Hanke Bruins Slot flew to Tokyo for talks with her counterpart, then to Seoul."
    seoul = [v for v in trips_of(text, D(2024, 3, 6)) if v.country == "KR"]
    assert seoul and all(v.status == "completed" for v in seoul)


def test_an_onward_word_with_no_place_adds_no_stop():
    text = ("Dutch Foreign Minister Hanke Bruins Slot flew to Tokyo for talks with her counterpart, "
            "then returned to The Hague.")
    assert stops_of(text, D(2024, 3, 6)) == {("Slot", "JP")}


def test_places_inside_the_purpose_are_no_stops():
    text = ("Dutch Foreign Minister Hanke Bruins Slot flew to Tokyo for talks on China, then said the "
            "two countries would work together.")
    assert stops_of(text, D(2024, 3, 6)) == {("Slot", "JP")}
