"""A leader who meets foreigners, in a story with no dateline and no trip told, whose lead names a place of the
leader's own country and none of another, is at home, and the foreigners came
(:func:`geo.visits.lead.home_setting`) - sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo.conftest import stops_of, trip_to

WED = dt.date(2024, 3, 6)


@pytest.mark.parametrize("text, surname, country", [
    ("The President of the United States Joe Biden met today with Prime Minister Rishi Sunak of the United "
     "Kingdom, and addressed a press conference following the meeting in the East Room of the White House.",
     "Sunak", "US"),
    ("Brazilian President Luiz Inacio Lula da Silva held talks with his Colombian counterpart Gustavo Petro on "
     "Tuesday, and the two later spoke to reporters outside the Planalto Palace in Brasilia.", "Petro", "BR"),
])
def test_the_foreigner_a_leader_meets_at_home_came(text, surname, country):
    assert trip_to(text, WED, surname, country).country == country


@pytest.mark.parametrize("text", [
    # by telephone, however written
    "Russian President Vladimir Putin on Monday held a telephonic conversation with his US counterpart Joe Biden "
    "about oil markets.",
    "Chinese President Xi Jinping met Spanish Prime Minister Pedro Sanchez by video link on Tuesday.",
    # no place told at all: the meeting may have been anywhere
    "Chinese President Xi Jinping met Spanish Prime Minister Pedro Sanchez on Tuesday. The two leaders discussed "
    "trade and the war in Ukraine.",
    # the lead tells where the meeting was
    "Chinese President Xi Jinping met Spanish Prime Minister Pedro Sanchez in Madrid on Tuesday.",
    # a minister is no head of state or government: he may be anywhere
    "Spokesman Wang Wenbin said Chinese Foreign Minister Wang Yi met Spanish Foreign Minister Jose Manuel "
    "Albares on Tuesday.",
])
def test_no_guest_without_a_leader_at_home(text):
    assert not {c for _, c in stops_of(text, WED)} & {"CN", "RU"}


def test_a_country_named_before_counterpart_is_the_persons():
    text = ("President Joe Biden met today with his UK counterpart Rishi Sunak, and addressed a press conference "
            "after the meeting in the Rose Garden of the White House.")
    assert trip_to(text, WED, "Sunak", "US").country == "US"


def test_the_host_named_first_with_his_guest_stays_and_the_guest_came():
    # the host and the guest as one subject of a meeting on an event's margins: the guest came, the host did not
    text = ("US President George W. Bush and Chinese President Hu Jintao will meet on the margins of the UN General "
            "Assembly in New York.")
    assert stops_of(text, WED) == {("Jintao", "US")}
