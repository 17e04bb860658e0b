"""Day and status forms of ordinary visit reports (dev articles 740-752, taken as a search returned
them): "at the invitation of" in a report of a trip already made, "X and visiting Minister Y", a plan
told in the past tense with a weekday, an earlier plan of a trip that was called off, and a day told
as the end of a visit.

Every events test runs the real geoparser and events stage on sentences written for the test.
"""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.status import tense
from geo.values import Document
from geo.visit_day import visit_date
from geo.visits.told_days import visit_length

from .conftest import visits_of

D = dt.date


def visits(text: str, published: dt.date):
    return visits_of(text, published)


# -- "at the invitation of" tells no plan ----------------------------------------------------------

def test_an_arrival_at_someone_s_invitation_is_told_in_the_past():
    s = "Foreign Minister Yoko Kamikawa arrived in Nepal on Sunday at the invitation of Foreign Minister Shrestha."
    assert tense(s, 0, len(s)) == "past"
    found = visits(s, D(2024, 5, 6))  # a Monday
    assert [(v.country, v.start_date, v.status) for v in found if "Kamikawa" in v.traveler] \
        == [("NP", D(2024, 5, 5), "ongoing")]


def test_an_invitation_to_visit_is_still_a_plan():
    s = "Sato has accepted an invitation to visit Nepal."
    assert tense(s, 0, len(s)) == "future"
    t = "Sato will visit Nepal at the invitation of Foreign Minister Shrestha."
    assert tense(t, 0, len(t)) == "future"


# -- "X and visiting Minister Y": Y is the guest ---------------------------------------------------

_GUEST = ("Foreign Minister Narayan Shrestha and visiting Minister for Foreign Affairs of Japan, "
          "Yoko Kamikawa, held bilateral talks in Kathmandu on Sunday.")


def test_the_host_beside_a_visiting_minister_did_not_visit_her_country():
    assert not [v for v in visits(_GUEST, D(2024, 5, 6)) if "Shrestha" in v.traveler]


def test_visiting_a_leader_is_still_a_visit_to_his_country():
    found = visits("Foreign Minister Narayan Shrestha visited Prime Minister Fumio Kishida in Tokyo on Sunday.",
                   D(2024, 5, 6))
    assert any("Shrestha" in v.traveler and v.country == "JP" for v in found)


# -- a plan told in the past tense: the nearer weekday ---------------------------------------------

def _day(s: str, published: dt.date, cue: str):
    a = s.index(cue)
    d = visit_date(s, (0, len(s)), (a, a + len(cue)), published, "future")
    return d.start


def test_a_plan_told_in_the_past_takes_the_weekday_just_gone():
    s = "The ministry said that she was scheduled to depart for Japan on Sunday night."
    assert _day(s, D(2024, 5, 6), "depart") == D(2024, 5, 5)


def test_a_plan_told_in_the_present_takes_the_weekday_ahead():
    s = "The ministry said that she is scheduled to depart for Japan on Sunday night."
    assert _day(s, D(2024, 5, 6), "depart") == D(2024, 5, 12)
    # and a past-tense plan whose weekday is nearer ahead keeps it
    t = "The ministry said that she was scheduled to depart for Japan on Tuesday."
    assert _day(t, D(2024, 5, 6), "depart") == D(2024, 5, 7)


# -- an earlier plan called off does not undo the trip made ----------------------------------------

def test_a_trip_under_way_is_not_cancelled_by_its_earlier_plan():
    text = ("Emperor Naruhito arrived in Britain on Saturday. "
            "The visit by Emperor Naruhito to Britain was initially planned for 2020, but canceled due to "
            "the pandemic.")
    found = [v for v in visits(text, D(2024, 6, 23)) if v.country == "GB"]
    assert [(v.start_date, v.status) for v in found] == [(D(2024, 6, 22), "ongoing")]


def test_a_planned_trip_called_off_stays_cancelled():
    text = ("Emperor Naruhito was due to arrive in Britain on Saturday. "
            "The visit by Emperor Naruhito to Britain was canceled due to the pandemic.")
    found = [v for v in visits(text, D(2024, 6, 20)) if v.country == "GB"]
    assert found and all(v.status == "cancelled" for v in found)


# -- a day told as the end of a visit --------------------------------------------------------------

def test_the_length_of_the_trip_itself_wins_over_another_length():
    t = "marking the end of the three-day official portion of their weeklong visit to Britain"
    assert visit_length(t, 0, len(t)) == 7
    assert visit_length("a three-day state visit to Japan", 0, 32) == 3
    assert visit_length("He met the king.", 0, 16) is None


def test_a_day_that_ends_a_visit_is_not_its_first():
    text = ("Emperor Naruhito bid farewell to King Charles on Thursday, marking the end of his "
            "five-day visit to Britain.")
    found = [v for v in visits(text, D(2024, 6, 27)) if v.country == "GB"]
    assert [(v.start_date, v.end_date) for v in found] == [(D(2024, 6, 23), D(2024, 6, 27))]


def test_a_day_that_begins_a_visit_is_its_first():
    text = "Emperor Naruhito began his five-day visit to Britain on Saturday."
    found = [v for v in visits(text, D(2024, 6, 23)) if v.country == "GB"]
    assert [v.start_date for v in found] == [D(2024, 6, 22)]


# -- "next week", then "his visit on Wednesday and Thursday" ---------------------------------------

def test_weekdays_of_a_later_sentence_pin_a_visit_told_for_next_week():
    text = ("Chinese Foreign Minister Wang Yi will visit Seoul next week for talks, the ministry said Thursday. "
            "His visit on Wednesday and Thursday has been arranged at the invitation of Seoul's foreign minister "
            "ahead of a summit among South Korea, China and Japan.")
    found = [v for v in visits(text, D(2019, 11, 28)) if v.country == "KR"]
    assert [(v.start_date, v.end_date) for v in found] == [(D(2019, 12, 4), D(2019, 12, 5))]


def test_weekdays_told_of_another_country_s_visit_do_not_pin_it():
    text = ("Chinese Foreign Minister Wang Yi will visit Seoul next week for talks, the ministry said Thursday. "
            "Before that, the trip to Tokyo and his visit on Wednesday were planned by the embassy.")
    found = [v for v in visits(text, D(2019, 11, 28)) if v.country == "KR"]
    assert [v.start_date for v in found] == [D(2019, 12, 2)]  # the week's first day, as before


# -- welcomed by a counterpart named by country ----------------------------------------------------

def test_welcomed_by_a_counterpart_from_a_country_is_a_visit_there():
    text = ("President Klaus Iohannis held talks in Dar es Salaam on Sunday. On Monday, President Iohannis "
            "will be welcomed by his counterpart from the Republic of Cape Verde Jose Maria Neves.")
    found = {(v.country, v.start_date, v.status) for v in visits(text, D(2023, 11, 19))
             if "Iohannis" in v.traveler}
    assert ("CV", D(2023, 11, 20), "planned") in found


def test_welcoming_a_counterpart_from_a_country_is_no_trip_there():
    text = ("President Klaus Iohannis will welcome his counterpart from the Republic of Cape Verde "
            "Jose Maria Neves in Bucharest on Monday.")
    assert not [v for v in visits(text, D(2023, 11, 19)) if "Iohannis" in v.traveler and v.country == "CV"]


# -- a stay told as over by a departure ------------------------------------------------------------

def _status(text: str, published: dt.date, country: str) -> list[str]:
    return [v.status for v in visits(text, published) if v.country == country]


def test_leaving_the_country_ends_the_stay():
    text = ("Defence Minister Wei Fenghe arrived in Sri Lanka on Tuesday for talks. "
            "Wei Fenghe has left Sri Lanka this morning following his two-day official visit.")
    assert _status(text, D(2021, 4, 29), "LK") == ["completed"]


def test_concluding_a_visit_and_leaving_for_home_ends_the_stay():
    text = ("Prime Minister Narendra Modi landed in the US on Saturday. "
            "Modi concluded his three-day official visit to the US and left for home on Monday.")
    found = [(v.status, v.end_date) for v in visits(text, D(2024, 9, 24)) if v.country == "US"]
    assert found == [("completed", D(2024, 9, 23))]


def test_leaving_for_the_host_country_is_no_departure_from_it():
    text = "Khawaja Asif has left for Russia on a four-day official visit."
    assert _status(text, D(2018, 2, 19), "RU") == ["ongoing"]


def test_a_departure_denied_ends_nothing():
    text = ("Defence Minister Wei Fenghe arrived in Sri Lanka on Tuesday for talks. "
            "Wei Fenghe has not left Sri Lanka yet.")
    assert _status(text, D(2021, 4, 28), "LK") == ["ongoing"]


# -- "slated" alone tells a plan -------------------------------------------------------------------

def test_a_visit_slated_from_a_weekday_is_ahead():
    s = "Rex Tillerson's two-day Seoul visit slated from Friday"
    assert tense(s, 0, len(s)) == "future"
    found = [v.start_date for v in visits(f"{s} will focus on North Korea.", D(2017, 3, 13)) if v.country == "KR"]
    assert found == [D(2017, 3, 17)]


def test_a_visit_that_began_on_a_weekday_is_past():
    s = "Rex Tillerson's two-day Seoul visit began on Friday"
    assert tense(s, 0, len(s)) == "past"


# -- the day of a tour's first stop is not a later stop's ------------------------------------------

def test_the_day_a_tour_starts_with_one_country_is_not_a_later_stop_s():
    s = ("External Affairs Minister Pranab Mukherjee goes on a four-nation tour Thursday that starts with "
         "Cyprus and also takes him to Libya, Germany and Belgium.")
    a = s.index("takes him to")
    d = visit_date(s, (0, len(s)), (a, a + 12), D(2007, 5, 23), "future", others=[s.index("Cyprus")])
    assert d is None


def test_a_day_shared_by_two_verbs_dates_the_second_stop_too():
    s = "Prime Minister Narendra Modi on Saturday wrapped up his UK visit and left for Turkey."
    a = s.index("left for")
    d = visit_date(s, (0, len(s)), (a, a + 8), D(2015, 11, 14), "past", others=[s.index("UK")])
    assert d is not None and d.start == D(2015, 11, 14)


# -- a trip's own span holds the single days told of it --------------------------------------------

def _visit(start, end, text):
    from geo.values import Evidence, Visit
    e = Evidence("d", text, published=D(2024, 6, 27))
    return Visit("Naruhito", "JP", None, "GB", None, None, None, start, end, "ongoing", "d", text, 0.9,
                 sources=(e,))


def test_a_span_told_as_the_trip_s_own_holds_its_single_days():
    from geo.events import merge_visits
    m, = merge_visits([_visit(D(2024, 6, 21), D(2024, 6, 27), "the end of his weeklong visit"),
                       _visit(D(2024, 6, 27), D(2024, 6, 27), "visited Windsor later in the day")])
    assert (m.start_date, m.end_date) == (D(2024, 6, 21), D(2024, 6, 27))


def test_a_whole_week_frame_gives_way_to_the_day_told_in_it():
    from geo.events import merge_visits
    m, = merge_visits([_visit(D(2024, 6, 24), D(2024, 6, 30), "will visit next week"),
                       _visit(D(2024, 6, 26), D(2024, 6, 26), "arrives on Wednesday")])
    assert (m.start_date, m.end_date) == (D(2024, 6, 26), D(2024, 6, 26))


# -- a guest called "visiting" ---------------------------------------------------------------------

def test_a_guest_called_visiting_is_on_a_visit_to_the_other_country_named():
    text = ("China wants to raise its relation with Bangladesh to a strategic partnership, visiting Chinese "
            "President Xi Jinping said today.")
    found = [(v.traveler, v.country, v.status) for v in visits(text, D(2016, 10, 14))]
    assert found == [("Xi Jinping", "BD", "ongoing")]


def test_visiting_as_a_verb_or_with_no_host_is_no_guest_epithet():
    text = "Chinese President Xi Jinping said today he was happy with the talks, visiting officials said."
    assert not visits(text, D(2016, 10, 14))
    text = ("China wants closer ties with Bangladesh and Nepal, visiting Chinese President Xi Jinping "
            "said today.")  # two other countries: whose guest he is, is not told here
    assert not visits(text, D(2016, 10, 14))


# -- a seat of power before a long office title ----------------------------------------------------

def test_a_seat_of_power_before_a_field_title_gives_the_traveller_s_country():
    doc = Document("t", "White House National Security Advisor Jake Sullivan is set to visit China next week.",
                   published=D(2024, 8, 24))
    found, ties = finish_events(*document_events(doc, geoparse(doc)))
    assert [(v.traveler_country, v.country) for v in found] == [("US", "CN")]
    assert ("CN", "US", "visit") in {(t.a, t.b, t.kind) for t in ties}


def test_a_field_title_alone_gives_no_country():
    doc = Document("t", "National Security Advisor Jake Sullivan is set to visit China next week.",
                   published=D(2024, 8, 24))
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    assert [(v.traveler_country, v.country) for v in found] == [(None, "CN")]


# -- a meeting in a place, told with no named subject ----------------------------------------------

def test_the_foreign_guest_of_a_meeting_with_an_unnamed_subject_travelled():
    text = ("The US and French presidents met separately with Ukrainian President Volodymyr Zelenskyy in Paris "
            "on Friday.")
    found = {(v.traveler, v.country) for v in visits(text, D(2024, 6, 8))}
    assert ("Volodymyr Zelenskyy", "FR") in found


def test_a_guest_of_the_place_s_own_country_did_not_travel():
    text = ("The US and German presidents met separately with French President Emmanuel Macron in Paris "
            "on Friday.")
    found = {(v.traveler, v.country) for v in visits(text, D(2024, 6, 8))}
    assert ("Emmanuel Macron", "FR") not in found


# -- arrived at the summit the story is filed from -------------------------------------------------

def test_arriving_at_the_summit_under_a_dateline_is_a_visit_there():
    text = ("ASTANA. KAZINFORM The summit of the Shanghai Cooperation Organization opens today. "
            "As we earlier reported, Afghan President Ashraf Ghani also arrived at the summit.")
    found = [(v.traveler, v.country, v.status) for v in visits(text, D(2017, 6, 8)) if "Ghani" in v.traveler]
    assert found == [("Ashraf Ghani", "KZ", "ongoing")]


def test_speaking_of_the_summit_under_a_dateline_is_no_arrival():
    text = ("ASTANA. KAZINFORM The summit of the Shanghai Cooperation Organization opens today. "
            "Afghan President Ashraf Ghani also spoke about the summit.")
    assert not [v for v in visits(text, D(2017, 6, 8)) if "Ghani" in v.traveler]


# -- a headline's place is not the country of the title on the next line ---------------------------

def test_a_place_ending_the_headline_line_is_not_the_next_title_s_country():
    text = ("PM on a four-day official visit to Australia\n"
            "Prime Minister Ranil Wickremesinghe will leave for Australia today.")
    found = [(v.traveler, v.country) for v in visits(text, D(2017, 2, 13))]
    assert ("Ranil Wickremesinghe", "AU") in found


def test_a_country_before_a_title_on_the_same_line_is_still_its_country():
    text = "Visit to Canberra. Australia Prime Minister Malcolm Turnbull will leave for Australia today."
    assert not [v for v in visits(text, D(2017, 2, 13)) if "Turnbull" in v.traveler and v.country == "AU"]


# -- "met on <day> in <place>": a day, not a topic -------------------------------------------------

def test_a_meeting_on_a_day_in_a_place_is_a_visit_there():
    text = "Russian Deputy Foreign Minister Andrey Rudenko and Vinay Kwatra met on November 13 in New Delhi."
    found = {(v.traveler, v.country, v.start_date) for v in visits(text, D(2023, 11, 14))}
    assert ("Andrey Rudenko", "IN", D(2023, 11, 13)) in found


def test_talks_on_a_subject_in_a_place_are_no_visit_there():
    text = "Russian Deputy Foreign Minister Andrey Rudenko held talks on the situation in Afghanistan."
    assert not [v for v in visits(text, D(2023, 11, 14)) if v.country == "AF"]


# -- the day one sets out is not the first day in the country --------------------------------------

def test_the_stay_told_after_a_departure_gives_the_first_day():
    text = ("Prime Minister Ranil Wickremesinghe left for New Zealand yesterday on an official visit. "
            "Prime Minister Wickremesinghe will visit New Zealand from 1-3 October.")
    found = [(v.start_date, v.end_date) for v in visits(text, D(2016, 9, 30)) if v.country == "NZ"]
    assert found == [(D(2016, 10, 1), D(2016, 10, 3))]


def test_a_departure_alone_still_dates_the_trip():
    text = "Prime Minister Ranil Wickremesinghe left for New Zealand yesterday on an official visit."
    found = [v.start_date for v in visits(text, D(2016, 9, 30)) if v.country == "NZ"]
    assert found == [D(2016, 9, 29)]


# -- "May. 28": a stray full stop after the month ---------------------------------------------------

def test_a_full_stop_after_may_before_a_day_does_not_end_the_sentence():
    from geo.text import split_sentences
    t = "Shanahan embarks Tuesday, May. 28 to visit Jakarta, Singapore, Seoul, and Tokyo."
    assert [t[a:b] for a, b in split_sentences(t)] == [t]
    found = {(v.country, v.status) for v in visits(t, D(2019, 5, 24))}
    assert ("ID", "planned") in found and ("JP", "planned") in found


def test_a_sentence_ending_in_may_still_ends():
    from geo.text import split_sentences
    t = "He visited Jakarta in May. The talks ended."
    assert [t[a:b] for a, b in split_sentences(t)] == ["He visited Jakarta in May.", "The talks ended."]


# -- a full stop glued to the next sentence after a year or a quote (scraped text) -----------------

def test_a_stop_glued_after_a_year_or_a_quote_still_ends_the_sentence():
    from geo.text import split_sentences
    t = ('Rivas has not been to Accra since July 2000.After Ghana, Rivas will head to Togo. '
         '"It went well."Then he left. The score was 3.5 today.')
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "Rivas has not been to Accra since July 2000.", "After Ghana, Rivas will head to Togo.",
        '"It went well."', "Then he left.", "The score was 3.5 today."]
    t = ("Foreign Minister Ana Rivas of Chile visited Ghana on Monday and has not been to Togo since July 2000."
         "After Ghana, Rivas will head to Togo on Thursday.")
    found = {(v.country, v.status) for v in visits(t, D(2024, 6, 18))}
    assert ("TG", "planned") in found and ("TG", "completed") not in found


# -- "is already in", "is considering visiting", "began her visit today (16 September) in" -------

def test_already_or_still_in_a_city_is_under_way():
    for t in ("Foreign Minister Alfred Nzo, who is already in Washington, will join the talks.",
              "Foreign Minister Alfred Nzo is still in Washington for talks."):
        assert {(v.country, v.status) for v in visits(t, D(1999, 4, 28))} == {("US", "ongoing")}


def test_a_trip_under_consideration_is_ahead_and_its_month_the_coming_one():
    t = "Japanese Prime Minister Fumio Kishida is considering visiting Brazil in early May, sources said."
    assert [(v.country, v.status, v.start_date.year) for v in visits(t, D(2024, 2, 23))] == [("BR", "planned", 2024)]


def test_a_day_in_brackets_between_the_start_of_a_visit_and_its_city():
    t = "Minister Heather Wheeler began her visit today (16 September) in Vientiane and will meet officials."
    assert [(v.country, v.status, v.start_date) for v in visits(t, D(2019, 9, 16))] == [("LA", "ongoing", D(2019, 9, 16))]


# -- "will travel to India after his Pakistan visit": the main verb's tense ------------------------

def test_a_trip_ahead_after_another_visit_is_still_ahead():
    s = "MBS will travel to India after his Pakistan visit"
    assert tense(s, 0, len(s)) == "future"


def test_a_trip_made_after_another_visit_is_past():
    s = "MBS travelled to India after his Pakistan visit"
    assert tense(s, 0, len(s)) == "past"


# -- an arrival told with no day is a stay under way -----------------------------------------------

def test_an_arrival_with_no_day_is_under_way():
    found = [v.status for v in visits("Chinese President Xi Jinping arrived in the United States for talks.",
                                      D(2017, 4, 7)) if v.country == "US"]
    assert found == ["ongoing"]


def test_an_arrival_told_as_long_past_is_over():
    found = [v.status for v in visits("Chinese President Xi Jinping had first arrived in the United States in a "
                                      "snowstorm.", D(2017, 4, 7)) if v.country == "US"]
    assert found == ["completed"]
