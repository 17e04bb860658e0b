"""Relation words that are mutual by their meaning join two countries named together as the subject
("Saudi Arabia and Iran restored diplomatic relations"); directional ones still need an actor and a
target ("Turkey recognized Armenia")."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document


def _ties(text):
    doc = Document("d", text, published=dt.date(2023, 5, 1))
    _, ties = finish_events(*document_events(doc, geoparse(doc)))
    return {(t.a, t.b, t.kind) for t in ties}


def test_restoring_or_normalising_relations_ties_the_two_named_together():
    assert _ties("Saudi Arabia and Iran restored diplomatic relations in March.") == {("IR", "SA", "diplomatic")}
    assert _ties("Israel and the UAE normalized relations in 2020.") == {("AE", "IL", "diplomatic")}
    assert _ties("Egypt and Turkey agreed on a reconciliation.") == {("EG", "TR", "diplomatic")}


def test_recognition_stays_directional():
    assert _ties("Turkey recognized Armenia.") == {("AM", "TR", "diplomatic")}
    # a recognition by one country ties no pair of a list after it
    assert _ties("Spain, Ireland and Norway each announced recognition.") == set()


def test_being_at_odds_is_a_conflict_of_the_two():
    assert _ties("Turkey and Sweden remain at odds over NATO membership.") == {("SE", "TR", "conflict")}
    assert _ties("Kenya and Uganda are at loggerheads over milk exports.") == {("KE", "UG", "conflict")}
    # the fallout of something is not a quarrel between the countries it worries
    assert _ties("The fallout from the mutiny worried Poland and Germany.") == set()


def test_quarrels_and_loans():
    assert _ties("Ethiopia and Egypt have long quarrelled over the Nile dam.") == {("EG", "ET", "conflict")}
    assert _ties("China loaned Sri Lanka $1 billion for the port.") == {("CN", "LK", "trade")}
    # "lent his support", "lends its name": no loan (the bare verb "lend" is left out for this)
    assert ("FR", "DE", "trade") not in _ties("France lends its name to the accord with Germany.")
    assert ("DE", "FR", "trade") not in _ties("France lends its name to the accord with Germany.")


def test_military_words_of_a_welcome_or_a_journey_tie_no_arms():
    for text in ("Chinese President Xi Jinping landed at Andrews Air Force Base and held talks with the United States.",
                 "Xi inspected the honor guard of Pakistan while a military band played, then held talks with Pakistan.",
                 "French President Emmanuel Macron jets into Papua New Guinea tomorrow for talks with Papua New Guinea."):
        assert not {k for *_, k in _ties(text) if k == "military"}, text
    assert "military" in {k for *_, k in _ties("China and Pakistan agreed to expand military cooperation.")}
