"""A trip to "there" goes to the place of the visit told just before: "Dung plans to travel there in the autumn".

Sentences of our own.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of, visits_of

D = dt.date(2023, 5, 10)


def test_travel_there_in_the_same_sentence():
    t = ("President Nguyen Van An is expected to visit the United States this summer, and Prime Minister "
         "Tran Duc Minh plans to travel there in the autumn.")
    assert ("Minh", "US") in stops_of(t, D)


def test_go_there_in_the_next_sentence():
    t = ("Kenyan President William Ruto visited Japan in February. Foreign Minister Musalia Mudavadi will "
         "travel there next month.")
    assert ("Mudavadi", "JP") in stops_of(t, D)


def test_will_not_travel_there_is_no_trip():
    t = ("Kenyan President William Ruto visited Japan in February. Foreign Minister Musalia Mudavadi will "
         "not travel there this year.")
    assert ("Mudavadi", "JP") not in stops_of(t, D)
    assert all(v.status == "cancelled" for v in visits_of(t, D) if v.traveler.endswith("Mudavadi"))


def test_one_of_the_place_flying_there_is_at_home():
    t = ("Kenyan President William Ruto visited Japan in February. Japanese Prime Minister Fumio Kishida "
         "flew there from Osaka.")
    assert ("Kishida", "JP") not in stops_of(t, D)
