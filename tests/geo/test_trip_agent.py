"""A trip noun whose traveller is named after the place with "by" (realnews dev 720-739, less common
travel forms): "today's visit to the Indian capital by Secretary of State John F. Kerry"."""

import datetime as dt

from .conftest import visits_of

PUB = dt.date(2023, 5, 1)  # a Monday


def _visits(text):
    visits = visits_of(text, PUB)
    return {(v.traveler, v.country): (v.start_date, v.status) for v in visits}


def test_the_person_after_by_is_the_traveller_of_a_visit_to_a_place():
    assert _visits("The visit to Moscow by Chinese President Xi Jinping began on Monday.") == {
        ("Xi Jinping", "RU"): (dt.date(2023, 5, 1), "ongoing")}
    got = _visits("A visit to Beijing by German Chancellor Olaf Scholz is planned for November.")
    assert set(got) == {("Olaf Scholz", "CN")}
    assert got[("Olaf Scholz", "CN")][1] == "planned"


def test_the_agent_beats_the_sentence_subject_who_only_speaks_of_the_trip():
    got = _visits("Putin welcomed the visit to Moscow by Chinese President Xi Jinping on Monday.")
    assert ("Xi Jinping", "RU") in got
    assert not any(name == "Vladimir Putin" for name, _ in got)


def test_by_without_a_person_names_no_traveller():
    # "by plane", "by the end of the year": the subject's own trip as before
    got = _visits("Scholz will make a visit to Beijing by plane on Thursday.")
    assert set(got) == {("Olaf Scholz", "CN")}
    got = _visits("Scholz plans a visit to Beijing by the end of the year.")
    assert set(got) == {("Olaf Scholz", "CN")}


# the words of an office's time in the agent's title, and a passive act (recall5) --------------------------

def test_a_trip_nouns_agent_may_carry_words_of_the_offices_time():
    visits = visits_of("Macron spoke on Sunday. The talks come ahead of a three-day visit to Berlin by the outgoing "
                       "Brazilian President, Jair Bolsonaro.", dt.date(2022, 11, 6))
    assert ("DE", "Jair Bolsonaro") in {(v.country, v.traveler) for v in visits}


def test_someone_to_be_inaugurated_is_not_present_where_the_story_is_set():
    visits = visits_of("Japanese Prime Minister Shigeru Ishiba will travel to Rome next week. Trump, who is due "
                       "to be inaugurated on January 20, has praised him.", dt.date(2025, 1, 5))
    assert not [v for v in visits if "Trump" in v.traveler]


def test_going_words_after_it_is_a_stop_on_someones_tour_are_that_ones():
    visits = visits_of("Indian Prime Minister Narendra Modi arrived in Cairo on Saturday. It is the last stop on "
                       "Modi's tour, after visiting Kenya on Tuesday and Tanzania on Thursday.",
                       dt.date(2023, 6, 25))
    assert {"EG", "KE", "TZ"} <= {v.country for v in visits if "Modi" in v.traveler}


def test_a_going_word_after_a_subject_of_its_own_is_not_the_tours_owner():
    visits = visits_of("It is the last stop on Modi's tour, said Kenyan President William Ruto after visiting "
                       "Tanzania on Thursday.", dt.date(2023, 6, 25))
    assert ("TZ", "Narendra Modi") not in {(v.country, v.traveler) for v in visits}


def test_a_visit_to_the_incoming_president_of_a_country_is_a_visit_to_that_country():
    visits = visits_of("Hungarian Prime Minister Viktor Orban paid a surprise visit to the incoming US president, "
                       "Donald Trump, on Monday.", dt.date(2024, 12, 10))
    assert ("US", "Viktor Orban") in {(v.country, v.traveler) for v in visits}


def test_leaders_who_are_taking_part_in_a_dinner_where_the_story_is_set_are_there():
    visits = visits_of("US President Joe Biden arrived on Sunday in Mexico City. Ahead of the Tuesday summit, Biden, "
                       "Canadian Prime Minister Justin Trudeau and Lopez Obrador are participating in a dinner.",
                       dt.date(2023, 1, 9))
    assert ("MX", "Justin Trudeau") in {(v.country, v.traveler) for v in visits}
