"""A trip told in the past on the day of writing (issue 13, status on the publication day).

A meeting, a reception or an attendance told on the publication day happens inside a stay that the text
does not end: the visitor is still there. A cue that tells the visit itself as one event - "visited
Ghana", "paid a visit to", "a daylong visit", "a quick call on" - tells it whole, so in the past it is
over even on that day. A visit to a building of the host's capital ("visited the Kremlin") is one stop of
a longer stay, not the whole visit.
"""

import datetime as dt

import pytest

from geo.status import agree_with_days
from geo.visits.aspect import tells_whole_visit

from .conftest import visits_of


def _status(text, published, country):
    return {v.status for v in visits_of(text, published) if v.country == country}


@pytest.mark.parametrize("text, published", [
    ("Kenyan President William Ruto visited Ghana on Friday and returned to Nairobi.", dt.date(2022, 6, 10)),
    ("Chilean President Gabriel Boric visited Peru today for talks on migration.", dt.date(2023, 3, 2)),
    ("Japanese Prime Minister Fumio Kishida paid a surprise visit to Ukraine on Tuesday.", dt.date(2023, 3, 21)),
])
def test_a_visit_told_whole_on_the_day_of_writing_is_over(text, published):
    country = {"Ghana": "GH", "Peru": "PE", "Ukraine": "UA"}[next(c for c in ("Ghana", "Peru", "Ukraine") if c in text)]
    assert _status(text, published, country) == {"completed"}


def test_the_same_visit_told_as_ahead_on_that_day_is_not_over():
    t = "Chilean President Gabriel Boric will visit Peru today for talks on migration."
    assert "completed" not in _status(t, dt.date(2023, 3, 2), "PE")


def test_a_meeting_on_the_day_of_writing_leaves_the_visitor_there():
    t = "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday."
    assert _status(t, dt.date(2023, 5, 22), "JP") == {"ongoing"}


@pytest.mark.parametrize("text, cue, whole", [
    ("Macron visited Algeria for a few hours today.", "visited", True),
    ("Macron made an unannounced stop in Algeria on Sunday.", "stop in", True),
    ("Macron went on a daylong visit to Algeria on Sunday.", "visit to", True),
    ("Macron visited the Kremlin on Sunday.", "visited", False),
    ("Macron held talks in Algiers on Sunday.", "held talks", False),
    ("Macron attended a dinner in Algiers on Sunday.", "attended", False),
])
def test_which_cues_tell_the_visit_whole(text, cue, whole):
    c0 = text.index(cue)
    assert tells_whole_visit(text, c0, c0 + len(cue), 0, len(text)) is whole


def test_a_stay_that_starts_after_the_day_of_writing_is_ahead_whatever_the_verb():
    # the departure is told in the past, but the days of the visit itself come after the day of writing
    t = ("Prime Minister Ranil Wickremesinghe left for New Zealand yesterday. "
         "He will visit New Zealand from 1-3 October at the invitation of Prime Minister John Key.")
    assert _status(t, dt.date(2016, 9, 30), "NZ") == {"planned"}


@pytest.mark.parametrize("status, start, end, published, expected", [
    ("ongoing", dt.date(2019, 3, 5), None, dt.date(2019, 3, 4), ("planned", True)),
    ("completed", dt.date(2019, 3, 5), dt.date(2019, 3, 7), dt.date(2019, 3, 4), ("planned", True)),
    ("planned", dt.date(2019, 3, 1), dt.date(2019, 3, 2), dt.date(2019, 3, 4), ("planned", False)),
    ("planned", dt.date(2019, 3, 4), None, dt.date(2019, 3, 4), ("planned", True)),
    ("ongoing", dt.date(2019, 3, 3), dt.date(2019, 3, 6), dt.date(2019, 3, 4), ("ongoing", True)),
    ("completed", dt.date(2019, 2, 1), None, dt.date(2019, 3, 4), ("completed", True)),
    ("cancelled", dt.date(2019, 3, 9), None, dt.date(2019, 3, 4), ("cancelled", True)),
    ("completed", None, None, dt.date(2019, 3, 4), ("completed", True)),
])
def test_status_agrees_with_the_visits_own_days(status, start, end, published, expected):
    assert agree_with_days(status, start, end, published) == expected


@pytest.mark.parametrize("text, cue, whole", [
    ("Rutte made a brief stopover in Kyiv on Monday.", "stopover in", True),
    ("Rutte paid a flying visit to Kyiv on Monday.", "visit to", True),
    ("Rutte gave brief remarks after talks in Kyiv on Monday.", "talks in", False),
    ("Rutte was in Kyiv for a few hours on Monday.", "in Kyiv", True),
])
def test_a_short_stay_is_told_by_an_adjective_of_the_trip_noun_or_its_hours(text, cue, whole):
    c0 = text.index(cue)
    assert tells_whole_visit(text, c0, c0 + len(cue), 0, len(text)) is whole
