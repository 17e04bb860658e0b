"""The broadest readings of a visit: an event that needs presence in a foreign place of its clause
(:func:`geo.visits.fallback.broad_presence`), and the same events told with no place, read against
where the story is set (:mod:`geo.visits.setting`). Both are of low confidence: ``--min-confidence 0.5``
leaves them out.

Every test runs the real geoparser and events stage on sentences written for the test.
"""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

D = dt.date


def visits(text: str, published: dt.date = D(2019, 6, 12), min_confidence: float = 0.0):
    doc = Document("t", text, published=published)
    return finish_events(*document_events(doc, geoparse(doc)), min_confidence=min_confidence)[0]


def hosts_of(text: str, who: str, **kw) -> set[str]:
    return {v.country for v in visits(text, **kw) if who in v.traveler and v.status not in ("cancelled", "postponed")}


# -- presence in a foreign place of the clause ----------------------------------------------------------

def test_taking_part_in_meetings_in_two_countries_is_a_visit_to_each():
    text = ("German Foreign Minister Helga Brandt and German Defence Minister Olaf Kessler took part "
            "in two bilateral meetings in Japan and South Korea last week.")
    assert {"JP", "KR"} <= hosts_of(text, "Brandt")


def test_being_in_a_foreign_capital_is_a_visit():
    text = "Kenyan President William Ruto was in Tokyo on Tuesday, his office said."
    found = [v for v in visits(text) if "Ruto" in v.traveler]
    assert [(v.country, v.start_date) for v in found] == [("JP", D(2019, 6, 11))]


def test_signing_with_officials_in_a_foreign_country_is_a_visit_but_not_by_video():
    text = "Kenyan President William Ruto signed an agreement with officials in Japan on Tuesday."
    assert hosts_of(text, "Ruto") == {"JP"}
    assert not hosts_of(text, "Ruto", min_confidence=0.5)  # the broad reading's confidence is low
    text = "Kenyan President William Ruto signed an agreement by video link with officials in Japan on Tuesday."
    assert "JP" not in hosts_of(text, "Ruto")


def test_a_negated_presence_is_none():
    text = "Kenyan President William Ruto was not in Tokyo on Tuesday, his office said."
    assert "JP" not in hosts_of(text, "Ruto")


# -- the story's setting --------------------------------------------------------------------------------

SUMMIT = "Kenyan President William Ruto arrived in Tokyo on Wednesday for a summit on trade. "


def test_the_host_meeting_a_named_foreigner_where_the_story_is_set_tells_the_foreigner_came():
    text = SUMMIT + ("Japanese Prime Minister Shinzo Abe will also hold talks with Ghanaian President Nana "
                     "Akufo-Addo on Wednesday.")
    assert hosts_of(text, "Akufo-Addo") == {"JP"}
    assert not hosts_of(text, "Abe")  # the host stays at home


def test_each_of_a_listed_subject_arrived_where_the_story_is_set():
    # titles with words in lower case ("ruling party chief"): a list all the same
    text = SUMMIT + ("Ghana's President Nana Akufo-Addo, Nigeria's Vice President Yemi Osinbajo and "
                     "Senegal's ruling party chief Macky Sall also landed on Tuesday.")
    for who in ("Akufo-Addo", "Osinbajo", "Sall"):
        assert hosts_of(text, who) == {"JP"}, who


def test_the_setting_readings_are_left_out_at_min_confidence_one_half():
    text = SUMMIT + ("Japanese Prime Minister Shinzo Abe will also hold talks with Ghanaian President Nana "
                     "Akufo-Addo on Wednesday.")
    assert hosts_of(text, "Ruto", min_confidence=0.5) == {"JP"}
    assert not hosts_of(text, "Akufo-Addo", min_confidence=0.5)


def test_a_sentence_that_names_another_country_is_not_read_against_the_setting():
    text = SUMMIT + "Japanese Prime Minister Shinzo Abe met Ghanaian President Nana Akufo-Addo in Accra in 2017."
    assert "JP" not in hosts_of(text, "Akufo-Addo")


def test_a_meeting_told_of_another_time_is_not_read_against_the_setting():
    text = SUMMIT + ("Japanese Prime Minister Shinzo Abe met Ghanaian President Nana Akufo-Addo the day "
                     "before, by telephone.")
    assert "JP" not in hosts_of(text, "Akufo-Addo")


def test_with_visits_to_several_countries_the_story_has_no_one_setting():
    text = ("Kenyan President William Ruto arrived in Tokyo on Monday and will fly on to Seoul on Thursday. "
            "Japanese Prime Minister Shinzo Abe will also hold talks with Ghanaian President Nana Akufo-Addo.")
    assert not hosts_of(text, "Akufo-Addo")


def test_a_dateline_alone_sets_the_story_only_for_the_hosts_own_side():
    # filed in Tokyo with no visit read: the host's side meeting a foreigner there tells his visit ...
    text = ("TOKYO, June 12 (Reuters) - Japanese Prime Minister Shinzo Abe held talks with Ghanaian President "
            "Nana Akufo-Addo on Wednesday.")
    assert hosts_of(text, "Akufo-Addo") == {"JP"}
    # ... but a foreigner's own deed under a dateline is no visit: the story may be filed anywhere
    text = "TOKYO, June 12 (Reuters) - Ghanaian President Nana Akufo-Addo signed a trade law on Wednesday."
    assert not hosts_of(text, "Akufo-Addo")


def test_departing_with_a_day_between_for_a_foreign_city_is_a_visit():
    text = ("Monrovia - Liberian President George Weah departed the country Friday, June 28, 2019 for Abuja "
            "to attend a regional summit.")
    found = {(v.country, v.start_date) for v in visits(text, published=D(2019, 6, 28)) if "Weah" in v.traveler}
    assert ("NG", D(2019, 6, 28)) in found


def test_leaving_one_city_of_a_country_for_another_of_it_is_no_visit_by_this_reading():
    text = "Liberian President George Weah left Lagos on Friday for Abuja, his aides said."
    assert all(v.how and not v.how.startswith("presence-broad") for v in visits(text) if "Weah" in v.traveler)


def test_attending_an_event_with_a_long_name_in_a_foreign_city_is_a_visit():
    text = ("Jamaican Prime Minister Andrew Holness left the island this morning to attend the 29th Inter-sessional "
            "Meeting of the Conference of Heads of Government of the Caribbean Community (CARICOM) in Port-au-Prince.")
    assert hosts_of(text, "Holness", published=D(2018, 2, 26)) == {"HT"}


def test_being_somewhere_is_told_of_the_clauses_own_subject_only():
    assert not hosts_of("Kenyan President William Ruto said the problem was in Japan.", "Ruto")
    assert hosts_of("Kenyan President William Ruto, 56, was in Japan on Tuesday.", "Ruto") == {"JP"}


def test_each_of_a_listed_subject_gets_the_visit_a_family_reads_for_one_of_them():
    # two countries: no one setting; the travel family reads the list's visit, and every member gets it
    text = ("Kenyan President William Ruto visited Tokyo on Monday and will fly to Seoul on Thursday. "
            "Ghana's President Nana Akufo-Addo, Senegal's ruling party chief Macky Sall and Nigeria's Vice "
            "President Yemi Osinbajo also landed in Seoul on Tuesday.")
    for who in ("Akufo-Addo", "Sall", "Osinbajo"):
        assert "KR" in hosts_of(text, who), who


def test_a_place_in_an_aside_between_subject_and_meeting_is_where_it_happened():
    text = ("Jordan's King Abdullah, accompanied by Crown Prince Hussein, in Riyadh on Monday, met with "
            "Saudi Crown Prince Mohammed bin Salman.")
    found = {(v.country, v.start_date) for v in visits(text, published=D(2021, 3, 8)) if "Abdullah" in v.traveler}
    assert ("SA", D(2021, 3, 8)) in found


def test_those_an_event_where_the_story_is_set_will_be_joined_by_came():
    text = SUMMIT + "The talks will also be joined by Italy's Matteo Renzi and Canada's Justin Trudeau."
    assert hosts_of(text, "Renzi") == {"JP"}
    assert hosts_of(text, "Trudeau") == {"JP"}


def test_a_story_about_a_trip_long_over_is_not_set_there():
    text = ("Kenyan President William Ruto met his cabinet on Tuesday. Aides recalled his visit to Tokyo in "
            "March. Ugandan President Yoweri Museveni met Ruto on Tuesday.")
    assert not hosts_of(text, "Museveni")


def test_arriving_back_home_is_no_visit_where_the_story_is_set():
    text = SUMMIT + "Ugandan Foreign Minister Jeje Odongo arrived back home on Wednesday."
    assert not hosts_of(text, "Odongo")


def test_declining_or_being_invited_to_address_is_no_presence():
    assert hosts_of("Kenyan President William Ruto addressed parliament in Japan.", "Ruto") == {"JP"}
    assert not hosts_of("Kenyan President William Ruto declined an invitation to address parliament in Japan.", "Ruto")
    assert not hosts_of("Kenyan President William Ruto was invited to address parliament in Japan.", "Ruto")


# a trip noun with no place under a dateline (recall5) ---------------------------------------------------

def test_a_visit_told_with_no_place_under_a_foreign_dateline_is_a_visit_there():
    text = ("BEIJING, China (CNN) -- Indian Foreign Minister Jaswant Singh praised India-China relations after a "
            "daylong visit Saturday with China's top leadership.")
    assert hosts_of(text, "Singh") == {"CN"}


def test_a_visit_told_with_no_place_under_the_travellers_own_dateline_is_none():
    text = ("NEW DELHI (CNN) -- Indian Foreign Minister Jaswant Singh praised the talks after a daylong visit "
            "Saturday with China's top leadership.")
    assert "IN" not in hosts_of(text, "Singh")
