"""Tie rules, one short sentence each (our own words), read by the real geoparser."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.events import extract_ties
from geo.geoparse import geoparse
from geo.values import Document

DAY = dt.date(2024, 5, 27)


def pairs(text: str, kind: str | None = None) -> set[tuple[str, str]]:
    """The country pairs (of one kind, if given) the tie stage finds in ``text``, visits left out."""
    doc = Document("t", text, published=DAY)
    return {(t.a, t.b) for t in extract_ties([doc], geoparse(doc), visits=[]) if kind in (None, t.kind)}


@pytest.mark.parametrize("text", [
    "He will fly to Japan, South Korea and China to promote trade.",
    "Bombing across Syria, Iraq and Yemen fuels the conflict.",
    "Xi will attend a summit with leaders from Russia, India and Brazil.",
])
def test_a_list_shares_the_role_of_its_first_member(text):
    assert pairs(text) == set()


def kinds(text: str) -> set[tuple[str, str, str]]:
    """(a, b, kind) of every tie in ``text``, the visits the text tells included."""
    doc = Document("t", text, published=DAY)
    return {(t.a, t.b, t.kind) for t in extract_ties([doc], geoparse(doc))}


def test_a_visit_to_meet_the_hosts_is_a_diplomatic_tie():
    got = kinds("Defense Secretary Robert Gates arrived in Abu Dhabi on Monday to meet with the crown prince.")
    assert {("AE", "US", "visit"), ("AE", "US", "diplomatic")} <= got
    got = kinds("Antony Blinken flew to Peru on Monday and will then travel to Argentina for talks with "
                "President Javier Milei.")
    assert ("AR", "US", "diplomatic") in got and ("PE", "US", "diplomatic") not in got


@pytest.mark.parametrize("text", [
    "Antony Blinken flew to Brussels on Monday to take part in a meeting of NATO foreign ministers.",
    "Antony Blinken arrived in Seoul on Monday and will meet with the Japanese prime minister there.",
    "Antony Blinken arrived in Seoul on Monday; no meeting with the president is planned.",
])
def test_a_visit_with_no_meeting_of_the_hosts_is_no_diplomatic_tie(text):
    got = kinds(text)
    assert any(k == "visit" for *_, k in got), got
    assert not {(a, b) for a, b, k in got if k == "diplomatic"} & {("BE", "US"), ("KR", "US")}


def test_an_official_of_an_international_body_is_no_party_of_his_country():
    assert pairs("Antony Blinken met NATO chief Jens Stoltenberg on Tuesday.") == set()
    assert ("NO", "US") in pairs("Antony Blinken met Norway's Prime Minister Jonas Gahr Store on Tuesday.")


def test_a_country_naming_a_conflict_is_its_topic():
    assert pairs("Washington has held talks with the Ukraine crisis in mind.") == set()
    assert ("RU", "UA") in pairs("Russia launched its invasion of Ukraine in 2022.")


def test_two_attendees_are_not_tied_by_the_meeting_they_attend():
    assert pairs("China's defence minister and Pakistan's defence minister will attend the SCO meeting.") == set()
    assert ("CN", "PK") in pairs("China and Pakistan held talks on Monday.")


def test_a_border_is_a_place_not_a_party():
    got = pairs("Russia imposed sanctions on Turkey after its jet was shot down on the border with Syria.")
    assert got == {("RU", "TR")}


@pytest.mark.parametrize("text", [
    "Israel pledged support for the governance of postwar Gaza.",
    "The United States condemned the Colombian fighting.",
])
def test_what_a_country_names_as_a_topic_is_no_party(text):
    assert pairs(text) == set()


def test_two_halves_of_one_modifier_are_not_two_parties():
    assert pairs("Talks mediated by Egypt went on, and the Egyptian- and Qatari-mediated deal held.") == set()


def test_a_relation_word_inside_a_name_is_no_relation():
    assert pairs("Russia and the United States discussed the World Trade Organization.", "trade") == set()
    assert ("RU", "US") in pairs("Russia and the United States expanded trade.", "trade")


def test_a_country_naming_a_war_owns_the_war_word():
    assert ("RU", "US") not in pairs("Moscow and Washington held talks on ending the Ukraine conflict.", "conflict")


def test_the_two_countries_stand_for_the_storys_pair_only_when_no_third_acts():
    story = "Joe Biden arrived in Tokyo on Monday. "
    assert ("JP", "US", "diplomatic") in kinds(story + "The two countries signed a bilateral agreement.")
    assert ("JP", "US", "diplomatic") not in kinds(story + "A bilateral agreement on Russia's entry was near.")


def test_a_hyphenated_cue_is_the_cue():
    assert ("CL", "TR") in pairs("Chile and Turkey signed a free-trade agreement in 2011.", "trade")


def test_a_leader_and_his_counterpart_are_a_pair():
    got = kinds("Xi Jinping and his Tanzanian counterpart Jakaya Kikwete signed 16 agreements on energy.")
    assert {("CN", "TZ", "diplomatic"), ("CN", "TZ", "energy")} <= got


def test_relations_are_diplomatic_whatever_they_are_about():
    got = kinds("Kenya-Rwanda relations have grown, with commercial ties further consolidating.")
    assert {("KE", "RW", "diplomatic"), ("KE", "RW", "trade")} <= got


def test_a_combining_form_names_a_country():
    assert ("DE", "FR") in pairs("The visit was meant to boost Franco-German relations.")
    assert ("CN", "RU") in pairs("Sino-Russian trade grew last year.")


def test_what_issues_range_over_is_a_topic():
    assert pairs("Germany and France discussed issues ranging from energy policy to China.") == {("DE", "FR")}


def test_an_investor_is_a_trade_cue():
    assert ("CN", "TZ") in pairs("China is the second-largest foreign investor in Tanzania.", "trade")


def test_the_two_countries_are_the_pair_of_the_last_visit_told():
    story = ("Narendra Modi arrived in Brazil on Monday. On Wednesday he arrived in Guyana, "
             "where he spoke of the close friendship between the two nations.")
    got = kinds(story)
    assert ("GY", "IN", "diplomatic") in got and ("BR", "IN", "diplomatic") not in got


def test_a_domain_word_between_the_two_countries_is_their_tie():
    story = "James Marape arrived in London on Monday. There will be military exchanges between the two countries."
    assert ("GB", "PG", "military") in kinds(story)


def test_a_seat_of_power_named_as_the_venue_is_its_government():
    got = pairs("The Prime Minister hosted Prime Minister Michel of Belgium for talks at Downing Street.")
    assert got == {("BE", "GB")}


def test_parties_far_apart_are_not_tied_by_what_stands_between():
    far = ("Hillary Clinton will meet Lee Myung-bak as part of our long and continuing efforts to strengthen "
           "the alliance, to discuss regional issues and to show our solidarity with the people of Japan.")
    assert ("JP", "KR") not in pairs(far)
    assert ("JP", "KR") in pairs("South Korea showed its solidarity with Japan.")


def test_a_stand_against_anothers_attack_is_a_conflict_tie():
    assert ("RU", "UA") in pairs("Zelenskyy spoke of Ukraine's stand against Russia's brutal invasion.", "conflict")
    assert pairs("Ukraine's position on Russia's economy is known.") == set()


@pytest.mark.parametrize("text", [
    "Donald Trump said he intends to have dinner with China's Xi Jinping.",
    "Jaishankar was granted an audience with Bhutan's King Jigme Khesar Namgyel Wangchuck.",
])
def test_a_dinner_or_an_audience_is_a_meeting(text):
    assert len(pairs(text, "diplomatic")) == 1


def test_meetings_held_in_each_host_tie_the_traveller_to_each():
    got = kinds("Mevlut Cavusoglu will visit Zimbabwe and Rwanda next week. He will hold bilateral meetings "
                "in Zimbabwe on 11 January and in Rwanda on 12 January.")
    assert {("TR", "ZW", "diplomatic"), ("RW", "TR", "diplomatic")} <= got


@pytest.mark.parametrize("text", [
    "Emmanuel Macron flew to Brussels on Thursday for the European Council meeting.",
    "Vladimir Putin visited China in September, when they met in China.",
])
def test_a_named_or_others_meeting_in_the_host_is_no_meeting_with_the_host(text):
    assert not {k for k in kinds(text) if k[2] == "diplomatic"}


def test_the_kingdom_is_the_host_of_the_visit_told():
    story = ("Antony Blinken arrived in Saudi Arabia on Monday. Washington hopes for a normalization deal "
             "between the Kingdom and Israel.")
    assert ("IL", "SA", "diplomatic") in kinds(story)
    assert ("IL", "SA", "diplomatic") not in kinds("Washington hopes for a normalization deal between the "
                                                   "Kingdom and Israel.")


def test_the_relation_words_pattern_finds_what_one_flat_alternation_of_the_words_finds():
    """The relation pattern groups its words by first letter (for speed): the same matches as the words
    tried one after another in their order, ignoring case ("ſ" is an "s", "K" a "k")."""
    import re

    from geo.ties.lexicon import lexicon, load_relations

    words = sorted(dict.fromkeys(r.cue.lower() for r in load_relations(None)), key=len, reverse=True)
    flat = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in words)
                      + r")(?![\w-])", re.I)
    grouped = lexicon()[0].patterns["relation"]
    text = ("Free-Trade  deal and free trade agreement; ſanctions, SANCTIONS-hit, co-operation, military "
            "cooperation and defence co-operation; Kelvin Krisis; talks, talked, retalks; trade-war")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert len(list(flat.finditer(text))) >= 6
