"""The day of a visit a reader knows from beside it: a pair of stops sharing one day in a dated list, a stop
reached later the same day, the first stop of a trip set out for a region (geo.visits.stop_days,
geo.visits.set_out). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo.conftest import trips_of

WED = dt.date(2024, 5, 8)  # a Wednesday


def _days(text: str, published: dt.date = WED) -> dict[tuple[str, str], str | None]:
    return {(v.traveler.split()[-1], v.country): (str(v.start_date) if v.start_date else None)
            for v in trips_of(text, published)}


@pytest.mark.parametrize("text, pair, day", [
    ("Saudi Crown Prince Mohammed bin Salman arrived in Kuwait on Tuesday, after visiting Oman on Saturday, "
     "the UAE on Sunday and Qatar and Bahrain on Monday.", ("Salman", "QA"), "2024-05-06"),
    ("Foreign Minister Wang Yi will visit Egypt on Sunday and Jordan and Lebanon on Tuesday.",
     ("Yi", "JO"), "2024-05-14"),
])
def test_a_pair_of_stops_shares_the_day_after_it(text, pair, day):
    assert _days(text)[pair] == day


def test_a_range_after_a_whole_list_still_dates_only_the_first_stop():
    days = _days("President Emmanuel Macron visited Indonesia and Malaysia from May 1 to 5.")
    assert days[("Macron", "ID")] == "2024-05-01"
    assert days[("Macron", "MY")] is None


@pytest.mark.parametrize("text", [
    "Chancellor Olaf Scholz visited Ethiopia on Monday. Later that day, he flew on to Kenya.",
    "Chancellor Olaf Scholz visited Ethiopia on Monday. In the evening, he flew on to Kenya.",
    "Chancellor Olaf Scholz visited Ethiopia on Monday. That afternoon, he travelled on to Kenya.",
])
def test_a_stop_told_later_the_same_day_takes_that_day(text):
    assert _days(text)[("Scholz", "KE")] == "2024-05-06"


def test_a_stop_later_in_a_sentence_opened_by_its_day():
    text = "On Friday, Scholz met with French President Emmanuel Macron in Paris and later with NATO officials in Brussels."
    days = _days(text)
    assert days[("Scholz", "FR")] == days[("Scholz", "BE")] == "2024-05-03"


@pytest.mark.parametrize("text", [
    "Chancellor Olaf Scholz visited Ethiopia on Monday. Later, he flew on to Kenya.",
    "Chancellor Olaf Scholz visited Ethiopia on Monday. Afterwards, he flew on to Kenya.",
])
def test_a_later_time_that_is_not_the_same_day_gives_no_day(text):
    assert _days(text)[("Scholz", "KE")] is None


def test_a_trip_set_out_on_the_day_of_the_story_stays_under_way_with_an_evening_leg():
    text = ("Chancellor Olaf Scholz departed on Wednesday for his trip to Africa, with his first stop Ethiopia. "
            "In the evening, he will continue to Kenya.")
    trips = {v.country: v for v in trips_of(text, WED)}
    assert trips["ET"].status == "ongoing"
    assert str(trips["KE"].start_date) == "2024-05-08" and trips["KE"].status == "planned"


@pytest.mark.parametrize("text, pair, day", [
    ("Chancellor Angela Merkel travels to sub-Saharan Africa on Friday with a message of cooperation. "
     "The chancellor's trip to Ethiopia, South Africa and Liberia will also focus on trade.", ("Merkel", "ET"), "2024-05-10"),
    ("Minister for Europe David Lidington is visiting mainland Europe on 10 May. He will travel to Stockholm "
     "to meet his Swedish counterpart.", ("Lidington", "SE"), "2024-05-10"),
    ("Prime Minister Fumio Kishida will travel to Southeast Asia on Sunday. His trip takes in Indonesia and Vietnam.",
     ("Kishida", "ID"), "2024-05-12"),
    ("President Luiz Inacio Lula da Silva leaves for the Middle East on Sunday. He will visit Egypt and Jordan.",
     ("Silva", "EG"), "2024-05-12"),
])
def test_the_first_stop_of_a_trip_to_a_region_takes_the_day_it_set_out(text, pair, day):
    assert _days(text)[pair] == day


def test_only_the_first_stop_of_a_region_trip_takes_its_day():
    days = _days("President Luiz Inacio Lula da Silva leaves for the Middle East on Sunday. "
                 "He will visit Egypt and Jordan.")
    assert days[("Silva", "JO")] is None


def test_a_stop_told_as_a_later_one_takes_no_day_of_the_setting_out():
    days = _days("Prime Minister Fumio Kishida will travel to Southeast Asia on Sunday. He will then visit Vietnam.")
    assert days[("Kishida", "VN")] is None


@pytest.mark.parametrize("text, pair, day", [
    ("Kenyan President William Ruto will pay a two-day state visit to Ghana. Ruto arrives in the country on Friday "
     "for talks with his host.", ("Ruto", "GH"), "2024-05-10"),
    ("Foreign Minister Penny Wong will visit Fiji. She will arrive on Thursday.", ("Wong", "FJ"), "2024-05-09"),
    ("The Danish prime minister Mette Frederiksen is expected in Chile this week. Frederiksen will arrive on "
     "Thursday, May 9.", ("Frederiksen", "CL"), "2024-05-09"),
])
def test_an_arrival_ahead_told_in_another_sentence_dates_the_visit(text, pair, day):
    trips = {(v.traveler.split()[-1], v.country): v for v in trips_of(text, WED)}
    assert str(trips[pair].start_date) == day and trips[pair].status == "planned"


def test_an_arrival_ahead_names_no_stop_of_a_trip_to_two_countries():
    days = _days("Foreign Minister Penny Wong will visit Fiji and Tonga. She will arrive on Thursday.")
    assert days[("Wong", "FJ")] is None and days[("Wong", "TO")] is None


@pytest.mark.parametrize("text, pair, day", [
    ("Foreign Minister Jaishankar made a stopover in Iran on his way to Russia, where he will take part in a meeting "
     "of foreign ministers during May 12-13.", ("Jaishankar", "RU"), "2024-05-12"),
    ("Foreign Minister Jaishankar is on his way to Russia, where he will take part in a meeting of foreign ministers "
     "on May 12.", ("Jaishankar", "RU"), "2024-05-12"),
    ("Prime Minister Fumio Kishida will travel to Italy, where he will attend the summit of the leaders of the Group "
     "of Seven industrialised democracies in Apulia on June 13.", ("Kishida", "IT"), "2024-06-13"),
])
def test_what_the_traveller_does_there_dates_the_stay(text, pair, day):
    assert _days(text)[pair] == day


def test_a_stop_on_the_way_takes_no_day_of_the_where_clause_after_the_next_stop():
    text = ("Foreign Minister Jaishankar made a stopover in Iran on his way to Russia, where he will take part in a "
            "meeting of foreign ministers during May 12-13.")
    assert _days(text)[("Jaishankar", "IR")] is None


def test_en_route_without_a_where_clause_still_takes_no_day_of_the_leaving():
    text = "Prime Minister Abiy Ahmed left Nairobi on Monday en route to Cairo."
    assert _days(text)[("Ahmed", "EG")] is None


@pytest.mark.parametrize("text", [
    "President Donald Trump will travel to France after the state visit to attend the commemoration of the D-Day "
    "landings on June 6.",
    "President Donald Trump will make the short trip to France after the state visit to be part of the commemoration "
    "of the D-Day landings on June 6.",
])
def test_the_purpose_of_a_trip_after_a_phrase_of_another_time_dates_it(text):
    assert _days(text)[("Trump", "FR")] == "2024-06-06"


def test_a_day_of_an_after_clause_with_no_purpose_is_still_not_the_trips():
    text = "President Donald Trump will travel to France after the state banquet ends on June 5."
    assert _days(text)[("Trump", "FR")] is None


def test_an_arrival_read_against_the_storys_setting_is_the_news_of_the_day():
    from geo.values import Visit
    from geo.visits.news_day import arrived_that_day

    def landed(how: str) -> Visit:
        return Visit("Christopher Luxon", "NZ", None, "TO", None, None, None, None, None, "ongoing", "d",
                     "The planes carrying Luxon all landed at the airport after lunch.", 0.3, how=how)

    got = arrived_that_day([landed("setting: landed"), landed("setting: met")], WED)
    assert [str(v.start_date) for v in got] == ["2024-05-08", "None"]


@pytest.mark.parametrize("text, day, status", [
    ("Kenyan President William Ruto is visiting Ghana. The visit began on Monday.", "2024-05-06", "ongoing"),
    ("Kenyan President William Ruto is visiting Ghana. The two-day visit, which began on Monday, focuses on trade.",
     "2024-05-06", "ongoing"),
    ("Kenyan President William Ruto will visit Ghana. The visit will take place on May 20 and 21.", "2024-05-20",
     "planned"),
    ("Kenyan President William Ruto will visit Ghana. The visit is scheduled for May 20.", "2024-05-20", "planned"),
    ("Kenyan President William Ruto will pay a state visit to Ghana at the invitation of President Mahama. "
     "His trip is set to begin on May 20.", "2024-05-20", "planned"),
])
def test_a_sentence_about_the_trip_itself_gives_its_day(text, day, status):
    trips = {(v.traveler.split()[-1], v.country): v for v in trips_of(text, WED)}
    assert str(trips[("Ruto", "GH")].start_date) == day and trips[("Ruto", "GH")].status == status


@pytest.mark.parametrize("text", [
    # two stops: "the visit" may be either's
    "Kenyan President William Ruto will visit Ghana and Togo. The visit is scheduled for May 20.",
    # a trip told as under way whose "scheduled" day is still ahead is not this trip's day
    "Kenyan President William Ruto is visiting Ghana. The visit is scheduled for May 20.",
    # the sentence is about another country's visit
    "Kenyan President William Ruto will visit Ghana. The visit to Togo began on Monday.",
])
def test_a_trip_nouns_day_that_may_be_another_trips_is_not_taken(text):
    assert all(v.start_date is None for v in trips_of(text, WED) if v.country == "GH")


@pytest.mark.parametrize("text, day", [
    ("Samoan Prime Minister Fiame Naomi Mata'afa is in Fiji for an official visit. On Sunday, the army commander "
     "welcomed Prime Minister Mata'afa during a guard of honour at Nausori Airport.", "2024-05-05"),
    ("Samoan Prime Minister Fiame Naomi Mata'afa is in Fiji for an official visit. On Sunday, the army commander "
     "welcomed Prime Minister Mata'afa at State House.", None),
])
def test_a_welcome_at_the_airport_told_actively_is_the_arrival(text, day):
    assert _days(text)[("Mata'afa", "FJ")] == day


@pytest.mark.parametrize("text, day", [
    ("UN Secretary-General Antonio Guterres will visit the Iraqi capital, Baghdad, this week on Wednesday.",
     dt.date(2023, 3, 1)),
    ("UN Secretary-General Antonio Guterres will visit Baghdad next week on Tuesday.", dt.date(2023, 3, 7)),
    ("UN Secretary-General Antonio Guterres visited Baghdad last week, on Tuesday.", dt.date(2023, 2, 21)),
])
def test_a_week_then_its_day_is_that_day_of_that_week(text, day):
    # told on Monday 27 February 2023: the weekday after the week names the day, not the week's Monday
    assert [v.start_date for v in trips_of(text, dt.date(2023, 2, 27))] == [day]


def test_a_weekday_a_schedule_governs_is_ahead_even_far_from_the_host():
    # told on Monday 21 August 2017: "is scheduled to visit ... starting Wednesday" is the coming Wednesday, though
    # the host is named late in a long sentence closed by a report in the past ("his ministry said Monday")
    text = ("Foreign Minister Taro Kono is scheduled to visit Africa for five days starting Wednesday to attend a "
            "two-day ministerial meeting of a Tokyo-led African development conference in the capital of Mozambique, "
            "his ministry said Monday. Kono will be joining the Tokyo International Conference in Maputo.")
    assert [(v.country, v.start_date) for v in trips_of(text, dt.date(2017, 8, 21))] == [("MZ", dt.date(2017, 8, 23))]


@pytest.mark.parametrize("text, published, month", [
    ('"In October, we look forward to thorough bilateral talks between Russian President Vladimir Putin and '
     'Chinese President Xi Jinping in Beijing," Patrushev said.', dt.date(2023, 9, 19), dt.date(2023, 10, 1)),
    ("Russian President Dmitry Medvedev: we could discuss things in detail during my official visit to Ashkhabad "
     "at the beginning of July.", dt.date(2008, 6, 6), dt.date(2008, 7, 1)),
])
def test_a_month_in_a_sentence_with_no_verb_in_the_past_is_the_nearest(text, published, month):
    # no verb in the past (a verb of saying tells when it was said): the coming month, not last year's
    got = [(v.start_date, v.status) for v in trips_of(text, published)]
    assert got and all(day == month and status == "planned" for day, status in got), got


def test_a_month_told_in_the_past_stays_gone_by():
    got = trips_of("Russian President Dmitry Medvedev visited Ashkhabad at the beginning of July.", dt.date(2008, 6, 6))
    assert [(v.start_date, v.status) for v in got] == [(dt.date(2007, 7, 1), "completed")]


def test_the_day_of_returning_from_a_host_is_no_first_day_there():
    # told on Saturday 18 January 2025: "return home on Friday evening from Dakar" ends the stay in Senegal
    text = ("President John Dramani Mahama on Friday embarked on a state visit to The Gambia and Senegal. "
            "He traveled to Senegal, where he met President Faye. He is expected to return home on Friday evening "
            "from Dakar.")
    got = {v.country: (v.start_date, v.status) for v in trips_of(text, dt.date(2025, 1, 18))}
    assert got["SN"] == (None, "completed"), got  # (not the Friday ahead, 24 January, as planned)
