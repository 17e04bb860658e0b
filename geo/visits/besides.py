"""A stop told as one more besides the trip's others: "Besides Ghana, Modi will visit Kenya and Namibia",
"Apart from Fiji, Wong travels to Tonga", "will visit Kenya this week in addition to Ghana".

English adds a stop to a trip by setting it beside the stops the verb takes: a fronted "besides", "apart
from", "aside from", "in addition to" or "other than" with a place, told before the clause whose verb of
travel names the other stops, or the same words with a place after them. The place so added is a stop of the
same traveller on the same trip. :func:`besides_stops` runs after the other cue families and reads, for each
travel hit of a traveller, such a place in its sentence.

Guards: the place stands alone after the words (a list of places, ending the fronted phrase at its comma or
the sentence at its end: "Besides Ghana's president, ..." or "in addition to Kenya's debt" is no stop); a
fronted phrase must open the sentence or follow a clause's comma, and between its comma and the found cue
stand only the traveller and his verb's helpers (no other clause: "In addition to Ukraine, Blinken will
discuss Gaza during his visit to Egypt" adds no stop); a place of the traveller's own country is no visit.
The new visit shares the found one's tense window, so a planned trip's added stop is planned too.
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.visits.context import Context, Hit, chain

__all__ = ["BESIDES_WORDS", "besides_stops"]

#: Words one of which a sentence must hold before :func:`besides_stops` reads it (lower case).
BESIDES_WORDS = ("besides", "apart from", "aside from", "in addition to", "other than")

_BESIDES = re.compile(r"\b(?:[Bb]esides|[Aa]part\s+from|[Aa]side\s+from|[Ii]n\s+addition\s+to|[Oo]ther\s+than)\s+"
                      r"(?:the\s+)?")
#: Where a fronted phrase may start: the sentence's start, or after a clause's comma or a quotation mark
_OPENS = re.compile(r"(?:^|[,;:\"“]\s*)$")
#: The hits whose places are stops of a trip told by a verb or noun of travel
_TRAVEL_CUES = frozenset({"travel", "travel-noun", "onward"})
#: At most this many words between a fronted phrase's comma and the found cue: the traveller and helpers
_LEAD_WORDS = 9
_WORD = re.compile(r"[\w’'\-]+")
#: What may not stand between a fronted phrase and the cue: a verb of another matter ("discuss", "said") or a
#: word that opens another clause or a circumstance ("during his visit to Egypt")
_OTHER_MATTER = re.compile(r"\b(?:discuss\w*|talk\w*|said|says|say|sign\w*|meet\w*|met|focus\w*|raise\w*|where|which|"
                           r"who|when|while|after|before|during|for|with|that|because|since|as|on|at|in)\b", re.I)


def _alone(ctx: Context, start: int, *, fronted: bool) -> list:
    """The places listed right at ``start`` when they end the phrase (a comma when ``fronted``, else a
    comma or the sentence's end), else none."""
    text = ctx.text
    places = chain(text, ctx.ms, start, ctx.s1, first_gap=0)
    if not places or places[0].start != start or any(p.kind == "demonym" or not p.country for p in places):
        return []
    tail = text[places[-1].end:ctx.s1]
    ends = re.match(r"\s*,", tail) if fronted else re.match(r"\s*(?:[,.;!?\"”]|$)", tail)
    return places if ends else []


def besides_stops(ctx: Context, hits: list[Hit]) -> None:
    """For each travel hit with a traveller, a place set beside its stops by "besides", "apart from",
    "in addition to": "Besides Ghana, Modi will visit Kenya" gives Ghana to Modi too."""
    if not hits:
        return
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    taken = {(p.start, p.country) for h in hits for p in h.places}
    for m in _BESIDES.finditer(text, s0, s1):
        fronted = bool(_OPENS.search(text[max(s0, m.start() - 3):m.start()]) or m.start() == s0)
        places = _alone(ctx, m.end(), fronted=fronted)
        if not places or negated(text, s0, m.start()):
            continue
        for h in hits:
            trav = h.traveller
            if trav is None or not trav.country or not h.places or h.cue not in _TRAVEL_CUES:
                continue
            if fronted:
                comma = text.index(",", places[-1].end)
                lead = text[comma + 1:h.cue_start]
                if not (0 <= len(_WORD.findall(lead)) <= _LEAD_WORDS) or h.cue_start < comma or "," in lead \
                        or _OTHER_MATTER.search(lead):
                    continue
            elif not (h.places[-1].end <= m.start() <= h.places[-1].end + 40) or "," in text[h.places[-1].end:m.start()]:
                continue  # "will visit Kenya this week in addition to Ghana": right after the hit's stops
            new = [p for p in places if p.country != trav.country and (p.start, p.country) not in taken]
            if not new:
                continue
            taken.update((p.start, p.country) for p in new)
            window = (min(h.tense_window[0], m.start()), max(h.tense_window[1], new[-1].end))
            hits.append(Hit(trav, new, m.start(), new[-1].end, window, 0.8 * h.confidence, "besides", h.also))
            break
