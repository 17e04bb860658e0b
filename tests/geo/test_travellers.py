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
