"""Whose trip a clause tells when a story names several people (issue 13, wrong-traveller class):
the subject of a subordinate clause, titles that name someone by an office the leaders table gives
them, counterparts, hosts and patronymic names; each rule with a case it must leave alone."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.leaders import leader_index
from geo.people import find_people
from geo.values import Document


def _visits(text, published):
    doc = Document("d", text, published=published)
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler, v.country) for v in found if v.status != "cancelled"}


def _people(text, published):
    doc = Document("d", text, published=published)
    return find_people(doc, geoparse(doc))


# -- a subordinate clause has a subject of its own -------------------------------------------------

def test_a_name_after_when_is_the_subject_of_its_clause():
    t = ("Her trip comes amid speculation over whether Kim Jong Un will answer Donald Trump's call for a "
         "meeting when Trump visits South Korea later this week.")
    got = _visits("Choe Son Hui will go to Moscow. " + t, dt.date(2025, 10, 26))
    assert ("Donald Trump", "KR") in got
    assert ("Choe Son Hui", "KR") not in got


def test_a_titled_name_after_as_is_the_one_who_arrives():
    t = ('"We welcome the visit," said Indian Foreign Minister S. Jaishankar, as Australian Foreign Minister '
         "Penny Wong arrived in New Delhi on Monday.")
    assert _visits(t, dt.date(2024, 3, 4)) == {("Penny Wong", "IN")}


def test_two_titled_objects_joined_by_and_stay_objects():
    t = ("Clinton will travel to Ulaanbaatar, where she will meet President Elbegdorj and Prime Minister "
         "Batbold to address the meeting of the Community of Democracies.")
    got = _visits("Secretary of State Hillary Clinton is in Paris. " + t, dt.date(2012, 7, 5))
    assert ("Hillary Clinton", "MN") in got
    assert not any(name.endswith("Batbold") for name, _ in got)


def test_he_after_when_is_the_main_clause_subject_not_its_object():
    got = _visits("Chinese President Xi Jinping will meet Vladimir Putin when he visits Moscow next week.",
                  dt.date(2024, 5, 1))
    assert ("Xi Jinping", "RU") in got


def test_he_after_when_in_a_reported_clause_is_that_clause_subject():
    got = _visits("Lavrov said Blinken should explain himself when he arrives in Jakarta.", dt.date(2024, 5, 1))
    assert {name for name, _ in got} == {"Antony Blinken"}


# -- titles ----------------------------------------------------------------------------------------

def test_a_title_matches_any_office_the_table_gives_that_day():
    # named with his defence portfolio last, then called "the Crown Prince": the same man
    t = ("Prince Mohammed bin Salman, Saudi Crown Prince, Deputy Prime Minister and Minister of Defence, "
         "arrived in Doha on Wednesday. The Emir of Qatar welcomed the Crown Prince on his visit. "
         "He is still expected to travel to Bahrain and Kuwait.")
    got = _visits(t, dt.date(2021, 12, 9))
    assert {("Mohammed bin Salman", "BH"), ("Mohammed bin Salman", "KW")} <= got
    assert not any(name.startswith("Tamim") for name, _ in got)


def test_offices_lists_only_the_roles_held_on_the_day():
    idx = leader_index()
    assert idx.offices("Mohammed bin Salman", dt.date(2023, 1, 1)) == {"crown prince", "prime minister"}
    assert idx.offices("Mohammed bin Salman", dt.date(2016, 1, 1)) == {"defence minister"}
    assert idx.offices("Nobody Known", dt.date(2016, 1, 1)) == frozenset()


def test_the_kingdom_s_minister_is_the_minister_the_story_named():
    t = ("Saudi Foreign Minister Prince Faisal bin Farhan met his Iraqi counterpart. "
         "The kingdom's foreign minister will travel to Baghdad on Thursday.")
    assert ("Faisal bin Farhan", "IQ") in _visits(t, dt.date(2021, 10, 12))


def test_the_country_s_minister_is_not_read_as_the_visitor():
    # "the country's" is as often the host's: left unresolved rather than given to the visitor
    t = "Blinken arrived in Cairo on Monday. He met the country's foreign minister on Tuesday."
    people = _people(t, dt.date(2024, 3, 4))
    assert not any("country's" in p.text for p in people)


def test_a_counterpart_has_the_office_of_the_one_it_is_counterpart_of():
    got = _visits("Indian Foreign Minister S. Jaishankar met his Chinese counterpart in Moscow on Thursday.",
                  dt.date(2020, 9, 10))
    # the Chinese counterpart met in Moscow is a visitor there too (Wang Yi, the office holder that day)
    assert got == {("S. Jaishankar", "RU"), ("Wang Yi", "RU")}
    people = {p.text: p.name for p in _people(
        "Indian Foreign Minister S. Jaishankar met his Chinese counterpart in Moscow.", dt.date(2020, 9, 10))}
    assert people["his Chinese counterpart"] == "Wang Yi"


def test_a_counterpart_of_an_office_the_table_lacks_is_nobody_from_the_table():
    people = {p.text: p.name for p in _people(
        "US Treasury Secretary Janet Yellen met her Chinese counterpart in Bali on Monday.", dt.date(2022, 11, 14))}
    assert people.get("her Chinese counterpart") != "Xi Jinping"


# -- names -----------------------------------------------------------------------------------------

def test_a_father_s_name_inside_a_patronymic_chain_is_not_the_father():
    t = "Saudi Crown Prince Mohammad bin Salman bin Abdulaziz arrived in the Sultanate of Oman on Monday."
    got = _visits(t, dt.date(2021, 12, 7))
    assert {c for _, c in got} == {"OM"}
    assert all(name.startswith("Mohammad") for name, _ in got)


def test_a_given_name_before_bin_is_not_a_leader_of_that_surname():
    t = "He was also received by Shihab bin Tariq Al Said, Deputy Prime Minister for Defence Affairs."
    assert not any(p.name == "Alwi Shihab" for p in _people(t, dt.date(2021, 12, 7)))
    # the table's leader written alone is still found
    assert any(p.name == "Alwi Shihab" for p in _people("Foreign Minister Alwi Shihab arrived in Tokyo.",
                                                          dt.date(2000, 5, 1)))


def test_a_rank_before_a_title_is_no_name():
    t = ("KUWAIT, July 26 (KUNA) -- Prince Muqrin bin Abdulaziz Al Saud, Saudi Deputy Crown Prince, "
         "Second Deputy Premier, arrived here Saturday for a short visit.")
    doc = Document("d", t, published=dt.date(2014, 7, 26))
    assert "Second" not in {p.name for p in find_people(doc, geoparse(doc))}


# -- the host is not the guest ---------------------------------------------------------------------

def test_the_host_of_a_visiting_leader_does_not_visit_him():
    t = ("Russian President Vladimir Putin has welcomed China's visiting leader Xi Jinping in an official "
         "ceremony in the Kremlin on Tuesday afternoon.")
    got = _visits(t, dt.date(2023, 3, 21))
    assert ("Xi Jinping", "RU") in got
    assert ("Vladimir Putin", "CN") not in got


def test_visiting_a_leader_is_still_a_visit():
    got = _visits("Blinken flew to Beijing on Sunday, visiting President Xi Jinping on Monday.", dt.date(2023, 6, 19))
    assert ("Antony Blinken", "CN") in got


# -- a bare title in a wire story, and who says it -------------------------------------------------

def test_a_bare_head_of_government_in_a_wire_story_is_the_one_where_it_was_filed():
    got = _visits("NEW DELHI: The prime minister will leave for Japan on Friday, the external affairs ministry said.",
                  dt.date(2023, 5, 17))
    assert got == {("Narendra Modi", "JP")}
    got = _visits("BERLIN (dpa) - The chancellor will travel to China on Saturday with a business delegation.",
                  dt.date(2022, 11, 2))
    assert got == {("Olaf Scholz", "CN")}


def test_a_bare_title_without_dateline_or_name_stays_unknown():
    assert _visits("The prime minister will leave for Japan on Friday, the ministry said.", dt.date(2023, 5, 17)) == set()


def test_a_spokesman_named_after_the_clause_is_its_source_not_its_traveller():
    t = "The prime minister will visit Washington next month, Chief Cabinet Secretary Yoshimasa Hayashi said."
    assert not any(name.endswith("Hayashi") for name, _ in _visits(t, dt.date(2024, 3, 5)))
    # a trip noun whose verb comes after it ("The visit to Georgia will take place soon") is no speaker's either
    t = "The visit to Georgia will take place soon, Lithuanian Foreign Minister Gabrielius Landsbergis said."
    assert not any(name.endswith("Landsbergis") for name, _ in _visits(t, dt.date(2024, 3, 5)))
    # an opening phrase still takes the subject after it
    t = "Arriving in Tashkent on Monday, Russian President Vladimir Putin said ties were strong."
    assert _visits(t, dt.date(2024, 5, 27)) == {("Vladimir Putin", "UZ")}


def test_he_opening_a_clause_after_an_aside_is_that_sentence_subject():
    t = ("U.S. President Barack Obama arrived in Jordan on Friday. While most of the time was spent in Israel, "
         "where the president talked to Prime Minister Binyamin Netanyahu, he also traveled to the West Bank.")
    got = _visits(t, dt.date(2013, 3, 23))
    assert not any(name.startswith("Binyamin") for name, _ in got)


def test_a_portfolio_before_minister_is_no_name():
    t = ("Minister of State for External Affairs, Meenakashi Lekhi will visit Hungary. She is expected to meet the "
         "Deputy Foreign Minister, Culture Minister and other dignitaries.")
    doc = Document("d", t, published=dt.date(2023, 11, 27))
    names = {p.name for p in find_people(doc, geoparse(doc))}
    assert "Culture" not in names
    assert "Meenakashi Lekhi" in names


def test_a_title_with_an_abbreviation_and_a_second_portfolio_names_the_person_after_it():
    t = ("Minister of State (MoS) for External Affairs, Meenakashi Lekhi will pay official visits to Hungary "
         "(November 28-29, 2023).")
    assert ("Meenakashi Lekhi", "HU") in _visits(t, dt.date(2023, 11, 27))


def test_him_after_a_host_verb_is_the_sentence_subject_not_an_earlier_host():
    t = ("Indian Prime Minister Narendra Modi hosted US President Joe Biden in New Delhi on Friday. Biden later "
         "flew to Hanoi, where Vietnamese leader Nguyen Phu Trong received him.")
    got = _visits(t, dt.date(2023, 9, 10))
    assert ("Joe Biden", "VN") in got
    assert ("Narendra Modi", "VN") not in got


def test_him_after_the_host_alone_is_still_the_guest_the_story_is_about():
    t = ("Kenyan President William Ruto arrived in Tokyo on Monday. Japanese Prime Minister Fumio Kishida "
         "welcomed him at the Kantei on Tuesday.")
    got = _visits(t, dt.date(2024, 2, 6))
    assert ("William Ruto", "JP") in got
    assert not any(name == "Fumio Kishida" for name, _ in got)


def test_who_after_an_unnamed_title_is_that_one_not_the_sentence_subject():
    t = "Foreign Secretary William Hague will visit India on Tuesday. He travels with the Prime Minister, who arrives in Delhi on Wednesday."
    rows = _raw_visits(t, dt.date(2010, 7, 5))
    assert ("William Hague", "IN") in {(v.traveler, v.country) for v in rows}
    assert not any(v.traveler == "William Hague" and v.start_date == dt.date(2010, 7, 7) for v in rows)
    # a named one before "who" is still the traveller
    got = _visits("Hague travels with Cameron, who arrives in Delhi on Wednesday.", dt.date(2010, 7, 5))
    assert any(name.endswith("Cameron") for name, _ in got)


def _raw_visits(text, published):
    """Every visit cue's visit, before duplicates merge."""
    from geo.visits.document import visits_in_document

    doc = Document("d", text, published=published)
    return visits_in_document(doc, geoparse(doc))


def test_a_title_with_two_portfolios_does_not_hide_its_holder_behind_for():
    t = "Minister of State for the Middle East Lord Ahmad visited Egypt from 18 to 20 February."
    assert {c for _, c in _visits(t, dt.date(2023, 2, 21))} == {"EG"}
    # a titled name after a real preposition is still no subject
    t = ("Secretary of State Antony Blinken spoke to the Minister for Foreign Affairs of Egypt Sameh Shoukry "
         "before flying to Amman on Monday.")
    got = _visits(t, dt.date(2023, 2, 21))
    assert ("Antony Blinken", "JO") in got
    assert not any(name.endswith("Shoukry") for name, _ in got)


def test_a_name_in_apposition_to_his_host_is_the_subject():
    t = ("Russian President Vladimir Putin will visit China on Thursday. His host, Chinese President Xi Jinping, "
         "last visited Moscow in March 2023.")
    assert ("Xi Jinping", "RU") in _visits(t, dt.date(2024, 5, 14))
    # a name after "His trip, said ..." is who says it, no apposition
    t = ("Russian President Vladimir Putin will visit China on Thursday. His trip, said Kremlin aide Yuri Ushakov, "
         "will include a stop in Harbin.")
    got = _visits(t, dt.date(2024, 5, 14))
    assert ("Vladimir Putin", "CN") in got
    assert not any(name.endswith("Ushakov") for name, _ in got)


def test_said_and_a_name_between_commas_is_who_says_it():
    t = ("Russian President Vladimir Putin will visit China on Thursday. His trip, said Kremlin aide Yuri Ushakov, "
         "will include a stop in Harbin.")
    got = _visits(t, dt.date(2024, 5, 14))
    assert not any(name.endswith("Ushakov") for name, _ in got)
    # "Peskov said Putin will ...": the reported clause's subject, as before
    got = _visits("Kremlin spokesman Dmitry Peskov said Putin will visit Beijing in May.", dt.date(2024, 3, 4))
    assert got == {("Vladimir Putin", "CN")}


def test_a_trip_that_includes_stops_is_not_the_one_s_who_speaks_about_it():
    got = _visits("The visit, said Dmitry Peskov, will include Harbin.", dt.date(2024, 5, 14))
    assert not any(name.endswith("Peskov") for name, _ in got)
    got = _visits("The tour by Kenyan President William Ruto will cover Ghana and Nigeria.", dt.date(2024, 5, 14))
    assert {("William Ruto", "GH"), ("William Ruto", "NG")} <= got


def test_the_saudi_prince_is_the_crown_prince_of_the_story():
    t = ("Saudi Crown Prince Mohammed bin Salman arrived in Doha on Wednesday. The Saudi prince's tour had "
         "already stopped in Oman.")
    assert ("Mohammed bin Salman", "OM") in _visits(t, dt.date(2021, 12, 9))
    # "the prince" with no country is no one in particular
    doc = Document("d", "The prince had already stopped in Oman.", published=dt.date(2021, 12, 9))
    assert not any(p.text == "The prince" for p in find_people(doc, geoparse(doc)))
