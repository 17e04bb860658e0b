"""Office holders told by one plural title over a list of countries (``geo.plural_titles``).

Our own sentences: "the presidents of A, B and C" arriving, attending, as agents of "attended by"; and the
lists that are met or visited, whose countries stay destinations.
"""

from __future__ import annotations

import datetime as dt

from geo.geoparse import geoparse
from geo.people import find_people
from geo.values import Document

from .conftest import stops_of

DAY = dt.date(2023, 2, 17)


def test_each_country_of_the_list_is_its_office_holder():
    d = Document("d", "The presidents of Kenya, Rwanda and Angola held talks.", published=DAY)
    people = [(p.text, p.name, p.role) for p in find_people(d, geoparse(d))]
    assert people == [("Kenya", "William Ruto", "president"), ("Rwanda", "Paul Kagame", "president"),
                      ("Angola", "João Lourenço", "president")]


def test_presidents_listed_by_country_arrive():
    t = "Presidents of Kenya, Rwanda and Angola have arrived in Addis Ababa for the summit."
    assert {("Ruto", "ET"), ("Kagame", "ET"), ("Lourenço", "ET")} <= stops_of(t, DAY)


def test_a_list_of_one_country_is_no_plural_title():
    d = Document("d", "Leaders of Kenya met on Monday.", published=DAY)
    assert not [p for p in find_people(d, geoparse(d)) if p.text == "Kenya"]


def test_leaders_met_on_a_tour_stay_destinations():
    t = ("Foreign Secretary Philip Hammond will begin a four-nation tour on Monday. During the visit, Hammond will "
         "meet with the leaders of Saudi Arabia, Qatar and Bahrain to discuss regional security.")
    assert {("Hammond", "SA"), ("Hammond", "QA"), ("Hammond", "BH")} <= stops_of(t, DAY)
