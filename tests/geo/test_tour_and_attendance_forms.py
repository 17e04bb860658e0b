"""Tours told by where they start and end, speeches at events, arriving at an event, an event's place
told in the next sentence, attendance from afar, and joining a titled person: sentences of our own.

Each test runs the real geoparser and the events stage and checks the traveller and host a careful
reader finds; the negative cases check that nearby wording that is not a trip stays quiet.
"""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

D = dt.date(2024, 3, 4)


def found(text: str, published: dt.date = D) -> set[tuple[str, str]]:
    doc = Document("t", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler.split()[-1], v.country) for v in visits if v.status != "cancelled"}


# a tour told by its first and last stops ---------------------------------------------------------

def test_a_tour_starting_in_one_country_then_another_and_ending_in_a_third_gives_all_three():
    text = ("Dutch Foreign Minister Hanke Bruins Slot will set out on Tuesday on a tour of the Balkans "
            "starting in Serbia, then Montenegro and ending it in Albania.")
    assert {("Slot", "RS"), ("Slot", "ME"), ("Slot", "AL")} <= found(text)


def test_a_tour_that_begins_with_a_country_gives_that_stop():
    text = "Chilean President Gabriel Boric leaves on Friday for a three-nation trip that begins with Peru."
    assert ("Boric", "PE") in found(text)


def test_talks_that_ended_in_a_city_after_a_visit_is_not_a_stop():
    text = ("The prime minister's visit was overshadowed by the trade talks, which ended in Geneva "
            "without a deal, officials said.")
    assert not {c for _, c in found(text)} & {"CH"}


def test_a_war_that_began_in_a_country_is_no_tour():
    text = "Mr Scholz, speaking after his trip, recalled the war that began in Ukraine two years ago."
    assert ("Scholz", "UA") not in found(text)


# a speech at an event ----------------------------------------------------------------------------

def test_a_speech_given_at_a_summit_in_a_country_is_a_visit():
    text = ("Indonesian Foreign Minister Retno Marsudi will give a speech on maritime security at the "
            "regional security summit next week in Singapore.")
    assert ("Marsudi", "SG") in found(text)


def test_a_speech_about_a_summit_is_not_attendance():
    text = "Indonesian Foreign Minister Retno Marsudi praised the speech given in Jakarta about the summit."
    assert ("Marsudi", "SG") not in found(text)


# arriving at an event, and its place told in the next sentence --------------------------------------

def test_arriving_at_the_summit_whose_place_the_next_sentence_gives_is_a_visit():
    text = "Kenyan President William Ruto also arrived at the summit. The summit is being held in Baku."
    assert ("Ruto", "AZ") in found(text, dt.date(2024, 11, 12))


def test_arriving_at_an_agreement_at_a_summit_is_not_attendance():
    text = ("Kenyan President William Ruto said from Nairobi that the delegates arrived at an agreement "
            "at the climate talks. The talks are being held in Baku.")
    assert ("Ruto", "AZ") not in found(text, dt.date(2024, 11, 12))


def test_a_summit_named_only_as_the_summit_takes_the_place_the_next_sentence_gives_it():
    text = ("Chinese Premier Li Qiang will attend the summit in person, the foreign ministry said. "
            "The summit will take place in Rio de Janeiro on November 18 and 19.")
    assert ("Qiang", "BR") in found(text, dt.date(2024, 11, 10))


def test_a_place_far_beyond_the_next_sentence_is_not_the_summits():
    text = ("Chinese Premier Li Qiang will attend the summit in person, the foreign ministry said. "
            "He praised the ties between the two nations and spoke of trade, investment, farming, "
            "technology, clean energy, ports, railways, health, schools and culture at great length. "
            "Officials also said much more about farming, fisheries, forests, mining and tourism today. "
            "A separate summit will take place in Rio de Janeiro next year.")
    assert ("Qiang", "BR") not in found(text, dt.date(2024, 11, 10))


def test_taking_part_by_video_link_is_no_visit():
    text = ("Russian President Vladimir Putin will take part in the G20 summit in Rio de Janeiro via a "
            "video link, the Kremlin said.")
    assert ("Putin", "BR") not in found(text, dt.date(2024, 11, 10))


# joining a person whose title holds "of" ---------------------------------------------------------

def test_accompanying_a_secretary_of_state_to_a_country_takes_the_secretary_there():
    text = ("The aide is accompanying Secretary of State Antony Blinken to Egypt for talks on "
            "Saturday.")
    assert ("Blinken", "EG") in found(text, dt.date(2024, 3, 22))


# a tour that takes a named person, the stop left told first, days per stop in brackets ---------------

def test_a_tour_that_takes_a_named_secretary_to_three_countries_gives_all_three():
    text = "The week-long tour will take US Secretary of State Antony Blinken to Israel, Jordan and Egypt."
    assert {("Blinken", "IL"), ("Blinken", "JO"), ("Blinken", "EG")} <= found(text)


def test_a_war_that_took_a_country_somewhere_is_no_trip():
    text = "The long war took Russia to the edge of ruin, Ukrainian officials said in Kyiv."
    assert not {c for _, c in found(text)} & {"RU", "UA"}


def test_the_stop_left_told_first_is_a_stop_too():
    text = "From Japan, Indian Prime Minister Narendra Modi will then travel to Port Moresby."
    assert {("Modi", "JP"), ("Modi", "PG")} <= found(text)


def test_a_place_told_first_before_someone_elses_words_is_not_the_travellers_stop():
    text = "From Moscow, the Kremlin spokesman said Hungarian Prime Minister Viktor Orban would travel to Beijing."
    assert ("Orban", "RU") not in found(text)
    assert ("Orban", "CN") in found(text)


def test_each_stop_with_its_day_in_brackets_is_a_stop():
    text = ("Italian Prime Minister Giorgia Meloni will visit Japan (Monday), South Korea (Tuesday) and "
            "Mongolia (Thursday).")
    assert {("Meloni", "JP"), ("Meloni", "KR"), ("Meloni", "MN")} <= found(text)


def test_a_bracketed_note_that_is_no_day_does_not_continue_the_list():
    text = "Italian Prime Minister Giorgia Meloni will visit Japan (her first trip there), China's embassy said."
    assert ("Meloni", "CN") not in found(text)


# being at an event: among those attending, "will be at", a witnessed signing, an inauguration's country --

def test_among_leaders_attending_a_summit_is_there():
    text = "Kenyan President William Ruto is among leaders attending the G20 summit in Rio de Janeiro."
    assert ("Ruto", "BR") in found(text)


def test_will_be_at_a_summit_in_a_city_is_a_visit():
    text = "Kenyan President William Ruto will be at the Commonwealth summit in Apia next week."
    assert ("Ruto", "WS") in found(text)


def test_a_topic_at_the_heart_of_talks_is_no_ones_visit():
    text = "Kenyan President William Ruto said in Nairobi that debt would be at the heart of the summit in Geneva."
    assert ("Ruto", "CH") not in found(text)


def test_witnessing_a_signing_ceremony_abroad_is_a_visit():
    text = "Kenyan President William Ruto witnessed the signing ceremony in Beijing on Tuesday."
    assert ("Ruto", "CN") in found(text)


def test_a_summit_at_a_resort_in_a_country_is_in_that_country():
    text = "Kenyan President William Ruto will attend the peace summit at the Burgenstock resort in Switzerland."
    assert ("Ruto", "CH") in found(text)


def test_a_summit_with_its_place_told_after_a_comma_is_there():
    text = "Kenyan President William Ruto will attend the G20 summit, to be held in Rio de Janeiro in November."
    assert ("Ruto", "BR") in found(text)


def test_the_inauguration_of_a_nations_president_is_in_that_nation():
    text = "Kenyan President William Ruto will attend the swearing-in of Indonesian President Prabowo Subianto."
    assert ("Ruto", "ID") in found(text)


def test_the_inauguration_of_a_building_is_no_visit_to_the_art_it_shows():
    text = "Kenyan President William Ruto will attend the inauguration of a new museum of Japanese art in Nairobi."
    assert ("Ruto", "JP") not in found(text)


# stops with "from May 1 to 3", a tour's owner told by "'s", a transit -------------------------------------

def test_a_stop_after_a_day_range_written_with_to_is_a_stop():
    text = ("South Korean President Yoon Suk Yeol will visit France from May 1 to 3 and Brazil from "
            "May 3 to 5.")
    assert {("Yeol", "FR"), ("Yeol", "BR")} <= found(text)


def test_the_country_a_persons_tour_wraps_up_in_is_a_stop():
    text = "South Korean President Yoon Suk Yeol's tour will wrap up in Paraguay on Sunday."
    assert ("Yeol", "PY") in found(text)


def test_a_tour_ending_in_a_country_needs_an_owner_named_before_it():
    text = "The tour will wrap up in Paraguay on Sunday, the organisers of the football exhibition said."
    assert not found(text)


def test_transiting_through_a_hub_is_a_stop():
    text = "South Korean President Yoon Suk Yeol transited through Dubai on his way home on Monday."
    assert ("Yeol", "AE") in found(text)


def test_goods_transiting_through_a_hub_are_no_ones_trip():
    text = "Goods transiting through Dubai rose last year, South Korean President Yoon Suk Yeol said."
    assert ("Yeol", "AE") not in found(text)


# stops the itinerary holds, told without a verb of travel -------------------------------------------------

def story(text: str) -> set[tuple[str, str]]:
    return found(text, dt.date(2024, 6, 12))


def test_countries_on_his_itinerary_are_the_story_travellers_stops():
    text = ("Kenyan President William Ruto begins a tour of West Africa on Monday. Ghana, Senegal and Mali "
            "are on his itinerary.")
    assert {("Ruto", "GH"), ("Ruto", "SN"), ("Ruto", "ML")} <= story(text)


def test_other_stops_include_gives_those_stops():
    text = ("Kenyan President William Ruto arrived in Accra on Monday for a three-nation tour. Other stops "
            "include Senegal and Mali.")
    assert {("Ruto", "SN"), ("Ruto", "ML")} <= story(text)


def test_a_visit_followed_by_a_trip_to_a_country_gives_that_stop():
    text = "Kenyan President William Ruto arrived in Accra on Monday. The visit will be followed by a trip to Senegal."
    assert ("Ruto", "SN") in story(text)


def test_countries_on_the_schedule_of_a_fair_are_no_stops():
    text = ("Kenyan President William Ruto spoke in Nairobi on Monday. China and India are on the schedule of "
            "the trade fair.")
    assert not {c for _, c in story(text)} & {"CN", "IN"}


def test_talks_followed_by_someone_elses_visit_are_not_the_story_travellers():
    text = ("Kenyan President William Ruto spoke in Nairobi on Monday. The talks were followed by a visit to "
            "Uganda by the Chinese premier.")
    assert ("Ruto", "UG") not in story(text)


def test_the_place_on_his_way_back_from_is_a_stop_too():
    text = "Indonesian President Joko Widodo will stop in Riyadh on his way back from Beijing."
    assert {("Widodo", "SA"), ("Widodo", "CN")} <= found(text)


def test_workers_on_their_way_back_from_a_country_are_not_the_leaders_trip():
    text = "Indonesian President Joko Widodo met workers on their way back from Malaysia."
    assert ("Widodo", "MY") not in found(text)


def test_a_spokesman_telling_of_his_leaders_way_back_is_not_travelling():
    text = ("His spokesman, Garba Shehu, said on Monday that on his way back from Washington the president "
            "had rested.")
    assert ("Shehu", "US") not in found(text)
