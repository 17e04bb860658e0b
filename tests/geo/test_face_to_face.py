"""Presence told only by a face-to-face exchange in a place: sentences of our own.

"Spoke with", "chatted", "exchanged views with", "held three meetings with" tell that two people were
together as much as "met" does, and "in the margins of" or "on the fringes of" an event is the same frame as
"on the sidelines of". Each test runs the real geoparser and the events stage; the negative cases check that
the same verbs told by telephone or video, or about a place that is only a topic, stay quiet.
"""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

D = dt.date(2023, 10, 9)


def found(text: str, published: dt.date = D) -> set[tuple[str, str]]:
    doc = Document("t", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler.split()[-1], v.country) for v in visits if v.status != "cancelled"}


# verbs of a conversation ----------------------------------------------------------------------------

def test_two_leaders_who_chatted_in_a_city_were_both_there():
    text = ("Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo chatted in Kigali on "
            "Thursday, where both were attending a business forum.")
    assert {("Ruto", "RW"), ("Akufo-Addo", "RW")} <= found(text)


def test_spoke_briefly_with_someone_at_an_event_in_a_city_puts_both_there():
    text = ("Peruvian President Dina Boluarte said she spoke briefly with Chilean President Gabriel Boric "
            "at the climate conference in Madrid.")
    assert {("Boluarte", "ES"), ("Boric", "ES")} <= found(text)


def test_exchanged_views_with_a_counterpart_in_a_capital_is_a_visit_of_the_foreigner():
    text = "Indian Foreign Minister Subrahmanyam Jaishankar exchanged views with Japanese Foreign Minister " \
           "Yoko Kamikawa in Tokyo on Monday."
    assert ("Jaishankar", "JP") in found(text)


def test_the_same_verbs_by_telephone_tell_no_visit():
    text = ("Italian Prime Minister Giorgia Meloni spoke by phone with Japanese Prime Minister Fumio Kishida "
            "in Tokyo on Monday.")
    assert not {c for _, c in found(text)} & {"JP"}


def test_talks_held_by_video_link_tell_no_visit():
    text = ("US President Joe Biden held talks by video link with Chinese President Xi Jinping in Beijing "
            "on Monday.")
    assert not {c for _, c in found(text)} & {"CN"}


# the frame of an event ------------------------------------------------------------------------------

def test_met_in_the_margins_of_a_summit_in_a_city_is_the_same_as_on_its_sidelines():
    text = ("Spanish Prime Minister Pedro Sanchez met today with the Prime Minister of Greece, Kyriakos "
            "Mitsotakis, in the margins of the EU-Western Balkans summit in Tirana.")
    assert {("Sanchez", "AL"), ("Mitsotakis", "AL")} <= found(text)


def test_on_the_fringes_of_an_assembly_in_a_city_places_both():
    text = ("Brazilian President Luiz Inacio Lula da Silva met Kenyan President William Ruto on the fringes "
            "of the African Union assembly in Addis Ababa.")
    assert {("Silva", "ET"), ("Ruto", "ET")} <= found(text)


def test_a_fronted_meeting_beside_a_summit_puts_a_coordinated_subject_there():
    text = ("In a meeting on the sidelines of the Commonwealth summit in Apia, the capital of Samoa, Canadian "
            "Prime Minister Justin Trudeau and Australian Prime Minister Anthony Albanese agreed to work "
            "together.")
    assert {("Trudeau", "WS"), ("Albanese", "WS")} <= found(text)


def test_two_leaders_who_shook_hands_at_a_summit_in_a_city_were_both_there():
    text = ("Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa shook "
            "hands at the BRICS summit in Kazan.")
    assert {("Silva", "RU"), ("Ramaphosa", "RU")} <= found(text)


def test_a_bilateral_a_meal_or_an_interaction_in_a_city_is_a_meeting_there():
    assert ("Albanese", "JP") in found("Australian Prime Minister Anthony Albanese held a bilateral with US "
                                       "President Joe Biden in Hiroshima.")
    assert ("Modi", "JP") in found("Indian Prime Minister Narendra Modi had a brief interaction with US President "
                                   "Joe Biden in Hiroshima.")
    assert {("Albanese", "JP"), ("Biden", "JP")} <= found("Australian Prime Minister Anthony Albanese and US "
                                                         "President Joe Biden had dinner in Hiroshima on Saturday.")


def test_a_telephone_conversation_is_no_meeting():
    assert not found("Indian Prime Minister Narendra Modi had a telephone conversation with Japanese Prime Minister "
                     "Fumio Kishida in Tokyo.")
