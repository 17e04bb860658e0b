"""One who escorts a visitor on an outing of a stay told before is of the hosts, unless told as his own.

Sentences of our own: the visitor's arrival first, then an outing during the stay "accompanied by" an official
of no told country: a host's escort, not a companion. A companion told with the arrival, or as "his", keeps
the visit.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2023, 5, 10)
LEAD = "Kenyan President William Ruto arrived in Tokyo on Monday. "


def test_escort_on_an_outing_is_a_host():
    t = LEAD + "On Tuesday he toured a hydrogen plant in Fukushima, accompanied by Trade Minister Yasutoshi Nishimura."
    assert ("Nishimura", "JP") not in stops_of(t, D)


def test_his_own_companion_on_an_outing_keeps_the_visit():
    t = LEAD + "On Tuesday he toured a hydrogen plant in Fukushima, accompanied by his adviser Peter Odhiambo."
    assert ("Odhiambo", "JP") in stops_of(t, D)


def test_companion_told_with_the_arrival_keeps_the_visit():
    t = ("Kenyan President William Ruto arrived in Tokyo on Monday, accompanied by Trade Secretary "
         "Peter Odhiambo.")
    assert ("Odhiambo", "JP") in stops_of(t, D)
