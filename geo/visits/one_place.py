"""Where is the traveller on the day of writing? In one country at a time.

A report written during a trip places the traveller at one stop on the day of writing ("Clinton arrived in
Kenya on Wednesday at the start of an 11-day tour"), and names the trip's other stops without a day of their
own, often with no tense either ("Other countries to be visited during her tour include South Africa,
Nigeria and Angola"; "visits to the Middle East, which include Qatar and Israel"). A bare trip noun reads as
under way, but the traveller cannot be under way in two countries at once: those other stops are the trip's
other legs, and a leg not told in the past is still ahead.

:func:`one_place` reads this for the visits of one document: a visit read as ``ongoing`` with no day of its
own, of a traveller who is under way in another country on a day told (the day of writing or the day before),
is ``planned``, or ``completed`` when its sentence tells it in the past ("began his trip in Rome"). A stop of
the traveller's own country is left alone (going home is no leg abroad).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from geo.leaders import surname
from geo.status import tense
from geo.text import where_told
from geo.values import Visit

__all__ = ["one_place"]


def one_place(visits: Sequence[Visit], text: str, published: dt.date | None) -> list[Visit]:
    """``visits`` with each undated stop read as under way, while the traveller is under way elsewhere on a
    day told, moved to the trip's other legs: ``planned``, or ``completed`` when told in the past.

    Examples
    --------
    >>> d = dt.date(2009, 8, 5)
    >>> t = "Clinton arrived in Kenya on Wednesday. Her tour includes South Africa and Nigeria."
    >>> here = Visit("Hillary Clinton", "US", None, "KE", None, None, None, d, None, "ongoing", "a",
    ...              "Clinton arrived in Kenya on Wednesday.", 0.9)
    >>> leg = Visit("Hillary Clinton", "US", None, "ZA", None, None, None, None, None, "ongoing", "a",
    ...             "Her tour includes South Africa and Nigeria.", 0.7)
    >>> [v.status for v in one_place([here, leg], t, d)]
    ['ongoing', 'planned']
    """
    if published is None:
        return list(visits)
    now: dict[str, set[str]] = defaultdict(set)  # the countries where each traveller is, on a day told
    for v in visits:
        if v.status == "ongoing" and v.start_date is not None and (published - v.start_date).days in (0, 1):
            now[surname(v.traveler)].add(v.country)
    if not now:
        return list(visits)
    out = list(visits)
    for i, v in enumerate(out):
        if v.status != "ongoing" or v.start_date is not None or v.country == v.traveler_country:
            continue
        if not now.get(surname(v.traveler), set()) - {v.country}:
            continue
        lo = where_told(text, v.evidence or "")
        past = lo >= 0 and tense(text, lo, lo + len(v.evidence or "")) == "past"
        out[i] = dataclasses.replace(v, status="completed" if past else "planned")
    return out
