"""Officials named by their whole office before the name, as government media notes write them, and
departures told in the present with the day between verb and destination (realnews dev 720-739:
traveller-by-title and status classes)."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.portfolios import office_country
from geo.status import tense, visit_status
from geo.values import Document


def _events(text, published):
    doc = Document("d", text, published=published)
    return finish_events(*document_events(doc, geoparse(doc)))


def _trips(text, published):
    visits, _ = _events(text, published)
    return {(v.traveler.split()[-1], v.country): v for v in visits}


def test_a_long_field_of_office_before_the_name_is_not_taken_for_the_name():
    t = ("Assistant Secretary of State for Oceans and International Environmental Affairs Jane Doakes "
         "will travel to Nairobi, Kenya, on March 4.")
    trips = _trips(t, dt.date(2019, 3, 1))
    assert set(trips) == {("Doakes", "KE")}
    assert trips[("Doakes", "KE")].traveler == "Jane Doakes"
    assert trips[("Doakes", "KE")].start_date == dt.date(2019, 3, 4)


def test_an_ambassador_at_large_with_a_field_travels_in_her_own_name():
    t = ("Ambassador at Large for Global Women's Issues Mary Quill will travel to Lima, Peru, "
         "from May 10-12 to meet civil society leaders.")
    trips = _trips(t, dt.date(2021, 5, 6))
    assert ("Quill", "PE") in trips
    assert trips[("Quill", "PE")].status == "planned"


def test_someone_after_a_preposition_and_a_field_is_still_not_the_subject():
    # the named official is the one met, not the one who travels
    t = "Putin met the Minister for Trade Development Paul Grant and will travel to Hanoi on June 3."
    trips = _trips(t, dt.date(2022, 6, 1))
    assert ("Putin", "VN") in trips
    assert not any(name == "Grant" for name, _ in trips)


def test_a_one_country_office_gives_the_travellers_country_and_so_the_visit_tie():
    t = ("Under Secretary of State for Political Affairs Lee Barrow will travel to Accra, Ghana, "
         "on October 2.")
    visits, ties = _events(t, dt.date(2017, 9, 28))
    assert [(v.traveler, v.traveler_country, v.country) for v in visits] == [("Lee Barrow", "US", "GH")]
    assert ("GH", "US", "visit") in {(x.a, x.b, x.kind) for x in ties}


def test_office_country_only_for_offices_one_country_has():
    t = "Deputy Secretary of State Ann Wood"
    assert office_country(t, 0, 26) == "US"
    assert office_country("Acting Secretary of Defense Pat Long", 0, 28) == "US"
    # the UK's junior ministers and the Philippines' defence secretary are not the US's
    assert office_country("Parliamentary Under Secretary of State for Africa Ann Wood", 0, 49) is None
    assert office_country("Secretary of National Defense Gilberto Teodoro", 0, 30) is None
    assert office_country("Foreign Secretary David Lammy", 0, 18) is None


def test_a_present_departure_with_its_day_before_the_destination_is_ahead():
    assert tense("The secretary embarks Tuesday, May 28 to visit Jakarta.", 0, 55) == "future"
    assert tense("Obama leaves on Monday for Asia.", 0, 32) == "future"
    assert tense("The minister departs 3 June for Canberra.", 0, 41) == "future"
    # an arrival told with a day is still past; a bare present with a day is not a departure
    assert tense("He arrived Tuesday, May 28 to visit Jakarta.", 0, 44) == "past"
    assert tense("He leaves Tuesday.", 0, 18) != "future"


def test_a_departure_told_with_its_day_is_planned_for_each_stop():
    t = ("Acting Secretary of Defense Patrick M. Shanahan embarks Tuesday, May 28 to visit "
         "Jakarta, Seoul and Tokyo.")
    visits, _ = _events(t, dt.date(2019, 5, 24))
    assert {v.country: v.status for v in visits} == {"ID": "planned", "KR": "planned", "JP": "planned"}


def test_a_whole_week_ahead_is_no_first_day_and_no_trip_under_way():
    pub = dt.date(2024, 11, 12)  # a Tuesday
    monday, sunday = dt.date(2024, 11, 11), dt.date(2024, 11, 17)
    assert visit_status("future", monday, sunday, pub) == ("planned", False)
    # a real span told as ahead that began the day before is under way, and keeps its days
    assert visit_status("future", dt.date(2024, 11, 11), dt.date(2024, 11, 13), pub) == ("ongoing", True)
    # a past trip in this week's frame keeps what it was
    assert visit_status("past", monday, sunday, pub)[0] == "completed"
    visits, _ = _events("Defense Secretary Lloyd Austin will depart this week for a trip to Fiji.", pub)
    assert [(v.country, v.status, v.start_date) for v in visits] == [("FJ", "planned", None)]


def test_a_title_of_several_words_after_the_names_the_same_person():
    t = ("Indian External Affairs Minister S. Jaishankar is in Guyana. "
         "The External Affairs Minister will visit Panama from April 24 to 25.")
    trips = _trips(t, dt.date(2023, 4, 19))
    assert trips[("Jaishankar", "PA")].start_date == dt.date(2023, 4, 24)
    # a descriptor whose first words are no country and no title still names no one
    t = "Foreign Minister Wang Yi is in Guyana. The Security Council president will visit Panama on April 24."
    assert ("Yi", "PA") not in _trips(t, dt.date(2023, 4, 19))


def test_interactions_with_a_counterpart_are_a_meeting():
    t = ("External Affairs Minister S. Jaishankar visited South Africa. He also held separate interactions "
         "with the South African Foreign Minister Naledi Pandor.")
    _, ties = _events(t, dt.date(2023, 6, 7))
    assert ("IN", "ZA", "diplomatic") in {(x.a, x.b, x.kind) for x in ties}
    # an interaction with one's own diaspora abroad ties no one but the visit
    t = "External Affairs Minister S. Jaishankar visited Namibia. He had an interaction with the Indian community."
    _, ties = _events(t, dt.date(2023, 6, 7))
    assert {(x.a, x.b, x.kind) for x in ties} == {("IN", "NA", "visit")}


def test_a_country_s_diplomat_is_the_diplomat_of_that_country_named_before():
    # "the Russian diplomat" is no office of the leaders table: it names the Russian diplomat of the story
    t = ("Russian Deputy Foreign Minister Sergei Ryabkov held talks in Geneva. "
         "The Russian diplomat then flew to Tehran on Sunday.")
    trip = _trips(t, dt.date(2023, 4, 18))[("Ryabkov", "IR")]
    assert trip.start_date == dt.date(2023, 4, 16)
    assert "The Russian diplomat" in trip.how
    # with no Russian diplomat named, no one: not Russia's foreign minister of the day
    visits, _ = _events("The Russian diplomat arrived in Tehran on Sunday.", dt.date(2023, 4, 18))
    assert [v for v in visits if v.country == "IR"] == []


def test_a_representative_is_an_envoy_and_the_brief_of_an_office_is_not_its_country():
    # "Special Representative", "High Representative", "Trade Representative" are titles like "Special Envoy";
    # what an office is "for" is its brief: Khalilzad is the US envoy for Afghanistan, not an Afghan one
    t = ("US Special Representative for Afghanistan Zalmay Khalilzad will travel to Doha on Friday. "
         "U.S. Trade Representative Katherine Tai flew to Tokyo on Sunday.")
    trips = _trips(t, dt.date(2023, 4, 18))
    assert trips[("Khalilzad", "QA")].traveler_country == "US"
    assert trips[("Khalilzad", "QA")].start_date == dt.date(2023, 4, 21)
    assert trips[("Tai", "JP")].traveler_country == "US"
    t = "Special Representative Khalilzad said the talks went well. The Special Representative will travel to Islamabad next week."
    assert ("Khalilzad", "PK") in _trips(t, dt.date(2023, 4, 18))


def test_queen_consort_is_a_title_not_a_name():
    t = "King Charles will visit Germany. The King and Queen Consort have arrived in Berlin for a state visit."
    visits, _ = _events(t, dt.date(2023, 3, 29))
    assert {v.traveler for v in visits} == {"Charles III"}
    trips = _trips("King Charles and Queen Consort Camilla arrived in Berlin on Wednesday.", dt.date(2023, 3, 29))
    assert ("Camilla", "DE") in trips


def test_an_office_with_its_country_is_the_one_of_that_office_named_next():
    # the defence minister is not in the leaders table: the story names him right after
    t = ("Australia's defense minister is in the Indonesian capital, Jakarta, to meet senior officers. "
         "Defense Minister Albert Quist says both countries are open to resuming military ties.")
    trips = _trips(t, dt.date(2002, 3, 6))
    assert set(trips) == {("Quist", "ID")}
    assert "'Albert Quist'" in trips[("Quist", "ID")].how  # the sentence that named him, for the reader


def test_an_office_with_its_country_is_not_the_same_office_of_another_country_named_next():
    t = ("Australia's foreign minister is in Jakarta for talks. Indonesian Foreign Minister Albert Quist "
         "welcomed the visit.")
    trips = _trips(t, dt.date(2002, 3, 6))
    assert ("Quist", "ID") not in trips


def test_a_national_edition_of_a_world_site_is_a_home_paper():
    # "The King" of a British edition is Britain's king of the day (leaders table)
    doc = Document("d", "The King and Queen Consort have arrived in Berlin for their first state visit.",
                   published=dt.date(2023, 3, 29), url="https://uk.news.yahoo.com/king-queen-arrive-germany-1.html")
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    assert {(v.traveler, v.country) for v in visits} == {("Charles III", "DE")}


def test_a_region_s_adjective_before_a_title_gives_it_no_country():
    # "South American" is no "American": the title is not the US president's (the leaders table's on that day)
    text = ("Brazilian President Jair Bolsonaro arrived in Moscow on Tuesday. "
            "The South American president will travel to Hungary on Thursday.")
    visits, _ = _events(text, dt.date(2022, 2, 16))
    assert ("Jair Bolsonaro", "RU") in [(v.traveler, v.country) for v in visits]
    assert not [v for v in visits if v.traveler_country == "US"]
