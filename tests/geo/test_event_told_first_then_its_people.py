"""An event told with its place and no one named, its people named after (:func:`geo.visits.unnamed_event.cast_hits`):
a signing, a meeting at a building, a group's meeting, and a participant speaking of it - sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo.conftest import stops_of, trip_to

WED = dt.date(2024, 3, 6)


@pytest.mark.parametrize("text, surname, country", [
    ("Foreign ministers of the G7 met in Capri on Tuesday. U.S. Secretary of State Antony Blinken said the group "
     "was united.", "Blinken", "IT"),
    ("The talks were held in Beijing on Tuesday. Australian Foreign Minister Penny Wong described them as "
     "constructive.", "Wong", "CN"),
    ("Vietnam and Japan signed a strategic partnership in Hanoi on Tuesday. The agreement was signed by Japanese "
     "Prime Minister Fumio Kishida and his host Pham Minh Chinh.", "Kishida", "VN"),
    ("A deal was signed in Riyadh on Tuesday. Chinese Foreign Minister Wang Yi and his Saudi counterpart signed "
     "it.", "Yi", "SA"),
    ("The leaders of Japan, the United States and the Philippines met at the White House on Tuesday. Philippine "
     "President Ferdinand Marcos said the alliance was strong.", "Jr.", "US"),
])
def test_the_events_people_named_after_it_were_there(text, surname, country):
    assert trip_to(text, WED, surname, country).country == country


@pytest.mark.parametrize("text", [
    # the next sentence is about someone elsewhere, told by a place of his own
    "Foreign ministers of the G7 met in Capri on Tuesday. In Beijing, Chinese Foreign Minister Wang Yi said the "
    "group was divided.",
    # signed by video: no one went
    "Vietnam and Japan signed a strategic partnership by video link on Tuesday from Hanoi. The agreement was "
    "signed by Japanese Prime Minister Fumio Kishida.",
    # "at" before a country is no building: "at Japan's invitation"
    "The leaders met at Japan's invitation on Tuesday. Philippine President Ferdinand Marcos said the alliance "
    "was strong.",
])
def test_no_visit_when_the_event_is_not_theirs_or_not_there(text):
    assert not {c for _, c in stops_of(text, WED)} & {"IT", "VN", "JP"}
