"""A host's welcome told with no day is news of a stay under way, as an arrival told with no day is ("Ruto
welcomed Akufo-Addo at State House"); the welcome is only a moment of a trip told before it in its sentence
("visited Kenya, where he was received by"), and a dated report of the stay outweighs it. Sentences of our own."""

from __future__ import annotations

import datetime as dt

from .conftest import trip_to

D = dt.date(2019, 3, 13)  # a Wednesday


def test_a_welcome_with_no_day_is_a_stay_under_way():
    text = "Kenyan President William Ruto welcomed Ghana's President Nana Akufo-Addo at State House in Nairobi."
    assert trip_to(text, D, "Akufo-Addo", "KE").status == "ongoing"


def test_a_reception_told_in_the_passive_likewise():
    assert trip_to("Akufo-Addo was received by President Ruto in Nairobi.", D, "Akufo-Addo", "KE").status == "ongoing"
    text = "King Abdullah greeted Qatari Emir Sheikh Tamim bin Hamad Al Thani in Riyadh."
    assert trip_to(text, D, "Thani", "SA").status == "ongoing"


def test_words_that_tell_no_trip_before_the_welcome_leave_it_under_way():
    for text in ("Ruto, who had promised closer ties, welcomed Ghana's President Nana Akufo-Addo in Nairobi.",
                 "During talks, Kenyan President William Ruto welcomed Ghana's President Nana Akufo-Addo in Nairobi.",
                 "Kenyan Tourism Minister Peninah Malonza welcomed Ghana's President Nana Akufo-Addo in Nairobi."):
        assert trip_to(text, D, "Akufo-Addo", "KE").status == "ongoing", text


def test_a_welcome_within_a_trip_told_before_it_keeps_the_trips_status():
    text = "Akufo-Addo visited Kenya, where he was received by President Ruto."
    assert trip_to(text, D, "Akufo-Addo", "KE").status == "completed"
    text = "Akufo-Addo had arrived in Nairobi on Friday, received by President Ruto, and left on Sunday."
    assert trip_to(text, D, "Akufo-Addo", "KE").status == "completed"


def test_a_dated_report_outweighs_an_undated_welcome():
    text = ("Akufo-Addo began a tour of East Africa on Monday with a state visit to Kenya. "
            "He was welcomed by his Kenyan counterpart William Ruto.")
    assert trip_to(text, D, "Akufo-Addo", "KE").status == "completed"


def test_a_welcome_ahead_is_planned():
    assert trip_to("President Ruto will welcome Akufo-Addo in Nairobi.", D, "Akufo-Addo", "KE").status == "planned"
