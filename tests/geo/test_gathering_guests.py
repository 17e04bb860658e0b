"""Guests of a gathering told as a crowd and then named, told a gathering, or at a gathering under a dateline.

Our own sentences: a crowd that travels or attends and its members named after "including", "among them", or in
the next sentence ("Among them were", "They included"); "told the forum in Davos"; a gathering without a place
in a story filed from its city.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of, trips_of

DAY = dt.date(2024, 3, 10)


def test_crowd_members_named_after_including_each_travel():
    t = ("Several Pacific leaders landed in Wellington on Friday for the forum, including Fijian Prime Minister "
         "Sitiveni Rabuka and Samoan Prime Minister Fiame Naomi Mata'afa.")
    assert {("Rabuka", "NZ")} <= stops_of(t, DAY)


def test_crowd_members_after_among_them_attend():
    t = ("Dozens of dignitaries attended the state funeral in Nairobi on Thursday, among them Ugandan President "
         "Yoweri Museveni and Rwandan President Paul Kagame.")
    assert {("Museveni", "KE"), ("Kagame", "KE")} <= stops_of(t, DAY)


def test_members_named_in_the_next_sentence():
    t = ("Leaders from across the region arrived in Lima on Thursday for the summit. They included Chilean "
         "President Gabriel Boric and Colombian President Gustavo Petro.")
    assert {("Boric", "PE"), ("Petro", "PE")} <= stops_of(t, DAY)


def test_mourners_named_after_the_funeral_is_placed():
    t = ("The funeral of the former king was held in Oslo on Monday. Among the mourners were Swedish Prime Minister "
         "Ulf Kristersson and Finnish President Alexander Stubb.")
    assert {("Kristersson", "NO"), ("Stubb", "NO")} <= stops_of(t, DAY)


def test_a_person_subject_is_no_crowd():
    t = "Kenyan President William Ruto said trade topics, including tariffs raised by Brazilian President Lula, mattered."
    assert ("Lula", "KE") not in stops_of(t, DAY)


def test_members_of_a_crowd_that_went_nowhere_are_no_guests():
    t = ("Foreign ministers spoke by phone on Tuesday about the coming summit in Lima. They included Irish Foreign "
         "Minister Micheal Martin and Danish Foreign Minister Lars Lokke Rasmussen.")
    assert not {("Martin", "PE"), ("Rasmussen", "PE")} & stops_of(t, DAY)


def test_telling_a_forum_in_a_city_is_being_there():
    t = "Argentine President Javier Milei told the World Economic Forum in Davos on Wednesday that socialism fails."
    assert ("Milei", "CH") in stops_of(t, DAY)


def test_telling_someone_about_a_summit_is_not_being_there():
    t = "Kenyan President William Ruto told Ghana's President John Mahama that the summit in Lima went well."
    assert ("Ruto", "PE") not in stops_of(t, DAY)


def test_saying_something_at_a_gathering_is_being_there():
    t = "Brazilian President Lula da Silva said at the summit in Kazan on Wednesday that the bloc must grow."
    assert ("Silva", "RU") in stops_of(t, DAY) or ("Lula", "RU") in {(v.traveler.split()[0], v.country)
                                                                   for v in trips_of(t, DAY)}


def test_what_was_said_at_a_gathering_by_others_is_no_visit_of_the_subject():
    t = "Ugandan President Yoweri Museveni said a ceasefire was urged at the summit in Nairobi."
    assert ("Museveni", "KE") not in stops_of(t, DAY)


def test_a_city_hosting_the_gathering_places_it():
    t = ("Kigali hosts Commonwealth summit\n"
         "Ghanaian President Nana Akufo-Addo held talks with Nigerian President Bola Tinubu on Friday.")
    assert {("Akufo-Addo", "RW"), ("Tinubu", "RW")} <= stops_of(t, DAY)


def test_a_country_hosting_the_gathering_as_its_chair_does_not_place_it():
    t = ("China is hosting the summit as this year's chair of the bloc. Brazilian President Lula da Silva and "
         "South African President Cyril Ramaphosa are set to attend the summit.")
    assert not {v.country for v in trips_of(t, DAY)} & {"CN"}


def test_the_ceremony_is_the_gathering_told_held_before():
    t = ("The inauguration will be held in Accra on Tuesday. Liberian President Joseph Boakai will attend the "
         "ceremony.")
    assert ("Boakai", "GH") in stops_of(t, DAY)


def test_forums_named_for_their_seat():
    assert ("Wong", "CN") in stops_of("Singapore Prime Minister Lawrence Wong spoke at the Boao Forum for Asia "
                                      "on Thursday.", DAY)
    assert ("Kuleba", "SI") in stops_of("Ukrainian Foreign Minister Dmytro Kuleba spoke at the Bled Strategic "
                                        "Forum on Monday.", DAY)


def test_a_name_owned_by_a_country_is_a_guest():
    t = ("Chinese Defence Minister Dong Jun and Pakistan's Tariq Mehmood are expected to attend the security "
         "meeting in Minsk.")
    assert ("Mehmood", "BY") in stops_of(t, DAY)


def test_a_name_then_of_its_country_is_a_guest():
    t = "Tariq Mehmood of Pakistan and Dong Jun of China arrived in Minsk on Tuesday for the meeting."
    assert ("Mehmood", "BY") in stops_of(t, DAY)


def test_a_body_owned_by_a_country_is_no_guest():
    t = "Pakistan's Foreign Office and Russia's Wagner Group said the meeting in Minsk went well."
    assert not trips_of(t, DAY)


def test_gathered_with_a_day_before_the_gathering():
    t = "Leaders including Hakainde Hichilema and Yoweri Museveni gathered in Nairobi on Thursday for the summit."
    assert {("Hichilema", "KE"), ("Museveni", "KE")} <= stops_of(t, DAY)
