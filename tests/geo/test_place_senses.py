"""Which sense of an ambiguous place name the geoparser picks: the state or province written after a
town, the two Congos, nationalities that say who acts rather than where, news agencies spelled like
towns, and words that make a name a state."""

from __future__ import annotations

import pytest

from geo.geoparse import geoparse


def senses(text: str) -> dict[str, tuple[str | None, str]]:
    """Each mention's text -> (country, kind) of its last occurrence."""
    return {m.text: (m.country, m.kind) for m in geoparse(text)}


# -- a state or province written after a town ------------------------------------------------------

def test_a_state_after_the_name_beats_the_country_of_that_name_even_in_a_dutch_story():
    got = senses("The furniture maker, based in Holland, Mich., competes with Dutch firms in Amsterdam.")
    assert got["Holland"] == ("US", "city")
    assert got["Amsterdam"] == ("NL", "city")


@pytest.mark.parametrize("text, name", [
    ("Residents of Jordan, Minn. voted on the levy.", "Jordan"),
    ("The parade in Peru, Indiana drew thousands.", "Peru"),
    ("A plant in Lebanon, Tennessee closed.", "Lebanon"),
])
def test_a_town_named_like_a_country_is_the_town_when_its_state_follows(text, name):
    assert senses(text)[name] == ("US", "city")


def test_a_country_followed_by_another_country_is_a_list_not_a_qualifier():
    got = senses("Leaders of Georgia, Armenia and Azerbaijan met in Brussels.")
    assert got["Georgia"] == ("GE", "country")
    assert got["Armenia"] == ("AM", "country")


def test_a_country_after_a_country_name_is_its_town_when_one_of_that_name_lies_there():
    # "Trinidad" alone is Trinidad and Tobago (an alias); "Trinidad, Bolivia" is the Bolivian town
    assert senses("The minister flew to Trinidad, Bolivia, on Monday.")["Trinidad"] == ("BO", "city")
    assert senses("Trinidad, Cuba, is a UNESCO site.")["Trinidad"] == ("CU", "city")
    assert senses("Flooding hit Trinidad in northern Bolivia.")["Trinidad"] == ("TT", "country")


@pytest.mark.parametrize("text", [
    "Troops from Niger, Nigeria and Chad patrol the lake.",   # Niger is also a Nigerian state
    "He toured Cambodia, Laos, Vietnam and Thailand.",        # and Laos a Vietnamese town
])
def test_a_list_of_countries_stays_a_list_even_where_a_town_has_the_first_name(text):
    assert all(kind == "country" for _cc, kind in senses(text).values())


def test_the_qualifier_is_the_state_that_holds_the_town():
    got = senses("The team flew home to Athens, Georgia, on Sunday.")
    assert got["Athens"] == ("US", "city")
    assert got["Georgia"] == ("US", "admin")
    # and a country qualifier stays the country
    assert senses("He was born in Tbilisi, Georgia.")["Georgia"] == ("GE", "country")


def test_an_abbreviated_state_keeps_its_dot_when_the_bare_word_is_a_town():
    # "Minn" alone is a gazetteer key of its own; "Minn." is Minnesota
    got = senses("Residents of Jordan, Minn. voted.")
    assert got["Minn."] == ("US", "admin")


# -- Congo -----------------------------------------------------------------------------------------

def test_congo_without_context_is_the_democratic_republic():
    assert senses("Congo held elections on Sunday.")["Congo"] == ("CD", "country")
    assert senses("The Congolese army advanced.")["Congolese"] == ("CD", "demonym")


def test_congo_beside_brazzaville_is_the_republic():
    got = senses("Congo's president Denis Sassou Nguesso returned to Brazzaville.")
    assert got["Congo"] == ("CG", "country")


def test_congo_beside_goma_and_north_kivu_is_the_democratic_republic():
    got = senses("M23 rebels near Goma in North Kivu pushed deeper into eastern Congo.")
    assert got["Congo"] == ("CD", "country")
    assert got["North Kivu"] == ("CD", "admin")


@pytest.mark.parametrize("text, cc", [
    ("Blinken left the Democratic Republic of Congo on Wednesday.", "CD"),
    ("Xi wraps up his trip in the Republic of Congo.", "CG"),
])
def test_the_long_names_of_both_congos_are_read_whole(text, cc):
    ms = geoparse(text)
    assert [m.country for m in ms] == [cc]
    assert "Republic" in ms[0].text


# -- nationalities that say who acts, not where ----------------------------------------------------

def test_the_nationality_of_a_visiting_leader_does_not_pull_the_venue_home():
    assert senses("The Indian prime minister met leaders in Bali.")["Bali"] == ("ID", "admin")
    assert senses("Indian troops arrived in Bali for the exercise.")["Bali"] == ("ID", "admin")


def test_a_nationality_that_describes_the_place_still_steers_it():
    # police serve at home: the Indian town
    assert senses("Indian police raided a house in Bali.")["Bali"] == ("IN", "city")


def test_a_name_unsure_of_its_reading_does_not_cancel_the_votes_of_others():
    # "Bali" does not vote (it may be the island or the Indian town), so Indonesia's vote counts in full
    got = senses("An Indian film crew shot scenes in Bali last week. Indonesia welcomed the crew.")
    assert got["Bali"] == ("ID", "admin")


# -- news agencies spelled like towns --------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The talks went well, Xinhua reported.", "Xinhua"),
    ("Araghchi arrived in Beijing, according to IRNA.", "IRNA"),
    ("The minister spoke to the semi-official Fars news agency.", "Fars"),
    ("The state news agency Xinhua said the president would travel.", "Xinhua"),
])
def test_a_news_agency_is_no_place(text, name):
    assert name not in senses(text)


def test_a_news_agency_read_once_stays_one_in_the_document():
    got = senses("Xinhua reported the visit. Later Xinhua said more talks were due in Nairobi.")
    assert "Xinhua" not in got
    assert got["Nairobi"] == ("KE", "city")


def test_a_source_that_opens_a_longer_name_or_a_place_province_is_still_a_place():
    got = senses("According to Manitoba Underdogs Rescue, the puppy was found in Manitoba.")
    assert got["Manitoba"] == ("CA", "admin")
    assert senses("He lives in Fars province.")["Fars"] == ("IR", "admin")
    # a capital speaking for its government is left to the later stages
    assert senses("Moscow reported progress in the talks.")["Moscow"] == ("RU", "city")


# -- words that make a name a state ----------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Former New York Gov. Mario Cuomo died on Thursday.", "New York"),
    ("Georgia's governor Brian Kemp signed the bill.", "Georgia"),
    ("Officials from the state of Georgia met on Monday.", "Georgia"),
    ("Washington state officials announced the closure.", "Washington"),
])
def test_state_words_make_the_name_a_state(text, name):
    assert senses(text)[name] == ("US", "admin")


def test_a_state_visit_or_a_president_keeps_the_country():
    assert senses("Georgia's state visit to France was postponed.")["Georgia"] == ("GE", "country")
    assert senses("Georgia's president visited Tbilisi.")["Georgia"] == ("GE", "country")


def test_a_town_the_gazetteer_lacks_falls_back_to_the_state_written_after_it():
    # the gazetteer knows only the Texas Holliday; the Missouri one is placed at its state, not in Texas
    ms = [m for m in geoparse("The crash happened south of Holliday, Missouri, on Route C.") if m.text == "Holliday"]
    assert [(m.name, m.country, m.kind) for m in ms] == [("Missouri", "US", "admin")]
    # a town the gazetteer has in that state keeps its own entry
    ms = [m for m in geoparse("A fair in Paris, Texas drew crowds.") if m.text == "Paris"]
    assert [(m.country, m.kind) for m in ms] == [("US", "city")] and ms[0].lat < 34


def test_a_list_of_states_keeps_its_members_states():
    got = senses("Storms swept from Texas, Georgia and Alabama to the borders of Montana and Wyoming.")
    assert got["Georgia"] == ("US", "admin")
    assert got["Wyoming"] == ("US", "admin")
    # a list of countries, or a country beside one of its own provinces, keeps the country
    assert senses("Envoys from Georgia, Ukraine and Moldova met.")["Georgia"] == ("GE", "country")
    assert senses("Talks between Georgia and Abkhazia stalled.")["Georgia"] == ("GE", "country")


def test_a_list_of_capitals_is_no_town_and_its_state():
    got = senses("Travel to Colombo, Nairobi, Mogadishu, Djibouti, Riyadh and Paris.")
    assert got["Mogadishu"] == ("SO", "city")
    assert got["Djibouti"][0] == "DJ"


def test_a_demonym_naming_a_shared_feature_is_no_nationality():
    assert "Korean" not in senses("Talks on the denuclearization of the Korean Peninsula resumed.")
    assert "Irish" not in senses("Ferries across the Irish Sea were cancelled.")
    # inside the country, or an agency, the demonym stays
    assert senses("The Irish Coast Guard rescued two sailors.")["Irish"] == ("IE", "demonym")
    assert senses("Skiers flocked to the Swiss Alps.")["Swiss"] == ("CH", "demonym")


def test_a_capital_named_in_the_document_picks_the_country_but_does_not_move_other_capitals():
    got = senses("Congolese rebels returned to Brazzaville.")
    assert got["Congolese"] == ("CG", "demonym")
    got = senses("The envoy met the Chilean president in Santiago, then flew on to Lima.")
    assert got["Santiago"] == ("CL", "city")
    assert got["Lima"] == ("PE", "city")
