"""The stop before, told by the gathering held there at the head of the sentence, in sentences of our own.

"After the NATO summit in Vilnius, Biden will fly to Helsinki": the summit's place is the stop before
the next one, as "After Ghana, Ruto heads to Senegal" is. Only one who goes on from there was at the
gathering: "After the summit in Vilnius, Putin said ..." tells no trip, and an event that is no
gathering ("After the election in Turkey, ...") is no stop.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date


def test_after_the_summit_in_a_city_then_the_next_stop():
    text = "After the Commonwealth summit in Kigali, British Prime Minister Boris Johnson will fly to Germany."
    assert {("Johnson", "RW"), ("Johnson", "DE")} <= stops_of(text, D(2022, 6, 20))


def test_following_the_talks_in_a_capital_told_as_over():
    text = "Following the talks in Ankara, Swedish Foreign Minister Tobias Billstrom travelled to Finland."
    assert ("Billstrom", "TR") in stops_of(text, D(2022, 6, 20))


def test_one_who_only_speaks_after_the_summit_was_not_there():
    text = "After the Commonwealth summit in Kigali, Russian President Vladimir Putin said the bloc was weak."
    assert ("Putin", "RW") not in stops_of(text, D(2022, 6, 20))


def test_an_event_that_is_no_gathering_is_no_stop():
    text = "After the election in Colombia, Brazilian President Luiz Inacio Lula da Silva will fly to Chile."
    assert ("Silva", "CO") not in stops_of(text, D(2022, 6, 20))
