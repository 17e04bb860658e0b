"""One title in the plural before several names is each one's ("US Senators Chris Murphy and Gary Peters",
:mod:`geo.plural_titles`); "X and Y are on a visit to Z" is the visit of both. Sentences of our own."""

from __future__ import annotations

import datetime as dt

from geo.people import find_people
from geo.values import Document

from .conftest import stops_of

D = dt.date(2019, 3, 13)


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.country, p.role) for p in find_people(Document("d", text, published=D)) if p.kind == "name"]


def test_each_name_of_a_plural_title_is_titled():
    assert people("US Senators Chris Murphy and Gary Peters arrived on Monday.") == [
        ("Chris Murphy", "US", None), ("Gary Peters", "US", None)]
    assert people("Kenyan Foreign Ministers Amina Odhiambo, Peter Kamau and Joseph Mwangi met.") == [
        ("Amina Odhiambo", "KE", "foreign minister"), ("Peter Kamau", "KE", "foreign minister"),
        ("Joseph Mwangi", "KE", "foreign minister")]


def test_former_holders_stay_former():
    assert ("Jimmy Carter", "US", "former president") in people(
        "Former US Presidents Bill Clinton and Jimmy Carter will arrive on Monday.")


def test_a_plural_title_with_no_list_of_full_names_names_no_one():
    assert people("Foreign Ministers of Kenya and Ghana met.") == []  # countries, no names (geo.office_lists)
    assert people("Senators Murphy and Peters arrived.") == []  # surnames: whose, the title alone does not say


def test_both_travel():
    assert stops_of("US Senators Chris Murphy and Gary Peters will visit Serbia on Friday.", D) == {
        ("Murphy", "RS"), ("Peters", "RS")}


def test_two_people_on_a_visit_are_both_on_it():
    text = "Foreign Minister Amina Odhiambo and Trade Minister Peter Kamau of Kenya are on a working visit to Serbia."
    assert stops_of(text, D) == {("Odhiambo", "RS"), ("Kamau", "RS")}
    # one person's visit owned by name stays his: "Putin's visit to China and Xi's visit to Russia"
    assert stops_of("Putin's visit to China and Xi Jinping's visit to Russia were discussed.", D) == {
        ("Putin", "CN"), ("Jinping", "RU")}
