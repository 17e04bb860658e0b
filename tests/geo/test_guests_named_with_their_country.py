"""Guests of one gathering named in sentences of their own, with their country but not the place
(``geo.visits.gathering_guests``).

Our own sentences: a summit or a funeral told with one guest's trip, then the other guests told as coming,
joining, attending or arriving, each with a descriptor of country; and the cases that give no guest: staying
away, one another stands in for, a place of a third country, gatherings in two countries, the host's people.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of, trip_to

DAY = dt.date(2024, 3, 27)  # a Wednesday
LEAD = "Kenyan President William Ruto will attend the state funeral in Accra on Saturday. "


def test_guests_told_as_joining_take_the_gathering_and_its_day():
    t = LEAD + "Nigerian President Bola Tinubu and Senegalese President Macky Sall will also be joining other leaders."
    assert {("Tinubu", "GH"), ("Sall", "GH")} <= stops_of(t, DAY)
    v = trip_to(t, DAY, "Tinubu", "GH")
    assert (v.start_date, v.status) == (dt.date(2024, 3, 30), "planned")
    assert "a guest of the gathering" in v.how and v.evidence.startswith("Nigerian President")


def test_guests_listed_as_attending_each_travel():
    t = LEAD + ("Other leaders who have confirmed they will attend include Togolese President Faure Gnassingbe "
                "and Ivorian President Alassane Ouattara.")
    assert {("Gnassingbe", "GH"), ("Ouattara", "GH")} <= stops_of(t, DAY)


def test_guests_who_arrived_are_there_on_the_day_of_writing():
    t = LEAD + "First to arrive was Liberian President Joseph Boakai, followed by Malian leader Assimi Goita."
    v = trip_to(t, DAY, "Boakai", "GH")
    assert (v.start_date, v.status) == (DAY, "ongoing")
    assert ("Goita", "GH") in stops_of(t, DAY)


def test_staying_away_gives_no_guest():
    t = LEAD + "South African President Cyril Ramaphosa will not be joining the other leaders."
    assert ("Ramaphosa", "GH") not in stops_of(t, DAY)


def test_one_another_stands_in_for_is_no_guest():
    t = LEAD + "Egyptian Foreign Minister Sameh Shoukry will attend, representing President Abdel Fattah al-Sisi."
    assert ("Shoukry", "GH") in stops_of(t, DAY)
    assert not any(who.endswith("Sisi") for who, where in stops_of(t, DAY) if where == "GH")


def test_a_place_of_a_third_country_is_another_trip():
    t = LEAD + "Nigerian President Bola Tinubu arrived in Paris for talks with the French president."
    assert ("Tinubu", "GH") not in stops_of(t, DAY)


def test_gatherings_in_two_countries_leave_a_guest_unplaced():
    t = (LEAD + "Ruto will then attend the summit in Addis Ababa on Monday. "
         "Nigerian President Bola Tinubu will also be joining.")
    assert not {("Tinubu", "GH"), ("Tinubu", "ET")} & stops_of(t, DAY)


def test_the_hosts_own_people_are_no_guests():
    t = LEAD + "Ghanaian President Nana Akufo-Addo will be present to receive the leaders."
    assert ("Akufo-Addo", "GH") not in stops_of(t, DAY)


def test_a_meeting_of_two_is_no_gathering_of_guests():
    t = ("Kenyan President William Ruto will visit Accra on Saturday for talks. "
         "Nigerian President Bola Tinubu will also be joining the talks.")
    assert ("Tinubu", "GH") not in stops_of(t, DAY) or "a guest of the gathering" not in trip_to(t, DAY, "Tinubu", "GH").how


def test_whose_delegation_it_is_is_no_guest():
    t = LEAD + ("The delegation of the Nigerian President, Bola Tinubu, led by Vice-President Kashim Shettima, "
                "will also attend.")
    assert ("Shettima", "GH") in stops_of(t, DAY)
    assert ("Tinubu", "GH") not in stops_of(t, DAY)
