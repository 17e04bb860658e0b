"""The aspect of a travel verb decides a trip's status the day after (issue 13, status of trips under way).

A past telic motion verb with a goal ("flew to", "went to") or an arrival that governs a visit noun
("arrived ... for a state visit to") opens a stay that nothing has ended: the day after, the trip is
under way. A verb of the whole event ("visited", "met") tells it as over.
"""

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document
from geo.visits.aspect import opens_stay


def _status(text, published, country):
    doc = Document("d", text, published=published)
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {v.status for v in found if v.country == country}


def test_a_motion_verb_the_day_before_leaves_the_traveller_there():
    t = "Kenyan President William Ruto flew to Japan on Tuesday with a delegation of ministers."
    assert _status(t, dt.date(2024, 2, 7), "JP") == {"ongoing"}


def test_a_visit_told_whole_the_day_before_is_over():
    t = "Kenyan President William Ruto visited Japan on Tuesday with a delegation of ministers."
    assert _status(t, dt.date(2024, 2, 7), "JP") == {"completed"}


def test_an_arrival_governing_a_visit_noun_opens_that_visit():
    t = "Polish President Andrzej Duda arrived on Monday for a state visit to Vietnam, his first."
    assert _status(t, dt.date(2023, 3, 7), "VN") == {"ongoing"}


def test_motion_long_before_the_writing_day_stays_over():
    t = "Kenyan President William Ruto flew to Japan on Tuesday with a delegation of ministers."
    assert _status(t, dt.date(2024, 2, 16), "JP") == {"completed"}


def test_an_arrival_in_another_clause_does_not_open_a_later_visit():
    t = "He arrived in Hanoi and later paid a visit to Laos."
    assert not opens_stay(t, t.index("visit to"), t.index("visit to") + 8, noun=True)
    assert opens_stay("She went to Lima.", 4, 11)


def test_a_hyphenated_left_is_an_adjective_not_a_departure():
    t = ("Chilean President Gabriel Boric traveled to Argentina on Sunday. He spoke at a news conference "
         "with the center-left Argentina president in Buenos Aires.")
    assert _status(t, dt.date(2022, 4, 4), "AR") == {"ongoing"}


def test_an_undated_trip_noun_does_not_make_a_told_plan_past():
    t = ("Foreign Minister Penny Wong will travel to Hanoi and Manila next week. "
         "Wong's travel to Vietnam and the Philippines demonstrates Australia's commitment to the region.")
    assert _status(t, dt.date(2024, 3, 1), "VN") == {"planned"}
    assert _status(t, dt.date(2024, 3, 1), "PH") == {"planned"}


def test_a_trip_told_done_with_its_day_is_not_made_a_plan():
    t = ("Foreign Minister Penny Wong visited Hanoi on 20 February. "
         "She had been due to travel to Vietnam last year.")
    # the visit told done stays done; the plan of last year that fell through is a trip called off, not a plan
    assert _status(t, dt.date(2024, 3, 1), "VN") <= {"completed", "cancelled"}
    assert "completed" in _status(t, dt.date(2024, 3, 1), "VN")


def test_a_trip_noun_with_no_verb_takes_the_main_clauses_future():
    t = ("Defence Minister Richard Marles is expected to visit Seoul on March 17-18 after a three-day trip "
         "to Japan as part of his first swing through Asia.")
    assert _status(t, dt.date(2024, 3, 5), "JP") == {"planned"}
    assert _status(t, dt.date(2024, 3, 5), "KR") == {"planned"}


def test_a_trip_come_back_from_stays_behind_a_future_main_clause():
    t = ("Senator Wong will make the visit less than a day after returning to Australia from the summit "
         "meeting in Tokyo, where she joined the prime minister.")
    assert "planned" not in _status(t, dt.date(2022, 5, 25), "JP")


def test_the_stops_of_a_tours_list_are_not_all_reached_on_the_day_it_sets_out():
    t = ("Prime Minister Anthony Albanese departed on an eight-day tour of five nations in Asia and Europe on "
         "Friday.\n\n\"I want a trip for trade,\" Albanese told reporters in Sydney before his arrival in "
         "Indonesia, which will be followed by visits to Vietnam, Thailand, Italy and the U.K.\n\n"
         "The prime minister is expected to hold talks with Indonesian President Joko Widodo on Friday afternoon.")
    for country in ("VN", "TH", "IT", "GB"):
        assert _status(t, dt.date(2022, 4, 29), country) == {"planned"}, country


def _days(text, published):
    doc = Document("d", text, published=published)
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {v.country: (v.start_date, v.status) for v in found}


def test_the_first_stop_takes_the_day_its_trip_set_out():
    t = ("Indian Prime Minister Narendra Modi left New Delhi for Europe on Sunday. "
         "During the trip to Denmark and Norway, Modi hopes to sign green energy deals.")
    got = _days(t, dt.date(2022, 5, 2))
    assert got["DK"] == (dt.date(2022, 5, 1), "ongoing")
    assert got["NO"][0] is None


def test_leaving_a_stop_is_not_setting_out():
    t = ("Indian Prime Minister Narendra Modi left Copenhagen on Sunday. "
         "During the trip to Norway, Modi hopes to sign green energy deals.")
    assert _days(t, dt.date(2022, 5, 2)).get("NO", (None,))[0] is None


def test_a_later_stop_told_first_does_not_take_the_set_out_day():
    t = ("Prime Minister Fumio Kishida left Japan early on Saturday. "
         "He will next travel to the Indonesian island of Bali for a summit of the Group of 20 nations.")
    assert _days(t, dt.date(2022, 11, 12))["ID"][0] is None


def test_a_plural_present_include_tells_a_list_of_guests_there_now():
    from geo.status import tense
    t = "Foreign leaders attending the funeral in Tokyo include Indian Prime Minister Narendra Modi."
    assert tense(t, 0, len(t)) == "present"
    assert tense("The guests included Modi.", 0, 24) == "past"


def test_the_items_of_a_list_of_arrivals_the_day_before_are_there_still():
    t = ("CLARK, Pampanga – Leaders of the region have started arriving for the summit in Manila.\n\n"
         "The following leaders arrived on Saturday:\nCambodia – Prime Minister Hun Sen\n"
         "Myanmar – State Counselor Aung San Suu Kyi\n")
    doc = Document("d", t, published=dt.date(2017, 11, 12))
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    assert {(v.traveler, v.status) for v in found} == {("Hun Sen", "ongoing"), ("Aung San Suu Kyi", "ongoing")}


def test_heading_to_a_place_the_day_before_opens_the_stay_there():
    t = ("US Defense Secretary Lloyd Austin signed a defence pact with Peruvian President Dina Boluarte on "
         "Thursday before heading to Bogota for talks with President Gustavo Petro.")
    assert _status(t, dt.date(2023, 6, 9), "CO") == {"ongoing"}


def test_a_plan_told_in_the_past_does_not_undo_a_trip_told_done():
    t = ("Kenyan President William Ruto arrived in Egypt on Sunday, his third trip abroad this term, following "
         "trips to Ghana and Nigeria. During his visit to Nigeria, Ruto reportedly planned to discuss a gas pipeline.")
    assert _status(t, dt.date(2024, 5, 27), "NG") == {"completed"}


def test_a_finite_future_with_the_host_dates_an_undated_trip_and_puts_it_ahead():
    t = ("Kenyan President William Ruto is hoping to seal deals as he spends four days in Europe, travelling to "
         "France, Germany and Italy. On Tuesday, he will give a speech in Paris on trade.")
    assert _days(t, dt.date(2024, 5, 5))["FR"] == (dt.date(2024, 5, 7), "planned")


def test_a_weekday_read_ahead_without_a_future_verb_does_not_make_a_done_trip_a_plan():
    t = ("President Barack Obama has returned home from a stop in Ghana. "
         "Before leaving Ghana late Saturday, Obama spoke to reporters in Accra.")
    assert _days(t, dt.date(2009, 7, 12)).get("GH", (None, "completed"))[1] == "completed"


def test_a_participle_hosted_by_takes_the_main_verbs_future():
    t = ("Defence Minister Richard Marles is due in Tokyo next month. \u201cThere, Marles will attend an "
         "Australia-Japan Foreign and Defence Ministerial (\u201c2+2\u201d), hosted by Japan\u2019s Foreign Minister "
         "Yoko Kamikawa and Defence Minister Minoru Kihara, to reaffirm the alliance,\u201d the statement said.")
    doc = Document("d", t, published=dt.date(2024, 8, 20))
    found, _ = document_events(doc, geoparse(doc))
    assert {v.status for v in found if v.how.startswith("hosted")} == {"planned"}


def test_a_present_progressive_of_going_along_is_present():
    from geo.status import tense
    t = "Deputy Minister Anna Ek is accompanying Prime Minister Kristersson to Chile for Saturday's inauguration."
    assert tense(t, 0, len(t)) == "present"
    t = "Foreign Minister Ali Sabry is leading the Sri Lanka delegation to the General Assembly."
    assert tense(t, 0, len(t)) == "present"


def test_the_other_countries_a_begun_visit_also_includes_are_ahead():
    t = ("Iranian President Ebrahim Raisi has arrived in Bolivia for the start of a tour of \"allied nations\" "
         "that also include Cuba and Nicaragua.")
    got = _days(t, dt.date(2023, 6, 12))
    assert got["BO"][1] == "ongoing"
    assert got["CU"][1] == "planned" and got["NI"][1] == "planned"
