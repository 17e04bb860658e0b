"""Earlier visits told by "follows visits by ...": each one named there came, whatever the text says of his country.

Sentences of our own: an international official (UN, EU) has no country in the text, yet "visits by" tells that
he visited. The place's own people are still no visitors of it.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date(2023, 5, 10)


def test_an_international_official_in_earlier_visits():
    t = ("US Secretary of State Antony Blinken arrived in Kyiv on Wednesday. His trip follows recent visits by "
         "UN Secretary-General Antonio Guterres.")
    assert ("Guterres", "UA") in stops_of(t, D)


def test_a_host_named_in_earlier_visits_is_still_no_visitor():
    t = ("US Secretary of State Antony Blinken arrived in Kyiv on Wednesday. His trip follows recent visits by "
         "Ukrainian Prime Minister Denys Shmyhal to several capitals.")
    assert ("Shmyhal", "UA") not in stops_of(t, D)
