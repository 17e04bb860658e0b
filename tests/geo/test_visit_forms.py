"""The forms real news uses to tell a visit (issue 13's classes), in sentences of our own.

Each test runs the real geoparser and the events stage on a few sentences
written for the test (not copied from any article) and checks the visit a
careful reader finds: traveller, host, day and status.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

D = dt.date


def visits(text: str, published: dt.date = D(2023, 5, 3)):
    doc = Document("t", text, published=published)
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    return [v for v in found if v.status != "cancelled"], [v for v in found if v.status == "cancelled"]


def summary(text: str, published: dt.date = D(2023, 5, 3)):
    live, off = visits(text, published)
    return ({(v.traveler.split()[-1], v.country, v.start_date, v.status) for v in live},
            {(v.traveler.split()[-1], v.country) for v in off})


# one sentence, one visit: (surname, host, first day, status) -----------------------------------

@pytest.mark.parametrize("text, published, visit", [
    # 1. a title resolves to the person named in the story
    pytest.param("Brazil's foreign minister arrived in Beijing on Monday. Mauro Vieira said the talks would "
                 "cover trade.", D(2023, 5, 2), ("Vieira", "CN", D(2023, 5, 1), "ongoing"),
                 id="a-title-resolves-to-the-person-named-in-the-story"),
    pytest.param("Kishida did not meet Kamala Harris during her visit to Hanoi on Monday.", D(2021, 8, 26),
                 ("Harris", "VN", D(2021, 8, 23), "completed"), id="a-possessive-pronoun-owns-the-trip-noun"),
    pytest.param("Chilean President Gabriel Boric will depart Santiago on Wednesday for Madrid.", D(2023, 5, 1),
                 ("Boric", "ES", D(2023, 5, 3), "planned"), id="the-day-one-sets-out-for-a-place-is-its-first"),
    pytest.param("Chilean President Gabriel Boric met reporters before departing for Madrid on Wednesday.",
                 D(2023, 5, 5), ("Boric", "ES", D(2023, 5, 3), "completed"),
                 id="departing-for-a-place-on-a-day-is-no-end-of-stay"),
    # 3. attendance without a travel verb
    pytest.param("Indonesian President Joko Widodo will attend the G20 summit in New Delhi.", D(2023, 9, 1),
                 ("Widodo", "IN", None, "planned"), id="attending-a-summit-is-a-visit-to-its-host"),
    # 4. other forms
    pytest.param("Chinese Premier Li Qiang landed Jakarta on Tuesday evening.", D(2023, 9, 6),
                 ("Qiang", "ID", D(2023, 9, 5), "ongoing"), id="landed-without-a-preposition"),
    pytest.param("South African President Cyril Ramaphosa will visit Seoul from March 4 to 6.", D(2023, 2, 27),
                 ("Ramaphosa", "KR", D(2023, 3, 4), "planned"), id="a-date-range-gives-the-first-day"),
    pytest.param("Turkish President Recep Tayyip Erdogan on Friday wrapped up his three-day visit to Qatar.",
                 D(2023, 7, 22), ("Erdogan", "QA", D(2023, 7, 19), "completed"),
                 id="wrapped-up-ends-the-visit-on-that-day"),
    # 8. weekdays: the next one in a present clause, the last one in a past clause (Wednesday 3 May 2023)
    pytest.param("Italian Prime Minister Giorgia Meloni travels to Rome-bound talks in Tokyo on Friday.",
                 D(2023, 5, 3), ("Meloni", "JP", D(2023, 5, 5), "planned"),
                 id="a-weekday-in-a-present-clause-is-the-next-one"),
    pytest.param("Italian Prime Minister Giorgia Meloni flew to Tokyo on Friday.", D(2023, 5, 3),
                 ("Meloni", "JP", D(2023, 4, 28), "completed"), id="a-weekday-in-a-past-clause-is-the-last-one"),
])
def test_a_form_gives_its_visit(text, published, visit):
    live, _ = summary(text, published)
    assert visit in live


# 1. travellers named by title or pronoun -------------------------------------------------------

def test_a_title_with_a_country_is_the_office_holder_on_that_day():
    live, _ = summary("The Kenyan president will travel to Tokyo next month.", D(2023, 5, 1))
    assert {(t, c, s) for t, c, _, s in live} == {("Ruto", "JP", "planned")}


def test_a_pronoun_is_the_traveller_of_the_sentence_before():
    live, _ = summary("Secretary of State Antony Blinken met the Chilean president in Santiago on Tuesday. "
                      "She then flew on to Lima.", D(2023, 5, 3))
    assert any(t == "Blinken" and c == "CL" for t, c, _, _ in live)
    live, _ = summary("Canadian Foreign Minister Melanie Joly met officials in Santiago on Tuesday. "
                      "She then flew on to Lima.", D(2023, 5, 3))
    assert any(t == "Joly" and c == "PE" for t, c, _, _ in live)


# 2. host only implied ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "NAIROBI, March 3 (Reuters) - Indian Prime Minister Narendra Modi arrived here on Sunday for talks.",
    "NAIROBI: Indian Prime Minister Narendra Modi arrived here on Sunday for talks.",
    "Nairobi (AFP) - Indian Prime Minister Narendra Modi arrived here on Sunday for talks.",
])
def test_here_under_a_dateline_is_the_datelines_place(text):
    live, _ = summary(text, D(2023, 3, 3))
    assert ("Modi", "KE", D(2023, 2, 26), "completed") in live or ("Modi", "KE", D(2023, 2, 26), "ongoing") in live


def test_press_abbreviations_name_the_host():
    live, _ = summary("French President Emmanuel Macron will visit the UAE and the DRC next week.", D(2023, 2, 24))
    assert {c for _, c, _, _ in live} >= {"AE", "CD"}


# 3. attendance without a travel verb ------------------------------------------------------------

def test_a_meeting_named_by_its_city_is_a_visit_to_it():
    live, _ = summary("At the NATO meeting in Vilnius, German Chancellor Olaf Scholz said more aid would come.",
                      D(2023, 7, 12))
    assert any(t == "Scholz" and c == "LT" for t, c, _, _ in live)


# 4. other forms --------------------------------------------------------------------------------

def test_an_earlier_leg_is_over():
    live, _ = summary("Fresh from a visit to Paris, Japanese Prime Minister Fumio Kishida arrived in Rome on "
                      "Wednesday.", D(2023, 1, 11))
    assert ("Kishida", "FR", None, "completed") in live
    assert ("Kishida", "IT", D(2023, 1, 11), "ongoing") in live


@pytest.mark.parametrize("text, published, traveller, hosts", [
    pytest.param("Minister of State V K Singh left for Kuwait on Monday en route to Oman.", D(2023, 3, 7),
                 "Singh", {"KW", "OM"}, id="names-with-initials-and-departures"),
    pytest.param("Russian Foreign Minister Sergei Lavrov made a stopover in Dubai on his way to Caracas.",
                 D(2023, 4, 18), "Lavrov", {"AE", "VE"}, id="a-stopover-is-a-stop"),
])
def test_every_stop_of_a_journey(text, published, traveller, hosts):
    live, _ = summary(text, published)
    assert {c for t, c, _, _ in live if t == traveller} == hosts


# 5. host or guest ------------------------------------------------------------------------------

def test_the_host_is_never_the_traveller():
    live, _ = summary("Brazilian President Lula hosted the Spanish prime minister in Brasilia on Monday.",
                      D(2023, 6, 13))
    assert not any(t == "Silva" or t == "Lula" for t, c, _, _ in live if c == "BR")
    assert any(c == "BR" and t == "Sánchez" for t, c, _, _ in live)


def test_the_passive_gives_the_visit_to_the_visitor():
    live, _ = summary("Kazakh President Kassym-Jomart Tokayev was received by Chinese President Xi Jinping in "
                      "Beijing on Thursday.", D(2023, 5, 19))
    assert {(t, c, d) for t, c, d, _ in live} == {("Tokayev", "CN", D(2023, 5, 18))}


# 6. honorifics are not names -------------------------------------------------------------------

def test_honorifics_do_not_end_sentences_or_become_travellers():
    live, _ = summary("H.E. Sheikh Tamim bin Hamad Al Thani arrived in Madrid on Tuesday. Dr. Jaishankar "
                      "later flew to Lisbon.", D(2023, 5, 3))
    people = {t for t, _, _, _ in live}
    assert not people & {"H.E.", "Sheikh", "Dr", "Dr."}
    assert any(c == "ES" for _, c, _, _ in live) and any(c == "PT" for _, c, _, _ in live)


# 7. negation, modality and cancellation --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A stop in Turkey is not planned, German Chancellor Olaf Scholz's office said.",
    "German Chancellor Olaf Scholz will not travel to Turkey this year.",
])
def test_a_negated_trip_is_no_visit(text):
    live, off = visits(text)
    assert [v for v in live if v.country == "TR"] == []


def test_a_called_off_trip_is_cancelled_with_all_its_legs():
    live, off = summary("Canadian Prime Minister Justin Trudeau had been due to visit India and Nepal next week "
                        "but called it off.", D(2023, 5, 3))
    assert not [v for v in live if v[1] in ("IN", "NP")]
    assert {("Trudeau", "IN"), ("Trudeau", "NP")} <= off


# 8. scheduled present and weekdays -------------------------------------------------------------

def test_a_scheduled_present_is_a_planned_leg():
    # Wednesday 3 May 2023: "goes on to Lima, where he meets the president on Thursday" is 4 May
    live, _ = summary("Spanish Foreign Minister Jose Manuel Albares goes on to Lima, where he meets the "
                      "president on Thursday.", D(2023, 5, 3))
    assert any(c == "PE" and s == "planned" for t, c, d, s in live if t == "Albares")


# 9. status ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, host, status", [
    pytest.param("Egyptian President Abdel Fattah al-Sisi will attend the summit in Jeddah.", "SA", "planned",
                 id="will-attend-is-never-completed"),
    pytest.param("Vietnamese President Vo Van Thuong is on a state visit to Laos.", "LA", "ongoing",
                 id="a-visit-under-way-is-ongoing"),
])
def test_every_visit_to_the_host_has_the_status(text, host, status):
    live, _ = summary(text, D(2023, 5, 3))
    assert {s for _, c, _, s in live if c == host} == {status}


# 10. landmarks -----------------------------------------------------------------------------------

@pytest.mark.parametrize("landmark, country, city", [
    ("Downing Street", "GB", "London"), ("the Casa Rosada", "AR", "Buenos Aires"),
    ("the Kremlin", "RU", "Moscow"), ("the Elysee", "FR", "Paris"), ("Zhongnanhai", "CN", "Beijing"),
    ("Rashtrapati Bhavan", "IN", "New Delhi"),
])
def test_a_landmark_is_in_its_capital(landmark, country, city):
    doc = Document("t", f"Polish President Andrzej Duda held talks at {landmark} with his host on Monday.",
                   published=D(2023, 5, 3))
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    assert [(v.country, v.place) for v in found if v.traveler.endswith("Duda")] == [(country, city)]


# every visit says how it was found ---------------------------------------------------------------

def test_every_visit_says_how_it_was_found():
    live, _ = visits("The Kenyan president will travel to Tokyo on Friday.", D(2023, 5, 1))
    v, = live
    assert v.how.startswith("travel: travel to") and "day: Friday" in v.how
    assert "leaders table" in v.how and "KE" in v.how


# 3. attendance told around an event (geo/visits/attendance.py) ----------------------------------

def test_a_place_and_the_event_held_there_is_a_visit_for_everyone_named():
    live, _ = summary("Argentine President Javier Milei and Salvadoran President Nayib Bukele had dinner "
                      "together in Rome during the FAO conference.", D(2023, 8, 1))
    assert {(t, c, s) for t, c, _, s in live} == {("Milei", "IT", "completed"), ("Bukele", "IT", "completed")}
    assert summary("The mayor of Lima at the summit said little.", D(2023, 9, 1)) == (set(), set())


def test_an_event_named_without_a_place_takes_the_place_the_story_gave_it():
    live, _ = summary("Indian Prime Minister Narendra Modi arrived in Astana to attend the summit of the "
                      "Shanghai Cooperation Organisation (SCO). Iranian President Masoud Pezeshkian will also "
                      "attend the SCO summit.", D(2024, 7, 3))
    assert ("Pezeshkian", "KZ", None, "planned") in live
    # no name to follow, or a name told nowhere with a place: no visit
    live, _ = summary("Iranian President Masoud Pezeshkian will also attend the SCO summit.", D(2024, 7, 3))
    assert live == set()


def test_everyone_named_as_the_subject_attends():
    live, _ = summary("Brazilian President Lula da Silva and Colombian President Gustavo Petro are expected to "
                      "attend the G20 summit in New Delhi.", D(2023, 9, 1))
    assert {(c, s) for _, c, _, s in live} == {("IN", "planned")} and len(live) == 2


def test_a_place_before_to_attend_is_no_headline_plan():
    live, _ = summary("Indian Prime Minister Narendra Modi arrived in Astana to attend the summit.", D(2024, 7, 3))
    # an arrival with no day told: there now, not a plan (and news of the story's day)
    assert ("Modi", "KZ", D(2024, 7, 3), "ongoing") in live
    live, _ = summary("Modi to attend the summit in Astana.", D(2024, 7, 3))
    assert ("Modi", "KZ", None, "planned") in live


def test_joining_someone_somewhere_is_a_visit_for_both():
    live, _ = summary("Colombian Foreign Minister Luis Murillo will join Chilean Foreign Minister Alberto van "
                      "Klaveren for talks in Lima.", D(2024, 3, 1))
    assert {(c, s) for _, c, _, s in live} == {("PE", "planned")} and len(live) == 2
    live, _ = summary("Irish Foreign Minister Micheal Martin to join the Kenyan president for a state dinner in "
                      "Rome.", D(2024, 3, 1))
    assert ("Martin", "IT", None, "planned") in live


@pytest.mark.parametrize("text, visit", [
    pytest.param("Kenyan President William Ruto will attend the Korea-Africa summit, to be held in Seoul on June 4-5.",
                 ("Ruto", "KR", D(2024, 6, 4), "planned"), id="an-event-to-be-held-in-a-city"),
    pytest.param("The Korea-Africa summit will be held in Seoul on June 4. Kenyan President William Ruto will attend "
                 "the summit.", ("Ruto", "KR", None, "planned"), id="the-summit-the-story-told-of-before"),
    pytest.param("Kenyan President William Ruto will attend the summit in the South Korean capital.",
                 ("Ruto", "KR", None, "planned"), id="a-capital-named-by-its-demonym"),
    pytest.param("Kenyan President William Ruto will represent Kenya at the coronation in London.",
                 ("Ruto", "GB", None, "planned"), id="representing-a-country-at-an-event"),
    pytest.param("Kenyan President William Ruto will attend the Vilnius summit.",
                 ("Ruto", "LT", None, "planned"), id="an-event-named-by-its-city"),
])
def test_where_an_event_is_held(text, visit):
    live, _ = summary(text, D(2024, 5, 8))
    assert visit in live


def test_an_event_named_by_a_country_is_not_placed_there():
    live, _ = summary("Kenyan President William Ruto will attend the China-Africa summit.", D(2024, 5, 8))
    assert live == set()
