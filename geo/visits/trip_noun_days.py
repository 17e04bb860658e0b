"""The day a sentence about the trip itself gives: "The visit began on Monday", "The two-day visit, which began
on Monday, ...", "The visit is scheduled for May 20", "during his visit from September 7-9".

A story tells a trip in one sentence ("Ruto is visiting Ghana") and its day in another, right after the trip's
own noun: as the subject of its start or schedule at the head of the sentence, or as the span that follows
the noun anywhere ("the visit, from March 4 to 6", "her stay between 3 and 5 May"). One rule reads both:
:func:`days_of_the_trip` runs from :func:`geo.visits.told_days.days_told_elsewhere`; every date expression and
its resolution stay in :mod:`geo.dates`.
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
#: The trip's own noun anywhere in its sentence, then its span: "during his visit from September 7-9", "the
#: visit, from March 4 to 6", "her stay here between 3 and 5 May".
_TRIP_SPAN = re.compile(r"(?=[ht])\b(?:his|her|their|the)\s+(?:[\w\-]+\s+){0,3}?" + alternation(TRIP_OWN)
                        + r",?\s+(?:here\s+|there\s+)?(?:from|between)\s+", re.I)
#: Words one of which every match of either pattern holds (lower case).
_WORDS = ("begin", "began", "begun", "start", "kick", "place", "held", "for", "from", "between")
#: The verbs of a start or a holding gone by: the day they govern is read as past.
_GONE = re.compile(r"\b(?:began|begun|started|kicked|took|(?:was|were)\s+held)\b", re.I)


def _told(text: str, s0: int, s1: int):
    """The matches of the two patterns in the sentence ``text[s0:s1]``, in order."""
    m = _TRIP_BEGINS.match(text, s0, s1)
    if m is not None:
        yield m
    yield from _TRIP_SPAN.finditer(text, s0, s1)


def days_of_the_trip(text: str, sentences, ms_of, visits: list[Visit], published: dt.date | None) -> list[Visit]:
    """The visits, the story's one undated trip with the day a sentence about the trip itself gives.

    Only a story whose undated trips are one traveller's to one country, whom it sends nowhere else; the
    sentence names no place of another country, and its day (a single day or a span of at most two weeks,
    not a whole week) comes right after the trip's words and agrees with the visit's status: a trip told as
    ahead keeps a day after the publication day, one under way or over a day up to it (else the day is
    another trip's and the visit stays undated); a trip ahead whose day is the publication day, or whose
    span runs through it, is under way (the GUIDE's first day).

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
    status = next(v.status for v in visits if (v.traveler, v.country) == (who, host) and v.start_date is None
                  and v.status != "cancelled")
    for k, (s0, s1) in enumerate(sentences):
        for m in _told(text, s0, s1):
            if any(x.country not in (host, None) for x in ms_of[k] if x.kind != "demonym"):
                break
            if m.re is _TRIP_BEGINS:
                when = "past" if _GONE.search(m.group(0)) else "future"
            else:  # a span with no verb of its own: the way the visit is told
                when = "future" if status == "planned" else "past"
            told = find_dates(text[m.end():min(s1, m.end() + 40)], published, tense=when)
            if not told or told[0].offset != 0 or a_whole_week(told[0]) \
                    or told[0].end - told[0].start > dt.timedelta(days=14):
                continue
            return _dated(visits, who, host, told[0], published, s0)
    return visits


def _dated(visits: list[Visit], who: str, host: str, d, published: dt.date, at: int) -> list[Visit]:
    """The visits, the undated one of ``who`` to ``host`` with the days ``d``, if they agree with its status."""
    out = []
    for v in visits:
        if (v.traveler, v.country) == (who, host) and v.start_date is None and v.status != "cancelled":
            status = v.status
            if d.start > published and status != "planned" or d.end < published and status == "planned":
                return visits  # "is visiting Ghana. The visit is scheduled for May 20": not this trip's day
            if d.start <= published and status == "planned":
                status = "ongoing"  # the first day is today, or the span runs through it
            v = dataclasses.replace(v, start_date=d.start, end_date=d.end if d.end != d.start else None,
                                    status=status, how=f"{v.how}; day: {d.text} (the trip's own, told at {at})")
        out.append(v)
    return out
