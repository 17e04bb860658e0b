"""A day told as the first of a stay of no length told has a second after it: "met Trump in Washington on Monday,
the first day of his state visit", told on the Tuesday, is under way. Sentences of our own
(geo.visits.told_days.first_day_of).
"""

from __future__ import annotations

import datetime as dt

from tests.geo.conftest import trip_to

TUESDAY = dt.date(2018, 4, 24)


def test_the_first_day_told_yesterday_is_under_way():
    t = "French President Emmanuel Macron met Donald Trump in Washington on Monday, the first day of his state visit."
    assert trip_to(t, TUESDAY, "Macron", "US").status == "ongoing"


def test_on_the_first_day_fronted_is_under_way():
    t = ("On the first day of his state visit to the United States on Monday, French President Emmanuel Macron "
         "planted a tree with Donald Trump.")
    assert trip_to(t, TUESDAY, "Macron", "US").status == "ongoing"


def test_the_last_day_told_yesterday_is_over():
    t = ("French President Emmanuel Macron held talks with Donald Trump in Washington on Monday, "
         "the last day of his state visit.")
    assert trip_to(t, TUESDAY, "Macron", "US").status == "completed"

