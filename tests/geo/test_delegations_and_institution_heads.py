"""Leading a delegation somewhere is travelling there; "the Pentagon chief" is the defence secretary,
not the country's leader (realnews dev 720-739: less common travel forms, wrong traveller credited)."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.portfolios import institution_head
from geo.values import Document

PUB = dt.date(2023, 5, 1)  # a Monday


def _visits(text, published=PUB):
    doc = Document("d", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return [(v.traveler, v.country, v.start_date, v.status) for v in visits]


def test_leading_or_heading_a_delegation_to_a_place_is_a_trip_there():
    assert _visits("German Chancellor Olaf Scholz will lead a delegation to India on Thursday.") == [
        ("Olaf Scholz", "IN", dt.date(2023, 5, 4), "planned")]
    assert [(t, c) for t, c, *_ in _visits("Blinken headed a high-level delegation to Cairo on Sunday.")] == [
        ("Antony Blinken", "EG")]
    got = _visits("On Friday, Mattis will lead a U.S. presidential delegation in Bangkok, Thailand.")
    assert [(t, c, d) for t, c, d, _ in got] == [("Jim Mattis", "TH", dt.date(2023, 5, 5))]


def test_a_delegation_without_a_place_or_led_by_someone_else_is_no_trip_of_the_subject():
    assert _visits("Blinken will head a delegation to the talks on Thursday.") == []
    assert _visits("Scholz led the delegation in talks with Chinese officials.") == []
    # the host receives a delegation: the host does not travel
    got = _visits("Prime Minister Narendra Modi received a delegation led by a Japanese minister in New Delhi.")
    assert not any(t == "Narendra Modi" for t, *_ in got)


def test_the_pentagon_chief_is_the_defence_secretary_not_the_president():
    got = _visits("Defense Secretary Lloyd Austin spoke in Tokyo. The Pentagon chief will travel to Manila "
                  "on Wednesday.")
    assert ("Lloyd Austin", "PH", dt.date(2023, 5, 3), "planned") in got
    assert not any(t == "Joe Biden" for t, *_ in got)
    # a head of state's seat still stands for the leader
    assert _visits("The Kremlin chief will travel to Minsk on Wednesday.") == [
        ("Vladimir Putin", "BY", dt.date(2023, 5, 3), "planned")]


def test_institution_head_knows_only_institutions_and_chief_words():
    assert institution_head("State Department", "chief") == "secretary of state"
    assert institution_head("Pentagon", "spokesman") is None
    assert institution_head("Kremlin", "chief") is None
    assert institution_head(None, "chief") is None


def test_touching_down_at_an_airport_is_an_arrival_but_not_at_a_named_facility():
    assert _visits("Modi touched down at Cairo airport on Sunday.") == [
        ("Narendra Modi", "EG", dt.date(2023, 4, 30), "ongoing")]
    # "at the <name> airbase": the words of the facility's name are no place of their own
    got = _visits("Modi touched down at the Air Force Nur Khan airbase on Sunday.")
    assert not any(c == "IR" for _, c, *_ in got)


def test_on_the_way_back_from_somewhere_does_not_make_a_trip_ahead_past():
    got = _visits("Modi will make a stopover in Cairo on his way back from Washington.")
    assert ("Narendra Modi", "EG", None, "planned") in got
    # "back from" alone still tells a trip that is over
    assert _visits("Modi, back from a visit to Egypt, spoke to reporters.") == [
        ("Narendra Modi", "EG", None, "completed")]
