"""Who travels when a quotation says "we" or is given to "he said", in sentences of our own.

A leader telling his own plans often speaks for his party: '"We will visit Chile and Peru in May,"
the president said' is the speaker's trip. And a quotation is often given to a pronoun that stands
for the leader named before ('"I will travel to Oslo next week," she said'). A spokesman's "we" is his
government's, not a trip of his own, and a quotation with no speaker found gives no one.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date


def test_we_in_a_quotation_is_the_named_speaker():
    text = '"We will visit Chile and Peru in May," Brazilian President Luiz Inacio Lula da Silva said on Monday.'
    assert {("Silva", "CL"), ("Silva", "PE")} <= stops_of(text, D(2024, 3, 4))


def test_our_trip_in_a_quotation_is_the_speakers():
    text = '"Our visit to Indonesia was a great success," Malaysian Prime Minister Anwar Ibrahim told reporters.'
    assert ("Ibrahim", "ID") in stops_of(text, D(2024, 3, 4))


def test_i_in_a_quotation_given_to_she_said():
    text = ("New Zealand Foreign Minister Nanaia Mahuta spoke in Wellington on Monday. "
            '"I will travel to Norway and Finland next week," she said.')
    assert {("Mahuta", "NO"), ("Mahuta", "FI")} <= stops_of(text, D(2023, 3, 6))


def test_we_given_to_he_said_after_the_leader_is_named():
    text = ("Kenyan President William Ruto addressed supporters in Nairobi. "
            '"We are planning to visit Ghana, Senegal and Nigeria next month," he said.')
    assert {("Ruto", "GH"), ("Ruto", "SN"), ("Ruto", "NG")} <= stops_of(text, D(2023, 3, 6))


def test_a_spokesmans_we_is_no_trip_of_his():
    text = '"We will travel to Tokyo next week," State Department spokesman Matthew Miller said.'
    assert not any(who == "Miller" for who, _ in stops_of(text, D(2023, 3, 6)))


def test_we_with_no_travel_word_gives_no_trip():
    text = '"We will send more troops to Poland," US President Joe Biden said.'
    assert ("Biden", "PL") not in stops_of(text, D(2023, 3, 6))
