"""Stops of a trip told without a verb of travel, and lists of stops that a hard line wrap cuts.

Sentences of our own. Each test runs the real geoparser and the events stage; the negative cases check
that nearby wording that is no stop of the traveller stays quiet.
"""

from __future__ import annotations

import datetime as dt

from geo.text import split_sentences

from .conftest import stops_of, trips_of

D = dt.date(2022, 6, 1)


def visits(text: str, published: dt.date = D):
    return trips_of(text, published)


def found(text: str, published: dt.date = D) -> set[tuple[str, str]]:
    return stops_of(text, published)


# a hard-wrapped line that ends on a word no sentence ends on --------------------------------------

def test_a_line_ending_on_an_article_wraps_on_into_the_next_line():
    text = "He toured Peru, Chile and the\nDominican Republic last week.\nNext item"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "He toured Peru, Chile and the\nDominican Republic last week.", "Next item"]


def test_a_headline_line_with_no_stop_still_ends_its_sentence():
    text = "Kenyan leader visits Japan\nPresident William Ruto arrived in Tokyo on Monday."
    assert len(split_sentences(text)) == 2


def test_the_stops_of_a_list_cut_by_a_line_wrap_are_all_read():
    text = ("Chinese Premier Li Qiang arrived in Kenya on Friday. He came to Kenya after touring Egypt, Ghana, the\n"
            "Republic of the Congo and Angola.")
    assert {("Qiang", "EG"), ("Qiang", "GH"), ("Qiang", "CG"), ("Qiang", "AO")} <= found(text)


# a trip noun and its stops in brackets or after a colon --------------------------------------------

def test_a_bracketed_list_after_a_trip_noun_names_its_stops():
    text = "Spanish Prime Minister Pedro Sanchez began a four-nation tour (Mauritania, Gambia, Senegal and Mali) on Monday."
    assert {("Sanchez", "MR"), ("Sanchez", "GM"), ("Sanchez", "SN"), ("Sanchez", "ML")} <= found(text)


def test_a_colon_list_after_a_trip_noun_names_its_stops_and_their_status():
    text = "Italian Prime Minister Giorgia Meloni will set off next week on a tour of three Gulf states: Oman, Qatar and Kuwait."
    got = visits(text)
    assert {(v.country, v.status) for v in got} >= {("OM", "planned"), ("QA", "planned"), ("KW", "planned")}


def test_a_bracket_that_holds_other_words_is_no_list_of_stops():
    text = ("Italian Prime Minister Giorgia Meloni arrived in Oman on Monday. The visit (her first since talks with "
            "Qatar stalled) will focus on energy.")
    assert ("Meloni", "QA") not in found(text)


def test_a_bracketed_list_after_a_word_that_is_no_trip_is_no_itinerary():
    text = "Italian Prime Minister Giorgia Meloni arrived in Oman on Monday. The talks (Qatar and Kuwait) ended early."
    got = found(text)
    assert ("Meloni", "QA") not in got and ("Meloni", "KW") not in got


# a part of a trip named by its place ----------------------------------------------------------------

def test_the_leg_of_a_trip_named_by_its_place_is_a_stop_of_the_story_traveller():
    text = ("Canadian Prime Minister Mark Carney arrived in Berlin on Monday. The Polish leg of the trip "
            "begins on Wednesday.")
    got = {(v.country, v.status) for v in visits(text) if v.traveler.endswith("Carney")}
    assert ("PL", "ongoing") in got or ("PL", "planned") in got


def test_a_leg_named_by_apposition_is_a_stop():
    text = ("German Chancellor Olaf Scholz is on a South American tour that began in Argentina. The last leg, in "
            "Santiago, includes talks with President Boric.")
    assert ("Scholz", "CL") in found(text)


def test_a_leg_with_no_trip_told_before_is_no_stop():
    text = "The Polish leg of the relay begins on Wednesday, organisers said."
    assert not visits(text)


def test_a_place_leg_of_someone_else_stays_his_own_host():
    text = ("Canadian Prime Minister Mark Carney arrived in Berlin on Monday. The Canadian leg of the trip "
            "was cancelled.")
    assert ("Carney", "CA") not in found(text)


# a list of stops goes on past an item's apposition -------------------------------------------------

def test_an_apposition_after_a_stop_does_not_end_the_list():
    text = "Kenyan President William Ruto will travel to Japan, the country's biggest lender, and South Korea next month."
    assert {("Ruto", "JP"), ("Ruto", "KR")} <= found(text)


def test_a_clause_after_a_stop_ends_the_list():
    text = "Kenyan President William Ruto will travel to Japan, the ministry said, and South Korea was not mentioned."
    got = found(text)
    assert ("Ruto", "JP") in got and ("Ruto", "KR") not in got


# meetings told in several countries at once ------------------------------------------------------

def test_talks_held_in_two_countries_are_two_stops_of_each_traveller():
    text = ("Australian Foreign Minister Penny Wong and Defence Minister Richard Marles held talks in Japan and "
            "South Korea last week.")
    assert {("Wong", "JP"), ("Wong", "KR"), ("Marles", "JP"), ("Marles", "KR")} <= found(text)


# the stop left, told by going home from it or flying in from it --------------------------------

def test_heading_home_from_a_city_places_the_traveller_there_before():
    text = ("Japanese Prime Minister Fumio Kishida signed a security pact with Australia on Friday before heading "
            "home from Canberra on Saturday.")
    assert ("Kishida", "AU") in found(text)


def test_heading_a_delegation_from_a_country_is_no_stop():
    text = "Japanese Prime Minister Fumio Kishida is heading a delegation from Tokyo that will meet traders from Australia."
    assert ("Kishida", "AU") not in found(text)


def test_flying_in_from_a_city_places_the_traveller_there_before():
    text = "Malaysian Prime Minister Anwar Ibrahim, flying in from Hanoi, was received in Manila on Sunday."
    assert ("Ibrahim", "VN") in found(text)


# what was done at the stop before the main clause -----------------------------------------------

def test_after_talks_in_a_city_the_subject_was_there():
    text = "Australian Foreign Minister Penny Wong toured South America this week. After talks in Lima, she flew to Quito."
    got = {(v.country, v.status) for v in visits(text)}
    assert ("PE", "completed") in got and ("EC", "completed") in got


def test_after_talks_in_a_city_officials_speaking_is_no_trip():
    text = "After talks in Geneva, officials said the ceasefire would hold."
    assert not visits(text)


# a traveller placed by an apposition after his name ---------------------------------------------

def test_a_traveller_placed_by_an_apposition_was_there():
    text = "Australian Foreign Minister Penny Wong arrived in Lima on Monday. Wong, in Quito on Tuesday, said trade was growing."
    got = {(v.country, v.start_date) for v in visits(text) if v.traveler.endswith("Wong")}
    assert ("EC", dt.date(2022, 5, 31)) in got


def test_an_apposition_in_the_traveller_s_own_country_is_no_visit():
    text = "Australian Foreign Minister Penny Wong, in Canberra, said the talks with Peru went well."
    assert not visits(text)


def test_a_byline_placed_in_a_city_is_no_traveller():
    text = "Jane Doe, in London, reported that the talks had failed."
    assert not visits(text)


# a leader met before going on: the stop told by the leader's country ------------------------------

def test_a_leader_met_before_heading_on_places_the_traveller_in_his_country():
    text = ("US Defense Secretary Lloyd Austin signed a defence agreement with Peru's President Dina Boluarte on "
            "Tuesday before heading to Bogota.")
    got = {(v.country, v.confidence < 0.5) for v in visits(text) if v.traveler.endswith("Austin")}
    assert ("PE", True) in got and ("CO", False) in got


def test_a_leader_met_where_the_clause_names_a_place_is_the_meeting_readers():
    text = ("US Defense Secretary Lloyd Austin met Peru's President Dina Boluarte in Washington on Tuesday before "
            "heading to Bogota.")
    assert ("Austin", "PE") not in found(text)


def test_a_leader_met_before_flying_to_his_own_country_is_no_earlier_stop():
    text = "US Defense Secretary Lloyd Austin met Peru's President Dina Boluarte on Tuesday before flying to Lima."
    got = {(v.country, v.how.split(":")[0]) for v in visits(text) if v.traveler.endswith("Austin")}
    assert ("PE", "met-then-left") not in got


# a place told first after a time ---------------------------------------------------------------

def test_a_place_told_first_after_a_day_places_the_subject():
    text = ("US Secretary of State Antony Blinken is on a tour of Southeast Asia. On Monday in Hanoi, Blinken and "
            "Prime Minister Pham Minh Chinh signed a deal.")
    got = {(v.country, v.start_date) for v in visits(text) if v.traveler.endswith("Blinken")}
    assert ("VN", dt.date(2022, 5, 30)) in got


def test_a_place_told_first_after_a_day_with_no_one_named_is_no_visit():
    text = "On Monday in Hanoi, officials said the talks had gone well."
    assert not visits(text)


# the ends of a trip told with the trip as object, or after "before" --------------------------------

def test_a_trip_begun_with_a_country_has_that_country_as_a_stop():
    text = "Indian Prime Minister Narendra Modi began his five-nation visit with Ghana on Wednesday."
    assert ("Modi", "GH") in found(text)


def test_the_end_of_a_trip_told_after_before_is_a_later_stop():
    text = "French President Emmanuel Macron arrived in Hanoi on Sunday. Macron then heads to Jakarta before finishing in Singapore."
    got = {(v.country, v.status) for v in visits(text)}
    assert ("SG", "planned") in got and ("ID", "planned") in got


def test_talks_that_ended_in_a_city_are_no_trip_end():
    text = "Talks between the two sides ended in Geneva on Friday without a deal, diplomats said."
    assert not visits(text)


def test_stops_told_by_a_perfect_participle_are_over_whatever_the_main_clause_plans():
    text = ("US Secretary of State Antony Blinken arrived in Amman on Wednesday. Having visited Turkey and Greece, "
            "Blinken will meet King Abdullah.")
    got = {(v.country, v.status) for v in visits(text)}
    assert ("TR", "completed") in got and ("GR", "completed") in got


# who only speaks does not become the story's traveller -------------------------------------------

def test_a_host_who_only_speaks_does_not_take_the_next_stops_of_the_trip():
    text = ("US Secretary of State Antony Blinken met Vietnamese President Vo Van Thuong in Hanoi on Monday. "
            "Thuong said Vietnam wanted closer ties. The trip also takes in Indonesia and the Philippines.")
    got = found(text)
    assert {("Blinken", "ID"), ("Blinken", "PH")} <= got
    assert ("Thuong", "ID") not in got


def test_a_stop_told_after_a_host_speaks_is_the_travellers():
    text = ("US Secretary of State Antony Blinken met Vietnamese President Vo Van Thuong in Hanoi on Monday. "
            "Thuong said Vietnam wanted closer ties. Indonesia is the next stop.")
    assert ("Blinken", "ID") in found(text)


def test_places_told_as_the_other_stops_are_stops_of_the_traveller():
    text = ("US Secretary of State Antony Blinken arrived in Hanoi on Monday. He was greeted by Foreign Minister "
            "Bui Thanh Son. Jakarta and Manila are the other stops.")
    assert {("Blinken", "ID"), ("Blinken", "PH")} <= found(text)


def test_the_other_stops_of_a_relay_are_no_one_s_trip():
    text = "Jakarta and Manila are the other stops of the torch relay, organisers said."
    assert not visits(text)


# a host at home does not take the traveller's tour -------------------------------------------------

def test_a_host_at_home_does_not_take_the_tour_told_after_him():
    text = ("Russian Foreign Minister Sergei Lavrov held talks with Egyptian Foreign Minister Sameh Shoukry in Cairo "
            "on Sunday. Shoukry welcomed Russia's support. The tour continues to Uganda and Ethiopia.")
    got = found(text)
    assert {("Lavrov", "UG"), ("Lavrov", "ET")} <= got
    assert not any(who == "Shoukry" for who, _ in got)


def test_a_traveller_at_home_before_his_trip_keeps_the_story():
    text = ("U.S. President Barack Obama is back in Washington after a ten-day Asian tour. "
            "The trip began in India, where Mr. Obama signed trade deals.")
    assert ("Obama", "IN") in found(text)


# a trip told by someone else, and "take him first to" -------------------------------------------

def test_a_trip_that_takes_him_first_to_a_country():
    text = "Secretary of State Antony Blinken heads to Asia this week on a trip that will take him first to Japan."
    assert ("Blinken", "JP") in found(text)


def test_the_end_of_the_story_s_trip_told_by_a_spokesman():
    text = ("Secretary of State Antony Blinken heads to Asia this week. The spokesman Ned Price said the trip would "
            "end in India.")
    got = found(text)
    assert ("Blinken", "IN") in got and ("Price", "IN") not in got


# a visitor meeting the host's leader under the host's dateline ------------------------------------

def test_a_visitor_meeting_the_host_leader_under_the_host_dateline_came_there():
    text = ("BRASILIA (Reuters) - German Chancellor Olaf Scholz held talks with Brazilian President Luiz Inacio "
            "Lula da Silva on Monday. The chancellor had earlier visited Argentina and Chile, the first two stops "
            "of his South American tour.")
    got = {(v.country, v.confidence < 0.5) for v in visits(text) if v.traveler.endswith("Scholz")}
    assert {("BR", True), ("AR", False), ("CL", False)} <= got


def test_a_visitor_meeting_a_third_country_s_leader_under_a_dateline_is_no_visit_there():
    text = ("BRASILIA (Reuters) - German Chancellor Olaf Scholz held talks with Argentine President Alberto "
            "Fernandez on Monday.")
    assert ("Scholz", "BR") not in found(text)


def test_talks_by_phone_under_the_host_dateline_are_no_visit():
    text = ("BRASILIA (Reuters) - German Chancellor Olaf Scholz held talks by phone with Brazilian President Luiz "
            "Inacio Lula da Silva on Monday.")
    assert ("Scholz", "BR") not in found(text)


def test_a_relative_clause_on_a_stop_does_not_end_the_list():
    text = ("Indian Prime Minister Narendra Modi arrived in Nigeria on Saturday. Modi's itinerary also includes "
            "Brazil, where he will attend the G20 summit, and Guyana.")
    assert {("Modi", "BR"), ("Modi", "GY")} <= found(text)
