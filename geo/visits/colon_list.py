"""Stops laid out after a colon that closes a trip noun: "Sybiha is on a tour of Gulf capitals: Riyadh on Monday,
Doha on Tuesday and Muscat on Wednesday", "The itinerary of Foreign Minister Mauro Vieira this week: Lisbon on
Tuesday, Madrid on Thursday", "We will visit four countries, namely Kenya, Tanzania, Mozambique and South Africa".

English news often names a trip first and then spells its stops out after a colon, each with its day. The
colon (or "namely") then announces the trip's content, so the places right after it are the trip's stops. Guards: a trip
noun (visit, trip, tour, journey, swing, itinerary, schedule) stands before the colon in the same sentence; the
first thing after the colon is a place (a list of topics or a quotation is not an itinerary); the traveller is
the one person named before the colon ("Wang Yi and Blinken": nothing is read), else the clause's subject or
the speaker of a quoted "we" (:func:`geo.visits.context.subject`); a place of the
traveller's own country is no visit. The next stops are read by :func:`geo.visits.itinerary.onward`, the one
home of "X on Monday, Y on Tuesday and Z".
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.visits.context import Context, Hit, chain, subject
from geo.visits.itinerary import onward

__all__ = ["COLON_WORDS", "colon_stops"]

#: Words one of which a sentence must hold before :func:`colon_stops` reads it.
COLON_WORDS = ("itinerary", "schedule", "tour", "trip", "visit", "journey", "swing")

_TRIP_COLON = re.compile(r"\b(?:itinerary|schedule|tour|trip|visits?|journey|swing)\b[^:;.!?\"“”]{0,60}?(?::|,?\s+namely)\s*"
                         r"(?:(?:first|then|the)\s+)?", re.I)


def colon_stops(ctx: Context, hits: list[Hit]) -> None:
    """"Sybiha is on a tour of Gulf capitals: Riyadh on Monday, Doha on Tuesday": each city is a stop."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    if ":" not in text[s0:s1] and "namely" not in text[s0:s1]:
        return
    for m in _TRIP_COLON.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() or negated(text, s0, m.start()):
            continue
        named = {p.name for p in ctx.people_between(s0, m.end()) if p.name}
        trav = next((p for p in ctx.people_between(s0, m.end()) if p.name), None) if len(named) == 1 else None
        conf = 0.7
        if not named:  # '"We will visit four countries, namely Kenya, ...," said the President': the speaker
            trav, conf = subject(ctx, m.start())
            conf *= 0.7
        if trav is None or not trav.country:
            continue
        places = [p for p in places if p.kind != "demonym" and p.country and p.country != trav.country]
        if not places:
            continue
        window = (m.end() - 1, min(s1, places[-1].end + 40))  # the days are the list's, not the trip noun's
        hits.append(Hit(trav, places, m.start(), places[-1].end, window, conf, "listed"))
        onward(ctx, hits, trav, places[-1].end, m.end() - 1, conf)
