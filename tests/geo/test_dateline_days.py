"""Datelines as wires write them, and the day a story was written (issue 13, dateline and date classes)."""

import datetime as dt

from geo.datelines import find_dateline
from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.values import Document


def _visits(text, published):
    doc = Document("d", text, published=published)
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    return [(v.traveler.split()[-1], v.country, v.start_date) for v in found]


def test_a_dateline_with_the_country_in_brackets():
    d = find_dateline("Colombo [Sri Lanka], Mar 4 (ANI): The minister arrived here.")
    assert (d.place, d.date, d.agency) == ("Colombo", "Mar 4", "ANI")


def test_here_under_a_bracketed_dateline_is_its_place():
    t = "Tokyo [Japan], Sep 2 (ANI): Indian Defence Minister Rajnath Singh arrived here on Monday."
    assert _visits(t, dt.date(2019, 9, 2)) == [("Singh", "JP", dt.date(2019, 9, 2))]


def test_relative_days_count_from_the_dateline_of_a_story_printed_later():
    # filed on Thursday March 21, printed on Saturday March 23: "yesterday" is Wednesday the 20th
    t = "ISLAMABAD, March 21 (Reuters) - Malaysian Prime Minister Mahathir Mohamad arrived here yesterday."
    assert _visits(t, dt.date(2019, 3, 23)) == [("Mohamad", "PK", dt.date(2019, 3, 20))]
    # a dateline day long before the publication day is not taken as the day of writing
    t = "ISLAMABAD, March 21 (Reuters) - Malaysian Prime Minister Mahathir Mohamad arrived here yesterday."
    assert _visits(t, dt.date(2019, 4, 23)) == [("Mohamad", "PK", dt.date(2019, 4, 22))]
