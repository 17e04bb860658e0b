"""An event told with its place and no one named, its people named in the sentences after
(:mod:`geo.visits.unnamed_event`); sentences of our own."""

from __future__ import annotations

import datetime as dt

from tests.geo.conftest import stops_of

DAY = dt.date(2024, 5, 8)


def test_talks_named_in_the_next_sentence():
    t = ("The foreign ministers of Chile and Peru met in Lima on Monday. The talks, between Chilean Foreign "
         "Minister Alberto van Klaveren and Peruvian Foreign Minister Javier Gonzalez-Olaechea, focused on trade.")
    assert ("Klaveren", "PE") in stops_of(t, DAY)
    assert ("Gonzalez-Olaechea", "PE") not in stops_of(t, DAY)  # at home


def test_a_side_led_by():
    t = "Russia and Vietnam held defence talks in Hanoi on Tuesday. The Russian side was led by Andrei Belousov."
    assert ("Belousov", "VN") in stops_of(t, DAY)


def test_the_meeting_took_place_between():
    t = ("Senior diplomats of Poland and Lithuania have met in Berlin, the ministry said on Friday. The meeting "
         "took place between Polish Deputy Minister Andrzej Szejna and his Lithuanian counterpart Arnoldas Pranckevicius.")
    assert {("Szejna", "DE"), ("Pranckevicius", "DE")} <= stops_of(t, DAY)


def test_summit_then_its_people():
    t = "The G7 summit opened in Hiroshima on Friday. German Chancellor Olaf Scholz pressed for more aid."
    assert ("Scholz", "JP") in stops_of(t, DAY)


def test_no_visit_by_call_or_when_the_story_moves_on():
    call = ("China and Australia held a video call on Tuesday. Chinese Foreign Minister Wang Yi and Australian "
            "Foreign Minister Penny Wong led the call.")
    assert not any(c == "AU" for _, c in stops_of(call, DAY))
    moved = ("The G7 summit opened in Hiroshima on Friday. In Berlin, Finance Minister Christian Lindner of "
             "Germany criticised the plan.")
    assert ("Lindner", "JP") not in stops_of(moved, DAY)


def test_a_named_subject_is_the_families_not_this_rule():
    # the event's sentence names someone: the next sentence's person is no participant by this rule
    t = ("Putin met Erdogan in Sochi on Monday. Greek Prime Minister Kyriakos Mitsotakis said the "
         "meeting worried Athens.")
    assert ("Mitsotakis", "RU") not in stops_of(t, DAY)
