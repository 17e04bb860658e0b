"""Which way a bare weekday points, in sentences of our own: the next such day on or after the publication
day when the verb that governs it is in the present or tells an intention ("hosts Milei in Berlin on Friday",
"hopes to meet the king on Friday", "On Tuesday morning, she is bringing aid"), the last one when it is in
the past ("arrived on Monday", "was hosted on Monday"), whatever the tense of the words around the trip.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import trips_of

WED = dt.date(2024, 5, 15)  # a Wednesday
FRIDAY_AHEAD, MONDAY_GONE = dt.date(2024, 5, 17), dt.date(2024, 5, 13)


def days(text, country):
    return {(v.start_date, v.status) for v in trips_of(text, WED) if v.country == country}


@pytest.mark.parametrize("text", [
    "Chancellor Olaf Scholz hosts Argentine President Javier Milei in Berlin on Friday.",
    "Chancellor Olaf Scholz receives Argentine President Javier Milei in Berlin on Friday.",
    "Argentine President Javier Milei is hosted by Chancellor Olaf Scholz in Berlin on Friday.",
    "Argentine President Javier Milei takes part in a summit in Berlin on Friday.",
    "Argentine President Javier Milei joins other leaders in Berlin on Friday.",
    "Argentine President Javier Milei is headed to Germany on Friday.",
    "Argentine President Javier Milei hopes to meet the German chancellor in Berlin on Friday.",
    "Argentine President Javier Milei wants to go to Germany on Friday.",
    "Argentine President Javier Milei addresses the German parliament in Berlin on Friday.",
])
def test_a_present_or_intended_verb_points_ahead(text):
    assert days(text, "DE") == {(FRIDAY_AHEAD, "planned")}


@pytest.mark.parametrize("text", [
    "Chancellor Olaf Scholz hosted Argentine President Javier Milei in Berlin on Monday.",
    "Argentine President Javier Milei was hosted by Chancellor Olaf Scholz in Berlin on Monday.",
    "Argentine President Javier Milei took part in a summit in Berlin on Monday.",
    "Argentine President Javier Milei joined other leaders in Berlin on Monday.",
    "Argentine President Javier Milei arrived in Berlin on Monday and hosts a dinner tonight.",
])
def test_a_verb_in_the_past_points_back(text):
    assert {d for d, _ in days(text, "DE")} == {MONDAY_GONE}


def test_a_participle_aside_takes_the_main_verb_ahead():
    text = "French President Emmanuel Macron, arriving in Santiago on Friday, is expected to sign a lithium deal."
    assert days(text, "CL") == {(FRIDAY_AHEAD, "planned")}


def test_a_participle_aside_takes_the_main_verb_gone_by():
    text = "French President Emmanuel Macron, landing in Santiago on Monday, signed a lithium deal."
    assert {d for d, _ in days(text, "CL")} == {MONDAY_GONE}


@pytest.mark.parametrize("verb", ["heads", "goes on", "travels"])
def test_a_second_verb_in_the_present_leaves_the_first_stop_gone_by(verb):
    text = f"French President Emmanuel Macron visited Peru on Monday and {verb} to Chile on Friday."
    assert days(text, "PE") == {(MONDAY_GONE, "completed")}
    assert days(text, "CL") == {(FRIDAY_AHEAD, "planned")}
