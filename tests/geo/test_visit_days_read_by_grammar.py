"""A visit's day and status read from the grammar of English news, on sentences written for the test.

Each test runs the real geoparser and events stage; the sentences are ours, built to show one
construction each (a past verb governing a weekday, a tour's first day, an undated arrival, ...).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import visits_of


D = dt.date


def visits(text: str, published: dt.date):
    return visits_of(text, published)


def days(text: str, published: dt.date, who: str) -> dict[str, dt.date | None]:
    """host -> first day of every visit of ``who``."""
    return {v.country: v.start_date for v in visits(text, published) if who in v.traveler}


# -- a weekday governed by a past verb is the one gone by, whatever the tense of the sentence --------------

def test_a_weekday_after_a_past_verb_and_its_object_is_the_last_one():
    # Wednesday 2019-03-13: "embarked on ... on Monday" is the Monday before, though the plan is told ahead
    text = ("Foreign Minister Marise Payne embarked on the five-day tour on Monday and will visit "
            "Indonesia and Malaysia.")
    assert days(text, D(2019, 3, 13), "Payne").get("ID") in (D(2019, 3, 11), None)
    text = ("Foreign Minister Marise Payne, who arrived in Indonesia on Monday as part of a tour, will travel "
            "to Malaysia today.")
    found = days(text, D(2019, 3, 13), "Payne")
    assert found["ID"] == D(2019, 3, 11)
    assert found["MY"] == D(2019, 3, 13)


def test_a_weekday_after_will_and_a_past_word_is_still_ahead():
    # "will" between the past verb and the day: the day is the plan's, not the departure's
    text = "Foreign Minister Marise Payne left Canberra and will arrive in Indonesia on Friday."
    assert days(text, D(2019, 3, 13), "Payne") == {"ID": D(2019, 3, 15)}


# -- a tour's first day is not the day of a later leg ------------------------------------------------------

def test_the_start_of_a_tour_does_not_date_its_last_leg():
    # the tour runs May 4-11 and the story is of May 11: the tour's first day must not become Kenya's
    text = ("Premier Li Peng left Nairobi on Saturday at the end of his two-day visit to Kenya. "
            "Kenya is the last leg of Li's eight-day Africa tour starting from May 4.")
    assert days(text, D(1996, 5, 11), "Li") == {"KE": D(1996, 5, 10)}


def test_the_start_of_a_tour_still_dates_its_first_stop():
    text = "Kenya is the first stop of Premier Li Peng's six-day Africa tour starting from May 5."
    assert days(text, D(1996, 5, 3), "Li") == {"KE": D(1996, 5, 5)}


# -- an arrival told with no day is the story's own day ------------------------------------------------------

def test_an_arrival_with_no_day_is_dated_to_the_story():
    text = "President Gustavo Petro of Colombia arrived in Ecuador on an official visit."
    found = [(v.country, v.start_date, v.status) for v in visits(text, D(2024, 4, 5)) if "Petro" in v.traveler]
    assert found == [("EC", D(2024, 4, 5), "ongoing")]


def test_an_arrival_dated_elsewhere_in_the_story_keeps_that_day():
    text = ("President Gustavo Petro of Colombia arrived in Ecuador on an official visit. "
            "Petro landed in Quito on Wednesday evening and was received by President Daniel Noboa.")
    assert days(text, D(2024, 4, 5), "Petro") == {"EC": D(2024, 4, 3)}


def test_an_arrival_told_as_background_gets_no_day_of_the_story():
    text = "Petro, who had arrived in Ecuador years before as a student, spoke of the border."
    assert all(v.start_date != D(2024, 4, 5) for v in visits(text, D(2024, 4, 5)))


# -- a day told of a stop in a sentence that names the traveller by a pronoun -----------------------------

def test_a_later_sentence_with_a_pronoun_dates_each_stop_of_a_tour():
    # Saturday 2022-03-12: the tour's range is told first, each stop's weekday later with "he"
    text = ("EU foreign policy chief Josep Borrell will travel to North Macedonia and Albania on 13-16 March. "
            "On Monday, Borrell will be in Skopje. "
            "On Wednesday, the High Representative will travel to Tirana, where he will meet Prime Minister "
            "Edi Rama.")
    found = {v.country: (v.start_date, v.status) for v in visits(text, D(2022, 3, 12)) if "Borrell" in v.traveler}
    assert found["AL"] == (D(2022, 3, 16), "planned")


# -- a leader's party shares the day of the leader's stay ------------------------------------------------

def test_the_members_of_a_delegation_share_the_day_their_leader_arrived():
    text = ("President William Ruto, who embarked on a state visit to China at the invitation of President Xi "
            "Jinping, arrived at Beijing International Airport today. The delegation accompanying President "
            "Ruto includes Minister of Foreign Affairs Musalia Mudavadi and Minister of Trade Rebecca Miano.")
    found = {(v.country, v.start_date, v.status) for v in visits(text, D(2023, 10, 16)) if "Mudavadi" in v.traveler}
    assert found == {("CN", D(2023, 10, 16), "ongoing")}


def test_a_travel_verb_in_the_past_keeps_its_day_beside_a_clause_of_plans():
    # Wednesday 2024-05-15: "flew ... on Tuesday" is yesterday; "and will meet ... on Thursday" is its own clause
    text = ("Japanese Prime Minister Fumio Kishida flew to France on Tuesday and will meet President "
            "Emmanuel Macron on Thursday.")
    assert days(text, D(2024, 5, 15), "Kishida") == {"FR": D(2024, 5, 14)}


# -- a weekday told in a later sentence belongs to the week the story gave the trip ----------------------

def test_a_weekday_told_after_next_week_is_that_weeks():
    # Wednesday 2024-05-15: "next week" is May 20-26, so its Thursday is May 23, not tomorrow
    text = ("Japanese Prime Minister Fumio Kishida will visit France next week. Kishida will arrive in Paris "
            "on Thursday for talks with President Emmanuel Macron.")
    assert days(text, D(2024, 5, 15), "Kishida") == {"FR": D(2024, 5, 23)}


def test_a_weekday_of_another_host_is_not_pinned_to_the_week():
    text = ("Japanese Prime Minister Fumio Kishida will visit France next week. Kishida will be in Berlin "
            "on Thursday for talks with Chancellor Olaf Scholz.")
    assert days(text, D(2024, 5, 15), "Kishida").get("DE") == D(2024, 5, 16)


# -- an aside that tells when the trip starts --------------------------------------------------------------

def test_an_aside_on_the_trip_gives_its_first_day():
    text = "Japanese Prime Minister Fumio Kishida's visit to France, which starts on Thursday, will focus on trade."
    found = [(v.country, v.start_date, v.status) for v in visits(text, D(2024, 5, 15))]
    assert found == [("FR", D(2024, 5, 16), "planned")]


def test_an_aside_on_a_summit_does_not_date_an_arrival():
    text = ("Indonesian President Joko Widodo arrived in the Philippines for the summit, which will begin "
            "on Monday.")
    assert days(text, D(2017, 11, 12), "Widodo").get("PH") != D(2017, 11, 13)


def test_the_stops_of_a_list_of_days_ahead_run_in_order():
    # Wednesday 2024-05-15: "Germany on Wednesday" after "France on Monday" is the Wednesday after that Monday
    text = "Japanese Prime Minister Fumio Kishida will visit France on Monday and Germany on Wednesday."
    assert days(text, D(2024, 5, 15), "Kishida") == {"FR": D(2024, 5, 20), "DE": D(2024, 5, 22)}


# -- a stay told after "after", with its length, ends on the main clause's day -----------------------------

@pytest.mark.parametrize("text, first", [
    ("Japanese Prime Minister Fumio Kishida returned home on Tuesday after a three-day visit to France.",
     D(2024, 5, 12)),
    ("Japanese Prime Minister Fumio Kishida arrived in Germany on Tuesday after a two-day visit to France.",
     D(2024, 5, 13)),
    ("Japanese Prime Minister Fumio Kishida arrived in Germany on Tuesday after two days in France.",
     D(2024, 5, 13)),
    ("Japanese Prime Minister Fumio Kishida left for home last evening after wrapping up his two-day France "
     "visit.", D(2024, 5, 13)),
])
def test_a_stay_ended_by_the_main_clause_is_counted_back_from_its_day(text, first):
    found = {v.country: (v.start_date, v.status) for v in visits(text, D(2024, 5, 15)) if "Kishida" in v.traveler}
    assert found["FR"] == (first, "completed")


def test_a_stay_with_no_length_after_the_main_clause_gets_no_day_of_it():
    text = "Japanese Prime Minister Fumio Kishida returned home on Tuesday after a visit to France."
    assert days(text, D(2024, 5, 15), "Kishida") == {"FR": None}


def test_a_stay_under_way_told_by_its_length_and_last_day_is_counted_back():
    text = "Japanese Prime Minister Fumio Kishida is on a four-day visit to France that ends on Friday."
    found = [(v.country, v.start_date, v.end_date, v.status) for v in visits(text, D(2024, 5, 15))]
    assert found == [("FR", D(2024, 5, 14), D(2024, 5, 17), "ongoing")]


@pytest.mark.parametrize("verb", ["has been in", "has been visiting"])
def test_a_stay_told_since_its_first_day_began_that_day_and_goes_on(verb):
    text = f"Japanese Prime Minister Fumio Kishida {verb} France since Monday."
    found = [(v.country, v.start_date, v.status) for v in visits(text, D(2024, 5, 15))]
    assert found == [("FR", D(2024, 5, 13), "ongoing")]


def test_since_an_event_is_still_no_day_of_the_visit():
    text = "Japanese Prime Minister Fumio Kishida, in office since October, will visit France."
    assert days(text, D(2024, 5, 15), "Kishida") == {"FR": None}


# -- the last stop of a tour told by the words that end the tour -------------------------------------------

def test_the_last_stop_of_a_tour_keeps_the_day_the_tour_ends_there():
    text = "Indian Prime Minister Narendra Modi ended his three-nation Africa tour in Uganda on Friday."
    assert days(text, D(2024, 5, 18), "Modi") == {"UG": D(2024, 5, 17)}


def test_a_tour_of_one_country_ended_with_its_length_is_counted_back():
    text = "Indian Prime Minister Narendra Modi wrapped up his three-day tour in Uganda on Friday."
    assert days(text, D(2024, 5, 18), "Modi") == {"UG": D(2024, 5, 15)}


# -- the tense of the cue's own verb group ------------------------------------------------------------------

def test_a_modal_right_before_the_travel_verb_makes_it_ahead_beside_a_done_trip():
    text = ("US Defense Secretary Leon Panetta completed a two-day visit to Japan on Monday and will go to "
            "New Zealand.")
    found = {v.country: v.status for v in visits(text, D(2012, 9, 19)) if "Panetta" in v.traveler}
    assert found["NZ"] == "planned"


def test_a_stay_fronted_by_after_takes_the_tense_of_the_main_clause():
    text = ("After spending three days in Malaysia, King Salman of Saudi Arabia will fly to Indonesia "
            "for a nine-day visit.")
    found = {v.country: v.status for v in visits(text, D(2017, 2, 26)) if "Salman" in v.traveler}
    assert found["MY"] == "planned"


def test_a_trip_just_embarked_on_is_under_way():
    text = "Zambian President Hakainde Hichilema has embarked on a state visit to Mozambique."
    found = [(v.country, v.status) for v in visits(text, D(2023, 3, 2))]
    assert found == [("MZ", "ongoing")]


def test_a_capital_reached_with_no_day_is_reached_that_day():
    text = "Abdulla Yameen, President of the Maldives, also reached New Delhi for the ceremony."
    found = [(v.country, v.start_date, v.status) for v in visits(text, D(2014, 5, 26))]
    assert found == [("IN", D(2014, 5, 26), "ongoing")]


def test_a_trip_dated_by_a_day_gone_by_is_over_whatever_the_words_of_plans():
    text = ("King Frederik's visit to Poland last week was planned before his mother announced her "
            "abdication.")
    found = [(v.country, v.status) for v in visits(text, D(2024, 1, 16)) if "Frederik" in v.traveler]
    assert found == [("PL", "completed")]


def test_a_day_gone_by_of_setting_out_does_not_close_the_legs_ahead():
    text = ("Defense Secretary Ash Carter embarked yesterday on a trip that will take him to Singapore, "
            "Vietnam and India.")
    found = {v.country: v.status for v in visits(text, D(2015, 5, 27)) if "Carter" in v.traveler}
    assert found.get("IN") == "planned"


@pytest.mark.parametrize("place", ["Fiji", "New Zealand", "Papua New Guinea"])
def test_a_purpose_after_a_place_of_any_length_is_no_headline_plan(place):
    text = f"Prime Minister Enele Sopoaga travelled to {place} to pay a courtesy visit to the new prime minister."
    found = [v.status for v in visits(text, D(2018, 2, 26)) if "Sopoaga" in v.traveler]
    assert found == ["completed"]


def test_a_headline_plan_is_still_ahead():
    found = [v.status for v in visits("Xi Jinping to visit New Zealand next month", D(2018, 2, 26))]
    assert found == ["planned"]


def test_heading_somewhere_is_ahead_whatever_comes_between_the_verb_and_the_place():
    from geo.status import tense

    for text in ("President Barack Obama is heading north, to Canada.", "Obama is heading south to Chile."):
        assert tense(text, 0, len(text)) == "future"
    text = ("President Barack Obama is heading north, to Canada, for his first trip abroad. White House "
            "spokesman Robert Gibbs said Wednesday Mr. Obama will meet with Canadian Prime Minister Stephen Harper "
            "during the trip on February 19.")
    found = [(v.country, v.start_date, v.status) for v in visits(text, D(2009, 1, 28)) if "Obama" in v.traveler]
    assert found == [("CA", D(2009, 2, 19), "planned")]


def test_a_guest_told_travelling_with_arrivals_is_dated_to_the_story():
    text = ("The leaders of France, Germany and Italy arrived in Kyiv today. President Emmanuel Macron, "
            "Chancellor Olaf Scholz and Mario Draghi, the Italian prime minister, travelled together on an "
            "overnight train.")
    found = {v.traveler: v.start_date for v in visits(text, D(2022, 6, 16))}
    assert found.get("Mario Draghi") == D(2022, 6, 16)


# -- a "where" clause that tells what the traveller does at the place --------------------------------------

def test_a_day_told_in_a_where_clause_of_the_traveller_is_a_day_of_the_stay():
    # issue 13's class 8: a weekday in a present clause is the next such day
    text = "Secretary of State Antony Blinken goes on to Lima, where he meets the Peruvian president on Thursday."
    found = [(v.country, v.start_date, v.status) for v in visits(text, D(2024, 5, 15))]
    assert found == [("PE", D(2024, 5, 16), "planned")]


def test_a_day_of_the_place_s_past_in_a_where_clause_is_not_the_visit_s():
    text = "Secretary of State Antony Blinken will visit Oxford, where he studied in 1985."
    assert days(text, D(2024, 5, 15), "Blinken") == {"GB": None}


def test_a_day_of_what_a_visit_is_ahead_of_is_still_to_come():
    # Wednesday 2015-10-28: "ahead of talks in Vienna on Friday" is this Friday, not the last one
    text = ("During the visit, Foreign Secretary Philip Hammond will meet the leaders of Qatar, ahead of talks "
            "in Vienna on Friday.")
    found = {v.country: (v.start_date, v.status) for v in visits(text, D(2015, 10, 28)) if "Hammond" in v.traveler}
    assert found.get("AT") == (D(2015, 10, 30), "planned")
