"""The day a sentence about the trip itself gives: "The visit began on Monday", "The two-day visit, which began
on Monday, ...", "The visit is scheduled for May 20", "His trip will take place on May 20 and 21".

A story tells a trip in one sentence ("Ruto is visiting Ghana") and its day in another whose subject is the
trip's own noun. :func:`days_of_the_trip` runs from :func:`geo.visits.told_days.days_told_elsewhere`; every
date expression and its resolution stay in :mod:`geo.dates`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from geo.dates import find_dates
from geo.text import fold_case, has_word
from geo.values import Visit
from geo.visit_day import a_whole_week
from geo.wordlists import TRIP_OWN, alternation

__all__ = ["days_of_the_trip"]

#: The trip's own noun opening its sentence, with a determiner and at most a few words of kind or length
#: ("The visit", "His two-day state visit", "Ruto's trip"), then its start or its schedule, maybe after an
#: aside ("The visit, which began on Monday,"), right before the day.
_TRIP_BEGINS = re.compile(
    r"\s*(?:(?:The|His|Her|Their|This)\s+|[A-Z][\w\-]+(?:’s|'s)\s+)(?:[\w\-]+\s+){0,3}?" + alternation(TRIP_OWN)
    + r"\s*,?\s+(?:which\s+|that\s+)?(?:(?:will|is|was|has|had)\s+(?:been\s+)?"
    r"(?:(?:due|set|scheduled|expected|slated|planned)\s+(?:to\s+)?)?)?"
    r"(?:begins?|began|begun|starts?|started|kicks?\s+off|kicked\s+off|takes?\s+place|took\s+place|"
    r"(?:be\s+)?held|for)\s+(?:on\s+|from\s+|in\s+)?", re.I)
#: Words one of which every match of :data:`_TRIP_BEGINS` holds (lower case).
_WORDS = ("begin", "began", "begun", "start", "kick", "place", "held", "for")


def days_of_the_trip(text: str, sentences, ms_of, visits: list[Visit], published: dt.date | None) -> list[Visit]:
    """The visits, the story's one undated trip with the day a sentence about the trip itself gives.

    Only a story whose undated trips are one traveller's to one country; the sentence names no place of
    another country, and its day (a single day or a span of at most two weeks, not a whole week) agrees with
    the visit's status: a trip told as ahead keeps a day after the publication day, one under way or over a
    day up to it; a trip ahead whose day is the publication day is under way (the GUIDE's first day).

    Examples
    --------
    >>> days_of_the_trip("x", [], [], [], None)
    []
    """
    undated = {(v.traveler, v.country) for v in visits if v.start_date is None and v.status != "cancelled"}
    if published is None or len(undated) != 1 or not has_word(fold_case(text), _WORDS, 0, len(text)):
        return visits
    (who, host), = undated
    if any(v.traveler == who and v.country != host and v.status != "cancelled" for v in visits):
        return visits  # a traveller with two stops: "the visit" may be either's
    for k, (s0, s1) in enumerate(sentences):
        m = _TRIP_BEGINS.match(text, s0, s1)
        if m is None or any(x.country not in (host, None) for x in ms_of[k] if x.kind != "demonym"):
            continue
        told = find_dates(text[m.end():min(s1, m.end() + 40)], published,
                          tense="past" if re.search(r"\b(?:began|begun|started|kicked|took)\b", m.group(0)) else "future")
        if not told or told[0].offset != 0 or a_whole_week(told[0]) or told[0].end - told[0].start > dt.timedelta(days=14):
            continue
        d = told[0]
        out = []
        for v in visits:
            if (v.traveler, v.country) == (who, host) and v.start_date is None and v.status != "cancelled":
                status = v.status
                if d.start > published and status != "planned" or d.start < published and status == "planned":
                    return visits  # "is visiting Ghana. The visit is scheduled for May 20": not this trip's day
                if d.start == published and status == "planned":
                    status = "ongoing"
                v = dataclasses.replace(v, start_date=d.start, end_date=d.end if d.end != d.start else None,
                                        status=status, how=f"{v.how}; day: {d.text} (the trip's own, told at {s0})")
            out.append(v)
        return out
    return visits
