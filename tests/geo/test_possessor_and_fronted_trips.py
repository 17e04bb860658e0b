"""Who travels when a sentence opens with someone else's name or trip (wrong traveller credited, wrong
day): "Putin's ally Lukashenko will travel", "Following Blinken's visit to Beijing, Yellen will travel"."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

PUB = dt.date(2023, 5, 1)  # a Monday


def _visits(text):
    doc = Document("d", text, published=PUB)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler, v.country): (v.start_date, v.status) for v in visits}


def test_the_person_after_a_possessor_is_the_one_who_travels():
    got = _visits("Putin's ally Alexander Lukashenko will travel to China on Wednesday.")
    assert set(got) == {("Alexander Lukashenko", "CN")}
    got = _visits("Scholz's predecessor Angela Merkel visited China on Sunday.")
    assert set(got) == {("Angela Merkel", "CN")}


def test_a_possessor_alone_still_travels_and_a_spokesman_after_one_does_not():
    assert set(_visits("Putin's plane landed in Minsk on Sunday.")) == {("Vladimir Putin", "BY")}
    # the spokesman speaks for the possessor; where he speaks is no trip of his
    got = _visits("Macron's spokesman Olivier Veran said in Paris that Xi would visit France in May.")
    assert not any(name == "Olivier Veran" for name, _ in got)


def test_a_trip_in_a_fronted_phrase_does_not_take_the_main_clauses_day():
    got = _visits("Following Blinken's visit to Beijing, Defense Secretary Lloyd Austin will travel to China "
                  "next month.")
    assert got[("Lloyd Austin", "CN")] == (dt.date(2023, 6, 1), "planned")
    assert got[("Antony Blinken", "CN")][0] is None
    got = _visits("After Blinken's visit to Beijing, Putin will travel to China in June.")
    assert got[("Antony Blinken", "CN")][0] is None
    assert got[("Vladimir Putin", "CN")][0] == dt.date(2023, 6, 1)


def test_a_fronted_trip_keeps_the_day_of_a_sentence_of_its_own():
    got = _visits("Blinken will visit Beijing on Wednesday. After that, Putin will travel to China in June.")
    assert got[("Antony Blinken", "CN")] == (dt.date(2023, 5, 3), "planned")


def test_a_leaders_name_that_a_town_shares_is_the_person_before_a_who_clause():
    # "Lula" is also a town in Sweden; ", who met Xi" says it is the Brazilian president
    got = _visits("Lula, who met Xi last month, will travel to Portugal on Saturday.")
    assert got == {("Luiz Inácio Lula da Silva", "PT"): (dt.date(2023, 5, 6), "planned")}
    # after a preposition it is still the town
    got = _visits("In Lula, who lives there, the mayor said Putin would visit Sweden.")
    assert not any(name.startswith("Luiz") for name, _ in got)
