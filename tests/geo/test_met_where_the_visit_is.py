"""The one met where a visit is told is there too: "On the sidelines, he met Kenyan President William Ruto".

Sentences of our own: a meeting told a sentence after a visit, placed there by "on the sidelines", "while
there" or "during his visit", without naming the place again.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of, trip_to

D = dt.date(2023, 5, 10)


def test_sidelines_meeting_puts_the_one_met_there():
    t = ("Somali President Hassan Sheikh Mohamud arrived in Kigali on Sunday for the inauguration. "
         "On the sidelines of the ceremony, he met Kenyan President William Ruto.")
    v = trip_to(t, D, "Ruto", "RW")
    assert v.start_date == dt.date(2023, 5, 7)


def test_while_there_and_talks_with():
    t = ("Somali President Hassan Sheikh Mohamud arrived in Kigali on Sunday for the inauguration. "
         "While there, he held talks with his Kenyan counterpart William Ruto.")
    assert ("Ruto", "RW") in stops_of(t, D)


def test_during_his_visit_with_the_visitor_named():
    t = ("Somali President Hassan Sheikh Mohamud arrived in Kigali on Sunday for the inauguration. "
         "During his visit, Mohamud also met Kenyan President William Ruto.")
    assert ("Ruto", "RW") in stops_of(t, D)


def test_the_host_met_there_is_no_visitor():
    t = ("Somali President Hassan Sheikh Mohamud arrived in Kigali on Sunday. "
         "On the sidelines, he met Rwandan President Paul Kagame.")
    assert not any(c == "RW" for s, c in stops_of(t, D) if s == "Kagame")


def test_a_meeting_by_phone_is_no_presence():
    t = ("Somali President Hassan Sheikh Mohamud arrived in Kigali on Sunday. "
         "During his visit, he held talks by phone with Kenyan President William Ruto.")
    assert ("Ruto", "RW") not in stops_of(t, D)


def test_a_meeting_placed_elsewhere_is_not_there():
    t = ("Somali President Hassan Sheikh Mohamud arrived in Kigali on Sunday. "
         "He had met Kenyan President William Ruto in Nairobi last month on the sidelines of a forum.")
    assert ("Ruto", "RW") not in stops_of(t, D)


def test_a_meeting_without_the_traveller_is_another_story():
    t = ("Somali President Hassan Sheikh Mohamud arrived in Kigali on Sunday. "
         "On the sidelines, Ugandan President Yoweri Museveni criticised Kenyan President William Ruto.")
    assert ("Ruto", "RW") not in stops_of(t, D)
