"""Who travelled: the traveller of a visit told by a given name, a pronoun or a title, and every
stop of a trip, in sentences of our own (issue 13's wrong-traveller and multi-stop classes).

Each test runs the real geoparser and the events stage on a few sentences written
for the test and checks the traveller, host, day and status a careful reader finds.
"""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document
from .conftest import stops_of

D = dt.date


def found(text: str, published: dt.date = D(2023, 5, 3)) -> set[tuple]:
    """(traveller, host, first day, status) of every visit not called off."""
    doc = Document("t", text, published=published)
    vs, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler, v.country, v.start_date, v.status) for v in vs if v.status != "cancelled"}


def travellers(text: str, published: dt.date = D(2023, 5, 3)) -> set[tuple[str, str]]:
    return {(t, c) for t, c, _, _ in found(text, published)}


def test_a_given_name_after_an_honorific_is_the_person_named_in_full():
    text = ("Prime Minister Sir Alan Kemble of Fiji is in Japan this week. "
            "Sir Alan will then visit Australia at the end of the month.")
    assert ("Alan Kemble", "AU") in travellers(text)
    assert not any(t == "Alan" for t, _ in travellers(text))


def test_a_given_name_of_a_host_keeps_him_at_home():
    text = ("Sultan Haitham of Oman arrived in Abu Dhabi on Monday. Sheikh Mohamed bin Zayed, the "
            "President of the UAE, greeted him. Sheikh Mohamed wished the guests a pleasant stay in the UAE.")
    assert {c for t, c in travellers(text) if "Mohamed" in t} == set()


def test_a_sentence_opened_by_a_pronoun_keeps_the_story_on_its_person():
    text = ("Prime Minister Sir Alan Kemble of Fiji is visiting China. Today he will hold talks with "
            "Premier Li Qiang. He is also expected to meet with the heads of firms in Fiji.")
    assert not any(t == "Li Qiang" for t, _ in travellers(text))


def test_the_story_stays_on_the_traveller_through_pronouns_and_a_namesake_airport():
    text = ("Congolese President Felix Tshisekedi arrived in Nairobi on Wednesday. He will hold talks with "
            "Kenyan President William Ruto. He was received at the William Ruto International Airport by "
            "the foreign minister. His first stop was in Angola on Tuesday.")
    assert found(text, D(2019, 2, 7)) == {("Felix Tshisekedi", "KE", D(2019, 2, 6), "ongoing"),
                                          ("Felix Tshisekedi", "AO", D(2019, 2, 5), "completed")}


def test_a_name_inside_a_place_name_is_no_person():
    from geo.people import find_people

    doc = Document("t", "The plane landed at the Jomo Kenyatta International Airport. Kenyatta was not there.",
                   published=D(2019, 2, 7))
    assert [p.start for p in find_people(doc, geoparse(doc)) if p.name and "Kenyatta" in p.name] == [61]


def test_an_unnamed_title_stops_the_story_going_back_to_an_earlier_person():
    text = ("Aides to Vice President Kamala Harris joined the call. This is the President's second trip "
            "to Asia. He previously went to Vietnam in his first term.")
    assert not any(t == "Kamala Harris" for t, _ in travellers(text))


def test_a_spokesman_is_not_the_traveller_of_the_next_sentence():
    text = ("Russian President Vladimir Putin arrived in Minsk on Thursday. Kremlin spokesman Dmitry Peskov "
            "said the talks would last two days. The trip to Belarus is the first since the inauguration.")
    assert travellers(text, D(2024, 5, 23)) == {("Vladimir Putin", "BY")}


def test_each_stop_of_a_list_takes_the_day_written_after_it():
    text = "Chilean President Gabriel Boric will be in Peru on Wednesday and Bolivia on Friday."
    assert found(text, D(2023, 5, 29)) == {("Gabriel Boric", "PE", D(2023, 5, 31), "planned"),
                                           ("Gabriel Boric", "BO", D(2023, 6, 2), "planned")}


def test_a_day_after_the_last_stop_alone_is_the_whole_lists():
    text = "Chilean President Gabriel Boric will visit Peru, Bolivia and Paraguay from June 5 to 9."
    days = {c: d for _, c, d, _ in found(text, D(2023, 5, 29))}
    assert days == {"PE": D(2023, 6, 5), "BO": None, "PY": None}


def test_a_verb_after_then_shares_the_future_of_the_first():
    text = "Chilean President Gabriel Boric will visit Lima and then travel to La Paz on Wednesday."
    assert ("Gabriel Boric", "BO", D(2023, 5, 31), "planned") in found(text, D(2023, 5, 29))


def test_the_stop_after_then_does_not_take_the_first_stops_day():
    text = "Chilean President Gabriel Boric arrived in Lima on Monday, then La Paz."
    assert found(text, D(2023, 5, 29)) == {("Gabriel Boric", "PE", D(2023, 5, 29), "ongoing"),
                                           ("Gabriel Boric", "BO", None, "planned")}


def test_followed_by_after_a_day_is_the_next_stop():
    text = "Chilean President Gabriel Boric arrived in Lima on Monday, followed by La Paz."
    assert ("Gabriel Boric", "BO", None, "planned") in found(text, D(2023, 5, 29))


def test_the_next_stop_named_by_its_place_in_the_trip():
    first = "Chilean President Gabriel Boric arrived in Lima on Monday. "
    for then in ("His next stop is Bolivia.", "Bolivia is the last stop of his tour.",
                 "The next and final leg of his trip will be Bolivia."):
        assert ("Gabriel Boric", "BO", None, "planned") in found(first + then, D(2023, 5, 30)), then
    assert ("Gabriel Boric", "EC", None, "completed") in found(first + "His first stop was Ecuador.",
                                                                D(2023, 5, 30))


def test_a_place_where_the_traveller_heads_next():
    text = ("Chilean President Gabriel Boric arrived in Lima on Monday. Trade with Bolivia, where Boric is "
            "headed next, has grown.")
    assert ("Gabriel Boric", "BO", None, "planned") in found(text, D(2023, 5, 30))


def test_arriving_from_a_place_is_the_stop_before():
    text = "Chilean President Gabriel Boric arrived in Lima on Monday from Quito."
    assert found(text, D(2023, 5, 30)) == {("Gabriel Boric", "PE", D(2023, 5, 29), "ongoing"),
                                           ("Gabriel Boric", "EC", None, "completed")}
    assert travellers("Chilean President Gabriel Boric arrived in Lima from Santiago.") == {("Gabriel Boric", "PE")}


def test_while_in_opens_a_visit_to_that_place():
    text = "Chilean President Gabriel Boric is in Lima. While in Bolivia, Boric is to meet the president."
    assert ("Gabriel Boric", "BO") in travellers(text)


def test_the_prime_minister_is_one_title_and_resolves_to_the_one_named():
    text = "Japanese Prime Minister Fumio Kishida met his cabinet on Monday. The Prime Minister will travel to Paris."
    assert travellers(text) == {("Fumio Kishida", "FR")}


def test_a_title_without_a_country_is_the_storys_person_not_the_last_one_named():
    text = ("Indian Prime Minister Narendra Modi arrived in Abuja on Sunday. Modi met President Bola Tinubu. "
            "From Nigeria, Modi went to Brazil, where he met UK Prime Minister Keir Starmer. "
            "Then the Prime Minister travelled to Guyana.")
    assert ("Narendra Modi", "GY") in travellers(text, D(2024, 11, 22))
    assert not any(t == "Keir Starmer" for t, _ in travellers(text, D(2024, 11, 22)))


def test_a_spokesman_speaks_for_his_president_and_does_not_travel():
    text = "Kremlin spokesman Dmitry Peskov said the president will visit Turkey in April."
    assert travellers(text, D(2023, 5, 3)) == {("Vladimir Putin", "TR")}


def test_a_pronoun_whose_gender_the_focus_lacks_goes_back_to_the_last_person_it_fits():
    text = ("Fijian Prime Minister Sitiveni Rabuka welcomed Australian Foreign Minister Penny Wong to Suva on "
            "Tuesday. He said the visit was important. She then flew to Tonga.")
    assert ("Penny Wong", "TO") in travellers(text)


def test_a_leaders_name_that_a_town_shares_is_the_person_when_it_acts():
    text = "Lula's visit to China comes weeks after the summit. Lula said the trip would boost trade."
    assert ("Luiz Inácio Lula da Silva", "CN") in travellers(text)


def test_stops_after_a_day_a_next_stop_or_an_aside():
    first = "Canadian Foreign Minister Melanie Joly spoke on Sunday. "
    cases = {
        "Joly will be in Tokyo from Feb. 3-5 and in Seoul from Feb. 5-7.": ("KR", D(2023, 2, 5)),
        "Joly's first stop is Cairo, followed by Amman.": ("JO", None),
        "Joly travels first to Egypt, where she will meet President Sisi, and then on to Jordan.": ("JO", None),
    }
    for then, (host, day) in cases.items():
        assert ("Melanie Joly", host, day, "planned") in found(first + then, D(2023, 1, 29)), then


def test_a_subject_pronoun_after_a_semicolon_is_the_sentences_subject():
    text = ("Canadian Foreign Minister Melanie Joly spoke on Sunday. In Egypt, Joly will meet President Sisi; "
            "in Jordan, she will meet King Abdullah.")
    assert travellers(text, D(2023, 1, 29)) == {("Melanie Joly", "EG"), ("Melanie Joly", "JO")}


def test_a_list_goes_on_after_a_city_in_brackets_and_the():
    text = "Canadian Foreign Minister Melanie Joly will visit Japan (Tokyo), South Korea (Seoul) and the Philippines."
    assert {c for _, c in travellers(text)} == {"JP", "KR", "PH"}


def test_a_visit_as_an_office_holder_to_a_place():
    text = ("Canadian Foreign Minister Melanie Joly left Ottawa on Sunday. She ends her trip on Thursday, "
            "June 8, with her first visit as foreign minister to Kyiv, Ukraine.")
    assert ("Melanie Joly", "UA", D(2023, 6, 8), "planned") in found(text, D(2023, 6, 4))


def test_leaving_home_on_a_day_for_a_place():
    text = "Nigerian President Bola Tinubu will depart Abuja on Wednesday for Paris."
    assert travellers(text, D(2025, 2, 4)) == {("Bola Tinubu", "FR")}


def test_a_gerund_after_before_shares_the_future_told_earlier():
    text = ("Chilean President Gabriel Boric will then make a three-day visit to Peru for a summit with the "
            "Peruvian president and business leaders before visiting Bolivia from Thursday to Friday.")
    assert ("Gabriel Boric", "BO", D(2024, 6, 13), "planned") in found(text, D(2024, 6, 9))


def test_a_stop_after_another_stops_purpose():
    text = ("Chilean President Gabriel Boric will travel to Peru before heading to Bolivia for a trade summit "
            "and Paraguay for a river conference.")
    assert {c for _, c in travellers(text)} == {"PE", "BO", "PY"}


def test_a_former_office_holder_is_not_the_title_of_today():
    text = ("Former Kenyan President Uhuru Kenyatta led the mediation in Addis Ababa. The Kenyan president "
            "will travel to Tokyo next week.")
    assert travellers(text) == {("William Ruto", "JP")}


def test_a_bare_title_between_two_equally_named_people_is_the_one_the_story_opened_on():
    text = ("Indian External Affairs Minister S Jaishankar met Russian Foreign Minister Sergei Lavrov in Moscow "
            "on Monday. The minister will next travel to Tehran.")
    assert ("S Jaishankar", "IR") in travellers(text)


def test_later_this_week_is_after_the_day_and_earlier_before_it():
    from geo.dates import find_dates

    later, = find_dates("She will visit Cairo later this week.", D(2024, 2, 7), tense="future")
    earlier, = find_dates("She visited Cairo earlier this week.", D(2024, 2, 7))
    assert (later.start, later.end) == (D(2024, 2, 8), D(2024, 2, 11))
    assert (earlier.start, earlier.end) == (D(2024, 2, 5), D(2024, 2, 6))
    text = ("Canadian Foreign Minister Melanie Joly arrived in Riyadh on Monday. She is also set to visit "
            "Egypt and Jordan later this week.")
    assert {(c, s) for _, c, _, s in found(text, D(2024, 2, 5))} == {("SA", "ongoing"), ("EG", "planned"),
                                                                    ("JO", "planned")}


def test_an_opening_phrase_that_is_over_does_not_make_the_next_stop_past():
    text = ("Canadian Foreign Minister Melanie Joly spoke on Monday. Following her visit to "
            "Colombia, Joly will head to the Dominican Republic.")
    got = {(c, s) for _, c, _, s in found(text, D(2023, 4, 25))}
    assert got == {("DO", "planned"), ("CO", "completed")}


def test_titles_named_by_their_country_alone():
    cases = {
        "Beijing's top envoy wrapped up a two-day visit to Pyongyang on Monday.": ("Qin Gang", "KP"),
        "The UK Foreign Secretary travelled to Kyiv on Monday.": ("James Cleverly", "UA"),
        "Brazil's foreign minister arrived in Beijing on Monday.": ("Mauro Vieira", "CN"),
    }
    for text, visit in cases.items():
        assert travellers(text) == {visit}, text


def test_every_person_of_a_coordinated_subject_travels():
    text = "On Friday, Scholz, Macron and Italian Prime Minister Giorgia Meloni travelled to Kyiv."
    pre = "German Chancellor Olaf Scholz and French President Emmanuel Macron spoke on Thursday. "
    assert {t for t, c in travellers(pre + text, D(2023, 5, 6)) if c == "UA"} == {
        "Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni"}


def test_an_object_before_and_is_not_a_co_traveller():
    text = "Japanese Prime Minister Fumio Kishida welcomed Modi and Albanese will travel to Tokyo."
    assert not any("Modi" in t and s == "planned" for t, _, _, s in found(text))


def test_a_family_name_written_first_is_the_persons_surname():
    text = "Chinese Premier Li Qiang spoke on Sunday. Li will make state visits to Kenya and Uganda from May 8 to 12."
    assert {c for t, c in travellers(text) if t == "Li Qiang"} == {"KE", "UG"}


def test_a_tour_begun_on_a_day_gives_that_day_to_its_first_stop_only():
    text = "Chinese Premier Li Qiang began a three-nation tour of Kenya, Tanzania and Uganda on Monday."
    assert {c: d for _, c, d, _ in found(text)} == {"KE": D(2023, 5, 1), "TZ": None, "UG": None}


def test_what_follows_a_trip_noun_gives_its_tense():
    text = "Chinese Premier Li Qiang is visiting Kenya. The tour will also take in Rwanda."
    assert ("Li Qiang", "RW", None, "planned") in found(text)


def test_a_tour_that_continues_in_a_place():
    text = "Chinese Premier Li Qiang is visiting Kenya. Li's tour continues in Uganda on Friday. The talks continued in Geneva."
    assert travellers(text) == {("Li Qiang", "KE"), ("Li Qiang", "UG")}


def test_a_trip_noun_without_a_verb_belongs_to_the_nearest_possessor():
    text = ("South Korean President Yoon Suk Yeol met his cabinet. Aides cited Yoon's holiday, planned long "
            "before US House Speaker Kevin McCarthy's decision to come here after a visit to Taiwan.")
    assert ("Kevin McCarthy", "TW") in travellers(text, D(2022, 8, 5))
    assert not any(t.startswith("Yoon") for t, _ in travellers(text, D(2022, 8, 5)))


def test_a_day_inside_a_who_aside_is_not_the_next_stops():
    text = "Indian Prime Minister Narendra Modi, who arrived in Washington on Wednesday, will then fly to Cairo."
    assert found(text) == {("Narendra Modi", "US", D(2023, 5, 3), "ongoing"),
                           ("Narendra Modi", "EG", None, "planned")}


def test_the_visiting_president_is_not_the_one_at_home():
    text = ("Kenyan President William Ruto met Indonesian President Joko Widodo in Nairobi on Monday. "
            "The visiting president later flew to Kampala.")
    assert ("Joko Widodo", "UG") in travellers(text)
    assert not any(t == "William Ruto" for t, _ in travellers(text))


def test_a_hop_between_two_foreign_stops_keeps_its_day():
    text = ("US Secretary of State Antony Blinken met officials in Kinshasa. Blinken left the DRC for Rwanda's "
            "capital Kigali late Wednesday afternoon.")
    assert {(c, d) for _, c, d, _ in found(text, D(2022, 8, 11))} >= {("RW", D(2022, 8, 10))}
    # leaving home for a place: that place is reached the day one sets out or the next (within the day a
    # reader allows); the leg "en route to" after it has no day of its own
    home = "Nigerian President Bola Tinubu left Abuja on Wednesday for Paris, en route to Addis Ababa."
    assert {(c, d) for _, c, d, _ in found(home, D(2025, 2, 7))} == {("FR", D(2025, 2, 5)), ("ET", None)}


def test_meetings_in_a_list_of_places_each_on_its_day():
    text = ("Turkish Foreign Minister Mevlut Cavusoglu will tour Africa next week. Cavusoglu will hold "
            "meetings in Zimbabwe on 11 January, in Rwanda on 12 January, and in Gabon on 13 January.")
    days = {c: d for _, c, d, _ in found(text, D(2023, 1, 7))}
    assert days == {"ZW": D(2023, 1, 11), "RW": D(2023, 1, 12), "GA": D(2023, 1, 13)}


def test_a_pronoun_after_a_title_that_names_nobody_is_that_titles():
    text = ("President Hassan Sheikh Mohamud of Somalia met the minister in Mogadishu. The Minister continued "
            "his visit by conducting meetings in Kenya.")
    assert not any("Mohamud" in t for t, _ in travellers(text, D(2024, 3, 1)))


def test_a_full_word_honorific_before_a_full_stop_ends_the_sentence():
    from geo.people import _HONORIFIC, _TITLED  # the patterns themselves: the people found depend on windows

    assert _TITLED.search("to the Secretary General. ATMIS has").group("name") == "General"
    assert _HONORIFIC.search("said General. Smith") is None
    assert _TITLED.search("Defense Secretary Gen. Lloyd Austin").group("name") == "Lloyd Austin"


def test_a_day_after_a_who_aside_is_the_main_clauses():
    text = ("Indian Foreign Minister S Jaishankar, who is on a visit to Moscow, met Russian President "
            "Vladimir Putin on Monday.")
    assert found(text) == {("S Jaishankar", "RU", None, "ongoing")}


def test_i_in_a_quotation_is_its_speaker():
    after = '"I will travel to Beijing next month," French President Emmanuel Macron told reporters.'
    before = 'French President Emmanuel Macron said: "I will travel to Beijing next month."'
    for text in (after, before):
        assert found(text) == {("Emmanuel Macron", "CN", D(2023, 6, 1), "planned")}, text


def test_and_a_new_subject_ends_the_clause_whose_tense_a_visit_takes():
    text = "“I visited Kyiv last week and I will go to Warsaw on Friday,” German Chancellor Olaf Scholz said."
    assert found(text) == {("Olaf Scholz", "UA", D(2023, 4, 24), "completed"),
                           ("Olaf Scholz", "PL", D(2023, 5, 5), "planned")}


def test_the_tour_ends_in_a_place_and_next_on_the_itinerary():
    first = "Chilean President Gabriel Boric arrived in Lima on Monday. "
    assert ("Gabriel Boric", "CO", D(2023, 5, 5), "planned") in found(first + "The tour ends in Bogota on Friday.",
                                                                       D(2023, 5, 2))
    assert ("Gabriel Boric", "CO", None, "planned") in found(first + "Next on his itinerary is Bogota.", D(2023, 5, 2))
    assert ("Gabriel Boric", "PE") in travellers(first + "The talks ended in Geneva.", D(2023, 5, 2))
    assert not any(c == "CH" for _, c in travellers(first + "The talks ended in Geneva.", D(2023, 5, 2)))


def test_my_in_a_quotation_is_its_speaker():
    text = '"My visit to Tokyo was a success," Indian Prime Minister Narendra Modi said.'
    assert travellers(text) == {("Narendra Modi", "JP")}


def test_a_title_for_a_portfolio_names_the_person_after_its_comma():
    # "Minister for Trade, Maria Lopez, said": the name of "the Minister for Trade" told earlier
    text = ("The Minister for Trade has ended a visit to Peru and Chile. Minister for Trade, Maria Lopez, said "
            "the talks went well.")
    assert travellers(text, D(2024, 3, 1)) == {("Maria Lopez", "PE"), ("Maria Lopez", "CL")}


def test_a_trip_counted_without_its_noun_is_the_next_stop():
    text = "Chilean President Gabriel Boric made his first trip to Peru, while the second will be to Brazil on June 4."
    assert ("Gabriel Boric", "BR", D(2024, 6, 4), "planned") in found(text, D(2024, 5, 20))
    assert found("The second is Jones, the third is Smith.", D(2024, 5, 20)) == set()


def test_a_list_introduced_as_nations_or_countries_is_each_a_stop():
    text = "Indian Prime Minister Narendra Modi begins a visit to the Commonwealth nations of Malta and Cyprus tomorrow."
    assert found(text, D(2024, 2, 13)) == {("Narendra Modi", "MT", D(2024, 2, 14), "planned"),
                                           ("Narendra Modi", "CY", None, "planned")}
    text = "Indian Prime Minister Narendra Modi will visit the three countries of Estonia, Latvia and Lithuania."
    assert travellers(text, D(2024, 2, 13)) == {("Narendra Modi", c) for c in ("EE", "LV", "LT")}


def test_a_visit_wrapped_up_on_the_day_of_the_story_is_over():
    text = "Turkish President Recep Tayyip Erdogan on Saturday wrapped up his three-day visit to Qatar."
    assert found(text, D(2023, 7, 22)) == {("Recep Tayyip Erdogan", "QA", D(2023, 7, 20), "completed")}


def test_departing_for_a_place_the_day_before_the_story_is_under_way():
    text = "Kenyan President William Ruto met reporters before departing for Tokyo on Wednesday."
    assert found(text, D(2024, 2, 8)) == {("William Ruto", "JP", D(2024, 2, 7), "ongoing")}


def test_ahead_of_his_trip_is_a_plan():
    text = "Kenyan President William Ruto spoke ahead of his trip to Tokyo."
    assert found(text, D(2024, 2, 8)) == {("William Ruto", "JP", None, "planned")}


def test_a_visit_under_way_under_a_dateline_of_that_country_is_dated_that_day():
    text = "TOKYO - Kenyan President William Ruto toured a factory as he makes his first visit to Japan."
    assert found(text, D(2024, 2, 8)) == {("William Ruto", "JP", D(2024, 2, 8), "ongoing")}
    # without a dateline nothing tells when it began
    assert found(text.replace("TOKYO - ", ""), D(2024, 2, 8)) == {("William Ruto", "JP", None, "ongoing")}


def test_counterparts_named_by_country_are_the_office_holders_of_that_day():
    text = ("Japanese Foreign Minister Yoko Kamikawa will hold talks with her Australian and Indian counterparts "
            "in Tokyo on Friday.")
    assert found(text, D(2024, 3, 4)) == {("Penny Wong", "JP", D(2024, 3, 8), "planned"),
                                          ("S. Jaishankar", "JP", D(2024, 3, 8), "planned")}
    # the foreign minister's counterpart in Washington is the secretary of state
    text = "Japanese Foreign Minister Yoko Kamikawa will hold talks with her U.S. counterpart in Tokyo on Friday."
    assert travellers(text, D(2024, 3, 4)) == {("Antony Blinken", "JP")}
    text = "Japanese Foreign Minister Yoko Kamikawa hosted her Chinese counterpart in Tokyo on Friday."
    assert travellers(text, D(2024, 3, 4)) == {("Wang Yi", "JP")}  # not China's president


def test_i_in_a_transcript_is_the_speaker_its_label_names():
    text = ("Press conference by the Foreign Minister\n"
            "Ms. Penny WONG, Minister for Foreign Affairs: Thank you. I will travel to Fiji and Tonga next week.\n"
            "Q: I visited Samoa last year. Will you meet the king?\n")
    # the reporter's "I" after "Q:" is nobody the story names, and not the minister either
    assert travellers(text, D(2023, 5, 3)) == {("Penny WONG", "FJ"), ("Penny WONG", "TO")}


def test_an_earlier_leg_keeps_no_day_of_the_next_and_a_verb_ends_a_list():
    text = "German Chancellor Olaf Scholz, fresh from a visit to Kenya, arrived in Nigeria on Sunday."
    assert found(text, D(2024, 5, 6)) == {("Olaf Scholz", "KE", None, "completed"),
                                          ("Olaf Scholz", "NG", D(2024, 5, 5), "ongoing")}
    # the stay before, told with its length, is not given Sunday but counted back from it: two days that
    # ended on Sunday began on Saturday
    text = "German Chancellor Olaf Scholz arrived in Nigeria on Sunday after two days in Kenya."
    assert found(text, D(2024, 5, 6)) == {("Olaf Scholz", "KE", D(2024, 5, 4), "completed"),
                                          ("Olaf Scholz", "NG", D(2024, 5, 5), "ongoing")}


def test_a_trip_that_takes_him_somewhere_is_ahead_and_a_tour_that_includes_is_under_way():
    text = "German Chancellor Olaf Scholz will travel to Kenya. The trip also takes him to Nigeria."
    assert found(text, D(2024, 5, 6)) == {("Olaf Scholz", "KE", None, "planned"),
                                          ("Olaf Scholz", "NG", None, "planned")}
    text = "German Chancellor Olaf Scholz left for a tour of West Africa. The tour includes Nigeria and Ghana."
    # a tour under way goes through its list in order: the stop after the first is still ahead
    assert found(text, D(2024, 5, 6)) == {("Olaf Scholz", "NG", None, "ongoing"),
                                          ("Olaf Scholz", "GH", None, "planned")}


def test_at_an_event_the_tense_is_the_subjects_own_verb():
    text = "At the NATO summit in Vilnius, the German chancellor said Ukraine would join one day."
    assert found(text, D(2023, 7, 12)) == {("Olaf Scholz", "LT", None, "completed")}


def test_a_day_written_after_another_countrys_place_is_that_places():
    text = ("Chinese President Xi Jinping arrived in Paris on Sunday, the first stop of a three-nation European "
            "tour that will also take him to Serbia and Hungary.")
    assert found(text, D(2024, 5, 6)) == {("Xi Jinping", "FR", D(2024, 5, 5), "ongoing"),
                                          ("Xi Jinping", "RS", None, "planned"), ("Xi Jinping", "HU", None, "planned")}


def test_an_aside_ends_before_the_main_clause_resumes():
    text = "German Chancellor Olaf Scholz, who arrived in Kenya on Sunday, will also visit Nigeria."
    assert found(text, D(2024, 5, 6)) == {("Olaf Scholz", "KE", D(2024, 5, 5), "ongoing"),
                                          ("Olaf Scholz", "NG", None, "planned")}


def test_a_counterpart_welcomed_to_a_city_and_a_stay_since_a_day():
    text = "Japanese Prime Minister Fumio Kishida welcomed his Kenyan counterpart to Tokyo on Monday."
    assert found(text, D(2024, 5, 8)) == {("William Ruto", "JP", D(2024, 5, 6), "completed")}
    # a stay told from its first day: there since Monday, still there
    text = "Kenyan President William Ruto has been in Tokyo since Monday."
    assert found(text, D(2024, 5, 8)) == {("William Ruto", "JP", D(2024, 5, 6), "ongoing")}


def test_every_guest_of_a_hosting_and_the_foreign_one_of_a_meeting():
    text = ("Japanese Prime Minister Fumio Kishida hosted Kenyan President William Ruto and Ghanaian President Nana "
            "Akufo-Addo on Monday.")
    assert travellers(text, D(2024, 5, 8)) == {("William Ruto", "JP"), ("Nana Akufo-Addo", "JP")}
    text = ("Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo were received by Kishida in Tokyo "
            "on Monday.")
    assert travellers(text, D(2024, 5, 8)) == {("William Ruto", "JP"), ("Nana Akufo-Addo", "JP")}
    assert travellers("Ruto and Kishida held talks in Tokyo on Monday.", D(2024, 5, 8)) == {("William Ruto", "JP")}


def test_a_country_as_the_host():
    assert travellers("Japan will host Kenyan President William Ruto in May.", D(2024, 3, 8)) == {("William Ruto", "JP")}
    assert travellers("Kenya will host Kenyan President William Ruto's party.", D(2024, 3, 8)) == set()


def test_a_capital_as_the_host_stands_for_its_country_another_city_does_not():
    assert travellers("Tokyo is preparing to welcome Kenyan President William Ruto in May.",
                      D(2024, 3, 8)) == {("William Ruto", "JP")}
    assert travellers("Osaka will host Kenyan President William Ruto in May.", D(2024, 3, 8)) == set()


def test_a_visit_that_ended_on_a_day_and_a_call_on_a_titled_host():
    text = "Kenyan President William Ruto's three-day state visit to Japan ended on Tuesday."
    assert found(text, D(2024, 5, 8)) == {("William Ruto", "JP", D(2024, 5, 5), "completed")}
    text = "Kenyan President William Ruto paid a courtesy call on Japanese Emperor Naruhito in Tokyo on Monday."
    assert found(text, D(2024, 5, 8)) == {("William Ruto", "JP", D(2024, 5, 6), "completed")}
    text = ("During his visit to Japan, Ruto will meet business leaders and also call on Japanese Emperor "
            "Naruhito. Kenyan President William Ruto leaves on Sunday.")
    assert ("William Ruto", "JP", None, "planned") in found(text, D(2024, 5, 8))


def test_the_next_day_counts_from_the_last_day_the_story_gave():
    text = ("On Feb. 19, Russian Foreign Minister Sergei Lavrov will be in Cuba. The next day, the Russian foreign "
            "minister will visit Venezuela. Two days later he travels to Brazil.")
    got = found(text, D(2024, 2, 14))
    assert ("Sergei Lavrov", "VE", D(2024, 2, 20), "planned") in got
    assert ("Sergei Lavrov", "BR", D(2024, 2, 22), "planned") in got


def test_in_a_place_the_tense_is_the_verb_after_the_coordinated_subject():
    text = "In Rome, Secretary of State Antony Blinken and Italian Foreign Minister Luigi Di Maio will co-chair a meeting."
    assert ("Antony Blinken", "IT", None, "planned") in found(text, D(2021, 6, 18))


def test_his_visit_after_a_man_met_another_stays_the_subjects():
    text = "US Secretary of State Antony Blinken met Wang Yi during his visit to Jakarta on Monday."
    assert travellers(text, D(2024, 5, 8)) == {("Antony Blinken", "ID")}


def test_no_guest_in_a_possessive_and_no_counterpart_on_the_phone():
    assert found("Russia received US Secretary of State Antony Blinken's letter on Monday.", D(2024, 5, 8)) == set()
    text = "Chinese Foreign Minister Wang Yi spoke by phone with his U.S. counterpart in Beijing on Monday."
    assert found(text, D(2024, 5, 8)) == set()


def test_ahead_of_an_event_is_no_plan_of_the_trip_told_after_it():
    text = "Ahead of the G20 summit, Indian Prime Minister Narendra Modi arrived in Jakarta on Sunday."
    assert found(text, D(2022, 11, 15)) == {("Narendra Modi", "ID", D(2022, 11, 13), "completed")}


def test_a_title_without_a_country_on_a_government_site_is_that_governments():
    from geo.datelines import publisher_country

    assert publisher_country("https://www.gov.uk/government/news/x") == "GB"
    assert publisher_country("https://obamawhitehouse.archives.gov/the-press-office/x") == "US"
    assert publisher_country("https://www.mofa.go.jp/press/x") == "JP"
    assert publisher_country("https://www.reuters.com/world/x") is None
    text = "The Prime Minister has arrived in Washington for talks at the White House today."
    doc = Document("t", text, published=D(2024, 9, 13), url="https://www.gov.uk/government/news/pm-travels")
    vs, _ = finish_events(*document_events(doc, geoparse(doc)))
    assert [(v.traveler, v.country, v.start_date) for v in vs] == [("Keir Starmer", "US", D(2024, 9, 13))]
    doc = Document("t", text, published=D(2024, 9, 13), url="https://www.reuters.com/world/x")
    assert finish_events(*document_events(doc, geoparse(doc)))[0] == []  # whose prime minister?


def test_a_government_sites_own_title_is_its_own_even_after_another_countrys_holder_is_named():
    def visits(text, day, url):
        doc = Document("t", text, published=day, url=url)
        return sorted((v.traveler, v.country) for v in finish_events(*document_events(doc, geoparse(doc)))[0])

    gov_uk, white_house = "https://www.gov.uk/government/news/x", "https://obamawhitehouse.archives.gov/x"
    text = "The Prime Minister was hosted by Prime Minister Edi Rama in Albania today, ahead of the summit."
    assert visits(text, D(2025, 5, 15), gov_uk) == [("Keir Starmer", "AL")]
    text = ("The President will travel to Brazil tomorrow. He will meet President Dilma Rousseff in Brasilia and "
            "then fly to Colombia.")
    assert visits(text, D(2014, 6, 15), white_house) == [("Barack Obama", "BR"), ("Barack Obama", "CO")]
    # "The Vice President": the "Vice" is the office's, no country's adjective
    text = "The Vice President's trip, which starts tomorrow morning, will take him to Brazil, Colombia and Peru."
    assert visits(text, D(2014, 6, 15), white_house) == [("Joe Biden", "BR"), ("Joe Biden", "CO"), ("Joe Biden", "PE")]
    # a holder of the site's own country named without a country stays the one meant
    text = ("President Anura Kumara Disanayake arrived in Beijing today. The delegation accompanying President "
            "Disanayake includes Minister of Foreign Affairs Vijitha Herath. The President met Xi Jinping.")
    assert ("Vijitha Herath", "CN") in visits(text, D(2025, 1, 14), "https://pmd.gov.lk/news/x")
    # one the story named before is still the one meant, on a government's site too
    text = "President Juan Manuel Santos of Colombia met Leon Panetta. The President will travel to Brazil tomorrow."
    assert visits(text, D(2012, 4, 23), "https://www.defense.gov/News/x") == [("Juan Manuel Santos", "BR")]
    # elsewhere the story's named president is still the one meant; a country with no such office is none
    text = "President Dilma Rousseff met Obama. The President will travel to Colombia tomorrow."
    assert ("Dilma Rousseff", "CO") in visits(text, D(2014, 6, 15), "https://www.reuters.com/x")
    assert ("Dilma Rousseff", "CO") in visits(text, D(2014, 6, 15), gov_uk)


def test_the_many_who_travel_are_no_tour_leg_of_the_story():
    text = ("Theresa May will travel to Brussels on Thursday for the European Council. May noted that the "
            "friendship between the UK and Greece is stronger than ever, with millions of British citizens "
            "travelling to Greece every year.")
    assert stops_of(text, D(2018, 6, 26)) == {("May", "BE")}
    text = text.replace("millions of British citizens travelling", "May travelling")  # hers, though
    assert stops_of(text, D(2018, 6, 26)) == {("May", "BE"), ("May", "GR")}
