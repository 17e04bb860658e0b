"""The day of a visit told only by the day of its meeting with a person of the host country, in another
sentence, in sentences of our own ("Baerbock will travel to Moscow. Sergei Lavrov will meet Baerbock on
Friday."): the person's country comes from the leaders table, not from a place word; a meeting day that
disagrees with how the trip is told, or one in a third country, dates nothing.
"""

from __future__ import annotations

import datetime as dt

from .conftest import trip_to

WED = dt.date(2024, 5, 15)  # a Wednesday


def test_a_meeting_ahead_dates_a_trip_ahead():
    text = ("German Foreign Minister Annalena Baerbock will travel to Moscow. "
            "Sergei Lavrov will meet Baerbock on Friday.")
    v = trip_to(text, WED, "Baerbock", "RU")
    assert (v.start_date, v.status) == (dt.date(2024, 5, 17), "planned")


def test_reported_talks_ahead_date_a_trip_ahead():
    text = ("German Foreign Minister Annalena Baerbock will travel to Moscow. "
            "The Kremlin said Lavrov would hold talks with Baerbock on Friday.")
    assert trip_to(text, WED, "Baerbock", "RU").start_date == dt.date(2024, 5, 17)


def test_talks_gone_by_date_a_trip_gone_by():
    text = ("German Foreign Minister Annalena Baerbock visited Russia. "
            "Baerbock held talks with Sergei Lavrov on Monday.")
    v = trip_to(text, WED, "Baerbock", "RU")
    assert (v.start_date, v.status) == (dt.date(2024, 5, 13), "completed")


def test_a_meeting_gone_by_does_not_date_a_trip_ahead():
    text = ("German Foreign Minister Annalena Baerbock will travel to Moscow. "
            "Baerbock met Sergei Lavrov on Tuesday.")
    assert trip_to(text, WED, "Baerbock", "RU").start_date is None


def test_a_meeting_in_a_third_country_does_not_date_the_trip():
    text = ("German Foreign Minister Annalena Baerbock visited Russia. "
            "Baerbock met Sergei Lavrov in Geneva on Monday.")
    assert trip_to(text, WED, "Baerbock", "RU").start_date is None
