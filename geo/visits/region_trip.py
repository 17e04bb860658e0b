"""The stops of a trip told as a region, named by the countries whose leaders it meets: "Obama will be traveling
to Asian countries in April to meet with the leaders of Japan, South Korea, Malaysia and the Philippines", "the
minister heads to Europe next week for talks with his counterparts in France and Germany".

A trip to a region (Asia, Europe, the Gulf, "Asian countries", "the region") is no visit of its own; the countries
listed after it as the ones whose leaders or counterparts the traveller meets, or as its stops, are the trip's
stops. :func:`region_stops` gives each to the trip's traveller.

Guards, each a rule of how such sentences are told: the region follows a travel word closely ("traveling to",
"heads to", "a trip to", "a tour of"); the list is a plain list of two or more country names (:func:`geo.visits.
counted.country_lists`) after the region, led in by the people met there ("the leaders of", "counterparts in",
"presidents of") or by stops ("stops in", "visits to", "including"), never by a verb or "with" alone ("amid
tensions with Russia and China" names no stop); none of the countries is the traveller's own; the trip is not
negated.
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.visits.context import Context, Hit, subject, trip_owner
from geo.visits.counted import country_lists

__all__ = ["REGION_WORDS", "region_stops"]

#: Words one of which a sentence must hold before :func:`region_stops` reads it (lower case).
REGION_WORDS = ("leaders of", "leaders from", "counterparts", "presidents of", "heads of", "stops in", "visits to",
                "including")

#: A travel word right before the region: "traveling to", "heads to", "a trip to", "a tour of", "swing through".
_TO_REGION = re.compile(r"\b(?:travel\w*|head\w*|go|goes|going|went|fl(?:y|ies|ew|ying)|jet\w*|trips?|tours?|visits?|"
                        r"swing|journey)\s+(?:on\s+)?(?:to|of|through|across)\s+(?:the\s+)?$", re.I)
_THE_REGION = re.compile(r"\bthe\s+region\b", re.I)
#: "Asian countries", "African nations": a demonym of no country standing for its region.
_REGION_NOUN = re.compile(r"\s+(?:countries|nations|capitals|states)\b", re.I)
#: What a list of stops follows after the region: the people met there or the stops themselves.
_STOPS_LEAD = re.compile(r"(?:\b(?:leaders|presidents|counterparts|heads\s+of\s+(?:state|government)|prime\s+ministers|"
                         r"governments)\s+(?:of|from|in)|\b(?:stops?|visits?|calls?)\s+(?:in|to|at)|"
                         r"\b(?:including|visiting))\s+(?:the\s+)?$", re.I)


def _regions(ctx: Context) -> list[tuple[int, int]]:
    """The spans of the sentence's regions: region mentions, demonyms of no country before "countries", "the region"."""
    text = ctx.text
    out = [(m.start, m.end) for m in ctx.ms if m.kind == "region"]
    out += [(m.start, r.end()) for m in ctx.ms if m.kind == "demonym" and not m.country
            and (r := _REGION_NOUN.match(text, m.end)) is not None]
    out += [r.span() for r in _THE_REGION.finditer(text, ctx.s0, ctx.s1)]
    return sorted(out)


def region_stops(ctx: Context, hits: list[Hit]) -> None:
    """Each country listed after a trip to a region as met there or as a stop: "traveling to Asian countries ...
    to meet with the leaders of Japan, Republic of Korea, Malaysia and the Philippines"."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for a, b in _regions(ctx):
        go = _TO_REGION.search(text, max(s0, a - 30), a)
        if go is None or negated(text, s0, go.start()):
            continue
        lists = [lst for lst in country_lists(ctx) if lst[0].start > b and lst[0].start - b <= 120
                 and _STOPS_LEAD.search(text, max(s0, lst[0].start - 40), lst[0].start)]
        if not lists:
            continue
        places = lists[0]
        trav = trip_owner(ctx, go.start()) or subject(ctx, go.start())[0]
        if trav is None or not trav.name or not trav.country or any(p.country == trav.country for p in places):
            continue
        hits.append(Hit(trav, places, go.start(), places[-1].end, (max(s0, go.start() - 80), min(s1, b + 40)), 0.7,
                        "travel"))
        return
