"""The lead's subject under a foreign dateline is there (:mod:`geo.visits.lead`), in sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo.conftest import stops_of, trip_to

WED = dt.date(2024, 3, 6)


@pytest.mark.parametrize("text, surname, country", [
    ("XIAMEN, September 5. /TASS/. Russian President Vladimir Putin is completing work at the BRICS summit that "
     "is currently being held in China. He will then fly home.", "Putin", "CN"),
    ("HANOI, March 5 (Reuters) - Japanese Prime Minister Fumio Kishida and his Vietnamese counterpart Pham Minh "
     "Chinh agreed on Tuesday to deepen defence ties.", "Kishida", "VN"),
    ("BRASILIA, March 5 (Reuters) - Spanish Prime Minister Pedro Sanchez signed a string of agreements with "
     "Brazil on Tuesday.", "Sanchez", "BR"),
    ("NAIROBI, March 5 (Reuters) - French President Emmanuel Macron pledged support for Kenya's energy plans on "
     "Tuesday.", "Macron", "KE"),
])
def test_the_leads_foreign_subject_is_where_the_story_was_filed(text, surname, country):
    assert trip_to(text, WED, surname, country).country == country


@pytest.mark.parametrize("text", [
    # a word, not an act: a bureau reports what a leader said wherever he was
    "TOKYO, March 5 (Reuters) - U.S. President Joe Biden urged Japan on Tuesday to open its markets.",
    "NAIROBI, March 5 (Reuters) - French President Emmanuel Macron said in a statement on Tuesday that France "
    "would back Kenya's energy plans.",
    # nothing of the dateline's country in the lead: written there about a leader elsewhere
    "LONDON, March 5 (Reuters) - U.S. President Joe Biden signed a bill on Tuesday to fund the government.",
    # the host at home
    "BEIJING, March 5 (Reuters) - Chinese President Xi Jinping opened a new port on Tuesday, calling for closer "
    "ties with China's neighbours.",
    # by video: no presence
    "NAIROBI, March 5 (Reuters) - French President Emmanuel Macron addressed a Kenyan business forum by video "
    "link on Tuesday.",
    # another place told in the lead
    "NAIROBI, March 5 (Reuters) - French President Emmanuel Macron signed a deal with Kenya in Paris on Tuesday.",
])
def test_no_visit_to_the_dateline_without_an_act_there(text):
    assert not {c for _, c in stops_of(text, WED)} & {"JP", "KE", "GB"}
