"""What a calling-off reaches: the trips a document says were called off, and every leg of them.

:func:`called_off` finds, sentence by sentence, who had a trip called off ("had been due to visit Canada
but called it off", "his visit to the United States got postponed") and the days it names;
:func:`cancel_legs` then marks cancelled every planned stop of that trip, sparing a stop told afterwards
as a firm plan of its own or dated away from those days. :func:`geo.visits.document.visits_in_document`
runs both once a document's visits are read.

The words are :mod:`geo.cancel_words`'s (the calling-off through :func:`geo.status.cancel_in`, a trip still on,
its new days); the scope is this module's own: a calling-off that names no place reaches the traveller's
planned legs across the document, where :func:`geo.status.is_cancelled` reaches only the clause it stands in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from geo.cancel_words import CONTRAST, GOING_AHEAD, NEW_DAYS, STILL_ON
from geo.dates import find_dates
from geo.status import cancel_in, tense, was_planned
from geo.text import sentence_starts, where_told
from geo.values import Visit
from geo.visits.context import eligible
from geo.wordlists import REPORTING_CALLED_OFF, REPORTING_CALLED_OFF_AFTER, TRIP_CALLED_OFF, alternation

__all__ = ["CallOff", "called_off", "cancel_legs"]

_TRIP_NOUN = re.compile(r"\b" + alternation(TRIP_CALLED_OFF) + r"\b", re.I)


def called_off(text: str, sentences, people_of, published: dt.date | None = None) -> dict[str, list[CallOff]]:
    """Travellers whose trip a sentence calls off without naming where: "Pompeo canceled his trip", each
    with where that sentence is and the days it gives ("scheduled to visit in January, but was forced to
    cancel" calls off the January trip, not the one told for July)."""
    out: dict[str, list[CallOff]] = {}
    for k, (s0, s1) in enumerate(sentences):
        c = cancel_in(text, s0, s1)
        trip = _TRIP_NOUN.search(text, max(s0, c.start() - 200), min(s1, c.end() + 60)) if c else None
        if trip is None or STILL_ON.search(text[s0:s1]):
            continue
        # whose trip: "a visit by Crown Prince Mohammed", "Dar's trip", else the one named nearest before
        by = [p for p in people_of[k] if p.name and p.kind != "pronoun" and trip.end() <= p.start <= trip.end() + 60
              and re.match(r"\s+(?:\w+\s+){0,3}?by\b", text[trip.end():p.start])]
        who = by or [p for p in people_of[k] if p.name and p.start < c.start() and eligible(text, p, s0)][-1:]
        if who:
            seg, t0 = text[s0:s1], trip.end() - s0
            # the days of the trip called off: right after its noun ("scheduled to visit in January") or
            # told as its new days ("will now take place on Monday"), not when it was told ("said
            # Tuesday") nor another thing's ("next week's inauguration")
            days = tuple((d.start, d.end) for d in find_dates(seg, published, tense=tense(text, s0, s1))
                         if (0 <= d.offset - t0 <= 30 or NEW_DAYS.search(seg, max(0, d.offset - 25), d.offset))
                         and not _SAID_NEAR.search(seg, max(0, d.offset - 25), d.offset)
                         and not _SAID_AFTER.match(seg, d.offset_end)
                         and not seg.startswith(("'s", "’s"), d.offset_end))
            back = _THE_TRIP.search(text, max(s0, trip.start() - 30), trip.start()) is not None
            out.setdefault(who[0].name, []).append(CallOff(s0, days, back))
    return out


#: A day told with a reporting verb is when the calling-off was told, not the trip's: "said on Tuesday",
#: "On Tuesday, the White House said".
_SAID_NEAR = re.compile(r"\b" + alternation(REPORTING_CALLED_OFF) + r"\s+(?:on\s+)?$", re.I)
_SAID_AFTER = re.compile(r",?\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w\-]+\s+){0,3}?"
                         + alternation(REPORTING_CALLED_OFF_AFTER) + r"\b", re.I)


@dataclasses.dataclass(frozen=True)
class CallOff:
    """Where a trip is called off (the sentence's start) and the days that sentence gives, if any."""

    at: int
    days: tuple[tuple[dt.date, dt.date], ...] = ()
    #: the trip is the one told before ("had cancelled the trip"), not one of its own ("his earlier trip")
    back: bool = False


#: A trip noun that points back at the trip told: "Pompeo had cancelled the trip", "the visit was called off".
_THE_TRIP = re.compile(r"\b(?:the|this|that)\s+(?:(?:planned|scheduled|proposed|upcoming|whole|entire)\s+)?$", re.I)


#: A plan told afresh: "The president will travel to Germany on a one-day trip".
_FRESH_PLAN = re.compile(r"\b(?:will|shall|now)\b", re.I)


def cancel_legs(text: str, visits: list[Visit], told_off: dict[str, list[CallOff]] | None = None,
                 sentences: Sequence[tuple[int, int]] = ()) -> list[Visit]:
    """Every leg of a cancelled trip is cancelled: the traveller's other planned stops told with it,
    and every planned stop of a traveller whose trip the document says was called off.

    A stop told after the calling-off as a plan of its own ("will travel to Germany on a one-day trip",
    not "had been due to visit Berlin") still holds, and so does a stop dated away from the days the
    calling-off sentence gives (it called off another trip).
    """
    offs: dict[str, list[CallOff]] = {k: list(v) for k, v in (told_off or {}).items()}
    if not offs and not any(v.status == "cancelled" for v in visits):
        return visits
    starts = sentence_starts(text, sentences)  # where each sentence (a visit's evidence) starts, read once
    # where each visit is told: the start of its sentence, else where the text holds its evidence
    at = {id(v): where_told(text, v.evidence, starts) for v in visits}
    for v in visits:
        if v.status == "cancelled":
            offs.setdefault(v.traveler, []).append(CallOff(at[id(v)]))
    off_told = {v.evidence for v in visits if v.status == "cancelled"}
    # a calling-off that names no place and points back at the trip told ("Pompeo had cancelled the trip"),
    # not at one of its own ("his earlier trip to the region"), takes every planned leg, firm or not
    placed = {at[id(v)] for v in visits if v.status == "cancelled"}
    unplaced = {who for who, found in (told_off or {}).items()
                if any(off.at not in placed and off.back for off in found)}

    def fresh_after(v: Visit, off: CallOff) -> bool:
        """Told after the calling-off as a plan of its own: "will travel to Germany on a one-day trip"."""
        return 0 <= off.at < at[id(v)] and _FRESH_PLAN.search(v.evidence or "") is not None \
            and not was_planned(v.evidence, 0, len(v.evidence))

    def outside(day: dt.date, off: CallOff) -> bool:
        return bool(off.days) and not any(a - dt.timedelta(days=1) <= day <= b + dt.timedelta(days=1)
                                          for a, b in off.days)

    # a stop told afresh after the calling-off holds, and so do the other mentions of that stop
    holds = {(v.traveler, v.country) for v in visits if v.status == "planned" and v.traveler in offs
             and all(fresh_after(v, off) for off in offs[v.traveler])}
    dated = {}
    for v in visits:
        if v.start_date is not None and v.status != "cancelled":
            dated.setdefault((v.traveler, v.country), []).append(v.start_date)

    def called(v: Visit) -> bool:
        if v.status != "planned" or v.traveler not in offs or GOING_AHEAD.search(v.evidence or "") \
                or (v.traveler, v.country) in holds \
                or (v.traveler not in unplaced and another_trip(v.evidence or "", off_told)):
            return False  # "... postponed, as Xi will be going ahead with the India visit"
        for off in offs[v.traveler]:
            if fresh_after(v, off):
                continue
            days = [v.start_date] if v.start_date is not None else dated.get((v.traveler, v.country), [])
            if days and all(outside(d, off) for d in days):
                continue  # the calling-off gives other days: another trip ("scheduled to visit in January")
            return True
        return False

    return [dataclasses.replace(v, status="cancelled") if called(v) else v for v in visits]


#: A leg told as firmly ahead: "will visit Bucharest from 9-10 January", "leaves Friday to visit seven countries"
_FIRM = re.compile(r"\b(?:will|shall|leaves|departs|embarks|(?:is|are)\s+(?:set|scheduled|due|expected|slated)\s+to|"
                   r"intends|plans\s+to)\b", re.I)


def another_trip(evidence: str, off: set[str]) -> bool:
    """Is a leg told in ``evidence`` a trip of its own, not a leg of the one called off? A sentence that
    says firmly, without a word calling anything off, that the traveller *will* go ("will visit Romania
    and Spain from January 9-12", after "his visit to the United States got postponed") keeps its trip;
    a leg told as what would have been ("was to have met NATO's chief in Brussels") is called off too. In
    the sentence that calls a trip off, the firm plan told after a contrast ("called off his visit to Mali
    but will travel to Niger and Chad") is a trip of its own."""
    if evidence in off:
        c = cancel_in(evidence, 0, len(evidence))
        k = CONTRAST.search(evidence, c.end()) if c is not None else None
        return k is not None and _FIRM.search(evidence, k.end()) is not None \
            and cancel_in(evidence, k.end(), len(evidence)) is None
    return _FIRM.search(evidence) is not None and cancel_in(evidence, 0, len(evidence)) is None
