"""Days a visit report gives apart from its travel words: an arrival told in the next sentence with a
place of another country in a later clause, a welcome at the airport, a part of the day with no day,
and a date range whose first day is glued to its "to".

Every events test runs the real geoparser and events stage on sentences written for the test.
"""

from __future__ import annotations

import datetime as dt

from geo.dates import find_dates, part_of_day
from geo.visit_day import visit_date

from .conftest import visits_of

D = dt.date


def visits(text: str, published: dt.date):
    return visits_of(text, published)


def of(found, name: str, country: str):
    return [(v.start_date, v.status) for v in found if name in v.traveler and v.country == country]


# -- an arrival told in a sentence of its own ------------------------------------------------------

def test_an_arrival_sentence_dates_a_visit_though_a_later_clause_names_another_country():
    text = ("Chancellor Olaf Scholz is on a three-day visit to Kenya. He arrived on Tuesday, and on Wednesday "
            "he met the ambassador of Tanzania.")
    assert of(visits(text, D(2023, 5, 4)), "Scholz", "KE") == [(D(2023, 5, 2), "ongoing")]


def test_the_arrival_s_own_clause_naming_another_country_gives_no_day():
    # the arrival in Kampala is not the day of the trip to Kenya
    text = "Chancellor Olaf Scholz is on a visit to Kenya. He arrived in Kampala on Tuesday."
    assert of(visits(text, D(2023, 5, 4)), "Scholz", "KE") != [(D(2023, 5, 2), "ongoing")]


def test_a_welcome_at_the_airport_is_the_arrival():
    text = ("Defence Minister Boris Pistorius is on a three-day visit to Brazil. Pistorius was received by "
            "the Brazilian defence minister at the airport on Monday.")
    assert of(visits(text, D(2024, 6, 5)), "Pistorius", "BR") == [(D(2024, 6, 3), "ongoing")]


def test_a_meeting_at_the_airport_on_another_day_of_another_person_lends_nothing():
    text = ("Defence Minister Boris Pistorius is on a three-day visit to Brazil. The minister of Chile "
            "was received at the airport on Monday.")
    assert all(d is None for d, _ in of(visits(text, D(2024, 6, 5)), "Pistorius", "BR"))


# -- a part of the day with no day -----------------------------------------------------------------

def test_a_part_of_the_day_is_the_day_of_the_story():
    s = "Prime Minister Mark Carney is expected to arrive in Canberra in the afternoon, officials said."
    d = visit_date(s, (0, len(s)), (s.index("arrive"), s.index(" in the afternoon")), D(2025, 8, 4), "future")
    assert (d.text, d.start) == ("in the afternoon", D(2025, 8, 4))


def test_a_part_of_the_day_does_not_replace_the_day_told():
    s = "Prime Minister Mark Carney will arrive in Canberra on Thursday in the afternoon."
    d = visit_date(s, (0, len(s)), (s.index("arrive"), s.index(" on Thursday")), D(2025, 8, 4), "future")
    assert d.start == D(2025, 8, 7)


def test_a_part_of_the_day_in_another_clause_is_not_the_visit_s():
    s = "Prime Minister Mark Carney will visit Canberra, and the cabinet meets in the afternoon."
    assert visit_date(s, (0, len(s)), (s.index("visit"), s.index(", and")), D(2025, 8, 4), "future") is None
    assert part_of_day("He lands in the afternoon.", 0, 26, None) is None


# -- a range glued to its "to" ---------------------------------------------------------------------

def test_a_range_whose_first_day_is_glued_to_to_is_one_range():
    [d] = find_dates("will visit India from October 31to November 1.", D(2019, 10, 20), tense="future")
    assert (d.start, d.end) == (D(2019, 10, 31), D(2019, 11, 1))


def test_a_word_glued_to_a_day_is_not_read_as_a_range():
    assert [d.text for d in find_dates("the May 5th summit and May 5toronto", D(2019, 4, 1))] == ["May 5th"]


# -- a departure told with no day ------------------------------------------------------------------

def _day(s: str, cue: str, tense: str = "past"):
    a = s.index(cue)
    d = visit_date(s, (0, len(s)), (a, a + len(cue)), D(2019, 10, 12), tense)
    return None if d is None else d.start


def test_a_departure_with_no_day_is_the_day_of_the_story():
    assert _day("President Xi Jinping left for Nepal after the summit.", "left for Nepal") == D(2019, 10, 12)
    assert _day("Prime Minister Imran Khan leaves for his first official visit to Sri Lanka.",
                "visit to Sri Lanka", "future") == D(2019, 10, 12)


def test_a_departure_s_own_day_wins():
    assert _day("President Xi Jinping left for Nepal on Wednesday.", "left for Nepal") == D(2019, 10, 9)


def test_a_departure_ahead_long_past_or_to_the_airport_gives_no_day():
    assert _day("President Xi Jinping will leave for Nepal after the summit.", "leave for Nepal", "future") is None
    assert _day("President Xi Jinping had left for Nepal before the vote.", "left for Nepal") is None
    assert _day("After lunch, Xi left for Chennai Airport from where he flew on.", "left for Chennai") is None


def test_the_country_left_for_is_not_the_one_of_a_later_place():
    s = "Xi Jinping left for Nepal after the summit in Mahabalipuram."
    a = s.index("summit")
    others = [s.index("Nepal")]
    assert visit_date(s, (0, len(s)), (a, len(s) - 1), D(2019, 10, 12), "past", others=others) is None


# -- a stay that ends on the day of the story is under way -----------------------------------------

def test_a_leader_due_to_leave_today_is_still_there():
    text = "Prime Minister Rishi Sunak is scheduled to leave Delhi today following the two-day summit."
    found = [v for v in visits(text, D(2023, 9, 10)) if "Sunak" in v.traveler and v.country == "IN"]
    assert [v.status for v in found] == ["ongoing"]


def test_a_leader_who_left_is_gone_and_one_leaving_next_week_is_not_yet_counted_there():
    gone = visits("Prime Minister Rishi Sunak left Delhi on Sunday after the summit.", D(2023, 9, 11))
    assert [v.status for v in gone if "Sunak" in v.traveler and v.country == "IN"] == ["completed"]
    ahead = visits("Prime Minister Rishi Sunak will leave Delhi next week.", D(2023, 9, 10))
    assert "ongoing" not in [v.status for v in ahead if "Sunak" in v.traveler]


def test_a_clock_time_is_a_part_of_the_day():
    s = "Sheikh Hasina will depart from Delhi at around 10.20 am."
    d = part_of_day(s, 0, len(s), D(2023, 9, 10))
    assert (d.text, d.start) == ("at around 10.20 am", D(2023, 9, 10))
    assert part_of_day("She flew 10 km.", 0, 15, D(2023, 9, 10)) is None


def test_a_press_statement_title_of_travel_is_a_plan():
    from geo.status import tense
    t = "Secretary Kerry Travel to Colombo, Nairobi and Paris"
    assert tense(t, 0, len(t)) == "future"
    t = "Kerry discussed travel to Colombo with reporters"
    assert tense(t, 0, len(t)) == "past"


# -- days of something else in the visit's sentence ------------------------------------------------

def test_the_day_something_was_said_before_it_is_not_the_visit_s():
    s = "On Tuesday, the Kremlin said that talks between Putin and Abe in Moscow will be held on Thursday."
    a = s.index("Moscow")
    d = visit_date(s, (0, len(s)), (a, a + 6), D(2017, 4, 25), "past")
    assert (d.text, d.start) == ("Thursday", D(2017, 4, 27))  # a Tuesday paper: two days ahead


def test_a_fronted_day_of_the_visit_itself_still_counts():
    s = "On Tuesday, Abe arrived in Moscow for talks."
    a = s.index("arrived")
    assert visit_date(s, (0, len(s)), (a, a + 17), D(2017, 4, 26), "past").start == D(2017, 4, 25)


def test_the_day_a_visit_was_agreed_is_not_its_day():
    s = "The Foreign Minister's visit to Russia was agreed in February when the premier visited Japan."
    a = s.index("visit to")
    assert visit_date(s, (0, len(s)), (a, a + 15), D(2007, 4, 27), "future") is None


def test_a_past_day_stays_past_without_will():
    s = "On Tuesday the Kremlin said Putin met Abe in Moscow on Thursday."
    a = s.index("Moscow")
    assert visit_date(s, (0, len(s)), (a, a + 6), D(2017, 4, 25), "past").start == D(2017, 4, 20)


def test_a_day_before_a_trailing_attribution_is_the_visit_s():
    s = "Blinken arrived in Kyiv on Monday, the State Department said."
    a = s.index("arrived")
    assert visit_date(s, (0, len(s)), (a, a + 15), D(2024, 5, 15), "past").start == D(2024, 5, 13)


def test_a_leader_who_has_landed_is_there_on_the_day_of_the_story():
    text = ("Tanzania President Samia Suluhu has landed at the airport for a two-day official state visit. "
            "She will be received at State House by President Uhuru Kenyatta of Kenya.")
    found = of(visits(text, D(2021, 5, 4)), "Suluhu", "KE")
    assert found and all(v == (D(2021, 5, 4), "ongoing") for v in found)
