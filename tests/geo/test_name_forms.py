"""How names are written: hyphens, particles, initials and the capitalised words that are no name
(issue 13, the name finder)."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.names import written_name
from geo.people import find_people
from geo.values import Document


def _people(text, published=dt.date(2023, 5, 10)):
    doc = Document("d", text, published=published)
    return [(p.text, p.name) for p in find_people(doc, geoparse(doc)) if p.kind != "pronoun"]


def _visits(text, published=dt.date(2023, 5, 10)):
    doc = Document("d", text, published=published)
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler, v.country) for v in found if v.status != "cancelled"}


def test_a_particle_joined_by_a_hyphen_stays_in_the_name():
    t = "Yemeni Foreign Minister Ahmed al-Kurdi and Egyptian Foreign Minister Sameh Shoukry will visit Rome."
    names = [name for _, name in _people(t)]
    assert "Ahmed al-Kurdi" in names
    assert "Ahmed" not in names
    assert ("Ahmed al-Kurdi", "IT") in _visits(t)


def test_a_particle_joined_by_a_hyphen_after_a_name_the_table_knows_too():
    t = "Egyptian President Abdel Fattah el-Sisi arrived in Athens on Tuesday."
    assert [name for _, name in _people(t)] == ["Abdel Fattah el-Sisi"]


def test_a_hyphen_left_before_a_space_joins_one_double_surname():
    t = "Malian Prime Minister Choguel Kokalla- Maiga on Monday visited President Bazoum in Niamey."
    people = _people(t)
    assert ("Choguel Kokalla- Maiga", "Choguel Kokalla-Maiga") in people
    assert ("Choguel Kokalla-Maiga", "NE") in _visits(t)
    # the surname alone later is the same person
    more = t + " Maiga said the talks went well."
    assert ("Maiga", "Choguel Kokalla-Maiga") in _people(more)


def test_written_name_only_mends_a_broken_hyphen():
    assert written_name("Nana Akufo- Addo") == "Nana Akufo-Addo"
    assert written_name("Nana Akufo-Addo") == "Nana Akufo-Addo"
    assert written_name("Jean-Yves Le Drian") == "Jean-Yves Le Drian"


def test_a_dash_between_words_is_no_broken_name():
    # a spaced dash in running text joins no two names
    t = "Kenyan President William Ruto - who arrived in Kampala on Monday - met Museveni."
    names = [name for _, name in _people(t)]
    assert "William Ruto" in names
    assert not any("-" in n for n in names if n)
