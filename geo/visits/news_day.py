"""An arrival told with no day is the news of the day the story appeared.

"Tokayev arrived in Uzbekistan on an official visit", "the planes carrying Abe and Trudeau
landed", a guest in a list of arrivals: news tells an arrival the day it happens or the next morning, and gives no day because
the day is the story's own. A visit read as under way from such an arrival, with no day from its
own sentence or any other (:func:`geo.visits.told_days.days_told_elsewhere` runs first), takes the
publication day; the scorer's and the map's one-day tolerance covers wire copy written the day
before. An arrival told as background ("had arrived", "once landed") is not under way and keeps no day,
nor does one timed from another event ("a day after he arrived"), and a stay that another report of the
same story dates keeps that report's day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from geo.values import Visit

__all__ = ["arrived_that_day"]

#: The cue of a visit told by an arrival, as its ``how`` starts: "travel: arrived in", "arrival: landed",
#: "here: landed here", "attend: arrived at the", "setting: landed" (an arrival read against the story's setting:
#: "the planes carrying Abe and Trudeau all landed at the airport"); not "arrival: are also in the country",
#: "travel: is in".
_ARRIVED_HOW = re.compile(r"(?:travel|arrival|here|attend|setting):\s+(?:(?:has|have)\s+(?:just\s+|now\s+)?)?"
                          r"(?:arrived|landed|reached|touched\s+down)\b|"
                          # an arrival told as such, whatever its verb: "Draghi ... travelled together" (not
                          # "Among the arrivals expected later", which is no stay under way)
                          r"arrival:(?![^;]*\bexpected\b)")


#: An arrival told in a clause that times it from another event: "a day after he arrived in Moscow", "since
#: arriving", "when she landed": its day is that event's business, not the story's.
_SUBORDINATE_ARRIVAL = re.compile(r"\b(?:after|since|before|when|once|until|upon|on)\s+(?:[\w’'\-]+\s+){0,3}?"
                                  r"(?:had\s+)?(?:arrived|arriving|landed|landing|reached|reaching)\b", re.I)


def arrived_that_day(visits: list[Visit], published: dt.date | None) -> list[Visit]:
    """The visits, each undated one under way that an arrival tells dated to ``published``.

    Examples
    --------
    >>> from geo.values import Visit
    >>> v = Visit("Kassym-Jomart Tokayev", "KZ", None, "UZ", None, None, None, None, None, "ongoing", "d",
    ...           "Tokayev arrived in Uzbekistan.", 0.9, how="travel: arrived in")
    >>> [str(w.start_date) for w in arrived_that_day([v], dt.date(2024, 4, 5))]
    ['2024-04-05']
    """
    if published is None:
        return visits
    # a stay another report of the story dates is dated by that report (the merge keeps its day and status)
    dated = {(v.traveler.split()[-1], v.country) for v in visits if v.start_date is not None and v.traveler}
    out = []
    for v in visits:
        if v.start_date is None and v.status == "ongoing" and v.how and _ARRIVED_HOW.match(v.how) \
                and (v.traveler.split()[-1] if v.traveler else "", v.country) not in dated \
                and not _SUBORDINATE_ARRIVAL.search(v.evidence or ""):
            v = dataclasses.replace(v, start_date=published, end_date=published,
                                    how=f"{v.how}; day: the story's own (an arrival told with no day)")
        out.append(v)
    return out
