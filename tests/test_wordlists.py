"""The shared word lists of geo/wordlists.py: sound lists, and the patterns built from them as they were."""

import re

import pytest

import geo.wordlists as wl
from geo.visits.context import REPORT

LISTS = {name: getattr(wl, name) for name in wl.__all__ if isinstance(getattr(wl, name), tuple)}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_each_list_holds_each_word_once_and_each_word_is_a_pattern(name):
    words = LISTS[name]
    assert words and len(set(words)) == len(words)
    for w in words:
        re.compile(w)


def test_variants_are_drawn_from_the_base_and_say_what_they_leave_out():
    assert set(wl.REPORTING_REFERENT) <= set(wl.REPORTING)
    assert set(wl.REPORTING_CALLED_OFF_AFTER) == set(wl.REPORTING_CALLED_OFF) - {"added"}
    assert set(wl.TRIP_TO) == set(wl.TRIP) - {"swing"}
    before = {"told" if w.startswith("told") else w for w in wl.REPORTING_QUOTE_BEFORE}
    assert before == set(wl.REPORTING_QUOTE_AFTER) - {"tells", "adds", "noted", "stressed"}
    with pytest.raises(ValueError, match="not in the list: sojourn"):
        wl.but(wl.TRIP, "sojourn")


def test_the_report_pattern_reads_the_shared_verbs_and_not_a_left_out_one():
    assert REPORT.search("the ministry confirmed") and REPORT.search("according to Tass")
    assert REPORT.search("as the minister adds") is None  # "adds" is the one base verb REPORT leaves out
