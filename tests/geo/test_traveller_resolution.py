"""Who travels: speakers, demonyms after a form of address and spelling variants (issue 13, traveller class)."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.people import find_people
from geo.values import Document


def _visits(text, published=dt.date(2018, 4, 3)):
    doc = Document("d", text, published=published)
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler, v.country) for v in found if v.status != "cancelled"}


def test_the_one_asked_about_a_report_is_not_the_traveller_of_the_report():
    t = ("Japanese Foreign Minister Taro Kono is expected in the region. In a briefing, ministry spokesman "
         "Lee Min-ho made the comment after being asked about media reports that Kono will visit Seoul next week.")
    got = _visits(t)
    assert ("Taro Kono", "KR") in got
    assert not any(name.startswith("Lee") for name, _ in got)


def test_a_demonym_after_a_form_of_address_is_no_name():
    t = "It is the first official tour of a Sri Lankan leader to Russia in four decades."
    doc = Document("d", t, published=dt.date(2017, 3, 23))
    assert [p.name for p in find_people(doc, geoparse(doc))] == []
    # a form of address before a real name still gives the name
    doc = Document("d", "Tan Sri Muhyiddin Yassin arrived in Jakarta.", published=dt.date(2017, 3, 23))
    assert [p.name for p in find_people(doc, geoparse(doc))] == ["Muhyiddin Yassin"]


def test_a_surname_spelled_one_letter_apart_is_the_same_person():
    t = ("Sri Lankan Prime Minister Ranil Wickremesinghe arrived in the Maldives on Sunday. "
         "This marks Prime Minister Wickremasinghe's first visit to Maldives since 2018.")
    got = _visits(t, dt.date(2019, 9, 2))
    assert {name for name, _ in got} == {"Ranil Wickremesinghe"}


def test_a_full_name_close_to_another_stays_its_own():
    t = ("President Ilham Aliyev arrived in Ankara on Monday. First Vice-President Mehriban Aliyeva "
         "arrived in Paris on Monday.")
    doc = Document("d", t, published=dt.date(2024, 8, 12))
    names = {p.name for p in find_people(doc, geoparse(doc))}
    assert {"Ilham Aliyev", "Mehriban Aliyeva"} <= names


def test_the_spokesman_a_report_is_according_to_is_not_the_traveller():
    t = "According to presidential spokesman Femi Adesina, the president will travel to Dakar on Thursday."
    assert not any(name == "Femi Adesina" for name, _ in _visits(t, dt.date(2023, 5, 3)))


def test_a_travel_participle_after_a_plural_noun_is_that_noun_s_trip():
    t = ("Host President Joko Widodo greeted leaders arriving in Bali on Tuesday, including U.S. President "
         "Joe Biden.")
    assert not any(name == "Joko Widodo" for name, _ in _visits(t, dt.date(2022, 11, 15)))
    # a noun "meeting" after a plural is no travel participle: the attendance still counts
    t = ("Wong will fly to Fiji less than 24 hours after returning to Australia from the Quad leaders "
         "meeting in Tokyo, where she joined Prime Minister Anthony Albanese.")
    doc = Document("d", t, published=dt.date(2022, 5, 25))
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    assert "FJ" in {v.country for v in found}


def test_a_region_of_a_country_is_in_that_country():
    t = ("Minister Jeremy Browne visited the North East of Japan where he was able to witness the devastation "
         "caused by the earthquake and tsunami in March this year.")
    doc = Document("d", t, published=dt.date(2011, 7, 15))
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    assert [(v.country, v.start_date) for v in found] == [("JP", None)]  # March is the earthquake's


def test_the_guest_a_host_welcomed_is_the_one_who_flies_on():
    t = ("Indonesian President Prabowo Subianto arrived in Tokyo on Saturday. Japanese Prime Minister "
         "Shigeru Ishiba welcomed him at the Kantei. He will fly to Washington on Monday.")
    got = _visits(t, dt.date(2025, 3, 30))
    assert ("Prabowo Subianto", "US") in got
    assert not any(name == "Shigeru Ishiba" for name, _ in got)


def test_a_host_named_first_does_not_become_the_story_s_traveller():
    t = "Ishiba welcomed Prabowo in Tokyo on Saturday. The president then flew to Washington."
    got = _visits(t, dt.date(2025, 3, 30))
    assert ("Prabowo Subianto", "US") in got or ("Prabowo", "US") in got
    assert not any("Ishiba" in name and c == "US" for name, c in got)


def test_a_subject_pronoun_after_the_host_still_means_the_host():
    # "he" as subject in its own sentence after the host spoke is the host: no rule against hosts travelling
    t = ("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. "
         "Ruto said the talks went well. He will travel to Kigali on Friday.")
    got = _visits(t, dt.date(2023, 5, 3))
    assert ("William Ruto", "RW") in got


def test_a_country_s_leader_is_whoever_runs_its_government():
    from geo.leaders import leader_index
    idx, on = leader_index(), dt.date(2024, 6, 5)
    assert idx.incumbent("JP", "leader", on).role == "prime minister"  # not the emperor
    assert idx.incumbent("IN", "leader", on).role == "prime minister"  # not the president
    assert idx.incumbent("DE", None, on).role == "chancellor"
    assert idx.incumbent("FR", "leader", on).role == "president"
    assert idx.incumbent("JP", "head of state", on).role == "emperor"  # the head of state is still that


def test_the_japanese_leader_who_flies_is_the_prime_minister():
    got = _visits("The Japanese leader flew to Washington on Tuesday for talks with Biden.", dt.date(2024, 6, 5))
    assert got == {("Fumio Kishida", "US")}


def test_at_a_meeting_the_one_foreign_to_the_place_travelled():
    t = "Speaker Asad Qaiser met Iranian Foreign Minister Mohammad Javad Zarif in Islamabad on Thursday."
    assert _visits(t, dt.date(2018, 8, 31)) == {("Mohammad Javad Zarif", "PK")}
    t = "Trade Minister Piyush Goyal met his Australian counterpart Don Farrell in New Delhi on Monday."
    assert _visits(t, dt.date(2023, 3, 13)) == {("Don Farrell", "IN")}
    # both foreign to the place, or the first known to be: the first travelled
    t = "Secretary of State Rex Tillerson met Foreign Minister Monica Juma in Nairobi on Friday."
    assert _visits(t, dt.date(2018, 3, 12)) == {("Rex Tillerson", "KE")}


def test_a_leader_s_surname_after_another_given_name_is_another_person():
    doc = Document("d", "Governor Mike Sonko received Tillerson at the airport in Nairobi on Friday.",
                   published=dt.date(2018, 3, 12))
    people = {p.name: p.country for p in find_people(doc, geoparse(doc))}
    assert people.get("Mike Sonko") is None and "Ousmane Sonko" not in people
    # a title, a demonym or the sentence's first word before the surname is no given name
    doc = Document("d", "Russian President Putin met Xi. Meanwhile Putin said talks went well.",
                   published=dt.date(2018, 3, 12))
    assert [p.name for p in find_people(doc, geoparse(doc))].count("Vladimir Putin") == 2


def test_a_traveller_s_nationality_does_not_pull_a_capital_home():
    # "British" before a title is the minister's nationality: Washington is still the US capital
    got = _visits("British Foreign Secretary David Lammy arrived in Washington on Monday.", dt.date(2024, 9, 10))
    assert got == {("David Lammy", "US")}
    got = _visits("U.S. President Joe Biden will travel to Rome on Friday.", dt.date(2024, 6, 12))
    assert got == {("Joe Biden", "IT")}
    # a place word of the story still votes: "Washington County" stays where the story is
    doc = Document("d", "Flooding hit Ohio and Washington County on Monday.", published=dt.date(2024, 6, 12))
    assert {m.country for m in geoparse(doc) if m.text.startswith("Washington")} == {"US"}


def test_a_royal_or_sheikh_named_by_one_name_is_the_office_holder_so_named():
    on = dt.date(2023, 9, 20)
    assert _visits("Saudi Crown Prince Mohammed bin Salman arrived in Seoul on Thursday.", on) == {
        ("Mohammed bin Salman", "KR")}
    assert _visits("Jordan's King Abdullah II arrived in Washington on Tuesday.", on) == {("Abdullah II", "US")}
    assert _visits("UAE President Sheikh Mohamed arrived in Paris on Tuesday.", on) == {
        ("Mohamed bin Zayed Al Nahyan", "FR")}
    # a one-word name that is no part of the office holder's stays as written
    assert _visits("UAE President Sheikh Khalid arrived in Paris on Tuesday.", on) == {("Khalid", "FR")}


def test_a_title_of_a_country_named_with_of():
    on = dt.date(2023, 8, 2)
    got = _visits("The President of the Republic of Korea will pay a state visit to the United Kingdom next week.", on)
    assert got == {("Yoon Suk Yeol", "GB")}
    got = _visits("The President of the Democratic Republic of the Congo arrived in Brussels on Monday.", on)
    assert got == {("Félix Tshisekedi", "BE")}


def test_a_form_of_address_before_a_leader_s_surname_is_no_other_given_name():
    doc = Document("d", "Chief Adviser Prof Yunus arrived in Beijing on Wednesday.", published=dt.date(2025, 3, 26))
    assert [p.name for p in find_people(doc, geoparse(doc))] == ["Muhammad Yunus"]


def test_a_clause_after_agreed_that_has_its_own_subject():
    t = ("Putin said he and Turkish President Recep Tayyip Erdogan agreed in a phone call that Russian "
         "investigators would fly to Ankara to conduct a joint probe.")
    assert _visits(t, dt.date(2016, 12, 20)) == set()
    # a named subject after "that" is the traveller
    t = "The Kremlin announced on Monday that Putin would fly to Ankara on Friday."
    assert _visits(t, dt.date(2016, 12, 19)) == {("Vladimir Putin", "TR")}


def test_a_country_s_mission_is_its_embassy_not_a_trip():
    t = ("He ordered officials to strengthen protection of the Turkish Embassy in Moscow and asked Turkey to "
         "increase security at the Russian mission in Ankara.")
    assert _visits(t, dt.date(2016, 12, 20)) == set()
    t = "Foreign Minister Sergei Lavrov will be on a two-day mission to Cairo from Monday."
    assert _visits(t, dt.date(2023, 3, 21)) == {("Sergei Lavrov", "EG")}
