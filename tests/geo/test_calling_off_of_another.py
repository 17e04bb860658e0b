"""A calling-off belongs to the one who stays away, not to who goes in his place, in sentences of our own."""

from __future__ import annotations

import datetime as dt

from .conftest import visits_of

D = dt.date(2023, 9, 4)


def trips(text: str) -> set[tuple[str, str, str]]:
    return {(v.traveler.split()[-1], v.country, v.status) for v in visits_of(text, D)}


def test_a_stand_in_is_not_called_off_by_the_one_who_stays_away():
    got = trips("Chinese President Xi Jinping will not attend the G20 Summit in New Delhi this week, and the country "
                "will be represented by Premier Li Qiang instead.")
    assert ("Qiang", "IN", "planned") in got


def test_a_trip_called_off_by_a_noun_stays_called_off_whoever_announced_it():
    got = trips("Malaysian Prime Minister Mahathir Mohamad announced the postponement of the visit to Malaysia by "
                "Indonesian President Joko Widodo.")
    assert not [g for g in got if g[0] == "Widodo" and g[2] != "cancelled"]
