"""The stop before, told by its name at the head of the sentence, when the traveller's title names a
country, in sentences of our own.

"After Ghana, Ruto heads to Senegal" puts Ruto in Ghana first. When the traveller is named with a
title that holds a country ("After Ghana, US Vice President Harris ...", "After Kenya, South Africa's
President ..."), that country is part of the name, not one more stop, and the stop before is still read.
"""

from __future__ import annotations

import datetime as dt

from .conftest import stops_of

D = dt.date


def test_a_title_with_a_country_after_the_stop():
    text = "After Ghana, US Vice President Kamala Harris will travel to Tanzania and then Zambia."
    stops = stops_of(text, D(2023, 3, 25))
    assert ("Harris", "GH") in stops and ("Harris", "US") not in stops


def test_two_stops_before_and_a_possessive_title():
    text = "After Kenya and Uganda, South Africa's President Cyril Ramaphosa will fly to Egypt."
    assert {("Ramaphosa", "KE"), ("Ramaphosa", "UG"), ("Ramaphosa", "EG")} <= stops_of(text, D(2023, 3, 25))


def test_a_country_that_is_the_subject_is_no_traveller():
    text = "After Ghana, Nigeria will host the summit of West African leaders."
    assert stops_of(text, D(2023, 3, 25)) == set()
