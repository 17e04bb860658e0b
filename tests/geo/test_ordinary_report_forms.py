"""Forms that ordinary visit reports use, found on a sample of news taken as a search returned it
(dev articles 700-718): a spokesman who reports the trip, a return home, a call paid at home,
a day told between "travel" and "to", the stop before told as "after a flight from", an event
held somewhere other than its usual seat, and hard-wrapped lines.

Every test runs the real geoparser and events stage on sentences written for the test.
"""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.text import split_sentences
from geo.values import Document

D = dt.date


def events(text: str, published: dt.date):
    doc = Document("t", text, published=published)
    return finish_events(*document_events(doc, geoparse(doc)))


def trips(text: str, published: dt.date = D(2016, 8, 18)) -> set[tuple]:
    """(traveller, host, first day) of every visit found."""
    return {(v.traveler, v.country, v.start_date) for v in events(text, published)[0]}


def hosts_of(text: str, who: str, published: dt.date = D(2016, 8, 18)) -> set[str]:
    return {c for t, c, _ in trips(text, published) if who in t}


# -- a spokesman reports the trip; he does not make it ---------------------------------------------

def test_a_trip_noun_in_what_a_spokesman_says_is_not_his_trip():
    text = ("Foreign Minister Joao Teixeira of Portugal will travel to Kenya and Nigeria next week. "
            "Ministry spokesman Carlos Amaral said the visit to Kenya would focus on trade.")
    assert not hosts_of(text, "Amaral")
    assert {"KE", "NG"} <= hosts_of(text, "Teixeira")


def test_he_after_a_spokesman_stays_with_the_traveller():
    text = ("Foreign Minister Joao Teixeira of Portugal will travel to Kenya and Nigeria next week. "
            "Ministry spokesman Carlos Amaral spoke to reporters on Thursday. "
            "In Nigeria, he would meet the president, the spokesman said.")
    assert not hosts_of(text, "Amaral")
    assert "NG" in hosts_of(text, "Teixeira")


def test_a_spokesman_who_travels_himself_is_still_a_traveller():
    text = "Ministry spokesman Carlos Amaral of Portugal flew to Kenya on Monday for talks."
    assert hosts_of(text, "Amaral") == {"KE"}


# -- a return home ------------------------------------------------------------------------------------

def test_the_place_a_traveller_of_unknown_country_returns_to_is_home():
    text = ("President Mara Velkova is paying a two-day state visit to Hungary and is scheduled "
            "to return to Sofia on Friday.")
    visits, ties = events(text, D(2021, 3, 23))
    assert {(v.traveler, v.country) for v in visits} == {("Mara Velkova", "HU")}
    assert [v.traveler_country for v in visits] == ["BG"]
    assert ("BG", "HU", "visit") in {(t.a, t.b, t.kind) for t in ties}


def test_a_return_of_a_traveller_whose_country_is_known_is_a_visit():
    text = "Secretary of State Antony Blinken, who is in Egypt, will return to Israel on Monday."
    assert {"EG", "IL"} <= hosts_of(text, "Blinken", D(2023, 10, 15))


# -- a call paid at home --------------------------------------------------------------------------------

def test_a_call_on_a_guest_under_the_callers_own_dateline_is_no_trip():
    text = ("Lusaka (Zambia): Ghanaian President Kofi Mensah arrived in Lusaka on Monday. "
            "Zambian Vice President Ruth Banda will call on Mensah on Tuesday.")
    found = trips(text, D(2019, 6, 4))
    assert ("Kofi Mensah", "ZM", D(2019, 6, 3)) in found
    assert not {c for t, c, _ in found if "Banda" in t}


def test_a_call_on_someone_abroad_is_still_a_trip():
    text = ("Lusaka (Zambia): Zambian Vice President Ruth Banda left for Accra on Monday. "
            "She will call on President Kofi Mensah of Ghana on Tuesday.")
    assert "GH" in hosts_of(text, "Banda", D(2019, 6, 4))


# -- a day between "travel" and "to" ---------------------------------------------------------------------

def test_a_day_told_between_travel_and_to():
    text = ("Secretary of State John Kerry will travel May 21 to Muscat. He will then travel "
            "May 24-25 to Addis Ababa.")
    found = trips(text, D(2013, 5, 18))
    assert ("John Kerry", "OM", D(2013, 5, 21)) in found
    assert ("John Kerry", "ET", D(2013, 5, 24)) in found


def test_a_day_between_travel_and_to_needs_a_traveller():
    assert trips("Delegations will travel May 21 to Muscat.", D(2013, 5, 18)) == set()


# -- the stop before: "after a flight from" ---------------------------------------------------------------

def test_after_a_flight_from_names_the_stop_before():
    text = ("Secretary of State John Kerry landed in Ethiopia on Sunday. His plane touched down "
            "at the airport after a short flight north from the Kenyan capital Nairobi.")
    assert {"ET", "KE"} <= hosts_of(text, "Kerry", D(2015, 7, 26))


def test_a_flight_from_ones_own_capital_is_no_visit():
    text = ("Kenyan President Uhuru Kenyatta landed in Ethiopia on Sunday after a short flight "
            "from Nairobi.")
    assert hosts_of(text, "Kenyatta", D(2015, 7, 26)) == {"ET"}


# -- an event held where the clause says ------------------------------------------------------------------

def test_an_event_in_a_where_clause_is_held_in_that_place_not_its_usual_seat():
    text = ("Secretary of State John Kerry will depart Addis Ababa on May 26 and return to Amman, "
            "where he will participate in the World Economic Forum.")
    assert "CH" not in hosts_of(text, "Kerry", D(2013, 5, 18))


def test_an_event_told_outside_a_where_clause_keeps_its_seat():
    text = ("Secretary of State John Kerry will fly to Jordan, then he will participate in the World "
            "Economic Forum.")
    assert hosts_of(text, "Kerry", D(2013, 1, 18)) == {"JO", "CH"}


# -- hard-wrapped lines --------------------------------------------------------------------------------------

def test_a_line_break_inside_a_sentence_does_not_end_it():
    t = "The minister landed in Nairobi on Sunday and\nmet the president.\nVisit ends"
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "The minister landed in Nairobi on Sunday and\nmet the president.", "Visit ends"]


def test_a_headline_line_still_ends_at_its_break():
    t = "Kerry in Kenya\nThe secretary arrived on Monday."
    assert [t[a:b] for a, b in split_sentences(t)] == ["Kerry in Kenya", "The secretary arrived on Monday."]


# -- whom "he" stands for ----------------------------------------------------------------------------------

def test_he_is_not_the_one_at_whose_invitation_the_visit_is_made():
    text = ("At the invitation of President Mara Velkova of Bulgaria, President Jonas Petraitis of "
            "Lithuania was on an official visit to Bulgaria. He had arrived in Sofia on Thursday.")
    found = trips(text, D(2018, 9, 4))
    assert not {c for t, c, _ in found if "Velkova" in t}
    assert ("Jonas Petraitis", "BG", D(2018, 8, 30)) in found


def test_he_after_talks_with_someone_stays_with_the_traveller():
    text = ("In talks with Prime Minister Ruth Banda of Zambia, Foreign Minister Joao Teixeira of Portugal "
            "discussed trade. He will fly to Malawi on Friday.")
    found = trips(text, D(2019, 6, 4))
    assert "MW" in {c for t, c, _ in found if "Teixeira" in t}
    assert not {c for t, c, _ in found if "Banda" in t}


def test_a_title_with_for_is_no_preposition():
    text = ("Minister for the Middle East Alistair Burt met Gulf ministers on Monday. "
            "He also travelled to Qatar.")
    assert hosts_of(text, "Burt", D(2011, 1, 14)) == {"QA"}


def test_his_in_an_aside_about_the_stop_is_the_one_named_after_it():
    text = ("Vice President Mike Pence is on a tour of Latin America. Argentine President Mauricio Macri "
            "praised the visit. In Panama, his last stop on the tour, Pence will discuss bilateral matters.")
    found = trips(text, D(2017, 8, 17))
    assert "PA" in {c for t, c, _ in found if "Pence" in t}
    assert not {c for t, c, _ in found if "Macri" in t}


def test_his_in_an_aside_about_someone_else_is_not_cataphoric():
    text = ("Vice President Mike Pence arrived in Panama on Monday. "
            "In Panama City, his host, President Juan Carlos Varela, welcomed him at the palace.")
    found = trips(text, D(2017, 8, 17))
    assert not {c for t, c, _ in found if "Varela" in t}


# -- a by-phrase holds the traveller, not another trip ---------------------------------------------------

def test_a_tour_of_a_region_with_a_visit_to_a_country():
    text = "Foreign Secretary Boris Johnson begins a tour of Latin America today with a visit to Peru."
    assert ("Boris Johnson", "PE", D(2018, 5, 19)) in trips(text, D(2018, 5, 19))


def test_a_visit_by_a_named_traveller_still_names_him():
    assert hosts_of("A visit by Foreign Secretary Boris Johnson to Peru is planned.", "Johnson",
                    D(2018, 5, 10)) == {"PE"}


# -- glued initials ------------------------------------------------------------------------------------------

def test_glued_initials_stay_with_the_name():
    found = trips("Minister of State V.K. Singh of India left for Kuwait on Monday.", D(2018, 9, 4))
    assert {(t, c) for t, c, _ in found} == {("V.K. Singh", "KW")}


def test_an_abbreviated_country_before_a_title_is_no_name():
    found = trips("U.S. President Joe Biden arrived in Hanoi on Monday.", D(2023, 9, 12))
    assert {(t, c) for t, c, _ in found} == {("Joe Biden", "VN")}


# -- a call on a guest ---------------------------------------------------------------------------------------

def test_a_call_on_a_guest_is_paid_where_the_guest_is():
    text = ("Pakistani Prime Minister Imran Khan arrived in Beijing on Monday. Earlier, Chinese "
            "Premier Li Keqiang called on Khan.")
    found = trips(text, D(2018, 11, 4))
    assert {(t, c) for t, c, _ in found} == {("Imran Khan", "CN")}


def test_a_call_told_with_its_place_is_a_trip():
    text = ("Pakistani Prime Minister Imran Khan arrived in Beijing on Monday. Chinese Premier Li Keqiang "
            "will call on President Arif Alvi in Islamabad next month.")
    assert "PK" in hosts_of(text, "Li Keqiang", D(2018, 11, 4))


def test_a_nickname_after_a_name_in_an_opening_phrase_is_not_the_subject():
    text = ("Ahead of the state visit of Prime Minister Pushpa Kamal Dahal 'Prachanda' to India, Foreign "
            "Minister Prakash Sharan Mahat of Nepal will travel to New Delhi on Sunday.")
    found = trips(text, D(2016, 9, 9))
    assert ("Prakash Sharan Mahat", "IN", D(2016, 9, 11)) in found
    assert (("Pushpa Kamal Dahal", "IN", D(2016, 9, 11))) not in found


def test_a_nickname_of_the_subject_keeps_him_the_subject():
    text = "Prime Minister Pushpa Kamal Dahal 'Prachanda' will travel to India on Wednesday."
    assert hosts_of(text, "Dahal", D(2023, 5, 27)) == {"IN"}


# -- a trip something happens ahead of ---------------------------------------------------------------------

def test_a_trip_told_ahead_of_is_still_to_come_and_has_no_day_of_the_clause():
    text = ("Ahead of Prime Minister Narendra Modi's visit to the United States, Foreign Secretary "
            "Vinay Kwatra briefed reporters on Monday.")
    visits, _ = events(text, D(2023, 6, 14))
    assert [(v.country, v.start_date, v.status) for v in visits if "Modi" in v.traveler] == [("US", None, "planned")]


def test_a_trip_told_ahead_of_keeps_a_day_of_its_own():
    text = "Ahead of his visit to Japan on June 20, Prime Minister Narendra Modi spoke to reporters on Monday."
    visits, _ = events(text, D(2023, 6, 14))
    assert [(v.country, v.start_date, v.status) for v in visits] == [("JP", D(2023, 6, 20), "planned")]


def test_a_visit_begun_on_a_day_is_not_ahead_of_anything():
    visits, _ = events("Prime Minister Narendra Modi's visit to the United States began on Monday.",
                       D(2023, 6, 14))
    assert [(v.country, v.start_date) for v in visits] == [("US", D(2023, 6, 12))]


# -- "arrived on Thursday to attend": a purpose, not a plan -------------------------------------------------

def test_an_arrival_on_a_weekday_to_attend_a_summit_is_under_way():
    visits, _ = events("Prime Minister Shehbaz Sharif of Pakistan arrived in Tashkent on Thursday to attend "
                       "the summit.", D(2022, 9, 15))
    assert [(v.country, v.start_date, v.status) for v in visits] == [("UZ", D(2022, 9, 15), "ongoing")]


def test_a_headline_name_to_attend_is_still_a_plan():
    visits, _ = events("Pakistani Prime Minister Shehbaz Sharif to attend SCO summit in Tashkent", D(2022, 9, 10))
    assert [(v.country, v.status) for v in visits] == [("UZ", "planned")]


def test_left_one_country_on_a_weekday_afternoon_for_the_next():
    visits, _ = events("President Barack Obama left Kenya on Sunday afternoon for Ethiopia.", D(2015, 7, 26))
    assert ("ET", D(2015, 7, 26)) in {(v.country, v.start_date) for v in visits}


def test_left_for_names_no_next_stop_when_for_is_a_purpose():
    visits, _ = events("President Barack Obama left Kenya on Sunday afternoon for talks at home.", D(2015, 7, 26))
    assert {v.country for v in visits} == {"KE"}


# -- a title with a portfolio of two words -----------------------------------------------------------------

def test_a_portfolio_with_and_before_a_name_in_apposition():
    text = ("The German minister for Economic and Development Cooperation, Gerd Müller, arrived in Maputo "
            "on Saturday. From Mozambique, the German minister heads to Botswana on Monday.")
    assert hosts_of(text, "Müller", D(2018, 8, 25)) == {"MZ", "BW"}


def test_a_portfolio_with_and_before_a_name():
    assert hosts_of("Minister for Trade and Industry Piyush Goyal arrived in London on Monday.", "Goyal",
                    D(2018, 8, 25)) == {"GB"}


def test_a_name_after_of_and_a_country_is_not_a_portfolio():
    text = ("President of Egypt Abdel Fattah El-Sisi, South Korean President Yoon Suk Yeol and Australia's "
            "Prime Minister Anthony Albanese also landed in Delhi on Friday.")
    assert {t for t, c, _ in trips(text, D(2023, 9, 9))} == {"Abdel Fattah El-Sisi", "Yoon Suk Yeol",
                                                             "Anthony Albanese"}


# -- "landed here": the story is filed where the traveller is -----------------------------------------------

def test_arrived_here_with_no_day_is_under_way():
    text = "NEW DELHI: Comoros President Azali Assoumani also arrived here to a rousing welcome."
    visits, _ = events(text, D(2023, 9, 9))
    assert [(v.country, v.status) for v in visits] == [("IN", "ongoing")]


def test_had_visited_here_long_ago_is_over():
    text = "NEW DELHI: Comoros President Azali Assoumani had visited here in 2015."
    visits, _ = events(text, D(2023, 9, 9))
    assert [(v.country, v.status) for v in visits] == [("IN", "completed")]


def test_each_of_a_list_that_landed_here_is_a_traveller():
    text = ("NEW DELHI: Egyptian President Abdel Fattah El-Sisi, South Korean President Yoon Suk Yeol and "
            "Australian Prime Minister Anthony Albanese also landed here on Friday.")
    assert {t for t, c, _ in trips(text, D(2023, 9, 9))} == {"Abdel Fattah El-Sisi", "Yoon Suk Yeol",
                                                             "Anthony Albanese"}


def test_a_host_named_after_the_guest_who_landed_here_is_no_traveller():
    text = "NEW DELHI: Egyptian President Abdel Fattah El-Sisi landed here on Friday and met Prime Minister Modi."
    assert {t for t, c, _ in trips(text, D(2023, 9, 9))} == {"Abdel Fattah El-Sisi"}


def test_each_leader_of_an_including_list_is_a_traveller():
    text = ("Several world leaders, including US President Joe Biden and British Prime Minister Rishi Sunak, "
            "arrived in New Delhi on Friday.")
    assert {t for t, c, _ in trips(text, D(2023, 9, 9))} == {"Joe Biden", "Rishi Sunak"}


def test_an_including_list_received_by_a_host_makes_no_traveller_of_the_host():
    text = ("Prime Minister Narendra Modi received several leaders, including US President Joe Biden and "
            "British Prime Minister Rishi Sunak, at the airport in New Delhi on Friday.")
    assert not {c for t, c, _ in trips(text, D(2023, 9, 9)) if "Modi" in t}


# -- "who" right after a name ------------------------------------------------------------------------------

def test_who_right_after_a_name_is_that_person():
    text = ("Vietnamese Prime Minister Pham Minh Chinh on December 8 hosted a welcome ceremony for his "
            "Belarusian counterpart Roman Golovchenko who is paying an official visit to Vietnam from December 6-9.")
    assert trips(text, D(2023, 12, 8)) == {("Roman Golovchenko", "VN", D(2023, 12, 6))}


def test_who_after_a_plural_noun_is_not_the_last_person_named():
    text = "German Chancellor Olaf Scholz met US President Joe Biden and reporters who will travel to Paris."
    assert not {c for t, c, _ in trips(text, D(2023, 12, 8)) if "Biden" in t}


# -- ties: a war talked about is a topic ---------------------------------------------------------------------

def test_talks_on_the_civil_war_in_a_country_do_not_tie_it():
    _, ties = events("President Barack Obama will hold talks with regional leaders on the civil war in South Sudan.",
                     D(2015, 7, 26))
    assert not {(t.a, t.b) for t in ties if "SS" in (t.a, t.b)}


def test_a_war_on_a_country_still_ties_the_two():
    _, ties = events("Russia launched a war on Ukraine in February.", D(2022, 3, 1))
    assert ("RU", "UA", "conflict") in {(t.a, t.b, t.kind) for t in ties}


# -- "left for" with no day ----------------------------------------------------------------------------------

def test_left_for_a_country_with_no_day_is_under_way():
    visits, _ = events("Chinese President Xi Jinping left for Nepal after a summit in India.", D(2019, 10, 12))
    assert ("NP", "ongoing") in {(v.country, v.status) for v in visits}


def test_left_for_the_airport_is_no_new_trip_under_way():
    visits, _ = events("After lunch, Chinese President Xi Jinping left for Chennai Airport.", D(2019, 10, 12))
    assert ("IN", "ongoing") not in {(v.country, v.status) for v in visits}
