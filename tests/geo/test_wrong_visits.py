"""Wrong visits that the map must not draw: a companion put on a stop his leader has left, a day of the
saying given to the visit said about. Sentences of our own."""

from __future__ import annotations

import datetime as dt

from .conftest import trips_of

SUNDAY_AFTER = dt.date(2017, 7, 24)  # a Monday
ARRIVED = ("President Jan Kowal arrived in Kuwait late Sunday after holding talks with King Salman in "
           "Saudi Arabia. ")


def _where(text: str, surname: str, published: dt.date = SUNDAY_AFTER) -> set[str]:
    return {v.country for v in trips_of(text, published) if v.traveler.split()[-1] == surname}


def test_companion_told_in_present_is_on_the_stay_under_way():
    text = ARRIVED + "Kowal is being accompanied by a delegation that includes Foreign Minister Adam Nowak."
    assert _where(text, "Nowak") == {"KW"}
    assert _where(text, "Kowal") == {"KW", "SA"}


def test_companion_is_accompanied_by():
    assert _where(ARRIVED + "Kowal is accompanied by Foreign Minister Adam Nowak.", "Nowak") == {"KW"}


def test_delegation_accompanying_includes():
    text = ARRIVED + "The delegation accompanying Kowal includes Foreign Minister Adam Nowak."
    assert _where(text, "Nowak") == {"KW"}


def test_companion_told_in_past_shares_every_stop():
    text = ("President Jan Kowal visited Saudi Arabia and Kuwait last week. Kowal was accompanied by "
            "Foreign Minister Adam Nowak.")
    assert _where(text, "Nowak") == {"SA", "KW"}
