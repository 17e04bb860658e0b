"""Travellers named by a title, by a first name after a royal title, and guests told in the host's
sentence (issue 13, the title and host-guest classes): each rule with a case it must read and a case
it must leave alone."""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.people import find_people
from geo.values import Document


def _visits(text, published):
    doc = Document("d", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler, v.country): (v.start_date, v.status, v.place) for v in visits}


def _people(text, published):
    doc = Document("d", text, published=published)
    return [(text[p.start:p.end], p.name) for p in find_people(doc, geoparse(doc))]


def test_a_first_name_after_a_royal_title_is_the_leader_the_title_named_before():
    text = ("Saudi Crown Prince Mohammed bin Salman arrived in Amman on Tuesday night. Prince Mohammed flew "
            "into Amman from Cairo, the first stop of a regional tour that will also take him to Turkey.")
    people = dict(_people(text, dt.date(2022, 6, 21)))
    assert people["Mohammed"] == "Mohammed bin Salman"  # not the written "Crown Prince Mohammed"
    got = _visits(text, dt.date(2022, 6, 21))
    assert {("Mohammed bin Salman", "JO"), ("Mohammed bin Salman", "EG"), ("Mohammed bin Salman", "TR")} <= set(got)
    assert not [name for name, _ in got if name != "Mohammed bin Salman"]


def test_a_surname_still_means_the_one_last_named_with_it():
    text = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. "
            "Ruto later flew to Kampala.")
    people = dict(_people(text, dt.date(2023, 5, 2)))
    assert people["Ruto"] == "William Ruto"


def test_a_visiting_counterpart_with_no_place_visits_the_country_of_the_one_who_met_them():
    text = "Japanese Foreign Minister Yoshimasa Hayashi held talks with his visiting Indian counterpart on Monday."
    got = _visits(text, dt.date(2023, 3, 1))
    guests = [(name, cc) for name, cc in got if cc == "JP"]
    assert len(guests) == 1 and guests[0][0] != "Yoshimasa Hayashi"  # India's foreign minister of that day
    assert got[guests[0]][0] == dt.date(2023, 2, 27)
    assert not [name for name, cc in got if name == "Yoshimasa Hayashi"]  # the host went nowhere


def test_visiting_as_a_verb_names_no_guest():
    text = "Japanese Foreign Minister Yoshimasa Hayashi said on Monday he was visiting Indian Ocean states."
    assert not [cc for _, cc in _visits(text, dt.date(2023, 3, 1)) if cc == "IN"]


def test_the_place_of_a_hosting_is_read_past_a_list_of_guests():
    text = ("Indian Prime Minister Narendra Modi received Australian Prime Minister Anthony Albanese, New Zealand "
            "Prime Minister Chris Hipkins and Fijian Prime Minister Sitiveni Rabuka in New Delhi on Monday.")
    got = _visits(text, dt.date(2023, 6, 1))
    for guest in ("Anthony Albanese", "Chris Hipkins", "Sitiveni Rabuka"):
        assert got[(guest, "IN")][0] == dt.date(2023, 5, 29) and got[(guest, "IN")][2] == "New Delhi"
    assert not [name for name, _ in got if name == "Narendra Modi"]


def test_the_place_of_a_hosting_is_read_past_a_relative_clause_about_the_guest():
    text = ("Indian Prime Minister Narendra Modi hosted Australian Prime Minister Anthony Albanese, who is on his "
            "first visit to the country, in New Delhi on Monday.")
    got = _visits(text, dt.date(2023, 6, 1))
    assert got[("Anthony Albanese", "IN")][:1] == (dt.date(2023, 5, 29),)
    assert got[("Anthony Albanese", "IN")][2] == "New Delhi"


def _visits_at(text, published, url):
    doc = Document("d", text, published=published, url=url)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler_country, v.role, v.country) for v in visits}


def test_a_home_paper_s_bare_head_of_government_is_its_own_country_s():
    text = "The Prime Minister will travel to Washington on Tuesday to meet the president."
    day = dt.date(2023, 3, 1)
    assert ("GB", "prime minister", "US") in _visits_at(text, day, "https://www.lbc.co.uk/politics/x")
    assert ("PK", "prime minister", "US") in _visits_at(text, day, "https://tribune.com.pk/story/1")
    assert not _visits_at(text, day, "https://www.reuters.com/world/x")  # a paper of no country: no one
    assert not _visits_at(text, day, "https://news.example.tv/x")  # ".tv" is used everywhere


def test_a_named_holder_and_a_dateline_come_before_the_paper_s_country():
    day = dt.date(2023, 3, 1)
    text = ("Indian Prime Minister Narendra Modi met officials on Monday. The Prime Minister will travel to "
            "Washington on Tuesday.")
    assert {c for c, _, _ in _visits_at(text, day, "https://www.lbc.co.uk/x")} == {"IN"}
    text = "NEW DELHI, March 1 (Reuters) - The prime minister will travel to Washington on Tuesday."
    assert {c for c, _, _ in _visits_at(text, day, "https://www.lbc.co.uk/x")} == {"IN"}


def test_a_meeting_at_a_building_is_in_the_city_named_after_it():
    day = dt.date(2023, 3, 1)
    text = ("Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks at State House in "
            "Nairobi on Monday.")
    got = _visits(text, day)
    assert got[("Yoweri Museveni", "KE")][2] == "Nairobi"
    assert not [name for name, _ in got if name == "William Ruto"]  # at home
    text = "President William Ruto on Monday received the Ugandan leader at the presidential palace, Nairobi."
    got = _visits(text, day)
    assert [(cc, v[2]) for (_, cc), v in got.items()] == [("KE", "Nairobi")]


def test_a_month_or_an_event_after_at_or_in_is_no_building():
    text = ("Last year, the US sent delegates to Caracas to meet Maduro, and after talks resumed between his "
            "government and the opposition in November, Washington granted a licence to Chevron.")
    got = _visits(text, dt.date(2023, 6, 12))
    assert not [cc for _, cc in got if cc == "US"]


def test_a_bare_title_is_the_one_the_story_names_most_not_the_one_others_are_named_after():
    text = ("President Hakainde Hichilema of Zambia has embarked on a state visit to Mozambique, at the invitation "
            "of Mozambique's President, His Excellency President Filipe Nyusi. During the visit, President "
            "Hichilema is expected to hold talks with his Mozambican counterpart. The President is expected to "
            "return to Zambia after the conclusion of his state visit to Mozambique.")
    people = _people(text, dt.date(2023, 4, 4))
    assert ("The President", "Hakainde Hichilema") in people  # twice by name; Nyusi once, then by titles
    got = _visits(text, dt.date(2023, 4, 4))
    assert ("Filipe Nyusi", "ZM") not in got and ("Hakainde Hichilema", "MZ") in got


def test_an_age_before_a_title_keeps_it_a_title():
    day = dt.date(2023, 3, 1)
    text = "Kenyan President William Ruto met officials on Monday. The 56-year-old president will travel to Berlin."
    assert ("William Ruto", "DE") in _visits(text, day)
    text = "The 56-year-old Kenyan president will travel to Berlin on Friday."
    assert [cc for _, cc in _visits(text, day)] == ["DE"]


def test_a_counterpart_of_a_title_is_of_that_title_s_office():
    text = "The Japanese foreign minister and his South Korean counterpart will visit Washington on Friday."
    got = _visits_at(text, dt.date(2023, 3, 1), None)
    assert {("JP", "foreign minister", "US"), ("KR", "foreign minister", "US")} <= got


def test_the_two_of_an_office_are_the_two_of_that_office_named_before():
    text = ("There, German Foreign Minister Johann Wadephul will meet his counterpart Jean-Noel Barrot and French "
            "President Emmanuel Macron. Afterwards, the two Foreign Ministers will be travelling to Warsaw together.")
    got = _visits(text, dt.date(2025, 5, 7))
    pl = {name for name, cc in got if cc == "PL"}
    assert pl == {"Johann Wadephul", "Jean-Noel Barrot"}  # not Macron, a president


def test_the_two_leaders_of_a_sentence_of_three_are_no_one():
    text = ("Ruto met Museveni and Kagame in Nairobi on Monday. Afterwards, the two leaders will travel to Arusha.")
    got = _visits(text, dt.date(2023, 3, 1))
    assert not [cc for _, cc in got if cc == "TZ"]  # which two of the three is not told


def test_a_hosting_with_no_place_is_in_the_dateline_s_city_with_the_day_told_after_the_guest():
    text = ("TOKYO, March 1 (Reuters) - The prime minister received the Kenyan president at his office on "
            "Monday.")
    got = _visits(text, dt.date(2023, 3, 1))
    [(name, cc)] = list(got)
    assert cc == "JP" and got[(name, cc)][0] == dt.date(2023, 2, 27) and got[(name, cc)][2] == "Tokyo"


def test_a_call_between_host_and_guest_is_no_visit():
    day = dt.date(2023, 3, 1)
    for text in ("Japanese Prime Minister Fumio Kishida spoke by phone with the Kenyan president on Monday.",
                 "TOKYO, March 1 (Reuters) - Prime Minister Fumio Kishida spoke by telephone with his Kenyan "
                 "counterpart on Monday.",
                 "Japanese Prime Minister Fumio Kishida held a video call with his Kenyan counterpart on Monday."):
        assert not _visits(text, day)


def test_the_host_of_a_guest_named_by_title_goes_nowhere():
    text = ("Chinese President Xi Jinping received the visiting Kenyan president in Beijing on Monday. The "
            "Chinese leader said ties were strong.")
    got = _visits(text, dt.date(2023, 3, 1))
    assert [cc for _, cc in got] == ["CN"] and ("Xi Jinping", "CN") not in got


def test_a_day_opening_the_sentence_is_no_part_of_the_title_after_it():
    got = _visits("Early on Friday Ugandan President Yoweri Museveni arrived in Tehran.", dt.date(2017, 8, 4))
    assert got[("Yoweri Museveni", "IR")][0] == dt.date(2017, 8, 4)
    got = _visits("Talks went on with Ugandan President Yoweri Museveni, who arrived in Tehran.", dt.date(2017, 8, 4))
    assert ("Yoweri Museveni", "IR") in got


def test_a_guest_welcomed_somewhere_with_no_host_named_was_there():
    day = dt.date(2017, 8, 4)
    got = _visits("Early on Friday Ugandan President Yoweri Museveni was welcomed at Imam Khomeini airport of "
                  "Tehran.", day)
    assert got[("Yoweri Museveni", "IR")][:1] == (day,)


def test_no_visit_for_one_welcomed_at_home_or_from_afar():
    day = dt.date(2017, 8, 4)
    assert not _visits("Ugandan President Yoweri Museveni was welcomed by crowds in Kampala on his return "
                       "from Tehran.", day).keys() - {("Yoweri Museveni", "IR")}
    assert not [cc for _, cc in _visits("Ugandan President Yoweri Museveni was welcomed in Kampala on Friday.",
                                        day)]
    assert not _visits("Ugandan President Yoweri Museveni was received by video link from Tehran.", day)


def test_a_titled_name_is_of_the_country_named_after_it():
    day = dt.date(2017, 8, 4)
    people = dict(_people("King Letsie III of Lesotho arrived in Tehran on Friday.", day))
    got = _visits("Early on Friday King Letsie III of Lesotho was welcomed at Imam Khomeini airport of Tehran.", day)
    assert ("Letsie III", "IR") in got
    doc = Document("d", "Foreign Minister Lesego Makgothi of Lesotho arrived in Tehran on Friday.", published=day)
    assert [p.country for p in find_people(doc, geoparse(doc))] == ["LS"]
    doc = Document("d", "Mayor Pierre Durand of Lyon arrived in Tehran on Friday.", published=day)
    assert [p.country for p in find_people(doc, geoparse(doc)) if p.name] in ([], [None])  # a city: no country
    assert people


def test_the_second_title_after_with_is_an_object_not_the_one_who_went_home():
    text = ("Minister for Foreign Affairs Nobutaka Machimura visited Afghanistan from April 5 to 7 and held meetings "
            "with the President and the Minister of Foreign Affairs of Afghanistan before returning to Japan on "
            "April 8. He met President Hamid Karzai and Foreign Minister Abdullah Abdullah of Afghanistan.")
    got = _visits(text, dt.date(2005, 4, 12))
    assert ("Nobutaka Machimura", "AF") in got
    assert not [name for name, cc in got if cc == "JP"]


def test_a_bare_title_after_a_title_with_a_country_is_that_holder():
    day = dt.date(2023, 9, 20)
    text = ("The Indian prime minister arrived in Paris on Wednesday. On Friday the Prime Minister will fly to "
            "Berlin.")
    got = _visits_at(text, day, None)
    assert {("IN", "prime minister", "FR"), ("IN", "prime minister", "DE")} <= got
    text = "The British king arrived in Paris on Wednesday. On Friday the King will fly to Berlin."
    assert ("GB", "king", "DE") in _visits_at(text, day, None)


def test_a_bare_title_of_another_office_is_not_that_holder():
    text = ("The Indian prime minister arrived in Paris on Wednesday. On Friday the President will fly to "
            "Berlin.")
    assert not [cc for cc, _, host in _visits_at(text, dt.date(2023, 9, 20), None) if host == "DE"]


def test_a_monarch_and_consort_of_a_country_is_that_country_s_monarch():
    day = dt.date(2023, 3, 1)
    got = _visits_at("The King and Queen of Belgium will pay a state visit to Denmark next week.", day, None)
    assert ("BE", "king", "DK") in got
    got = _visits_at("The Emperor and Empress of Japan arrived in Jakarta on Monday for a state visit.", day, None)
    assert ("JP", "emperor", "ID") in got


def test_an_office_of_one_country_tells_its_country():
    got = _visits_at("The Taoiseach will travel to Washington next week for St Patrick's Day.", dt.date(2023, 3, 1),
                     None)
    assert ("IE", "prime minister", "US") in got


def test_an_audience_granted_to_a_guest_is_his_visit():
    got = _visits("King Abdullah II granted an audience to Ugandan President Yoweri Museveni in Amman on Monday.",
                  dt.date(2023, 3, 1))
    assert got[("Yoweri Museveni", "JO")][0] == dt.date(2023, 2, 27)
    assert not [name for name, _ in got if name != "Yoweri Museveni"]


def test_a_guest_received_with_no_city_still_gets_the_day_told_after_him():
    text = ("King Abdullah II received the Ugandan president, who is on a working visit to the Kingdom, at Al "
            "Husseiniya Palace on Monday.")
    got = _visits(text, dt.date(2023, 3, 1))
    [(name, cc)] = list(got)
    assert cc == "JO" and got[(name, cc)][0] == dt.date(2023, 2, 27)


def test_a_visiting_guest_of_a_hosting_is_one_visit_with_the_hosting_s_tense():
    text = ("President John Mahama would welcome the visiting Prime Minister for bilateral talks on Friday morning. "
            "Grenada's Prime Minister Dickon Mitchell will arrive in Accra on Thursday.")
    got = _visits(text, dt.date(2025, 10, 10))
    assert [v[1] for (_, cc), v in got.items() if cc == "GH"] == ["planned"]
