"""Is the traveller still at a stop told in the past, because the trip's next stop is still ahead?

A news report written during a trip tells the day's events in the past ("met his Ugandan counterpart in
Kampala on Saturday") and the trip's next leg in the future ("will travel to Nigeria tomorrow"). Nothing in
the past verb ends the stay: the traveller is still at the stop until the next leg begins, so a reader takes
that stop to be under way on the day of writing. It is over only when the text says so ("wrapped up",
"left", "returned home"), or when a later stop has been reached.

:func:`still_there` reads this for the visits of one document: a stop told as over, on the day of writing or
the day before, of a traveller whose next stop is dated on one of the two days after the day of writing, and
who has reached no other stop since, is under way. A next stop told only by a week or a month ("next week he
is due in Buenos Aires") says nothing of when this one ends.

The same holds within one stay: "arrived in Washington on Sunday for a state visit ... Ruto will be hosted by
Biden at the White House on Thursday", told on the Tuesday - a stay opened in the days before the day of
writing, with a day of it still ahead and no other country reached since, is under way ("will return to
France" is another trip, not a day of this one).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from geo.dates import today_or_yesterday
from geo.trip_span import STAY_DAYS
from geo.values import Visit

__all__ = ["still_there"]

#: Words that end a stay or tell it from after its end: "wrapped up", "left", "returned home", "after his visit".
_ENDED = re.compile(r"\b(?:wrap(?:ped|s)?\s+up|wound\s+up|wind(?:s)?\s+up|conclud(?:ed|es|ing)|end(?:ed|s|ing)|"
                    r"left|leav(?:es|ing)|depart(?:ed|s|ing|ure)|return(?:ed|s|ing)|back\s+(?:home|from|in)|"
                    r"after|following|farewell|final\s+day|last\s+day|capp(?:ed|ing)|complet(?:ed|es|ing)|"
                    r"flew\s+(?:home|back|on|out)|headed\s+(?:home|back|on))\b", re.I)
#: The last day after the day of writing on which the next stop may begin and still tell this one under way.
_NEXT_WITHIN = 2


def still_there(visits: Sequence[Visit], published: dt.date | None) -> list[Visit]:
    """``visits`` with each stop that the traveller has not yet left marked under way.

    A visit told as ``completed`` that began on ``published`` or the day before, and whose evidence tells no
    end, is ``ongoing`` when the same traveller has a planned visit to another country that begins after it, on a
    day told (not only a week or a month) one or two days after ``published``, and no visit to another country reached since.

    Examples
    --------
    >>> d = dt.date(2024, 1, 20)
    >>> met = Visit("S Jaishankar", "IN", None, "UG", "Kampala", None, None, d, d, "completed", "a",
    ...             "Jaishankar met his Palestinian counterpart in Kampala on Saturday.", 0.9)
    >>> ahead = Visit("S Jaishankar", "IN", None, "NG", None, None, None, dt.date(2024, 1, 21), None, "planned",
    ...               "a", "The minister will travel to Nigeria tomorrow.", 0.9)
    >>> [v.status for v in still_there([met, ahead], d)]
    ['ongoing', 'planned']
    >>> left = dataclasses.replace(met, evidence="Jaishankar left Kampala on Saturday after talks.")
    >>> [v.status for v in still_there([left, ahead], d)]
    ['completed', 'planned']
    """
    if published is None or not any(v.status == "planned" for v in visits):
        return list(visits)
    out = list(visits)
    for i, v in enumerate(out):
        if v.status != "completed" or v.start_date is None or v.country == v.traveler_country \
                or (v.end_date is not None and v.end_date < v.start_date) \
                or _ENDED.search(v.evidence or "") or "left" in (v.how or ""):
            continue
        if _stay_goes_on(v, visits, published):
            out[i] = dataclasses.replace(v, status="ongoing", how=f"{v.how}; still there, the stay goes on"
                                         if v.how else "still there, the stay goes on")
            continue
        if not today_or_yesterday(v.start_date, published):
            continue
        mine = [w for w in visits if w.traveler == v.traveler and w.country != v.country]
        if any(w.status in ("ongoing", "completed") and w.start_date is not None and w.start_date > v.start_date
               for w in mine) or any(w.status == "ongoing" for w in mine):
            continue  # a later stop reached: this one is over
        if any(w.status == "planned" and w.start_date is not None and v.start_date < w.start_date
               and 0 < (w.start_date - published).days <= _NEXT_WITHIN
               and not _frame(w) for w in mine):
            out[i] = dataclasses.replace(v, status="ongoing", how=f"{v.how}; still there, the next stop ahead"
                                         if v.how else "still there, the next stop ahead")
    return out


#: A verb that opens a stay, told in the past: "arrived in", "landed in", "flew to", "began his visit".
_OPENED = re.compile(r"\b(?:arrived|landed|touched\s+down|flew\s+(?:in)?to|reached|began|started|kicked\s+off|"
                     r"embarked)\b", re.I)
#: A later trip to the same country, not a later day of the same stay: "will return to France", "again".
_ANOTHER_TRIP = re.compile(r"\b(?:return|returns|returning|again|another|next\s+(?:visit|trip))\b", re.I)


def _stay_goes_on(v: Visit, visits: Sequence[Visit], published: dt.date) -> bool:
    """Was ``v`` (told as over) a stay opened in the days before ``published`` ("arrived in Washington on
    Sunday"), with a day of the same stay still ahead ("Ruto will be hosted by Biden at the White House on
    Thursday") and no other country reached since? Then the traveller is still there."""
    if not 0 < (published - v.start_date).days <= STAY_DAYS or not _OPENED.search(v.evidence or ""):
        return False
    mine = [w for w in visits if w.traveler == v.traveler]
    if any(w.country != v.country and w.status in ("ongoing", "completed") and w.start_date is not None
           and w.start_date > v.start_date for w in mine):
        return False  # a later stop reached: this one is over
    return any(w.country == v.country and w.status == "planned" and w.start_date is not None
               and 0 <= (w.start_date - published).days <= STAY_DAYS and not _frame(w)
               and not _ANOTHER_TRIP.search(w.evidence or "") for w in mine)


def _frame(v: Visit) -> bool:
    """Is the visit dated only by a frame ("next week", "in October"), not by a day of its own?"""
    return v.end_date is not None and v.start_date is not None and (v.end_date - v.start_date).days >= 6
