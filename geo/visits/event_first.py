"""A meeting told after an event that opens the sentence: "At the NATO summit in Vilnius, Erdogan met Biden",
"In a meeting on the sidelines of the APEC summit in Port Moresby, the capital of Papua New Guinea, Abe and
Trudeau agreed ...": the sentence's subject (and each of a coordinated subject) is at the event's place, or,
when the subject is at home there, the one the subject met (:func:`geo.visits.trip_agent.guest_met`).
"""

from __future__ import annotations

import re

from geo.visits.attendance import EVENT, held_at
from geo.visits.context import TITLE_GAP, Context, Hit, predicate_start, verb_end
from geo.visits.coordinated import partners
from geo.visits.trip_agent import guest_also_met, guest_met
from geo.wordlists import EVENT_FRAME

__all__ = ["event_first"]

#: An event opening the sentence: "At the summit", "On the sidelines of the G20", "In a meeting in the margins of".
_AT_EVENT = re.compile(r"(?:^|[,;]\s*)(?:At|During|(?:(?:In|At|During)\s+(?:an?|the|their|his|her)\s+(?:[\w\-]+\s+)"
                       r"{0,2}?(?:meeting|talks|encounter)\s+)?" + EVENT_FRAME + r")\s+"
                       r"(?:an?\s+|the\s+)?[^,.;:]{0,60}?\b" + EVENT + r"(?:\s+" + EVENT + r")*\b", re.I)
#: A place's apposition after the place of a fronted event: ", the capital of Papua New Guinea,".
_PLACE_APPOSED = re.compile(r",\s*(?:the|its|a)\s+(?:[\w\-]+\s+){0,2}?(?:capital|city|town|port|resort|island|seat)\b"
                            r"[^,;.:]{0,50},")


def event_first(ctx: Context, hits: list[Hit]) -> None:
    """"At the NATO summit in Vilnius, Erdogan met Biden": the subject after the opening event is there (see the
    module)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _AT_EVENT.finditer(text[s0:s1]):
        a = s0 + m.start()
        places = held_at(ctx, s0 + m.end())
        if not places:
            continue
        comma = text.find(",", places[0].end, s1)
        if comma < 0 or comma - places[0].end > 40:
            continue
        if (apposed := _PLACE_APPOSED.match(text, comma, s1)) is not None:
            comma = apposed.end() - 1  # "in Port Moresby, the capital of Papua New Guinea, Abe and Trudeau ..."
        subj = [p for p in ctx.people_between(comma + 1, comma + 51) if p.name
                and TITLE_GAP.fullmatch(text[comma + 1:p.start].lstrip())]
        if subj:  # ("..., Abiy Ahmed met Ruto": the host at home met the one who came)
            trav = guest_met(ctx, subj[0], places[0].country)
            # "In a meeting on the sidelines of the APEC summit in Port Moresby, Abe and Trudeau agreed": both
            also = partners(ctx, subj[0], predicate_start(text, subj[0].end, s1)) if trav is subj[0] else ()
            # "..., Xi met Albanese": a guest of a third country whom the guest met is there too
            also = (*also, *guest_also_met(ctx, subj[0], places[0].country)) if trav is subj[0] else also
            hits.append(Hit(trav, places, a, places[0].end, (comma, verb_end(text, subj[0].end, s1)), 0.7, "attend",
                            also))
