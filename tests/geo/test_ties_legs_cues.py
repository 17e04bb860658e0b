"""Tie rules for tour legs, relations gone bad, pact kinds, names, co-mediators and office holders
(sentences of our own), read by the real geoparser and the real events stage."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace as S

import pytest

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.ties.legs import legs
from geo.ties.lexicon import kinds_of, load_relations
from geo.values import Document

DAY = dt.date(2019, 2, 20)


def kinds(text: str, day: dt.date = DAY) -> set[tuple[str, str, str]]:
    """(a, b, kind) of every tie of ``text``, its visits' ties included."""
    doc = Document("t", text, published=day)
    _, ties = finish_events(*document_events(doc, geoparse(doc)))
    return {(t.a, t.b, t.kind) for t in ties}


# ------------------------------------------------------------------ legs of a tour


def test_a_tour_listed_after_a_visit_gives_a_visit_tie_to_every_stop():
    text = ("Egyptian President Abdel Fattah al-Sisi arrived in Libreville on Wednesday, the first Egyptian leader "
            "to visit Gabon. His tour includes Kenya, Uganda and Ghana.")
    got = kinds(text)
    assert {("EG", "GA", "visit"), ("EG", "KE", "visit"), ("EG", "UG", "visit"), ("EG", "GH", "visit")} <= got


def place(text: str, name: str, code: str, role: str = "dest", kind: str = "place") -> S:
    """A country of the sentence as the tie stage's spots give it."""
    i = text.index(name)
    return S(start=i, end=i + len(name), country=code, role=role, kind=kind)


HE = S(start=0, country=None, kind="pronoun")  # "He", resolved to no country


def one(text: str, spots, people=(HE,), travellers=("RU",)) -> list[tuple[str, str]]:
    return legs(text, spots, list(people), (0, len(text)), [(0, len(text))], travellers)


def test_a_leg_of_a_pronoun_of_no_country_is_the_storys_one_travelling_country():
    t = "He will then travel to Uganda and Ghana."
    spots = [place(t, "Uganda", "UG"), place(t, "Ghana", "GH")]
    assert one(t, spots, travellers=["EG"]) == [("EG", "UG"), ("EG", "GH")]
    assert one(t, spots, travellers=["EG", "KE"]) == []  # whose trip, nobody can say
    assert one(t, spots, travellers=["EG"], people=()) == []  # no one named: the visits stage's tour leg


def test_a_named_travellers_leg_is_left_to_the_visits_stage():
    t = "Putin will leave on March 27 for Mongolia."
    spots = [place(t, "Mongolia", "MN", role="party")]
    assert one(t, spots, [S(start=0, country="RU", kind="name")]) == []
    assert one(t, spots, [S(start=0, country="RU", kind="pronoun")]) == []  # "he" of known country: a visit
    assert one(t, spots) == [("RU", "MN")]


@pytest.mark.parametrize("text", [
    "He would visit Mongolia if his schedule allowed.",
    "He invited them to visit Mongolia next year.",
    "He had been due to travel to Mongolia afterwards.",
    "He did not travel to Mongolia.",
    "He will not leave on Monday for Mongolia.",
    "His trip to Mongolia was called off.",
])
def test_a_trip_wished_for_or_fallen_through_is_no_leg(text):
    assert one(text, [place(text, "Mongolia", "MN")]) == []


def test_a_leg_names_where_someone_goes_not_who_comes():
    text = "He will visit the Indian premier."
    assert one(text, [place(text, "Indian", "IN", kind="demonym")]) == []
    text = "He was visited by officials from Japan."
    assert one(text, [place(text, "Japan", "JP", role="party")]) == []
    text = "He praised a visit by Japan."
    assert one(text, [place(text, "Japan", "JP", role="party")]) == []


def test_a_coming_from_word_or_home_is_no_leg():
    t = "He returned from Chad on Friday."
    assert one(t, [place(t, "Chad", "TD")], travellers=["GB"]) == []
    t = "He will fly to Moscow."
    assert one(t, [place(t, "Moscow", "RU")]) == []


# ------------------------------------------------------------------ cues


@pytest.mark.parametrize("text, tie", [
    ("Relations between Caracas and Washington have frayed since 2002.", ("US", "VE", "conflict")),
    ("Ties between Morocco and Algeria have soured over the Western Sahara.", ("DZ", "MA", "conflict")),
    ("Venezuela and Mexico recalled their ambassadors amid a diplomatic spat.", ("MX", "VE", "conflict")),
    ("Bangladesh and India signed an extradition treaty on Monday.", ("BD", "IN", "diplomatic")),
    ("Serbia and Kazakhstan signed a visa-free travel agreement.", ("KZ", "RS", "diplomatic")),
    ("Chile and Uruguay signed an FTA in 2016.", ("CL", "UY", "trade")),
    ("Turkey and Armenia agreed on a rapprochement after decades of hostility.", ("AM", "TR", "diplomatic")),
])
def test_an_uncommon_cue_gives_its_tie(text, tie):
    assert tie in kinds(text)


def test_relations_gone_bad_are_not_also_a_diplomatic_tie():
    got = kinds("Relations between Caracas and Washington have frayed since 2002.")
    assert ("US", "VE", "diplomatic") not in got


def test_plain_relations_stay_diplomatic():
    got = kinds("Relations between Caracas and Washington have grown since 2002.")
    assert ("US", "VE", "diplomatic") in got and ("US", "VE", "conflict") not in got


def test_an_extradition_treaty_keeps_its_trade_side_too():
    got = kinds("Bangladesh and India signed an extradition treaty and a deal on business visas and trade.")
    assert {("BD", "IN", "diplomatic"), ("BD", "IN", "trade")} <= got


def test_troops_massed_by_foes_are_no_military_tie():
    got = kinds("India and Pakistan were on the brink of war and stationed a million troops along the border.")
    assert ("IN", "PK", "conflict") in got and ("IN", "PK", "military") not in got
    # without a hostile word, troops stationed are a military tie
    assert ("IN", "RU", "military") in kinds("Russia stationed troops in India under the new defence pact.")


def test_kinds_of_the_lexicon():
    rels = {r.cue: r for r in load_relations()}
    assert kinds_of([rels["ties"], rels["soured"]]) == {"conflict": "REJECT"}
    assert kinds_of([rels["ties"]]) == {"diplomatic": "SUPPORT"}
    assert set(kinds_of([rels["signed"], rels["extradition"]])) == {"diplomatic"}


# ------------------------------------------------------------------ no tie


def test_a_war_memorial_is_no_conflict():
    text = ("While in New Zealand, Fiji's Prime Minister Sitiveni Rabuka will lay a wreath at the National War "
            "Memorial in Wellington.")
    assert ("FJ", "NZ", "conflict") not in kinds(text)
    assert ("FJ", "NZ", "conflict") in kinds("Fiji declared war on New Zealand.")


def test_threats_countered_together_are_not_between_the_pair():
    text = "Russia and India held naval drills aimed at jointly countering global threats."
    got = kinds(text)
    assert ("IN", "RU", "military") in got and ("IN", "RU", "conflict") not in got
    assert ("CN", "IN", "conflict") in kinds("China threatened India over the border.")


def test_co_mediators_are_not_tied_to_each_other():
    got = kinds("Qatari and Egyptian mediators are working with Hamas to reach an agreement.")
    assert ("EG", "QA", "diplomatic") not in got
    got = kinds("The talks under Qatari and Turkish mediation resulted in an agreement.")
    assert ("QA", "TR", "diplomatic") not in got
    # two countries that agree between themselves are tied
    assert ("EG", "QA", "diplomatic") in kinds("Qatar and Egypt signed an agreement on Monday.")


def test_holders_of_one_office_in_two_countries_are_not_a_pair():
    text = ("Fiji's Prime Minister Frank Bainimarama will make calls on the Prime Ministers of Solomon Islands and "
            "Papua New Guinea and discuss matters of mutual interest.")
    got = kinds(text)
    assert ("PG", "SB", "diplomatic") not in got
    assert ("PG", "SB", "diplomatic") in kinds("Solomon Islands and Papua New Guinea discussed matters of "
                                                 "mutual interest.")


def test_an_owner_after_and_names_the_next_party_not_a_pair():
    got = kinds("India and Saudi Arabia's arch-rival Iran have accused Pakistan of backing militants.")
    assert ("IN", "SA", "conflict") not in got


# ------------------------------------------------------------------ a visit's meeting named by the host's people


def test_a_meeting_with_the_hosts_leader_ties_a_visit_told_before():
    text = ("Saudi Crown Prince Mohammed bin Salman is set to arrive in China on Thursday. The visit will include "
            "a meeting with President Xi Jinping.")
    assert ("CN", "SA", "diplomatic") in kinds(text)


def test_the_hosts_leader_named_without_a_meeting_gives_no_tie():
    text = ("Saudi Crown Prince Mohammed bin Salman is set to arrive in China on Thursday. The visit comes as "
            "President Xi Jinping faces slowing growth.")
    assert ("CN", "SA", "diplomatic") not in kinds(text)


def test_a_pair_that_is_the_object_of_anothers_relation_is_not_tied_by_a_domain_word():
    text = "The trip will focus on the West's standoffs with Iran and North Korea over their nuclear programs."
    assert ("IR", "KP", "nuclear") not in kinds(text)
    # two countries named together with a domain word and no one else's relation before them are tied
    assert ("IR", "KP", "nuclear") in kinds("Iran and North Korea expanded nuclear cooperation last year.")


def test_a_trading_partner_is_trade():
    assert ("BR", "CN", "trade") in kinds("China is Brazil's largest trading partner.")


@pytest.mark.parametrize("text, tie", [
    ("Tillerson flew to Abuja on Monday to confer with Nigerian President Muhammadu Buhari.", ("NG", "US", "diplomatic")),
    ("Obama flew to Israel on Wednesday, where he talked to Prime Minister Benjamin Netanyahu.",
     ("IL", "US", "diplomatic")),
])
def test_a_visit_meeting_in_other_words(text, tie):
    assert tie in kinds(text, dt.date(2018, 3, 13))


def test_a_visit_with_no_one_met_gives_no_meeting():
    got = kinds("Tillerson flew to Abuja on Monday to confer honours on soldiers.", dt.date(2018, 3, 13))
    assert ("NG", "US", "diplomatic") not in got
