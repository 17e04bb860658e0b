"""Visits told after the fact (realnews dev 030-049): a traveller back home, a tour's stops told in the
past, and words that look like travel but name a host or a guest ("host President Nguesso", "met with
visiting U.S. Secretary of State John Kerry")."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

PUB = dt.date(2024, 6, 15)  # a Saturday


def _visits(text, published=PUB):
    doc = Document("d", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler, v.country): v for v in visits}


def test_back_home_closes_the_trip_and_the_day_told_is_the_return():
    got = _visits("US President Barack Obama returned to Washington Saturday, following a surprise visit to "
                  "Afghanistan, where he spoke to troops.", dt.date(2010, 12, 4))
    v = got[("Barack Obama", "AF")]
    assert v.status == "completed"
    assert v.start_date is None  # Saturday is the day he came home, not the day he arrived
    got = _visits("President Donald Trump, who returned home Wednesday, hailed his India visit as a success.",
                  dt.date(2020, 2, 26))
    assert got[("Donald Trump", "IN")].status == "completed"


def test_a_return_to_a_place_of_another_country_is_no_homecoming():
    got = _visits("Secretary of State Antony Blinken met Israeli leaders in Tel Aviv on Monday. "
                  "Blinken returned to Jordan on Saturday.")
    assert got[("Antony Blinken", "IL")].status != "planned"
    assert ("Antony Blinken", "JO") in got  # a trip of its own, not the way home


def test_back_from_or_fresh_from_a_bare_place_is_a_stop_that_is_over():
    got = _visits("Pakistani Prime Minister Shehbaz Sharif, back from Saudi Arabia, told reporters the kingdom "
                  "would invest.")
    assert got[("Shehbaz Sharif", "SA")].status == "completed"
    got = _visits("Fresh from Beijing, Russian President Vladimir Putin met his security council.")
    assert got[("Vladimir Putin", "CN")].status == "completed"


def test_a_tour_that_included_names_its_stops_in_the_past():
    got = _visits("The visit comes a day after Saudi Crown Prince, Mohammed bin Salman, concluded a regional "
                  "tour that included Egypt, Jordan and Turkiye.")
    for country in ("EG", "JO", "TR"):
        assert got[("Mohammed bin Salman", country)].status == "completed"


def test_his_trip_inside_a_who_clause_is_that_persons_trip():
    got = _visits("Turkish Foreign Minister Hakan Fidan began a tour of the Balkans on Saturday. The minister's tour "
                  "follows his recent meeting with U.K. Foreign Secretary David Cameron, who was in Istanbul as the "
                  "last stop of his four-day trip to the Middle East that included Israel, Palestine and Qatar.")
    assert ("David Cameron", "IL") in got and ("David Cameron", "QA") in got
    assert ("Hakan Fidan", "IL") not in got and ("Hakan Fidan", "QA") not in got


def test_host_before_a_name_is_the_host_at_home_not_a_guest():
    got = _visits("After addressing the Organisation of Islamic Cooperation meeting in Abu Dhabi, Indian External "
                  "Affairs Minister Sushma Swaraj held talks with host UAE's Foreign Minister Sheikh Abdullah bin "
                  "Zayed Al Nahyan.")
    assert not any(country == "IN" for _, country in got)
    got = _visits("President Paul Kagame visited Oyo, the hometown of host President Denis Sassou Nguesso, on "
                  "Tuesday.")
    assert not any(country == "RW" for _, country in got)
    # the verb still hosts: "Macron will host Modi in Paris"
    got = _visits("French President Emmanuel Macron will host Indian Prime Minister Narendra Modi in Paris in July.")
    assert ("Narendra Modi", "FR") in got


def test_visiting_before_a_guests_title_is_no_trip_of_the_subject():
    got = _visits("President Xi Jinping on Saturday met with visiting U.S. Secretary of State John Kerry to discuss "
                  "bilateral ties.", dt.date(2013, 4, 13))
    assert ("Xi Jinping", "US") not in got
    got = _visits("Chinese President Xi Jinping is visiting Serbia this week.")
    assert ("Xi Jinping", "RS") in got


def test_a_reported_clause_after_the_trip_does_not_lend_it_its_tense():
    got = _visits("Kenyan President William Ruto told reporters in Nairobi after his trip to Beijing that China "
                  "would fund the railway.")
    assert got[("William Ruto", "CN")].status == "completed"
    got = _visits("Kenyan President William Ruto said his visit to China, which will start on Monday, is important.")
    assert got[("William Ruto", "CN")].status == "planned"


def test_talks_between_two_people_with_the_day_and_event_before_the_place():
    got = _visits("The signing was held during the bilateral meeting between President Rodrigo Duterte and Indian "
                  "Prime Minister Narendra Modi on Monday on the sidelines of the Asean Summit in Manila.")
    assert ("Narendra Modi", "PH") in got
    assert ("Rodrigo Duterte", "PH") not in got  # at home
    got = _visits("Talks between Chinese Foreign Minister Wang Yi and Turkish Foreign Minister Hakan Fidan on "
                  "Tuesday in Ankara covered trade.")
    assert got[("Wang Yi", "TR")].start_date == dt.date(2024, 6, 11)


def test_a_fronted_place_before_a_persons_country_title_is_where_he_was():
    got = _visits("In Tokyo on Monday, US President Joe Biden met Japanese Prime Minister Fumio Kishida.")
    v = got[("Joe Biden", "JP")]
    assert (v.start_date, v.status) == (dt.date(2024, 6, 10), "completed")
    assert ("Joe Biden", "US") not in got  # "US" is his title's, not a second place


def test_an_abbreviation_in_the_name_met_does_not_end_the_meeting_before_its_place():
    got = _visits("Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in Manila on "
                  "Friday.")
    assert got[("Fumio Kishida", "PH")].start_date == dt.date(2024, 6, 14)
    got = _visits("Indian External Affairs Minister S Jaishankar met his Palestinian counterpart Dr. Riyad al-Maliki "
                  "in Uganda's Kampala on Friday.")
    assert ("S Jaishankar", "UG") in got


def test_the_two_leaders_met_in_a_place_foreign_to_the_story_person():
    got = _visits("Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin on Tuesday. "
                  "The two leaders met in Moscow at the Kremlin.")
    assert got[("Narendra Modi", "RU")].status == "completed"
    assert ("Vladimir Putin", "RU") not in got
    # the story's person is the host: nothing for him, and no guess at the guest
    got = _visits("Russian President Vladimir Putin held talks on Tuesday. The two leaders met in Moscow.")
    assert got == {}


def test_the_day_of_coming_home_is_the_last_day_and_a_length_counts_back_the_first():
    got = _visits("US President Barack Obama returned to Washington on Saturday, following a two-day visit to "
                  "Afghanistan.", dt.date(2024, 6, 17))
    v = got[("Barack Obama", "AF")]
    assert (v.start_date, v.end_date, v.status) == (dt.date(2024, 6, 14), dt.date(2024, 6, 15), "completed")


def test_an_aside_after_a_name_tells_that_persons_stop_not_the_subjects():
    got = _visits("German Chancellor Olaf Scholz told Indian Prime Minister Narendra Modi, back from Moscow, that the "
                  "war must end.")
    assert ("Narendra Modi", "RU") in got
    assert ("Olaf Scholz", "RU") not in got
    got = _visits("French President Emmanuel Macron welcomed Indian Prime Minister Narendra Modi, fresh from a visit "
                  "to Greece, to Paris on Friday.")
    assert got[("Narendra Modi", "GR")].status == "completed"
    assert ("Emmanuel Macron", "GR") not in got
