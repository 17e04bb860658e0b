"""Guests who meet each other at a gathering abroad: sentences of our own.

"At the G20 summit in Rio, Xi met Albanese" tells that both are in Rio: the subject, a guest there, and the
one he met, a guest of a third country. The one met is no guest when he is of the host country ("Xi met
Lula" in Rio) or of the subject's own; a call by video tells no presence. Each test runs the real geoparser
and the events stage (``stops_of`` of conftest).
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2024, 11, 20)


def test_the_one_met_after_a_fronted_sidelines_phrase_is_a_guest_too():
    got = stops_of("On the sidelines of the G20 summit in Rio de Janeiro, Chinese President Xi Jinping met "
                   "Australian Prime Minister Anthony Albanese.", D)
    assert {("Jinping", "BR"), ("Albanese", "BR")} <= got


def test_held_talks_with_and_will_meet_and_margins_read_alike():
    got = stops_of("On the margins of the NATO summit in Vilnius, Turkish President Recep Tayyip Erdogan held "
                   "talks with Swedish Prime Minister Ulf Kristersson.", D)
    assert ("Kristersson", "LT") in got
    got = stops_of("During the ASEAN summit in Vientiane, Japanese Prime Minister Shigeru Ishiba will meet "
                   "Indian Prime Minister Narendra Modi.", D)
    assert ("Modi", "LA") in got


def test_a_leader_of_the_host_country_met_there_is_at_home():
    got = stops_of("On the sidelines of the G20 summit in Rio de Janeiro, Chinese President Xi Jinping met "
                   "Brazilian President Lula.", D)
    assert ("Jinping", "BR") in got
    assert not any(c == "BR" and n.startswith(("Lula", "Silva")) for n, c in got)


def test_a_compatriot_met_there_adds_no_visit_of_his_own():
    got = stops_of("At the G20 summit in Rio de Janeiro, Chinese President Xi Jinping met Chinese Premier "
                   "Li Qiang.", D)
    assert ("Qiang", "BR") not in got


def test_a_video_call_at_a_summit_puts_no_one_there():
    got = stops_of("At the NATO summit in Vilnius, Turkish President Recep Tayyip Erdogan spoke by video with "
                   "Ukrainian President Volodymyr Zelensky.", D)
    assert ("Zelensky", "LT") not in got
