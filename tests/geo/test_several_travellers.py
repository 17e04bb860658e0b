"""Several travellers in one visit: lists of subjects, companions, delegations and arrivals told after
the place: sentences of our own.

Each test runs the real geoparser and the events stage. The positive cases check that every person the
sentence says went gets the visit; the negative ones that the people around a visit who did not go (the
host who receives them, the family of a traveller, the leader whose delegation someone else leads, a
leader who sent a deputy, a minister arriving home) get none.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of, trips_of

D = dt.date(2024, 3, 4)  # a Monday


def visits(text: str, published: dt.date = D):
    return trips_of(text, published)


def found(text: str, published: dt.date = D) -> set[tuple[str, str]]:
    return stops_of(text, published)


# one subject, several people ----------------------------------------------------------------------

def test_a_list_of_titled_leaders_gives_each_the_arrival():
    text = ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani, Djibouti's President Ismail Omar Guelleh and "
            "Iraq's Prime Minister Mohammed Shia al-Sudani also arrived in Jeddah on Friday.")
    got = found(text)
    assert {("Thani", "SA"), ("Guelleh", "SA"), ("al-Sudani", "SA")} <= got


def test_leaders_told_as_among_those_who_arrived_each_arrived():
    text = ("Macky Sall of Senegal, Alassane Ouattara of Ivory Coast and Muhammadu Buhari of Nigeria are "
            "among the leaders who arrived in Addis Ababa on Thursday.")
    got = {(v.traveler.split()[-1], v.country, v.start_date) for v in visits(text)}
    assert {("Sall", "ET", dt.date(2024, 2, 29)), ("Ouattara", "ET", dt.date(2024, 2, 29)),
            ("Buhari", "ET", dt.date(2024, 2, 29))} <= got


def test_among_the_leaders_who_arrived_somewhere_were_a_list():
    text = ("Among the leaders who arrived in Addis Ababa on Sunday were Kenyan President William Ruto and "
            "Ugandan President Yoweri Museveni.")
    assert {("Ruto", "ET"), ("Museveni", "ET")} <= found(text)


def test_a_traveller_and_his_counterpart_both_fly():
    text = "Russian Foreign Minister Sergei Lavrov and his Chinese counterpart Wang Yi flew to Astana on Sunday."
    assert {("Lavrov", "KZ"), ("Yi", "KZ")} <= found(text)


def test_in_attendance_at_a_funeral_were_a_list():
    text = ("Also in attendance at the funeral in London were French President Emmanuel Macron and Canadian "
            "Prime Minister Justin Trudeau.")
    assert {("Macron", "GB"), ("Trudeau", "GB")} <= found(text)


# companions -----------------------------------------------------------------------------------------

def test_a_minister_accompanying_the_president_shares_his_arrival():
    text = ("US President Joe Biden, accompanied by Secretary of State Antony Blinken, arrived in Tokyo on "
            "Sunday.")
    vs = {v.traveler: v for v in visits(text)}
    assert vs["Antony Blinken"].country == "JP"
    assert vs["Antony Blinken"].start_date == vs["Joe Biden"].start_date == dt.date(2024, 3, 3)
    assert "with Joe Biden" in vs["Antony Blinken"].how


def test_companions_told_in_a_sentence_of_their_own_after_the_arrival():
    text = ("Sri Lankan President Anura Kumara Disanayake arrived in Beijing today. The delegation "
            "accompanying President Disanayake includes Foreign Minister Vijitha Herath.")
    assert ("Herath", "CN") in found(text)


def test_one_who_accompanied_the_president_and_one_joined_by_later():
    text = ("US President Joe Biden arrived in Tokyo on Sunday. Secretary of State Antony Blinken, who "
            "accompanied Biden, met Foreign Minister Yoko Kamikawa.")
    got = found(text)
    assert ("Blinken", "JP") in got and ("Kamikawa", "JP") not in got
    text = ("Indian Prime Minister Narendra Modi arrived in Paris on Sunday. He was joined by External Affairs "
            "Minister Subrahmanyam Jaishankar.")
    assert ("Jaishankar", "FR") in found(text)


def test_the_first_lady_and_a_host_country_ambassador_are_no_companions_to_map():
    text = ("Maldives President Mohamed Muizzu, accompanied by First Lady Sajidha Mohamed, arrived in New Delhi "
            "today.")
    travellers = {v.traveler for v in visits(text)}
    assert "Mohamed Muizzu" in travellers and "Sajidha Mohamed" not in travellers
    text = ("Kenyan President William Ruto arrived in Beijing on Sunday. The delegation accompanying Ruto "
            "includes Chinese Ambassador to Kenya Guo Haiyan.")
    assert not any(v.traveler.endswith("Haiyan") for v in visits(text))


def test_a_companion_of_someone_who_went_nowhere_goes_nowhere():
    text = ("Ethiopian Prime Minister Abiy Ahmed, accompanied by Foreign Minister Taye Atske Selassie, "
            "received Kenyan President William Ruto at the airport in Addis Ababa on Sunday.")
    got = found(text)
    assert ("Ruto", "ET") in got
    assert not any(name in ("Ahmed", "Selassie") for name, _ in got)


# delegations --------------------------------------------------------------------------------------

def test_the_leader_of_a_delegation_travels_not_the_one_who_sent_it():
    text = ("The delegation of the United States President, Joe Biden, led by Secretary of State Antony "
            "Blinken, arrived in Abuja on Sunday.")
    travellers = {v.traveler for v in visits(text)}
    assert "Joe Biden" not in travellers
    assert "Antony Blinken" in travellers


def test_a_delegation_led_by_a_minister_is_his_trip():
    text = "A delegation led by Chinese Foreign Minister Wang Yi arrived in Moscow on Sunday."
    assert ("Yi", "RU") in found(text)


def test_a_leader_who_sent_a_deputy_in_his_place_does_not_go():
    text = ("Nigerian President Bola Tinubu sent Vice President Kashim Shettima to the summit in Nairobi in "
            "his place.")
    assert ("Tinubu", "KE") not in found(text)


# arrivals told after the place --------------------------------------------------------------------

def test_arrivals_with_no_place_go_where_the_story_is():
    text = ("Latin American heads of state have already arrived in Peru for today's inauguration.\n\n"
            "Rafael Correa, president of Ecuador, arrived yesterday afternoon and presented his new book.\n\n"
            "Colombian president Juan Manuel Santos arrived last night.")
    got = {(v.traveler.split()[-1], v.country, v.start_date, v.status) for v in visits(text)}
    assert ("Correa", "PE", dt.date(2024, 3, 3), "ongoing") in got
    assert ("Santos", "PE", dt.date(2024, 3, 3), "ongoing") in got


def test_a_list_that_also_arrived_in_the_kingdom_goes_where_the_others_went():
    text = ("Jordan's King Abdullah II arrived in Jeddah on Friday to attend the Arab League summit. "
            "Djibouti's President Ismail Omar Guelleh and Algerian Prime Minister Ayman Benabderrahmane also "
            "arrived in the Kingdom on Friday.")
    got = found(text)
    assert {("Guelleh", "SA"), ("Benabderrahmane", "SA")} <= got


def test_a_bare_arrival_home_or_of_a_host_is_no_visit():
    text = ("Kenyan President William Ruto arrived in Addis Ababa on Sunday for the summit. "
            "Ethiopian Prime Minister Abiy Ahmed arrived shortly afterward. "
            "Ugandan Foreign Minister Jeje Odongo arrived back home on Sunday.")
    got = found(text)
    assert ("Ruto", "ET") in got
    assert ("Ahmed", "ET") not in got and ("Odongo", "ET") not in got


def test_a_leader_who_only_comments_gets_no_visit():
    text = ("French President Emmanuel Macron said in Paris on Sunday that German Chancellor Olaf Scholz and "
            "Italian Prime Minister Giorgia Meloni had arrived in Kyiv.")
    got = found(text)
    assert {("Scholz", "UA"), ("Meloni", "UA")} <= got
    assert ("Macron", "UA") not in got


def test_guests_received_at_the_airport_under_a_dateline_arrived_there():
    text = ("NEW DELHI: Several world leaders arrived here on Friday for the G20 Summit. Italian Prime Minister "
            "Giorgia Meloni and Bangladesh Prime Minister Sheikh Hasina were received at the airport by Union "
            "Ministers Shobha Karandlaje and Darshana Jardosh.")
    got = {(v.traveler.split()[-1], v.country, v.status) for v in visits(text, dt.date(2023, 9, 8))}
    assert {("Meloni", "IN", "ongoing"), ("Hasina", "IN", "ongoing")} <= got
    assert not any(name in ("Karandlaje", "Jardosh") for name, _, _ in got)


def test_a_reception_at_the_airport_after_coming_home_is_no_visit_abroad():
    text = ("President Bola Tinubu arrived in Abuja on Saturday, returning from Nairobi, Kenya, where he attended "
            "an African Union meeting. The President was received at the airport by Senator George Akume.")
    got = {(v.traveler.split()[-1], v.country, v.status) for v in visits(text, dt.date(2023, 7, 16))}
    assert ("Tinubu", "KE", "ongoing") not in got


def test_leaders_expected_after_a_crowd_gathers_somewhere_are_expected_there():
    text = ("World leaders began gathering in Japan Wednesday ahead of a Group of Seven Summit. Among the arrivals "
            "expected later Wednesday was Britain's David Cameron. France's Francois Hollande and Germany's "
            "Angela Merkel were expected to arrive on Thursday morning.")
    got = {(v.traveler.split()[-1], v.country, v.start_date, v.status) for v in visits(text, dt.date(2016, 5, 25))}
    assert ("Cameron", "JP", dt.date(2016, 5, 25), "planned") in got
    assert {("Hollande", "JP", dt.date(2016, 5, 26), "planned"), ("Merkel", "JP", dt.date(2016, 5, 26), "planned")} <= got


def test_guests_a_host_receives_as_a_crowd_then_names_visit_his_country():
    text = ("President Barack Obama will host dignitaries from 56 nations for the Nuclear Security Summit in "
            "Washington, including British Prime Minister David Cameron and Indian Prime Minister Narendra Modi.")
    got = found(text, dt.date(2016, 3, 29))
    assert {("Cameron", "US"), ("Modi", "US")} <= got and ("Obama", "US") not in got
    text = ("Prime Minister Narendra Modi on Friday met a host of world leaders, including US President Joe Biden "
            "and Japanese Prime Minister Fumio Kishida, on the sidelines of the G7 Summit in Apulia, Italy.")
    assert ("Biden", "IN") not in found(text, dt.date(2024, 6, 14))


def test_one_invited_who_then_declines_does_not_go_but_his_stand_in_does():
    text = ("Iraqi Prime Minister Haider al-Abadi, who was invited to attend the inauguration in Tehran, "
            "apologized for not being able to attend the ceremony. Iraqi President Fuad Masum will represent "
            "his country at the inauguration in Tehran.")
    got = found(text, dt.date(2017, 8, 4))
    assert ("al-Abadi", "IR") not in got and ("Masum", "IR") in got


def test_a_bulletin_of_arrivals_line_by_line_with_its_days():
    text = ("Eleven world leaders have arrived in Manila to attend the ASEAN Summit.\n\n"
            "The following world leaders have arrived here:\n\nSaturday\nCambodia – Prime Minister Hun Sen\n\n"
            "Sunday\nIndonesia – President Joko Widodo\nCanada – Prime Minister Justin Trudeau\n\n"
            "The leaders were warmly received with arrival honors by Cabinet officials.")
    got = {(v.traveler.split()[-1], v.country, v.start_date) for v in visits(text, dt.date(2017, 11, 12))}
    assert ("Sen", "PH", dt.date(2017, 11, 11)) in got
    assert {("Widodo", "PH", dt.date(2017, 11, 12)), ("Trudeau", "PH", dt.date(2017, 11, 12))} <= got


def test_a_trip_noun_in_a_clause_whose_subject_is_a_list_is_everyones():
    text = ("US Secretary of State Antony Blinken and Defense Secretary Lloyd Austin are expected to visit South "
            "Korea on March 17-18 after a three-day trip to Japan.")
    got = found(text, dt.date(2021, 3, 5))
    assert {("Blinken", "JP"), ("Austin", "JP"), ("Blinken", "KR"), ("Austin", "KR")} <= got


def test_leaders_who_travelled_together_went_where_the_story_is():
    text = ("The leaders of France, Germany and Italy arrived in Kyiv today. French President Emmanuel Macron, "
            "German Chancellor Olaf Scholz and Italian Prime Minister Mario Draghi travelled together on a "
            "special overnight train.")
    got = found(text, dt.date(2022, 6, 16))
    assert {("Scholz", "UA"), ("Draghi", "UA")} <= got


def test_members_of_a_delegation_told_after_its_trip_make_that_trip():
    text = ("A joint delegation of foreign ministers from Arab and Islamic countries will visit China from "
            "November 20th to 21st. Members of the delegation include Saudi Foreign Minister Faisal bin Farhan, "
            "Egyptian Foreign Minister Sameh Shoukry and Indonesian Foreign Minister Retno Marsudi.")
    got = {(v.traveler.split()[-1], v.country, v.start_date, v.status) for v in visits(text, dt.date(2023, 11, 19))}
    assert {("Shoukry", "CN", dt.date(2023, 11, 20), "planned"),
            ("Marsudi", "CN", dt.date(2023, 11, 20), "planned")} <= got


def test_in_attendance_after_the_gathering_was_told():
    text = ("The funeral of the Queen was held in London on Monday. Also in attendance were French President "
            "Emmanuel Macron and Canadian Prime Minister Justin Trudeau.")
    assert {("Macron", "GB"), ("Trudeau", "GB")} <= found(text, dt.date(2022, 9, 20))


def test_a_delegation_including_ministers_is_each_ministers_trip():
    text = ("A delegation including Foreign Minister Subrahmanyam Jaishankar and Defence Minister Rajnath Singh "
            "arrived in Tokyo on Sunday.")
    assert {("Jaishankar", "JP"), ("Singh", "JP")} <= found(text)


def test_here_are_the_leaders_who_attended_a_list_with_a_remark_between():
    text = ("World leaders gathered in London for the state funeral of Queen Elizabeth II on Monday.\n\n"
            "Here are the leaders who attended:\nUS President Joe Biden and first lady Jill Biden\n"
            "Many dignitaries arrived at the funeral by shuttle bus, but the Bidens arrived in a motorcade.\n"
            "Japanese Emperor Naruhito and Empress Masako\nItalian President Sergio Mattarella\n\n"
            "The service was followed by a procession through the streets, watched by hundreds of thousands. "
            "Officials said the crowds were the largest in decades.\n"
            "French President Emmanuel Macron")
    got = found(text, dt.date(2022, 9, 19))
    assert {("Biden", "GB"), ("Naruhito", "GB"), ("Mattarella", "GB")} <= got
    assert ("Macron", "GB") not in got  # after the list has ended: a line that is no item of it
