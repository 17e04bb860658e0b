"""Datelines as wires write them, and the day a story was written (issue 13, dateline and date classes)."""

import datetime as dt

from geo.datelines import find_dateline

from .conftest import visits_of


def _visits(text, published):
    found = visits_of(text, published)
    return [(v.traveler.split()[-1], v.country, v.start_date) for v in found]


def test_a_dateline_with_the_country_in_brackets():
    d = find_dateline("Colombo [Sri Lanka], Mar 4 (ANI): The minister arrived here.")
    assert (d.place, d.date, d.agency) == ("Colombo", "Mar 4", "ANI")


def test_here_under_a_bracketed_dateline_is_its_place():
    t = "Tokyo [Japan], Sep 2 (ANI): Indian Defence Minister Rajnath Singh arrived here on Monday."
    assert _visits(t, dt.date(2019, 9, 2)) == [("Singh", "JP", dt.date(2019, 9, 2))]


def test_relative_days_count_from_the_dateline_of_a_story_printed_later():
    # filed on Thursday March 21, printed on Saturday March 23: "yesterday" is Wednesday the 20th
    t = "ISLAMABAD, March 21 (Reuters) - Malaysian Prime Minister Mahathir Mohamad arrived here yesterday."
    assert _visits(t, dt.date(2019, 3, 23)) == [("Mohamad", "PK", dt.date(2019, 3, 20))]
    # a dateline day long before the publication day is not taken as the day of writing
    t = "ISLAMABAD, March 21 (Reuters) - Malaysian Prime Minister Mahathir Mohamad arrived here yesterday."
    assert _visits(t, dt.date(2019, 4, 23)) == [("Mohamad", "PK", dt.date(2019, 4, 22))]


def test_an_arrival_with_no_day_of_its_own_takes_the_day_it_was_reported():
    t = ("Pakistan's Prime Minister Shehbaz Sharif arrived in Saudi Arabia's Medina to perform prayers, "
         "state news agency SPA reported on Thursday.")
    assert _visits(t, dt.date(2022, 4, 29)) == [("Sharif", "SA", dt.date(2022, 4, 28))]


def test_a_day_counted_from_another_is_not_that_weekday():
    from geo.visit_day import visit_date
    t = "On Friday, exactly one week later, the president will be working in China."
    assert visit_date(t, (0, len(t)), (55, 72), dt.date(2022, 1, 28), "future") is None


def test_an_undated_visit_takes_the_day_of_a_sentence_naming_its_traveller_and_host():
    t = ("President Maithripala Sirisena received a warm welcome at the airport in Moscow yesterday. "
         "During the visit, President Sirisena is scheduled to meet President Putin in the Kremlin.")
    found = visits_of(t, dt.date(2017, 3, 23))
    ru = [v for v in found if v.country == "RU"]
    assert [(v.start_date, v.status) for v in ru] == [(dt.date(2017, 3, 22), "ongoing")]


def test_a_sentence_of_two_hosts_lends_no_day():
    t = ("The minister is on a three-day visit to Bangladesh and Bhutan starting today. "
         "During his visit to Bhutan, Jaishankar will call on the King.")
    found = visits_of(t, dt.date(2022, 4, 28))
    assert [v.start_date for v in found if v.country == "BT"] == [None]


def test_an_arrival_keeps_its_tense_past_a_where_clause():
    t = "Secretary of State Rex Tillerson arrives in N'Djamena, the capital of Chad, Monday where he will meet President Deby."
    assert [(v.country, v.status) for v in _visits_full(t, dt.date(2018, 3, 12))] == [("TD", "ongoing")]


def _visits_full(text, published):
    return visits_of(text, published)


def test_a_weekend_is_its_saturday_and_sunday():
    from geo.dates import find_dates
    friday = dt.date(2023, 3, 17)
    (m,) = find_dates("Xi heads to Moscow this weekend.", friday, tense="future")
    assert (m.start, m.end) == (dt.date(2023, 3, 18), dt.date(2023, 3, 19))
    (m,) = find_dates("Xi was in Moscow last weekend.", friday, tense="past")
    assert (m.start, m.end) == (dt.date(2023, 3, 11), dt.date(2023, 3, 12))


def test_the_day_a_tour_is_embarked_on_is_its_first_stop_s():
    t = "Prime Minister Narendra Modi will embark on a two-nation tour of France and the UAE on Thursday."
    got = {c: d for _, c, d in _visits(t, dt.date(2023, 7, 12))}
    assert got == {"FR": dt.date(2023, 7, 13), "AE": None}


def test_a_weekday_told_with_last_week_is_that_week_s():
    friday = dt.date(2023, 3, 24)
    assert _visits("Last week, on Tuesday, Kishida visited Kyiv.", friday) == [("Kishida", "UA", dt.date(2023, 3, 14))]
    assert _visits("Kishida visited Kyiv on Tuesday.", friday) == [("Kishida", "UA", dt.date(2023, 3, 21))]
    # another clause's week is not this weekday's
    got = _visits("Kishida, who visited Kyiv on Tuesday, will travel to Warsaw next week.", friday)
    assert ("Kishida", "UA", dt.date(2023, 3, 21)) in got


def test_relative_days_news_uses():
    from geo.dates import find_dates
    d = dt.date(2023, 3, 21)
    assert [(m.text, m.start) for m in find_dates("Xi arrived in Moscow two days ago.", d)] == [
        ("two days ago", dt.date(2023, 3, 19))]
    assert [m.start for m in find_dates("Xi arrived in Moscow earlier in the day.", d)] == [d]
    assert [m.start for m in find_dates("Xi arrived in Moscow overnight.", d)] == [d]
    assert find_dates("The Prime Minister had an overnight stay in London.", d) == []  # an adjective


def test_a_day_counted_back_from_the_last_day_told():
    t = "Xi met Putin in Moscow on Monday. He had arrived in Moscow the day before."
    assert _visits(t, dt.date(2023, 3, 21)) == [("Jinping", "RU", dt.date(2023, 3, 19))]


def test_a_dateline_closed_by_the_agency_alone_dates_and_places_the_story():
    # Indian and Korean wire copy often has no dash: "Seoul, Oct 26 (IANS) North Korean ..."
    text = "Paris, May 15 (IANS) Japanese Prime Minister Fumio Kishida arrived here yesterday on a three-day visit."
    found = [(v.country, v.start_date) for v in visits_of(text, dt.date(2024, 5, 16))]
    assert found == [("FR", dt.date(2024, 5, 14))]
