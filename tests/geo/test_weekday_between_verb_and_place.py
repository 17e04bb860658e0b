"""A weekday told between the verb of travel and its place, the wire's way, in sentences of our own.

Agency copy drops the "on" and puts the day right after the verb: "will travel Saturday to Japan",
"flew Thursday to Ankara", "will fly Sunday to Seoul". The stop is a plain trip of the subject, on that
day, not a loose reading of the words around it; a weekday that is no day of travel ("Monday to Friday")
names no place and gives no trip.
"""

from __future__ import annotations

import datetime as dt

from .conftest import visits_of

D = dt.date


def trips_of(text, published):
    """The trips read firmly (confidence 0.5 or more: what ``--min-confidence 0.5`` keeps)."""
    return [v for v in visits_of(text, published, min_confidence=0.5) if v.status != "cancelled"]


def found(text, published):
    return {(v.traveler.split()[-1], v.country, v.start_date, v.status) for v in trips_of(text, published)}


def test_will_travel_saturday_to():
    text = "Brazilian President Luiz Inacio Lula da Silva will travel Saturday to Portugal."
    assert ("Silva", "PT", D(2023, 4, 22), "planned") in found(text, D(2023, 4, 19))


def test_flew_thursday_to_a_capital():
    text = "Spanish Foreign Minister Jose Manuel Albares flew Thursday to Rabat for talks."
    assert ("Albares", "MA", D(2023, 4, 13), "completed") in found(text, D(2023, 4, 15))


def test_the_next_leg_keeps_its_own_weekday():
    text = ("German Chancellor Olaf Scholz will make a stop Friday in Lisbon and then travel Sunday "
            "to Brazil.")
    brazil = [v for v in trips_of(text, D(2023, 4, 19)) if v.country == "BR"]
    assert brazil and brazil[0].start_date == D(2023, 4, 23)


def test_fly_sunday_to_the_next_stop_after_a_stay():
    text = "Japanese Prime Minister Fumio Kishida will fly Sunday to Seoul after two days in Manila."
    assert ("Kishida", "KR", D(2023, 4, 23), "planned") in found(text, D(2023, 4, 19))


def test_a_span_of_weekdays_is_no_trip():
    text = "US President Joe Biden will travel Monday to Friday across three states."
    assert not found(text, D(2023, 4, 19))
