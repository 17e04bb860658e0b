"""Trip wordings the cue families read at the level of the language (issue 13, "traveller and host
both found, yet no visit read"): a trip noun whose "to" comes after a time or a participle."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

PUB = dt.date(2024, 5, 15)  # a Wednesday


def _visits(text):
    doc = Document("d", text, published=PUB)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler, v.country): v for v in visits}


def test_a_time_or_a_participle_between_the_trip_noun_and_its_to():
    got = _visits("Rwandan President Paul Kagame's visit last month to France was his first since 2018.")
    assert set(got) == {("Paul Kagame", "FR")}
    assert got[("Paul Kagame", "FR")].status == "completed"
    got = _visits("The visit reciprocates President Hakainde Hichilema's state visit undertaken to Mozambique "
                  "in April.")
    assert set(got) == {("Hakainde Hichilema", "MZ")}
    got = _visits("Narendra Modi's visit this week to Japan will focus on trade.")
    assert set(got) == {("Narendra Modi", "JP")}
    assert got[("Narendra Modi", "JP")].status == "planned"


def test_the_gap_must_end_right_before_to_so_a_following_clause_is_no_trip():
    # "in Paris to discuss": the infinitive is no destination; Paris is where the visit is
    got = _visits("Narendra Modi's visit in Paris to discuss the deal ended on Tuesday.")
    assert set(got) <= {("Narendra Modi", "FR")}
    # a verb "visit" with a time after it still reads its own place
    got = _visits("Olaf Scholz will visit Japan next week.")
    assert set(got) == {("Olaf Scholz", "JP")}


def test_a_trip_word_near_the_one_foreign_place_is_a_visit_of_low_confidence():
    got = _visits("Brazilian President Lula da Silva's whirlwind China outing ended on Friday.")
    assert set(got) == {("Lula da Silva", "CN")}
    v = got[("Lula da Silva", "CN")]
    assert v.how.startswith("broad") and v.confidence < 0.5 and v.status == "completed"
    got = _visits("Brazilian President Lula da Silva was feted on a trip across China last week.")
    assert set(got) == {("Lula da Silva", "CN")}


def test_the_broad_reading_keeps_its_guards():
    for text in ("Brazilian President Lula da Silva will not make the trip to China this year.",
                 "Brazilian President Lula da Silva discussed the war in Ukraine during the visit.",
                 "During the visit, Brazilian President Lula da Silva discussed the conflict in Ukraine.",
                 "Brazilian President Lula da Silva said the trip of Chinese tourists to Brazil was growing.",
                 '"We will travel to China," Brazilian President Lula da Silva\'s critics said.',
                 "The White House announced Lula da Silva's visit in September."):
        assert not any(v.how.startswith("broad") for v in _visits(text).values()), text


def test_min_confidence_trades_the_broad_reading_away():
    doc = Document("d", "Brazilian President Lula da Silva's whirlwind China outing ended on Friday.", published=PUB)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)), min_confidence=0.5)
    assert visits == []


def test_people_met_abroad_who_are_foreign_to_the_place_travelled_too():
    got = _visits("Estonian Prime Minister Juri Ratas will meet Latvia's new prime minister, Krisjanis Karins, "
                  "and Lithuanian Prime Minister Saulius Skvernelis in Riga on Monday.")
    assert {("Juri Ratas", "LV"), ("Saulius Skvernelis", "LV")} <= set(got)
    assert not any(c == "LV" and "Karins" in name for name, c in got)  # the host is no visitor
    got = _visits("US Secretary of State Antony Blinken met Ukrainian President Volodymyr Zelensky in Munich "
                  "on Saturday.")
    assert {("Antony Blinken", "DE"), ("Volodymyr Zelensky", "DE")} <= set(got)


def test_only_people_met_whose_country_the_title_tells_and_only_a_list_after_the_verb():
    # a country from the leaders table alone ("NATO chief") says nothing of being abroad
    got = _visits("Antony Blinken met NATO chief Jens Stoltenberg in Brussels on Tuesday.")
    assert ("Antony Blinken", "BE") in got and not any("Stoltenberg" in name for name, _ in got)
    # the people after "was prepared by" are not the ones met, and their "in" is no meeting place
    got = _visits("The meeting was prepared by the Uruguayan foreign minister, Francisco Bustillo, a former "
                  "ambassador in Buenos Aires.")
    assert not any("Bustillo" in name for name, _ in got)


def test_a_visitor_welcomed_received_or_feted_in_a_foreign_city_was_there():
    for verb in ("was warmly welcomed", "was feted", "was received"):
        got = _visits(f"Brazilian President Lula da Silva {verb} in Beijing on Friday.")
        assert set(got) == {("Lula da Silva", "CN")}, verb
        assert got[("Lula da Silva", "CN")].start_date == dt.date(2024, 5, 10)
    # at home a welcome is no visit
    assert _visits("Chinese President Xi Jinping was welcomed in Beijing on Friday by crowds.") == {}


def test_talks_between_two_people_held_in_a_place_are_a_visit_of_whoever_is_foreign_there():
    got = _visits("Talks between Brazilian President Lula da Silva and Xi Jinping were held in Beijing on Friday.")
    assert set(got) == {("Lula da Silva", "CN")}
    got = _visits("A meeting between Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
                  "will take place in Washington next week.")
    assert set(got) == {("Fumio Kishida", "US"), ("Yoon Suk Yeol", "US")}
    assert all(v.status == "planned" for v in got.values())
    # countries talking are no people travelling
    assert _visits("Talks between Russia and Ukraine were held in Istanbul on Friday.") == {}


def test_a_place_after_since_or_abroad_is_no_destination_of_the_broad_reading():
    got = _visits("The Russian president Vladimir Putin has rarely travelled abroad since the start of the war "
                  "in Ukraine.")
    assert ("Vladimir Putin", "UA") not in got


def test_headed_for_a_place_and_a_delegation_led_by_someone():
    got = _visits("Emmanuel Macron headed for Abuja on Sunday.")
    assert set(got) == {("Emmanuel Macron", "NG")}
    assert _visits("Emmanuel Macron headed for talks with the unions on Sunday.") == {}
    got = _visits("The delegation, headed by Chinese Foreign Minister Wang Yi, will visit Kenya on Monday.")
    assert set(got) == {("Wang Yi", "KE")}
    assert got[("Wang Yi", "KE")].status == "planned"
    # a ministry leads no trip of a person
    assert _visits("A delegation led by the Kenyan trade ministry arrived in Beijing on Monday.") == {}


def test_joining_other_leaders_in_a_foreign_city_is_being_there():
    got = _visits("Emmanuel Macron joined fellow African leaders in Addis Ababa on Sunday.")
    assert set(got) == {("Emmanuel Macron", "ET")}
    assert got[("Emmanuel Macron", "ET")].start_date == dt.date(2024, 5, 12)
    assert _visits("Emmanuel Macron joined other leaders in condemning the attack.") == {}
