"""Who is at a gathering, told by lists, groups joined, delegations and open questions: sentences of our own.

Each test runs the real geoparser and the events stage and checks the traveller and host a careful reader
finds; the negative cases check that nearby wording that is no trip (a summit held online, attendance only
asked about, a leader at home, a list of those who stay away) stays quiet.
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


# a list of those attending ------------------------------------------------------------------------

def test_leaders_attending_a_summit_include_a_list_puts_each_of_them_there():
    text = ("Heads of state who will be attending the summit in Nairobi include Ghanaian President John Mahama, "
            "Egyptian President Abdel Fattah el-Sisi and South African President Cyril Ramaphosa.")
    assert {("Mahama", "KE"), ("el-Sisi", "KE"), ("Ramaphosa", "KE")} <= found(text)


def test_a_summit_named_after_its_city_in_the_plural_keeps_the_city_a_place():
    text = ("JAKARTA: Prime Minister Anwar Ibrahim arrived here on Sunday to attend the ASEAN Summit and "
            "Related Summits.\n\nLeaders attending the Jakarta Summits include Japanese Prime Minister "
            "Fumio Kishida and Chinese Premier Li Qiang.")
    got = found(text)
    assert {("Ibrahim", "ID"), ("Kishida", "ID"), ("Qiang", "ID")} <= got


def test_other_leaders_attending_include_takes_the_gathering_told_before():
    text = ("The funeral was held at the cathedral in Lisbon on Tuesday.\n\nOther foreign leaders attending "
            "include Spanish Prime Minister Pedro Sanchez and French President Emmanuel Macron.")
    assert {("Sanchez", "PT"), ("Macron", "PT")} <= found(text)


def test_a_list_of_those_who_will_miss_the_summit_is_no_visit():
    text = ("Leaders who will miss the summit in Nairobi include Ghanaian President John Mahama and "
            "South African President Cyril Ramaphosa.")
    assert not {c for _, c in found(text)} & {"KE"}


def test_everyone_listed_before_among_the_leaders_attending_is_there():
    text = ("US President Joe Biden, German Chancellor Olaf Scholz and Prime Minister Shehbaz Sharif would be "
            "among the world leaders attending the annual meeting of the World Economic Forum.")
    assert {("Biden", "CH"), ("Scholz", "CH"), ("Sharif", "CH")} <= found(text)


# joining a group, a delegation, a summit opened by ------------------------------------------------

def test_joining_several_leaders_somewhere_is_a_visit():
    text = ("Kenyan President William Ruto joined several African leaders and dignitaries in Kigali, Rwanda, "
            "on Sunday to attend the inauguration.")
    assert ("Ruto", "RW") in found(text)


def test_joining_leaders_in_a_call_is_no_visit():
    text = "Kenyan President William Ruto joined several African leaders in a call on Sunday about the crisis."
    assert not {c for n, c in found(text) if n == "Ruto"} - {"KE"}


def test_a_country_represented_somewhere_by_its_minister_puts_the_minister_there():
    text = "Armenia in Geneva will be represented by Foreign Minister Ararat Mirzoyan."
    assert ("Mirzoyan", "CH") in found(text)


def test_a_country_represented_at_a_summit_by_its_vice_president_puts_him_at_the_summit():
    text = "Nigeria will be represented at the ECOWAS summit in Accra by Vice-President Kashim Shettima."
    assert ("Shettima", "GH") in found(text)


def test_a_summit_opened_by_leaders_the_sentence_after_it_was_named():
    text = ("Ramaphosa arrived in Malabo, Equatorial Guinea on Thursday to attend the Africa-Turkey summit. "
            "It was expected to be opened by Turkish President Recep Tayyip Erdogan and Mauritanian President "
            "Mohamed Ould Ghazouani.")
    got = found(text)
    assert {("Erdogan", "GQ"), ("Ghazouani", "GQ")} <= got


def test_a_gathering_told_with_to_before_it_is_in_that_place():
    # the place of a gathering is told with "to" as with "in" or "at", as the event-name reader already read it
    text = ("Delegations came to Lisbon for the funeral of the former president. It was attended by French "
            "President Emmanuel Macron and Spanish Prime Minister Pedro Sanchez.")
    assert {("Macron", "PT"), ("Sanchez", "PT")} <= found(text)


def test_it_opened_by_with_no_gathering_named_before_is_nothing():
    text = ("Ramaphosa praised the new bridge. It was opened by Turkish President Recep Tayyip Erdogan "
            "last year.")
    assert ("Erdogan", "ZA") not in found(text)


def test_attending_the_gathering_takes_the_place_the_leaders_meet_in():
    text = ("EU leaders meet in Brussels on Thursday and Friday to discuss migration. British Prime Minister "
            "Theresa May attended the gathering on Thursday.")
    assert ("May", "BE") in found(text, dt.date(2017, 6, 23))


# no trip ------------------------------------------------------------------------------------------

def test_attendance_only_asked_about_is_no_visit():
    text = ("Prime Minister Sitiveni Rabuka is yet to confirm whether he will attend the Pacific Islands "
            "Forum Leaders meeting in Honiara next week.")
    assert ("Rabuka", "SB") not in found(text)


def test_unclear_if_a_leader_will_travel_is_no_visit():
    text = "It is unclear if Russian President Vladimir Putin will attend the summit in Johannesburg."
    assert ("Putin", "ZA") not in found(text)


def test_a_summit_attended_in_virtual_format_is_no_visit():
    text = ("Prime Minister Narendra Modi will be attending the BRICS Summit hosted by China in virtual format "
            "on June 23 and 24.")
    assert ("Modi", "CN") not in found(text)


def test_the_hosts_own_leader_opening_the_summit_is_at_home():
    text = ("Ramaphosa arrived in Malabo, Equatorial Guinea on Thursday to attend the Africa-Turkey summit. "
            "It was expected to be opened by Equatorial Guinea President Teodoro Obiang Nguema.")
    assert not {c for n, c in found(text) if n in ("Nguema", "Obiang")} - {"GQ"} and \
        ("Nguema", "GQ") not in found(text)


# more ways of being there, and of refusing ---------------------------------------------------------

def test_among_those_who_attended_an_inauguration_is_a_visit():
    text = "Kenyan President William Ruto was among those who attended the inauguration in Pretoria on Wednesday."
    assert ("Ruto", "ZA") in found(text)


def test_gracing_a_ceremony_abroad_is_a_visit():
    text = "Ghanaian President Nana Akufo-Addo graced the swearing-in ceremony in Abuja on Monday."
    assert ("Akufo-Addo", "NG") in found(text)


def test_in_attendance_at_a_funeral_abroad_is_a_visit():
    text = "Japanese Prime Minister Fumio Kishida was in attendance at the funeral in London."
    assert ("Kishida", "GB") in found(text)


def test_a_summit_also_attended_by_leaders_puts_them_there():
    text = ("The summit in Johannesburg was also attended by Indian Prime Minister Narendra Modi and "
            "Chinese President Xi Jinping.")
    assert {("Modi", "ZA"), ("Jinping", "ZA")} <= found(text)


def test_declining_an_invitation_to_attend_is_no_visit():
    text = "Kenyan President William Ruto declined an invitation to attend the summit in Moscow."
    assert ("Ruto", "RU") not in found(text)


def test_refusing_to_attend_is_no_visit():
    text = "Polish President Andrzej Duda refused to attend the ceremony in Minsk."
    assert ("Duda", "BY") not in found(text)


def test_a_brief_meeting_on_the_sidelines_of_a_summit_puts_both_at_the_summit():
    text = ("Indonesian President Joko Widodo had a brief meeting with Chinese President Xi Jinping on the "
            "sidelines of the G20 summit in Rome.")
    assert {("Widodo", "IT"), ("Jinping", "IT")} <= found(text)


def test_a_visit_told_in_a_when_clause_after_an_open_question_is_still_a_visit():
    text = ("Speculation grows over whether Kim Jong Un will answer the call for a meeting when Japanese "
            "Prime Minister Fumio Kishida visits South Korea next week.")
    assert ("Kishida", "KR") in found(text)


# attendance told by a noun --------------------------------------------------------------------------

def test_a_leaders_attendance_at_a_summit_abroad_is_a_visit():
    text = "Kenyan President William Ruto's attendance at the summit in Kazan angered Western diplomats."
    assert ("Ruto", "RU") in found(text)


def test_a_leaders_presence_at_a_funeral_abroad_is_a_visit():
    text = "Japanese Prime Minister Fumio Kishida's presence at the funeral in London was noted."
    assert ("Kishida", "GB") in found(text)


def test_an_attendance_that_would_only_follow_is_no_visit():
    text = ("Russian President Vladimir Putin's attendance at the summit in Johannesburg would oblige South "
            "Africa to arrest him.")
    assert ("Putin", "ZA") not in found(text)


def test_a_summit_that_brought_together_leaders_puts_each_of_them_there():
    text = ("The summit in Kazan brought together Indian Prime Minister Narendra Modi, Chinese President "
            "Xi Jinping and South African President Cyril Ramaphosa.")
    assert {("Modi", "RU"), ("Jinping", "RU"), ("Ramaphosa", "RU")} <= found(text)


def test_talks_that_brought_together_two_sides_name_no_traveller():
    text = "The talks in Geneva brought together the two sides for the first time in a year."
    assert found(text) == set()


# attendance told by a noun after a possessive pronoun (recall5) --------------------------------------

def test_his_attendance_at_a_summit_in_a_city_is_a_visit_of_the_one_his_stands_for():
    text = ("Kenyan President William Ruto left Nairobi on Monday. His attendance at the BRICS summit in Kazan "
            "angered Western diplomats.")
    assert ("Ruto", "RU") in found(text)


def test_his_attendance_only_wished_for_is_no_visit():
    text = ("Kenyan President William Ruto left Nairobi on Monday. His attendance at the BRICS summit in Kazan "
            "would anger Western diplomats.")
    assert ("Ruto", "RU") not in found(text)


def test_the_place_of_a_summit_told_after_its_long_name_and_a_relative_clause():
    text = ("Indonesian President Joko Widodo left Jakarta on Saturday. He will first attend a summit of the "
            "Association of Southeast Asian Nations that kicked off on Friday in the Cambodian capital.")
    assert ("Widodo", "KH") in found(text)


def test_a_guest_met_beside_an_event_named_with_dotted_initials_came_to_its_seat():
    text = ("US President Donald Trump met with Colombian President Ivan Duque on the sidelines of the U.N. General "
            "Assembly on Sept. 25, the White House said.")
    assert ("Duque", "US") in found(text, dt.date(2018, 11, 3))
    assert ("Trump", "US") not in found(text, dt.date(2018, 11, 3))


def test_the_one_joined_where_the_sentence_opens_on_the_place_is_there_too():
    text = ("US Defense Secretary Lloyd Austin will travel to Asia on Saturday. In Tokyo, Austin will join Secretary "
            "of State Antony Blinken for talks with Japanese officials.")
    assert {("Austin", "JP"), ("Blinken", "JP")} <= found(text, dt.date(2021, 3, 11))


def test_joining_someone_with_no_place_told_is_no_visit():
    assert not found("In the meantime, Defense Secretary Lloyd Austin will join Secretary of State Antony Blinken "
                     "for talks.", dt.date(2021, 3, 11))


def test_one_joined_by_another_in_a_city_puts_both_there():
    text = "US Defense Secretary Lloyd Austin will be joined by Secretary of State Antony Blinken in Tokyo."
    assert {("Austin", "JP"), ("Blinken", "JP")} <= found(text, dt.date(2021, 3, 11))


def test_several_people_who_confirmed_their_attendance_at_a_summit_are_each_there():
    day = dt.date(2013, 9, 14)
    text = ("US President Barack Obama and Chinese President Xi Jinping have confirmed their attendances at the "
            "Asia Pacific Economic Cooperation (APEC) summit in Bali this October.")
    assert found(text, day) == {("Obama", "ID"), ("Jinping", "ID")}
    doc = Document("t", text, published=day)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    # "this October", told in September, is this year's October: still ahead, whatever tense "confirmed" has
    assert {(v.start_date, v.status) for v in visits} == {(dt.date(2013, 10, 1), "planned")}
    assert found("Obama and Xi have discussed their attendance at the APEC summit in Bali.", day) == set()
