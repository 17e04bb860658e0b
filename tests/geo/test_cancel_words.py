"""One vocabulary of calling a trip off for every reader: a word one reader held now serves the others where
it means the same (our own sentences, read by the real geoparser)."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.events import document_events, finish_events
from geo.geoparse import geoparse
from geo.status import cancel_in, is_cancelled
from geo.values import Document


def trips(text: str, published: dt.date = dt.date(2024, 5, 27)) -> set[tuple[str, str, str]]:
    """(traveller's surname, host, status) of the visits found in ``text``."""
    doc = Document("d", text, published=published)
    found, _ = finish_events(*document_events(doc, geoparse(doc)))
    return {(v.traveler.split()[-1], v.country, v.status) for v in found}


@pytest.mark.parametrize("text, words", [
    ("The visit to Japan was put on hold.", "put on hold"),  # the trip-as-subject readers' words, now the clause's
    ("The trip was put on ice.", "put on ice"),
    ("The trip was deferred.", "deferred"),
])
def test_a_trip_put_on_hold_or_deferred_is_called_off_in_its_clause(text, words):
    assert cancel_in(text, 0, len(text)).group(0) == words


def test_a_trip_put_on_hold_after_but_is_cancelled():
    t = "Modi had been due to visit Japan on Monday, but the trip was put on hold."
    assert is_cancelled(t, (0, t.index(",")), (0, len(t)))


def test_pulling_out_of_a_summit_cancels_the_trip_told_after_it():
    # "pulled out of" the clause's word, now the giver-up's too, like "withdrew from the summit"
    text = ("Brazilian President Luiz Inacio Lula da Silva pulled out of the BRICS summit in Kazan. He had been "
            "expected to fly to Russia on Monday.")
    assert not any(host == "RU" and status != "cancelled" for _, host, status in trips(text))


def test_skipping_one_meeting_of_a_tour_calls_nothing_off():
    # "skip" stays the clause's word: skipping a meeting of a tour under way gives up no trip
    text = ("MANILA, Philippines (AP) - President Donald Trump today concluded his two-week tour of Asia, "
            "declaring progress on trade while skipping a final meeting with regional leaders.")
    found = trips(text, dt.date(2017, 11, 14))
    assert any(host == "PH" for _, host, _ in found)
    assert not any(status == "cancelled" for *_, status in found)


def test_a_refusal_to_attend_is_no_visit():
    # "refusal" is the presence reader's refusing word ("refus..."), now the attendance reader's too
    text = "South African President Cyril Ramaphosa's refusal to attend the summit in Nairobi surprised many."
    assert not any(host == "KE" and status != "cancelled" for _, host, status in trips(text))


@pytest.mark.parametrize("text", [
    "Prime Minister Narendra Modi will visit Nepal next week, but the trip may be postponed because of floods.",
    "Modi will visit Nepal next week, but the trip might be cancelled if the floods worsen.",
    "Modi's visit to Nepal next week could yet be called off.",
])
def test_a_calling_off_told_only_as_possible_leaves_the_trip_planned(text):
    assert trips(text) == {("Modi", "NP", "planned")}


def test_a_calling_off_that_happened_still_cancels_beside_the_possible_one():
    text = "Modi had been due to visit Nepal next week, but the trip was postponed."
    assert trips(text) == {("Modi", "NP", "cancelled")}
    assert cancel_in("The trip may be postponed.", 0, 26) is None
    assert cancel_in("The trip was postponed.", 0, 23).group(0) == "postponed"


@pytest.mark.parametrize("text, surname, host", [
    ("Just last week President Yoweri Museveni failed to attend the AfCFTA summit in Kigali.", "Museveni", "RW"),
])
def test_failing_to_attend_gives_the_trip_up(text, surname, host):
    assert not any(v[0] == surname and v[1] == host and v[2] != "cancelled" for v in trips(text))


def test_a_failure_told_in_an_aside_gives_up_only_the_aside_s_trip():
    text = "German Chancellor Olaf Scholz, who failed to attend the summit in Vilnius, arrived in Kyiv on Monday."
    found = trips(text)
    assert ("Scholz", "UA", "ongoing") in found and not any(c == "LT" and s != "cancelled" for _, c, s in found)
    text = ("Russian President Vladimir Putin, who can no longer travel freely to ICC member states, "
            "arrived in Mongolia on Monday.")
    assert ("Putin", "MN", "ongoing") in trips(text)


def test_no_longer_travelling_calls_off_the_trip_told_in_other_words():
    text = ("President Donald Trump will no longer travel to Lima, the White House said. "
            "Trump was to arrive in Peru on Friday for the Summit of the Americas.")
    assert not any(v[0] == "Trump" and v[2] != "cancelled" for v in trips(text))
