"""The later stops of a multi-stop trip: a list that goes on past a short form in brackets, a deputy told
by rank on a later leg, and an itinerary laid out as paragraphs labelled by their stop. Sentences of our own.

Each test runs the real geoparser and the events stage; the negative cases check that nearby wording that
is no stop of the traveller stays quiet.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of, trips_of

D = dt.date(2022, 6, 1)


def visits(text: str, published: dt.date = D):
    return trips_of(text, published)


def found(text: str, published: dt.date = D) -> set[tuple[str, str]]:
    return stops_of(text, published)


# a list of stops goes on past an item's short form in brackets -----------------------------------

def test_a_short_form_in_brackets_does_not_end_the_list_of_stops():
    text = ("Assistant Secretary of State Daniel Kritenbrink will travel to South Korea (ROK), Japan and "
            "the Philippines next week.")
    assert {("Kritenbrink", "KR"), ("Kritenbrink", "JP"), ("Kritenbrink", "PH")} <= found(text)


def test_a_short_form_after_the_country_of_a_list_of_three_keeps_the_last_two():
    text = "Belgian Foreign Minister Hadja Lahbib will visit the Democratic Republic of Congo (DRC), Rwanda, and Burundi."
    assert {("Lahbib", "CD"), ("Lahbib", "RW"), ("Lahbib", "BI")} <= found(text)


def test_brackets_that_hold_words_still_end_the_list():
    text = ("Swedish Prime Minister Ulf Kristersson will travel to Kenya (on his first trip of the year), "
            "Ethiopia said on Monday it had closed its border.")
    got = found(text)
    assert ("Kristersson", "KE") in got
    assert ("Kristersson", "ET") not in got


# a deputy told by rank on a later leg ------------------------------------------------------------

def test_the_deputy_secretary_on_a_later_leg_is_the_deputy_named_first():
    text = ("Deputy Secretary of Defense Kathleen Hicks will travel to Japan on Monday. "
            "The Deputy Secretary will then visit the Philippines.")
    assert {("Hicks", "JP"), ("Hicks", "PH")} <= found(text)


def test_the_deputy_secretary_is_not_the_secretary_named_in_the_same_story():
    text = ("Secretary of State Antony Blinken will travel to Paris on Sunday. Deputy Secretary of State "
            "Wendy Sherman will travel to Seoul on Monday. The Deputy Secretary will then travel to Tokyo.")
    got = found(text)
    assert ("Sherman", "JP") in got
    assert ("Blinken", "JP") not in got


def test_the_deputy_prime_minister_on_a_later_leg_is_the_deputy_named_first():
    text = ("Deputy Prime Minister Richard Marles will travel to Japan on Monday. "
            "The Deputy Prime Minister will then visit the Philippines.")
    assert {("Marles", "JP"), ("Marles", "PH")} <= found(text, dt.date(2023, 6, 1))


def test_the_secretary_may_still_mean_the_deputy_when_no_one_else_is_named():
    text = ("Deputy Secretary of State Kurt Campbell will travel to Japan on Monday. "
            "The Secretary will then travel to the Philippines.")
    assert ("Campbell", "PH") in found(text, dt.date(2025, 1, 1))


# an itinerary laid out as labelled paragraphs ------------------------------------------------------

ITINERARY = ("Secretary of State Hillary Clinton arrived in Uruguay today for a weeklong tour.\n\n"
             "Her schedule:\n\n"
             "Argentina: Later today, she'll meet with President Cristina Fernandez de Kirchner.\n\n"
             "Costa Rica: Clinton will move on to Central America on Thursday for a ministerial meeting.\n\n"
             "Guatemala: On Friday, Clinton will conclude her trip by meeting a group of regional leaders.")


def test_each_paragraph_labelled_by_a_country_is_a_stop_of_the_traveller():
    got = {(v.country, v.start_date, v.status) for v in visits(ITINERARY, dt.date(2010, 3, 1))}
    assert {("AR", dt.date(2010, 3, 1), "planned"), ("CR", dt.date(2010, 3, 4), "planned"),
            ("GT", dt.date(2010, 3, 5), "planned")} <= got


def test_the_person_of_the_labelled_country_is_no_traveller_to_it():
    got = found(ITINERARY, dt.date(2010, 3, 1))
    assert not any(who == "Kirchner" for who, _ in got)


def test_a_single_label_is_no_itinerary():
    text = ("KENYA: Opposition leader Raila Odinga said on Monday that the vote was rigged.\n\n"
            "He called for protests.")
    assert ("Odinga", "KE") not in found(text)


def test_a_labelled_paragraph_that_calls_the_stop_off_is_no_visit():
    text = ("Secretary of State Hillary Clinton arrived in Uruguay today for a weeklong tour.\n\n"
            "Chile: Clinton will not go to Chile after the earthquake.\n\n"
            "Brazil: Clinton will meet President Lula on Wednesday.")
    got = {v.country for v in visits(text, dt.date(2010, 3, 1))}
    assert "CL" not in got
    assert "BR" in got


# the later stops of a trip that begins on the day of writing ---------------------------------------

def test_the_later_stops_of_a_trip_embarked_on_today_are_still_ahead():
    text = ("Irish Foreign Minister Micheal Martin on Saturday embarked on a three-nation visit to Ghana, "
            "Nigeria and Senegal.")
    got = {v.country: v.status for v in visits(text, dt.date(2024, 3, 2))}
    assert got.get("GH") == "ongoing"
    assert got.get("NG") == "planned" and got.get("SN") == "planned"


def test_the_later_stops_of_a_trip_begun_days_ago_are_not_made_planned():
    text = ("Irish Foreign Minister Micheal Martin on Monday embarked on a three-nation visit to Ghana, "
            "Nigeria and Senegal.")
    got = {v.country: v.status for v in visits(text, dt.date(2024, 3, 2))}
    assert got.get("NG") != "planned"


# a stop told in apposition: "from Manila, his fourth and final stop" -------------------------------

def test_a_stop_told_in_apposition_is_a_stop_with_the_tense_of_its_sentence():
    text = ("Canadian Prime Minister Justin Trudeau returned to Ottawa on Sunday after a week abroad. His plane "
            "touched down at the air base after a 16-hour trip from Santiago, the Canadian leader's third and final stop.")
    got = {(v.traveler.split()[-1], v.country): v.status for v in visits(text, dt.date(2023, 5, 7))}
    assert got.get(("Trudeau", "CL")) == "completed"


def test_a_fronted_stop_in_apposition_takes_the_main_clause_still_ahead():
    text = ("Canadian Prime Minister Justin Trudeau will leave on Monday for a tour of South America. "
            "In Chile, the second stop of the tour, the Prime Minister will meet President Boric.")
    got = {(v.traveler.split()[-1], v.country): v.status for v in visits(text, dt.date(2023, 5, 7))}
    assert got.get(("Trudeau", "CL")) == "planned"


def test_a_race_leg_in_apposition_with_no_traveller_is_no_visit():
    text = "The cyclists reached Lyon, the final leg of the race, on Sunday."
    assert not visits(text, dt.date(2023, 5, 7))


# a country's overseas part is home -------------------------------------------------------------

def test_a_us_official_in_guam_is_at_home_and_the_foreign_stops_stay():
    text = "Deputy Secretary of Defense Bob Work will visit Guam, Hawaii, Japan and the Republic of Korea next week."
    got = found(text, dt.date(2014, 8, 13))
    assert ("Work", "GU") not in got
    assert {("Work", "JP"), ("Work", "KR")} <= got


def test_a_foreign_leader_in_guam_is_a_visit():
    text = "Japanese Prime Minister Fumio Kishida will visit Guam next week."
    assert ("Kishida", "GU") in found(text, dt.date(2023, 5, 1))


# a regnal name told later without its number ------------------------------------------------------

def test_a_regnal_name_without_its_number_is_the_same_traveller_on_later_legs():
    text = ("The Vatican said Pope Leo XIV will make a day trip to Monaco on March 28. "
            "Leo will then visit Algeria, Cameroon and Angola in April.")
    got = {(v.traveler, v.country) for v in visits(text, dt.date(2026, 2, 25))}
    assert {("Pope Leo XIV", "DZ"), ("Pope Leo XIV", "CM"), ("Pope Leo XIV", "AO")} <= got  # (the leaders table's name)


# stops told as the itinerary's, in a sentence of their own -----------------------------------------

def test_other_stops_on_his_tour_are_stops_still_ahead_after_a_planned_first_stop():
    text = ("Indian Foreign Minister S. Jaishankar will be in Cyprus on Monday and Tuesday. "
            "Other stops on his tour are Austria and Hungary.")
    got = {(v.traveler.split()[-1], v.country): v.status for v in visits(text, dt.date(2025, 1, 4))}
    assert got.get(("Jaishankar", "AT")) == "planned" and got.get(("Jaishankar", "HU")) == "planned"


def test_other_stops_after_a_completed_first_stop_stay_completed():
    text = ("Indian Foreign Minister S. Jaishankar visited Cyprus on Monday and Tuesday. "
            "Other stops included Austria and Hungary.")
    got = {(v.traveler.split()[-1], v.country): v.status for v in visits(text, dt.date(2025, 1, 11))}
    assert got.get(("Jaishankar", "AT")) == "completed"


def test_a_tour_that_wraps_up_somewhere_is_a_stop_of_the_story_traveller():
    text = ("Indian Foreign Minister S. Jaishankar will be in Cyprus on Monday and Tuesday. "
            "The tour wraps up in Hungary on Friday.")
    assert ("Jaishankar", "HU") in found(text, dt.date(2025, 1, 4))


# a trip's programme told in the present, and "next up" ---------------------------------------------

LULA = "Brazilian President Luiz Inacio Lula da Silva will attend the BRICS summit in Johannesburg next week. "


def test_stops_the_trip_takes_in_after_a_planned_stop_are_planned_not_under_way():
    got = {v.country: v.status for v in visits(LULA + "His itinerary also takes in Angola.", dt.date(2023, 8, 17))}
    assert got.get("AO") == "planned"


def test_next_up_names_the_next_stop():
    got = {v.country: v.status for v in visits(LULA + "Next up is Angola.", dt.date(2023, 8, 17))}
    assert got.get("AO") == "planned"


def test_a_trip_told_in_the_present_while_under_way_keeps_its_stop_under_way():
    text = ("Brazilian President Luiz Inacio Lula da Silva arrived in Johannesburg on Monday for the BRICS summit. "
            "The trip also includes a stop in Angola.")
    got = {v.country: v.status for v in visits(text, dt.date(2023, 8, 22))}
    assert got.get("ZA") == "ongoing"


# the leg of a tour where the story is filed ------------------------------------------------------

def test_a_tour_wrapped_up_under_a_dateline_is_a_completed_stop_there():
    text = "SEOUL (Reuters) - Japanese Prime Minister Fumio Kishida wrapped up his Asia tour on Sunday, aides said."
    got = {(v.traveler.split()[-1], v.country): v.status for v in visits(text, dt.date(2023, 5, 7))}
    assert got.get(("Kishida", "KR")) == "completed"


def test_the_fourth_leg_of_a_tour_under_a_dateline_is_the_stop_under_way():
    text = ("JAKARTA (Reuters) - Japanese Prime Minister Fumio Kishida, on the fourth leg of his Asia tour, "
            "said on Sunday that trade must be fair.")
    got = {(v.traveler.split()[-1], v.country): v.status for v in visits(text, dt.date(2023, 5, 7))}
    assert got.get(("Kishida", "ID")) == "ongoing"


def test_a_tour_wrapped_up_elsewhere_is_not_the_datelines_stop():
    text = "BEIJING (Reuters) - Japanese Prime Minister Fumio Kishida wrapped up his trip to Vietnam on Sunday."
    assert ("Kishida", "CN") not in found(text, dt.date(2023, 5, 7))


def test_a_leader_of_the_datelines_own_country_is_no_visitor_there():
    text = "TOKYO (Reuters) - Japanese Prime Minister Fumio Kishida wrapped up his Asia tour on Sunday, aides said."
    assert ("Kishida", "JP") not in found(text, dt.date(2023, 5, 7))


# dated stops listed with their countries, by commas or semicolons ---------------------------------

def test_dated_stops_set_apart_by_semicolons_are_all_stops_with_their_days():
    text = ("Secretary of State Antony Blinken will travel to Tokyo, Japan, on November 6-8; Seoul, Republic of "
            "Korea, on November 8-9; and New Delhi, India, on November 9-10.")
    got = {v.country: v.start_date for v in visits(text, dt.date(2023, 11, 3))}
    assert got == {"JP": dt.date(2023, 11, 6), "KR": dt.date(2023, 11, 8), "IN": dt.date(2023, 11, 9)}


def test_a_dated_stop_told_with_its_country_lets_the_list_go_on():
    text = ("Secretary of State Antony Blinken will travel to Tokyo, Japan, on November 6-8, Seoul, Republic of "
            "Korea, on November 8-9, and New Delhi, India, on November 9-10.")
    assert {v.country for v in visits(text, dt.date(2023, 11, 3))} == {"JP", "KR", "IN"}


def test_a_semicolon_before_another_subject_ends_the_stops():
    text = ("Secretary of State Antony Blinken will travel to Tokyo on November 6; China, meanwhile, will hold "
            "talks with Russia on November 8.")
    assert {v.country for v in visits(text, dt.date(2023, 11, 3))} == {"JP"}


# the later stops of a trip under way ------------------------------------------------------------

RUTO = "Kenyan President William Ruto arrived in Berlin on Monday"


def test_stops_a_tour_also_includes_after_the_stop_under_way_are_still_ahead():
    text = RUTO + ", the first stop of a tour that also includes France and Belgium."
    got = {v.country: v.status for v in visits(text, dt.date(2023, 6, 20))}
    assert got == {"DE": "ongoing", "FR": "planned", "BE": "planned"}


def test_visits_to_follow_are_still_ahead():
    text = RUTO + " at the start of a European tour, with visits to France and Belgium to follow."
    got = {v.country: v.status for v in visits(text, dt.date(2023, 6, 20))}
    assert got.get("FR") == "planned" and got.get("BE") == "planned"


def test_a_city_of_the_country_under_way_keeps_the_visit_under_way():
    text = "German Chancellor Olaf Scholz arrived in Beijing on Monday. His visit to China also includes a stop in Shanghai."
    got = {v.country: v.status for v in visits(text, dt.date(2023, 6, 20))}
    assert got.get("CN") == "ongoing"


# several stops named at once by a plural stop noun --------------------------------------------------

def test_next_stops_named_at_once_are_all_stops_still_ahead():
    text = ("Japanese Prime Minister Fumio Kishida will visit Egypt on Saturday. "
            "Kishida's next stops are Ghana, Kenya and Mozambique.")
    got = {v.country: v.status for v in visits(text, dt.date(2023, 4, 27))}
    assert {c: got.get(c) for c in ("GH", "KE", "MZ")} == {"GH": "planned", "KE": "planned", "MZ": "planned"}


def test_subsequent_stops_told_in_the_past_are_over():
    text = ("Japanese Prime Minister Fumio Kishida visited Egypt on April 29. "
            "His subsequent stops were Ghana and Kenya.")
    got = {v.country: v.status for v in visits(text, dt.date(2023, 5, 8))}
    assert got.get("GH") == "completed" and got.get("KE") == "completed"


def test_a_tour_the_storys_visit_is_part_of_ends_at_a_later_stop():
    # the visit told as part of a tour: the tour's end is the next stop of the story's traveller
    text = ("Chilean President Gabriel Boric arrived in Madrid on Monday. The visit is part of a tour "
            "that will end in Rome next week.")
    got = visits(text, dt.date(2024, 3, 5))
    assert ("IT", "planned") in {(v.country, v.status) for v in got if v.traveler.endswith("Boric")}
