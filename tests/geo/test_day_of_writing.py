"""A trip's status against the day of writing, and days that belong to the trip's clause.

* a trip told as ahead that begins on the publication day is under way on that day when the writer
  ties its start to the day of writing ("departs for New Delhi today"); a weekday alone, or a stay of
  several days from that day ("will visit Hungary November 28-29", told on the 28th), keeps it ahead;
* "in preparation for the summit" is a purpose, not a plan: the clause's own tense dates a weekday;
* "is on his way back to the US after visiting Tanzania", "hours after wrapping up a visit to
  Jordan": the stay is over.

Every events test runs the real geoparser and events stage on sentences written for the test.
"""

from __future__ import annotations

import datetime as dt

from geo.dates import find_dates
from geo.status import tense, visit_status, was_planned
from geo.visit_day import told_today

from .conftest import visits_of

D = dt.date


def visits(text: str, published: dt.date):
    return visits_of(text, published)


def of(found, name):
    return [(v.country, v.start_date, v.status) for v in found if name in v.traveler]


# -- the day of writing ------------------------------------------------------------------------------

def test_today_is_the_writers_day_but_later_today_is_not_yet():
    text = "She flies to Lima today. He leaves for Quito later today. They meet today evening."
    found = find_dates(text, D(2024, 3, 1), tense="future")
    assert [told_today(text, d) for d in found] == [True, False, False]


def test_a_trip_that_starts_today_is_under_way_on_the_day_of_writing():
    day = D(2020, 2, 7)
    assert visit_status("future", day, None, day, told_today=True) == ("ongoing", True)
    assert visit_status("future", day, None, day) == ("planned", True)  # a weekday alone: still ahead
    assert visit_status("future", day + dt.timedelta(days=1), None, day, told_today=True) == ("planned", True)


def test_a_stay_told_ahead_from_the_day_of_writing_is_still_ahead_and_so_is_a_week_frame():
    monday = D(2023, 11, 27)  # "will visit Hungary November 27-28", told on the 27th
    assert visit_status("future", monday, monday + dt.timedelta(days=1), monday) == ("planned", True)
    # "will depart this week", told on the Wednesday: the week is a frame, its Monday no first day
    assert visit_status("future", monday, monday + dt.timedelta(days=6), monday + dt.timedelta(days=2)) \
        == ("planned", False)


def test_departing_today_on_a_state_visit_is_ongoing_on_that_day():
    found = visits("Prime Minister Mahinda Rajapaksa departs to New Delhi today on a state visit to India.",
                   D(2020, 2, 7))
    assert of(found, "Rajapaksa") == [("IN", D(2020, 2, 7), "ongoing")]


def test_a_weekday_that_is_the_publication_day_keeps_a_departure_ahead():
    found = visits("President Buhari will on Thursday proceed to the United Kingdom on a private visit.",
                   D(2019, 4, 25))  # a Thursday
    assert of(found, "Buhari") == [("GB", D(2019, 4, 25), "planned")]


# -- a purpose is not a plan -------------------------------------------------------------------------

def test_in_preparation_for_is_a_purpose_and_keeps_the_clause_in_the_past():
    s = "President Sisi was among the first leaders to arrive in Riyadh Thursday in preparation for the summit."
    assert tense(s, 0, len(s)) == "past"
    assert tense("Preparations for the visit to Moscow are under way.", 0, 50) == "future"
    found = visits(s, D(2022, 12, 9))  # a Friday
    assert of(found, "Sisi") == [("SA", D(2022, 12, 8), "ongoing")]


# -- a stay told as over -----------------------------------------------------------------------------

def test_on_the_way_back_after_visiting_a_country_ends_the_stay_there():
    text = ("President Barack Obama is on his way back to the US after visiting Tanzania. "
            "The president had arrived in Tanzania on Monday.")
    found = visits(text, D(2013, 7, 2))
    assert of(found, "Obama") == [("TZ", D(2013, 7, 1), "completed")]


def test_going_on_after_visiting_a_country_is_no_departure_from_the_next_one():
    text = ("Chancellor Scholz flies to Kenya on Friday after visiting Ethiopia. "
            "Scholz arrived in Ethiopia on Thursday.")
    found = visits(text, D(2023, 5, 5))  # a Friday
    assert ("ET", D(2023, 5, 4), "ongoing") in of(found, "Scholz")


def test_wrapping_up_a_visit_reads_the_country_right_after_the_trip_noun():
    text = ("President Barack Obama arrived in Washington Saturday evening, hours after wrapping up a visit "
            "to Jordan with a quick tour of Petra. Obama arrived in Jordan late Friday.")
    found = visits(text, D(2013, 3, 23))
    assert ("JO", D(2013, 3, 22), "completed") in of(found, "Obama")


# -- a plan for the day of writing -------------------------------------------------------------------

def test_an_arrival_scheduled_for_today_is_the_days_programme():
    found = visits("China's foreign minister, Wang Yi, is scheduled to arrive in Pakistan today (Friday).",
                   D(2018, 9, 7))
    assert of(found, "Wang") == [("PK", D(2018, 9, 7), "ongoing")]


def test_an_arrival_that_had_been_scheduled_stays_a_plan():
    t = "Wang Yi was scheduled to arrive in Pakistan today."
    assert was_planned(t, 0, len(t), today=True)


# -- the last leg of a schedule ----------------------------------------------------------------------

def test_concluding_a_trip_with_a_visit_is_a_leg_still_ahead():
    for s in ("The secretary concludes his trip with a visit to South Korea.",
              "The minister will start in Oman, concluding it in Saudi Arabia."):
        assert tense(s, 0, len(s)) == "future", s
    assert tense("He concluded his trip with a visit to Seoul.", 0, 44) == "past"
    assert tense("Modi concludes his visit to Japan today.", 0, 39) == "present"


# -- days told apart from the trip's own words -------------------------------------------------------

def test_a_stay_counted_back_from_its_last_day():
    found = visits("Foreign Minister Toshimitsu Motegi visited Britain for four days through Saturday.",
                   D(2020, 8, 11))  # a Tuesday
    assert of(found, "Motegi") == [("GB", D(2020, 8, 5), "completed")]


def test_the_span_told_after_the_trip_noun_dates_the_one_trip_of_the_story():
    text = ("ISLAMABAD: Chinese Foreign Minister Wang Yi arrived here on a three-day visit. "
            "The Chinese foreign minister will also meet opposition leaders during his visit from September 7-9.")
    found = visits(text, D(2018, 9, 8))
    assert of(found, "Wang") == [("PK", D(2018, 9, 7), "ongoing")]


def test_a_span_after_another_countrys_place_is_not_the_trip_s():
    text = ("Foreign Minister Wang Yi is visiting Pakistan. "
            "He met the Indian envoy, back from Nepal after her stay from September 1-3.")
    found = visits(text, D(2018, 9, 8))
    assert all(v.start_date != D(2018, 9, 1) for v in found if "Wang" in v.traveler and v.country == "PK")


# -- a trip that has set out -------------------------------------------------------------------------

def test_the_first_stop_of_a_trip_that_set_out_that_day_is_under_way():
    text = ("Prime Minister Narendra Modi on Saturday morning left for a five-nation tour. "
            "On the first leg, the Prime Minister will reach Herat in Afghanistan in the afternoon. "
            "Tomorrow evening, the Prime Minister will arrive in Doha, the capital of Qatar.")
    found = visits(text, D(2016, 6, 4))  # a Saturday
    got = dict((c, (d, s)) for c, d, s in of(found, "Modi"))
    assert got["AF"] == (D(2016, 6, 4), "ongoing")
    assert got["QA"] == (D(2016, 6, 5), "planned")  # the next leg is still ahead


def test_a_later_leg_on_the_day_of_writing_stays_ahead():
    text = ("Secretary Tillerson left Chad on Monday. He arrived in Chad on Sunday. "
            "Later Monday, Tillerson flies to Nigeria's capital, Abuja.")
    found = visits(text, D(2018, 3, 12))  # a Monday
    assert ("NG", D(2018, 3, 12), "ongoing") not in of(found, "Tillerson")
