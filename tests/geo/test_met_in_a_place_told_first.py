"""The one met in a place told first is there too: "In Hiroshima on Saturday, Scholz held talks with Macron".

Sentences of our own: a place opens the sentence, its subject meets someone named by name and title. One of a
known country other than the place's came as well; one of the place's own country is a host at home.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2023, 5, 10)


def test_held_talks_with_in_a_fronted_place():
    t = ("In Hiroshima on Saturday, German Chancellor Olaf Scholz held talks with French President "
         "Emmanuel Macron about Ukraine.")
    assert {("Scholz", "JP"), ("Macron", "JP")} <= stops_of(t, D)


def test_met_after_a_day_and_a_place():
    t = "On Thursday in Jakarta, US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi."
    assert ("Yi", "ID") in stops_of(t, D)


def test_the_host_met_at_home_is_no_visitor():
    t = "In Tokyo on Saturday, German Chancellor Olaf Scholz met Japanese Prime Minister Fumio Kishida."
    assert ("Kishida", "JP") not in stops_of(t, D)
    assert ("Scholz", "JP") in stops_of(t, D)
