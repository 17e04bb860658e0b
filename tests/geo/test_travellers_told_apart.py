"""Whose visit is it when a sentence or a title names more than one person: two trips by two
people joined by "and", a spokesperson of a country's ministry at home, a companion told by a
participle ("..., accompanied by"). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo.conftest import trips_of

DAY = dt.date(2024, 5, 10)


def stops_of(text: str, published: dt.date) -> set[tuple[str, str]]:
    """(the traveller's surname as written, host) of each trip ("Marcos" for "Ferdinand Marcos Jr.")."""
    names = ("Widodo", "Marcos", "Marsudi", "Albanese", "Wong", "Wenbin", "Miller", "Jahromi", "Bagchi", "Mohamed")
    return {(next((n for n in names if n in v.traveler), v.traveler), v.country) for v in trips_of(text, published)}


@pytest.mark.parametrize("text", [
    "Indonesian President Joko Widodo visited Canberra in March, and Philippine President Ferdinand Marcos "
    "visited Tokyo in April.",
    "Joko Widodo travelled to Canberra and Ferdinand Marcos travelled to Tokyo last week.",
    "Joko Widodo will fly to Canberra on Monday, and Ferdinand Marcos will travel to Tokyo on Tuesday.",
    "Joko Widodo went to Canberra, and Ferdinand Marcos also went to Tokyo last month.",
])
def test_two_trips_of_two_people_joined_by_and(text):
    assert stops_of(text, DAY) == {("Widodo", "AU"), ("Marcos", "JP")}


@pytest.mark.parametrize("text", [
    "Joko Widodo and Ferdinand Marcos visited Canberra last week.",
])
def test_two_subjects_of_one_trip_both_travel(text):
    assert stops_of(text, DAY) == {("Widodo", "AU"), ("Marcos", "AU")}


@pytest.mark.parametrize("text", [
    "Joko Widodo met Prime Minister Anthony Albanese and Foreign Minister Penny Wong in Canberra on Monday.",
    "Joko Widodo will meet Prime Minister Anthony Albanese and Foreign Minister Penny Wong to address the "
    "forum in Canberra on Monday.",
])
def test_two_objects_joined_by_and_are_no_travellers(text):
    assert stops_of(text, DAY) == {("Widodo", "AU")}


@pytest.mark.parametrize("text", [
    "Chinese foreign ministry spokesman Wang Wenbin told reporters in Beijing on Monday that the talks went well.",
    "A Chinese foreign ministry spokesman, Wang Wenbin, told reporters in Beijing that the talks went well.",
    "Indian External Affairs Ministry spokesperson Arindam Bagchi told reporters in New Delhi that the talks "
    "went well.",
    "Iranian government spokesman Ali Bahadori Jahromi told reporters in Tehran that the talks went well.",
])
def test_a_spokesperson_of_a_countrys_ministry_is_at_home_in_its_capital(text):
    assert stops_of(text, DAY) == set()


def test_a_spokesperson_abroad_still_travels():
    text = "US Secretary of State Antony Blinken told reporters in Beijing that the talks went well."
    assert {v.country for v in trips_of(text, DAY)} == {"CN"}


@pytest.mark.parametrize("text", [
    "Indonesian President Joko Widodo arrived in Canberra on Sunday, accompanied by Foreign Minister Retno Marsudi.",
    "Accompanied by Foreign Minister Retno Marsudi, Indonesian President Joko Widodo arrived in Canberra on Sunday.",
    "Indonesian President Joko Widodo will arrive in Canberra on Sunday, accompanied by his foreign minister, "
    "Retno Marsudi.",
    "Indonesian President Joko Widodo arrived in Canberra on Sunday, joined by Foreign Minister Retno Marsudi.",
])
def test_a_companion_told_by_a_participle_shares_the_visit(text):
    assert stops_of(text, DAY) == {("Widodo", "AU"), ("Marsudi", "AU")}


@pytest.mark.parametrize("text", [
    "Indonesian President Joko Widodo arrived in Canberra on Sunday, accompanied by his wife.",
    "Indonesian President Joko Widodo arrived in Canberra on Sunday, welcomed by Foreign Minister Penny Wong.",
])
def test_no_companion_from_family_or_from_the_hosts(text):
    assert stops_of(text, DAY) == {("Widodo", "AU")}


@pytest.mark.parametrize("text", [
    "Speaking alongside Kenyan President William Ruto in Berlin on Monday, German Chancellor Olaf Scholz said "
    "trade would grow.",
    "At a joint news conference with Kenyan President William Ruto in Berlin, Scholz said trade would grow.",
    "German Chancellor Olaf Scholz, speaking alongside Kenyan President William Ruto in Berlin, said trade would "
    "grow.",
])
def test_the_guest_of_a_host_speaking_at_home_visits(text):
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, DAY)} == {("Ruto", "DE")}


@pytest.mark.parametrize("text", [
    "Scholz will hold talks with Ruto during his visit to Berlin next week.",
    "German Chancellor Olaf Scholz will hold talks with Kenyan President William Ruto during his visit to Berlin "
    "next week.",
    "Scholz hosted Tanzanian President Samia Suluhu Hassan on Monday during her first visit to Germany.",
])
def test_his_visit_is_the_guests_when_the_subject_is_at_home(text):
    assert {v.country for v in trips_of(text, DAY)} == {"DE"}
    assert all("Scholz" not in v.traveler for v in trips_of(text, DAY))


def test_his_visit_stays_the_subjects_abroad():
    text = "Kenyan President William Ruto met German Chancellor Olaf Scholz during his visit to Nairobi last year."
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, DAY)} == {("Scholz", "KE")}


@pytest.mark.parametrize("text", [
    "Chinese Foreign Minister Wang Yi arrived in Paris on Monday. Sejourne said France valued its ties with "
    "China. He is due in Berlin on Tuesday.",
    "Chinese Foreign Minister Wang Yi arrived in Paris on Monday. Sejourne said France valued its ties with "
    "China. From Paris, he flew to Berlin.",
])
def test_he_who_travels_on_is_the_guest_not_the_host_told_between(text):
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, DAY)} == {("Yi", "FR"), ("Yi", "DE")}


def test_he_who_speaks_after_the_host_is_the_host():
    text = ("Chinese Foreign Minister Wang Yi arrived in Paris on Monday. French Foreign Minister Stephane "
            "Sejourne welcomed the visit. He said France valued its ties with China.")
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, DAY)} == {("Yi", "FR")}


@pytest.mark.parametrize("more", [
    "Others are South African President Cyril Ramaphosa.",
    "Others include South African President Cyril Ramaphosa.",
    "Others who arrived are South African President Cyril Ramaphosa.",
    "Also present was South African President Cyril Ramaphosa.",
    "Among the other guests is South African President Cyril Ramaphosa.",
    "They were joined by South African President Cyril Ramaphosa.",
    "South African President Cyril Ramaphosa is also expected.",
])
def test_guests_added_after_a_visit_share_it(more):
    text = ("Kenyan President William Ruto and Rwandan President Paul Kagame arrived in Abuja on Sunday for the "
            "inauguration. " + more)
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, DAY)} == {
        ("Ruto", "NG"), ("Kagame", "NG"), ("Ramaphosa", "NG")}


def test_other_guests_told_some_sentences_after_the_visit_share_it():
    text = ("Kenyan President William Ruto arrived in Abuja on Sunday for the inauguration. Security was tight "
            "across the capital. The inauguration is the seventh since 1999. Traffic was closed on the main roads. Other guests who jetted in on Sunday include South African "
            "President Cyril Ramaphosa and Ghanaian President Nana Akufo-Addo.")
    sunday = dt.date(2024, 5, 5)  # the Sunday before the story: they came as Ruto did, not on a Sunday ahead
    assert {(v.traveler.split()[-1], v.country, v.start_date, v.status) for v in trips_of(text, DAY)} == {
        (name, "NG", sunday, "completed") for name in ("Ruto", "Ramaphosa", "Akufo-Addo")}


def test_others_told_far_after_a_visit_are_not_its_guests():
    text = ("Kenyan President William Ruto arrived in Abuja on Sunday for the inauguration. Security was tight "
            "across the capital. The inauguration is the seventh since 1999. Traffic was closed on the main roads. Others are South African President Cyril Ramaphosa.")
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, DAY)} == {("Ruto", "NG")}


def test_a_guest_added_by_as_did_shares_the_visit():
    text = ("Kenyan President William Ruto arrived in Abuja on Sunday for the inauguration, as did South African "
            "President Cyril Ramaphosa.")
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, DAY)} == {("Ruto", "NG"), ("Ramaphosa", "NG")}


@pytest.mark.parametrize("more", [
    "Also present was Nigerian Vice President Kashim Shettima.",
    "Among the guests was US Ambassador Mary Beth Leonard.",
    "Others are worried about the economy, opposition leader Atiku Abubakar said.",
])
def test_no_guest_from_the_hosts_or_the_envoys_posted_there(more):
    text = "Kenyan President William Ruto arrived in Abuja on Sunday. " + more
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, DAY)} == {("Ruto", "NG")}


def test_a_compatriot_in_the_delegation_shares_the_visit():
    text = ("King Abdullah II of Jordan arrived in Abu Dhabi today for a state visit. The delegation also includes "
            "Jordanian Prime Minister Bisher Al-Khasawneh.")
    assert {v.traveler for v in trips_of(text, DAY) if v.country == "AE"} >= {"Bisher Al-Khasawneh"}


@pytest.mark.parametrize("more", [
    "The delegation includes German Foreign Minister Annalena Baerbock.",
    "The German delegation includes Foreign Minister Annalena Baerbock.",
])
def test_a_bare_delegation_of_the_hosts_is_no_party_of_the_guest(more):
    text = "Kenyan President William Ruto arrived in Berlin on Monday. " + more
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, DAY)} == {("Ruto", "DE")}


@pytest.mark.parametrize("more", [
    "Accompanying the president is Kenyan Foreign Minister Musalia Mudavadi.",
    "Travelling with him is Kenyan Foreign Minister Musalia Mudavadi.",
])
def test_a_companion_told_before_the_one_he_goes_with(more):
    text = "Kenyan President William Ruto arrived in Berlin on Monday. " + more
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, DAY)} == {("Ruto", "DE"), ("Mudavadi", "DE")}


@pytest.mark.parametrize("text", [
    "Hammond's trip to Tehran comes soon after visits from French Foreign Minister Laurent Fabius and Italian "
    "Foreign Minister Paolo Gentiloni.",
    "Hammond's trip to Tehran follows visits by French Foreign Minister Laurent Fabius and Italian Foreign "
    "Minister Paolo Gentiloni.",
])
def test_earlier_visits_a_trip_follows_were_to_its_place(text):
    trips = {(v.traveler.split()[-1], v.country): v for v in trips_of(text, DAY)}
    assert {("Fabius", "IR"), ("Gentiloni", "IR")} <= set(trips)
    assert trips[("Fabius", "IR")].status == "completed" and trips[("Fabius", "IR")].start_date is None


def test_an_earlier_visit_told_with_its_own_place_stays_there():
    text = "Ruto's trip to Berlin follows a visit by French President Emmanuel Macron to Nairobi in March."
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, DAY)} == {("Ruto", "DE"), ("Macron", "KE")}


def test_a_companion_told_after_an_aside_on_the_trip_shares_it():
    text = ("Latvian President Raimonds Vejonis will be in Estonia from Tuesday through Thursday. The head of state "
            "will be accompanied on this visit, his last as president, by Foreign Minister Edgars Rinkevics.")
    got = {(v.traveler.split()[-1], v.country) for v in trips_of(text, dt.date(2019, 4, 8))}
    assert ("Rinkevics", "EE") in got


def test_visits_told_as_before_or_after_the_storys_visit_go_to_its_country_with_no_day():
    text = ("US Secretary of State Condoleezza Rice arrived in New Delhi on Tuesday. The talks will cover energy. "
            "Officials expect progress on trade. The nuclear question will come up. A joint statement is likely. "
            "Security was tight. Rice's visit precedes those by US Transportation Secretary Norman Mineta and "
            "Treasury Secretary John Snow later in the year.")
    got = {(v.traveler.split()[-1], v.country, v.start_date, v.status) for v in trips_of(text, dt.date(2005, 3, 16))}
    assert {("Mineta", "IN", None, "planned"), ("Snow", "IN", None, "planned")} <= got
    text = ("Colombian President Gustavo Petro will visit China this week. The talks will cover trade. Xi will hold a "
            "banquet. The two will discuss the subway. Relations have developed smoothly. A signing ceremony is "
            "planned. His visit follows that of Venezuelan President Nicolas Maduro last month.")
    got = {(v.traveler.split()[-1], v.country, v.start_date, v.status) for v in trips_of(text, dt.date(2023, 10, 23))}
    assert ("Maduro", "CN", None, "completed") in got


def test_companions_told_as_the_subject_of_accompanying_share_the_visit():
    for more in ("Turkish Foreign Minister Mevlut Cavusoglu accompanied him.",
                 "Foreign Minister Mevlut Cavusoglu and Defence Minister Hulusi Akar are accompanying the president.",
                 "Foreign Minister Mevlut Cavusoglu flew with Erdogan."):
        text = "Turkish President Recep Tayyip Erdogan arrived in Belgrade on Tuesday. " + more
        assert ("Cavusoglu", "RS") in {(v.traveler.split()[-1], v.country) for v in trips_of(text, dt.date(2022, 9, 6))}
    text = ("US Defense Secretary Robert Gates arrived in Abu Dhabi on Thursday. Press secretary Geoff Morrell told "
            "reporters travelling with him the talks would touch on Iran.")
    assert not [v for v in trips_of(text, dt.date(2010, 12, 10)) if "Morrell" in v.traveler]


def test_companions_who_will_accompany_the_traveller_share_the_visit():
    day = dt.date(2013, 9, 30)
    for more in ("Foreign Minister Julie Bishop will accompany Mr Abbott.",
                 "The Foreign Minister, Julie Bishop, and the Trade Minister, Andrew Robb, will accompany Mr Abbott.",
                 "Foreign Minister Julie Bishop is expected to accompany him."):
        text = "Australian Prime Minister Tony Abbott will fly to Jakarta on Monday. " + more
        found = {(v.traveler.split()[-1], v.country) for v in trips_of(text, day)}
        assert ("Bishop", "ID") in found, (more, found)
        assert ("Robb", "ID") in found or "Robb" not in more
    text = "Australian Prime Minister Tony Abbott will fly to Jakarta on Monday. Julie Bishop will stay in Canberra."
    assert ("Bishop", "ID") not in {(v.traveler.split()[-1], v.country) for v in trips_of(text, day)}


def test_an_adviser_set_off_after_by_is_not_listed_with_the_traveller():
    text = "As announced by his adviser, Ajuri Ngelale, Bola Tinubu travelled to Riyadh on Sunday."
    assert stops_of(text, dt.date(2024, 5, 6)) == {("Bola Tinubu", "SA")}
    text = "Ghana's President Akufo-Addo, Senegal's President Sall and Iraq's Sudani travelled to Riyadh on Sunday."
    assert {c for _, c in stops_of(text, dt.date(2024, 5, 6))} == {"SA"} and len(stops_of(text, dt.date(2024, 5, 6))) == 3


def test_a_leader_named_like_a_town_acts_after_an_aside():
    # "Lula" is also a town in Sweden: a verb after the aside tells the person
    text = "Lula, fresh from talks in Pretoria, arrived in Luanda on Friday."
    assert ("Luiz Inácio Lula da Silva", "AO") in stops_of(text, dt.date(2023, 8, 27))


def test_going_from_one_stop_to_the_next_and_a_gathering_held_there():
    text = "President Bola Tinubu went from Senegal to Riyadh on Sunday."
    assert stops_of(text, dt.date(2024, 5, 6)) == {("Bola Tinubu", "SN"), ("Bola Tinubu", "SA")}
    # the World Economic Forum meets in Davos, but this meeting is where he went to attend it
    text = ("President Bola Tinubu went from The Netherlands to Riyadh, Saudi Arabia, to attend a World Economic "
            "Forum special meeting.")
    assert stops_of(text, dt.date(2024, 5, 6)) == {("Bola Tinubu", "NL"), ("Bola Tinubu", "SA")}
