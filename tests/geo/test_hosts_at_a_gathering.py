"""Guests of a host's meetings where people were told arriving, unnamed: sentences of our own.

"The heads of state who have arrived in Moscow" names no one, yet sets the story in Moscow as a dateline
would; the host's side then holding meetings with named foreigners tells that they came. Each test runs the
real geoparser and the events stage; the negative cases check that the host gets no visit, that a phone call
tells none, and that with no place told at all nothing is read.
"""

from __future__ import annotations

import datetime as dt

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document

D = dt.date(2024, 6, 20)


def found(text: str, published: dt.date = D) -> set[tuple[str, str]]:
    doc = Document("t", text, published=published)
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler.split()[-1], v.country) for v in visits if v.status != "cancelled"}


ARRIVED = "Dozens of foreign delegations have arrived in Nairobi for the conference. "


def test_each_foreigner_in_the_hosts_list_of_meetings_came_to_the_gathering():
    got = found(ARRIVED + "On Wednesday, Kenyan President William Ruto held meetings with Ghanaian President "
                "Nana Akufo-Addo, Zambian President Hakainde Hichilema and Ethiopian Prime Minister Abiy Ahmed.")
    assert {("Akufo-Addo", "KE"), ("Hichilema", "KE"), ("Ahmed", "KE")} <= got
    assert ("Ruto", "KE") not in got


def test_a_long_list_of_guests_with_a_name_taken_in_part_is_read_to_its_end():
    got = found("Russian President Vladimir Putin has ended a series of talks with the leaders who have arrived "
                "in Moscow. On Friday, the Russian leader held meetings with Chinese President Xi Jinping, "
                "Venezuelan President Nicolas Maduro, Serbian President Aleksandar Vucic, Slovak Prime Minister "
                "Robert Fico, Cuban Leader Diaz-Canel Bermudez, Brazilian leader Luiz Inacio Lula da Silva and "
                "Egyptian President Abdel Fattah el-Sisi.", dt.date(2025, 5, 11))
    assert {("Jinping", "RU"), ("Fico", "RU"), ("Silva", "RU"), ("el-Sisi", "RU")} <= got


def test_talks_by_phone_with_the_host_tell_no_visit():
    assert not found(ARRIVED + "On Wednesday, Kenyan President William Ruto held phone talks with Ghanaian "
                     "President Nana Akufo-Addo.")


def test_with_no_place_told_the_hosts_meetings_tell_nothing():
    assert not found("Kenyan President William Ruto held meetings with Ghanaian President Nana Akufo-Addo and "
                     "Zambian President Hakainde Hichilema on Wednesday.")
