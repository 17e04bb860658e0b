"""Wrong visits that the map must not draw: a companion put on a stop his leader has left, a day of the
saying given to the visit said about. Sentences of our own."""

from __future__ import annotations

import datetime as dt

from .conftest import trips_of

SUNDAY_AFTER = dt.date(2017, 7, 24)  # a Monday
ARRIVED = ("President Jan Kowal arrived in Kuwait late Sunday after holding talks with King Salman in "
           "Saudi Arabia. ")


def _where(text: str, surname: str, published: dt.date = SUNDAY_AFTER) -> set[str]:
    return {v.country for v in trips_of(text, published) if v.traveler.split()[-1] == surname}


def test_companion_told_in_present_is_on_the_stay_under_way():
    text = ARRIVED + "Kowal is being accompanied by a delegation that includes Foreign Minister Adam Nowak."
    assert _where(text, "Nowak") == {"KW"}
    assert _where(text, "Kowal") == {"KW", "SA"}


def test_companion_is_accompanied_by():
    assert _where(ARRIVED + "Kowal is accompanied by Foreign Minister Adam Nowak.", "Nowak") == {"KW"}


def test_delegation_accompanying_includes():
    text = ARRIVED + "The delegation accompanying Kowal includes Foreign Minister Adam Nowak."
    assert _where(text, "Nowak") == {"KW"}


def test_companion_told_in_past_shares_every_stop():
    text = ("President Jan Kowal visited Saudi Arabia and Kuwait last week. Kowal was accompanied by "
            "Foreign Minister Adam Nowak.")
    assert _where(text, "Nowak") == {"SA", "KW"}


FRIDAY = dt.date(2010, 3, 5)  # the Thursday before is 2010-03-04


def _days(text: str, published: dt.date = FRIDAY) -> set[tuple[str, str, str]]:
    return {(v.traveler.split()[-1], v.country, str(v.start_date)) for v in trips_of(text, published)}


def test_day_of_hailing_is_not_the_visit_day():
    text = "The foreign minister on Thursday hailed Prime Minister Anna Berg's visit to Japan as fruitful."
    assert _days(text) == {("Berg", "JP", "None")}


def test_day_of_announcing_is_not_the_visit_day():
    text = "On Thursday, officials announced President Tom Marsh's visit to Japan."
    assert _days(text) == {("Marsh", "JP", "None")}


def test_day_of_describing_each_stop_of_a_tour():
    text = ("Officials on Thursday described Vice Premier Ali Rana's visit to Australia and New Zealand "
            "as a success.")
    assert _days(text) == {("Rana", "AU", "None"), ("Rana", "NZ", "None")}


def test_day_after_the_visit_noun_is_kept():
    text = "Prime Minister Anna Berg's visit to Japan on Thursday was a success."
    assert _days(text) == {("Berg", "JP", "2010-03-04")}


def test_saying_about_a_visit_under_way_keeps_its_day():
    text = "State media on Thursday hailed President Tom Marsh's ongoing visit to Japan."
    assert _days(text) == {("Marsh", "JP", "2010-03-04")}


def test_call_on_a_host_abroad_is_no_visit_to_his_country():
    text = ("Foreign Minister Ravi Kumar met several counterparts at the UN General Assembly. He also paid a "
            "visit to Prime Minister Hun Manet of Cambodia during his stay in New York.")
    assert "KH" not in {v.country for v in trips_of(text, FRIDAY)}


def test_call_on_a_host_at_home_is_a_visit_to_his_country():
    text = "Foreign Minister Ravi Kumar will call on President William Ruto on Tuesday."
    assert {v.country for v in trips_of(text, FRIDAY)} == {"KE"}


def test_place_of_another_event_does_not_move_the_call():
    text = ("Chancellor Karl Berger became the first European leader to visit Russian President Vladimir Putin "
            "since the war began in Ukraine.")
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, FRIDAY)} == {("Berger", "RU")}


HOST_TOLD = ("Foreign Minister Samir Haddad arrived in Oman on Monday. In Oman, Sheikh Ahmed Bin Khalid Al Busaidi, "
             "{office}, stressed the importance of cooperation during his meeting with Haddad.")


def test_place_first_subject_with_an_office_of_that_place_is_a_host():
    assert {v.traveler.split()[-1] for v in trips_of(HOST_TOLD.format(office="Muscat Crown Prince"), FRIDAY)} \
        == {"Haddad"}


def test_place_first_subject_with_an_office_of_that_country_is_a_host():
    assert {v.traveler.split()[-1] for v in trips_of(HOST_TOLD.format(office="Oman's foreign minister"), FRIDAY)} \
        == {"Haddad"}


def test_place_first_subject_with_an_office_of_his_own_country_travels():
    text = "In Japan, Tom Marsh, the US president, met Prime Minister Kishida."
    assert {(v.traveler.split()[-1], v.country) for v in trips_of(text, FRIDAY)} == {("Marsh", "JP")}


TOUR = ("SANTIAGO - The first tour of President of Chile Ana Lopez includes visits to Argentina and Brazil. The tour "
        "started on Wednesday in Buenos Aires, where the Chilean delegation met President Macri. On Friday, the "
        "Chilean delegation arrived in Brazil, where Lopez met his counterpart. The tour {verb} Uruguay because the "
        "trade deal is blocked in parliament. Lopez said his government would keep pushing for the deal.")


def test_a_place_the_tour_avoids_is_no_leg():
    assert "UY" not in {v.country for v in trips_of(TOUR.format(verb="avoids"), FRIDAY)}
    assert "UY" not in {v.country for v in trips_of(TOUR.format(verb="bypasses"), FRIDAY)}


def test_a_place_the_tour_includes_is_a_leg():
    assert {"AR", "BR", "UY"} <= {v.country for v in trips_of(TOUR.format(verb="also includes"), FRIDAY)}
