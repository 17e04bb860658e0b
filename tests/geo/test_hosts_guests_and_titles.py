"""Travellers named by title, pronoun or office (realnews dev 910-933): who a host receives, whose
"his" a tour is, a delegation's leader, a double surname that is not a leader's, and the negative
cases - a title that names the host, a title of another country, a quoted speaker."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.leaders import leader_index
from geo.people import find_people
from geo.values import Document


def _visits(text, published):
    doc = Document("d", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler, v.country): (v.start_date, v.status) for v in visits}


def _travellers(got):
    return {name for name, _ in got}


def test_a_host_in_the_future_tense_hands_the_story_to_the_guest():
    text = ("President Kgalema Motlanthe will on Wednesday host the United Nations Secretary-General Ban Ki-moon "
            "on his first official visit to South Africa. The UN chief's visit is part of his African tour, "
            "which will also include Tanzania and Rwanda.")
    got = _visits(text, dt.date(2009, 2, 23))
    assert ("Ban Ki-moon", "TZ") in got and ("Ban Ki-moon", "RW") in got
    assert "Kgalema Motlanthe" not in _travellers(got)  # the host tours nowhere


def test_a_host_receiving_his_counterparts_named_by_country_gives_each_a_visit():
    text = ("President John Magufuli yesterday received his Chad and Zambian counterparts who arrived in the "
            "country for working and state visits.")
    got = _visits(text, dt.date(2016, 11, 28))
    assert {("Idriss Déby", "TZ"), ("Edgar Lungu", "TZ")} <= set(got)
    assert got[("Edgar Lungu", "TZ")][0] == dt.date(2016, 11, 27)
    assert "John Magufuli" not in _travellers(got)


def test_a_possessive_after_a_host_verb_and_host_as_a_noun_make_no_guest():
    text = ("Chad's President Idriss Déby was received at the international airport's newly built VIP Terminal "
            "One by his host President Magufuli, who chairs the regional bloc, on Sunday.")
    got = _visits(text, dt.date(2016, 11, 28))
    assert "John Magufuli" not in _travellers(got)  # "his host" is a noun: Magufuli went nowhere


def test_an_object_pronoun_after_a_host_verb_is_still_the_guest():
    text = "Kenyan President William Ruto arrived in Tokyo on Monday. Prime Minister Fumio Kishida welcomed him."
    got = _visits(text, dt.date(2024, 2, 8))
    assert set(got) == {("William Ruto", "JP")}


def test_a_counterpart_met_abroad_travelled_too():
    text = "Saudi Foreign Minister Prince Faisal bin Farhan met his Iranian counterpart in Beijing on Thursday."
    got = _visits(text, dt.date(2023, 4, 7))
    iran_fm = leader_index().incumbent("IR", "foreign minister", dt.date(2023, 4, 7))
    assert (iran_fm.name, "CN") in got and ("Faisal bin Farhan", "CN") in got
    # a counterpart of the place's own country is at home: no visit
    got = _visits("Blinken met his Chinese counterpart in Beijing on Thursday.", dt.date(2023, 4, 7))
    assert set(got) == {("Antony Blinken", "CN")}


def test_the_leader_of_a_delegation_is_its_traveller():
    for text in ("A delegation led by Chinese Foreign Minister Wang Yi arrived in Washington on Tuesday.",
                 "A high-level delegation, led by Foreign Minister Wang Yi, arrived in Washington on Tuesday."):
        assert _travellers(_visits(text, dt.date(2019, 1, 30))) == {"Wang Yi"}
    # accompanied is not led: the one accompanied is the subject, the companion after "by" is not
    got = _visits("Ruto, accompanied by Foreign Minister Alfred Mutua, arrived in Tokyo on Monday.",
                  dt.date(2024, 2, 8))
    assert ("William Ruto", "JP") in got


def test_him_standing_for_the_story_focus_keeps_it_over_the_named_subject():
    text = ("Xi Jinping will visit Russia next week, the Chinese foreign ministry said. Putin invited him in "
            "March. He will also visit Kazakhstan.")
    got = _visits(text, dt.date(2024, 5, 10))
    assert ("Xi Jinping", "KZ") in got
    assert "Vladimir Putin" not in _travellers(got)


def test_a_double_surname_is_not_the_leader_who_has_one_half():
    index = leader_index()
    t = "Fernández-Trigo, who arrived in Chile on Monday; Trigo-Fernández said"
    assert index.double_surname(t, 0, 9) and index.double_surname(t, t.rindex("Fern"), t.rindex("Fern") + 9)
    # two leaders joined by a hyphen are two people, a particle stays with its name
    t = "the Modi-Xi talks"
    assert not index.double_surname(t, 4, 8) and not index.double_surname(t, 9, 11)
    t = "President Al-Sisi said"
    assert [k for _, _, k in index.scan(t)] == ["al sisi"] and not index.double_surname(t, 10, 17)
    text = ("The Secretary of State for Latin America and the Caribbean, Juan Fernández-Trigo, held talks "
            "yesterday in Santiago. Fernández-Trigo, who arrived in Chile on Monday, will travel to "
            "Montevideo on Thursday.")
    got = _visits(text, dt.date(2022, 2, 22))
    assert ("Juan Fernández-Trigo", "UY") in got
    assert "Alberto Fernández" not in _travellers(got)


def test_a_title_of_another_country_is_not_the_guest():
    text = ("Kenyan President William Ruto met Japanese Prime Minister Fumio Kishida in Tokyo on Monday. "
            "The Japanese prime minister will travel to Nairobi in May.")
    got = _visits(text, dt.date(2024, 2, 8))
    assert ("Fumio Kishida", "KE") in got and ("William Ruto", "JP") in got
    assert ("William Ruto", "KE") not in got


def test_a_title_that_names_the_host_makes_no_trip():
    text = ("Kenyan President William Ruto arrived in Tokyo on Monday. The Prime Minister received him at the "
            "Kantei.")
    got = _visits(text, dt.date(2024, 2, 8))
    assert set(got) == {("William Ruto", "JP")}


def test_a_quoted_speakers_trip_is_the_speakers_not_the_subjects():
    text = ('Kenyan President William Ruto arrived in Tokyo on Monday. "We will go to Manila next," said Foreign '
            'Minister Yoko Kamikawa.')
    got = _visits(text, dt.date(2024, 2, 8))
    assert ("William Ruto", "PH") not in got


def test_they_and_the_two_leaders_are_both_people_of_the_sentence_before():
    for ref in ("They", "The two leaders", "On Friday, both leaders"):
        text = (f"French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris on Monday. "
                f"{ref} will travel to Kyiv{' on Friday' if 'Friday' not in ref else ''}.")
        got = _visits(text, dt.date(2024, 6, 10))
        assert ("Emmanuel Macron", "UA") in got and ("Olaf Scholz", "UA") in got, ref
        assert got[("Olaf Scholz", "UA")] == (dt.date(2024, 6, 14), "planned")


def test_a_plural_after_a_sentence_of_one_or_three_people_stands_for_no_one():
    text = "French President Emmanuel Macron spoke in Paris on Monday. They will travel to Kyiv on Friday."
    assert ("Olaf Scholz", "UA") not in _visits(text, dt.date(2024, 6, 10))
    text = ("Macron, Scholz and Italian Prime Minister Giorgia Meloni met in Paris on Monday. The two leaders will "
            "travel to Kyiv on Friday.")  # which two of three: no one
    got = _visits(text, dt.date(2024, 6, 10))
    assert not any(country == "UA" for _, country in got)


def test_an_office_the_table_gives_for_another_year_is_not_the_one_a_title_means():
    # Ban Ki-moon was South Korea's foreign minister until 2006; in 2009 "the foreign minister" is not him
    text = "Ban Ki-moon arrived in Nairobi on Monday. The foreign minister will travel to Seoul on Friday."
    doc = Document("d", text, published=dt.date(2009, 2, 23))
    people = {p.text: p for p in find_people(doc, geoparse(doc))}
    assert people["Ban Ki-moon"].role == "former foreign minister"
    assert people["The foreign minister"].name != "Ban Ki-moon"
    # in his term he is the one
    doc = Document("d", text, published=dt.date(2005, 2, 23))
    people = {p.text: p for p in find_people(doc, geoparse(doc))}
    assert people["The foreign minister"].name == "Ban Ki-moon"


def _ties(text, published):
    doc = Document("d", text, published=published)
    _, ties = finish_events(*document_events(doc, geoparse(doc)))
    return {(t.a, t.b, t.kind) for t in ties}


def test_an_international_organisations_official_travels_for_no_country():
    text = "United Nations Secretary-General Ban Ki-moon arrived in Nairobi on Monday. Mr Ban met Kibaki."
    assert ("Ban Ki-moon", "KE") in _visits(text, dt.date(2009, 2, 23))
    assert not any("KR" in (a, b) for a, b, _ in _ties(text, dt.date(2009, 2, 23)))
    text = ("The EU High Representative for Foreign Affairs and Security Policy, Josep Borrell, will travel to "
            "Tirana on Tuesday.")
    assert not any("ES" in (a, b) for a, b, _ in _ties(text, dt.date(2022, 3, 12)))
    # the same man as his country's minister travels for it
    text = "South Korean Foreign Minister Ban Ki-moon arrived in Nairobi on Monday."
    assert ("KE", "KR", "visit") in _ties(text, dt.date(2005, 2, 23))


def test_a_name_the_table_does_not_know_takes_the_title_after_it_between_commas():
    for text in ("Samuel Okudzeto Ablakwa, the Ghanaian foreign minister, arrived in Abuja on Monday.",
                 "Okudzeto Ablakwa, Ghana's foreign minister, arrived in Abuja on Monday."):
        got = _visits(text, dt.date(2025, 2, 10))
        assert [c for _, c in got] == ["NG"] and "Ablakwa" in next(iter(got))[0], text
    # his surname later is the same man, of Ghana
    text = ("Samuel Okudzeto Ablakwa, the Ghanaian foreign minister, met Tinubu. Ablakwa will fly to Lome on "
            "Tuesday.")
    doc = Document("d", text, published=dt.date(2025, 2, 10))
    later = [p for p in find_people(doc, geoparse(doc)) if p.text == "Ablakwa"]
    assert later and later[0].name == "Samuel Okudzeto Ablakwa" and later[0].country == "GH"
    # a word that opens the sentence, or a place, is no name beside the title
    text = "Meanwhile, the Kenyan president, who spoke in Nairobi, will travel to Tokyo on Friday."
    assert {p.text for p in find_people(Document("d", text, published=dt.date(2024, 2, 1)))} == {
        "the Kenyan president"}


def test_a_subject_that_names_no_one_is_not_the_story_traveller():
    for lead in ("Officials", "The envoy", "Two senior aides"):
        text = f"Kenyan President William Ruto arrived in Tokyo on Monday. {lead} will fly to Seoul on Friday."
        assert ("William Ruto", "KR") not in _visits(text, dt.date(2024, 2, 5)), lead
    # a lead with no subject at all, or the traveller's own party, is still the story's traveller's
    for lead in ("Later", "The delegation"):
        text = f"Kenyan President William Ruto arrived in Tokyo on Monday. {lead} will fly to Seoul on Friday."
        assert ("William Ruto", "KR") in _visits(text, dt.date(2024, 2, 5)), lead


def test_the_guest_or_the_visitor_is_the_one_the_story_named_as_its_guest():
    text = ("Indian External Affairs Minister S Jaishankar held talks with visiting Iranian Foreign Minister "
            "Hossein Amirabdollahian in New Delhi on Tuesday. The visitor will travel to Colombo on Thursday.")
    got = _visits(text, dt.date(2022, 6, 8))
    assert ("Hossein Amir-Abdollahian", "LK") in got
    assert ("S Jaishankar", "LK") not in got  # the host is not "the visitor"
    text = ("Russian President Vladimir Putin received Qatari Emir Sheikh Tamim bin Hamad Al Thani at the Kremlin "
            "on Friday. The guest then flew to Minsk.")
    got = _visits(text, dt.date(2024, 10, 12))
    assert ("Tamim bin Hamad Al Thani", "BY") in got and ("Vladimir Putin", "BY") not in got
    # no guest named: "the visitor" is no one
    text = "Kenyan President William Ruto spoke in Nairobi on Monday. The visitor will travel to Colombo on Thursday."
    assert ("William Ruto", "LK") not in _visits(text, dt.date(2022, 6, 8))


# a "visiting" guest in a sentence that names no place (recall5) -----------------------------------------

def test_a_visiting_guest_met_by_a_leader_with_no_place_named_visits_the_leaders_country():
    doc = Document("t", "Chinese President Xi Jinping held talks with visiting Kenyan President William Ruto on "
                   "Monday.", published=dt.date(2024, 3, 20))
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    assert [(v.traveler, v.country) for v in visits] == [("William Ruto", "CN")]


def test_a_visiting_guest_among_leaders_of_two_other_countries_gets_no_host():
    doc = Document("t", "Visiting Kenyan President William Ruto met Chinese President Xi Jinping and Indian Prime "
                   "Minister Narendra Modi on Monday.", published=dt.date(2024, 3, 20))
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    assert not visits


def test_accorded_a_state_welcome_by_a_leader_is_a_visit_to_the_leaders_country():
    doc = Document("t", "Kenyan President William Ruto was accorded a state welcome by Chinese President Xi Jinping "
                   "on Monday.", published=dt.date(2024, 3, 20))
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    assert ("William Ruto", "CN") in {(v.traveler, v.country) for v in visits}
    assert not [v for v in visits if "Xi" in v.traveler]
