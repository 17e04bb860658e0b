"""A pronoun opening a phrase about a meeting is the subject after the phrase, not the one met in it.

"During his meeting with Albanese at the G20 summit in Rio, Xi said ..." is Xi's meeting: both are in Rio.
When the one after the phrase is the one met in it ("During his talks with Xi, the Chinese leader said"), the
pronoun keeps the story's traveller. Sentences of our own; each test runs the real events stage.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2024, 11, 20)


def test_his_meeting_at_a_summit_is_the_main_subjects():
    got = stops_of("During his meeting with Australian Prime Minister Anthony Albanese on the sidelines of the G20 "
                   "summit in Rio de Janeiro, Chinese President Xi Jinping said trade was growing.", D)
    assert {("Jinping", "BR"), ("Albanese", "BR")} <= got


def test_in_his_meeting_reads_alike():
    got = stops_of("In his meeting with Australian Prime Minister Anthony Albanese at the G20 summit in Rio de "
                   "Janeiro, Chinese President Xi Jinping praised ties.", D)
    assert ("Jinping", "BR") in got


def test_the_one_met_named_again_after_the_phrase_leaves_the_story_traveller():
    got = stops_of("Russian President Vladimir Putin arrived in Beijing on Monday. During his talks with Chinese "
                   "President Xi Jinping in Beijing, the Chinese leader praised ties.", D)
    assert ("Putin", "CN") in got
    assert not any(n in ("Jinping", "Xi") for n, _ in got)
