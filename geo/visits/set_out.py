"""A trip that has set out: its first stop, reached on the publication day, is under way.

"Prime Minister Modi on Saturday morning left for a five-nation tour that will take him to
Afghanistan ... he will reach Herat in the afternoon", told on that Saturday: the arrival is still
ahead by the clock, but the trip is under way on the day of the story. :func:`set_out` runs once a
document's visits are read (from :func:`geo.visits.told_days.days_told_elsewhere`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from geo.status import tense
from geo.text import fold_case, has_word, negated
from geo.values import Visit
from geo.visit_day import visit_date

__all__ = ["set_out"]

#: Setting out, told as done: "left for a tour", "departed Europe", "set off", "embarked on".
_SET_OUT = re.compile(r"\b(?:(?:has|have|had)\s+)?(?:left|departed|set\s+(?:off|out)|embarked|kicked\s+off)\b", re.I)
_WORDS = ("left", "departed", "set", "embarked", "kicked")


def set_out(text: str, sentences, people_of, visits: list[Visit], published: dt.date | None) -> list[Visit]:
    """The visits, with the first stop of a traveller who set out on the publication day made under way.

    A sentence names the traveller before the setting-out words, told in the past with a day that is
    the publication day ("on Saturday morning left for", "departed on Thursday"). That traveller's
    planned stop dated that same day, the earliest of their dated stops, is ``ongoing``; a later leg
    ("later Monday flies on to Abuja", after a stop dated before) is not, nor is anything when the
    traveller is already under way elsewhere.

    Examples
    --------
    >>> set_out("x", [], [], [], None)
    []
    """
    if published is None or not any(v.status == "planned" and v.start_date == published for v in visits) \
            or not has_word(fold_case(text), _WORDS, 0, len(text)):
        return visits
    left: set[str] = set()
    for k, (s0, s1) in enumerate(sentences):
        for m in _SET_OUT.finditer(text, s0, s1):
            who = [p for p in people_of[k] if p.name and p.end <= m.start()]
            if not who or negated(text, s0, m.start()) or tense(text, max(s0, m.start() - 30), m.end()) != "past":
                continue
            d = visit_date(text, (s0, s1), (m.start(), m.end()), published, "past")
            if d is not None and d.start == d.end == published:
                left.add(who[-1].name)
    # one traveller reaches one country on the day he sets out: several told for that day are the stops of a
    # tour's list ("his arrival in Indonesia, which will be followed by visits to Vietnam, Thailand and Italy")
    firsts = [v for v in visits if v.traveler in left and v.status == "planned" and v.start_date == published]
    countries: dict[str, set[str]] = {}
    for v in firsts:
        countries.setdefault(v.traveler, set()).add(v.country)
    out = []
    for v in visits:
        if v.traveler in left and v.status == "planned" and v.start_date == published \
                and len(countries[v.traveler]) == 1 and _first_stop(v, visits):
            v = dataclasses.replace(v, status="ongoing", how=f"{v.how}; set out that day")
        out.append(v)
    return out


def _first_stop(v: Visit, visits: list[Visit]) -> bool:
    """Is ``v`` its traveller's earliest dated stop, with no other stay of theirs already under way?"""
    for w in visits:
        if w.traveler != v.traveler or w.country == v.country or w.status == "cancelled":
            continue
        if w.status in ("ongoing", "completed") and w.start_date is not None and w.start_date >= v.start_date \
                - dt.timedelta(days=15):
            return False
        if w.start_date is not None and w.start_date < v.start_date:
            return False
    return True
