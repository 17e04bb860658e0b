"""A trip told of a delegation and the one who leads it: "A French delegation led by Macron arrived in
Abuja", "the delegation, headed by Foreign Minister Wang Yi, will visit Kenya".

A delegation is no traveller of its own (issue 13's truth names people), but the person who leads
it travels with it: a hit whose clause subject is such a delegation, and that no family gave a
traveller, is the leader's.
"""

from __future__ import annotations

import re

from geo.visits.context import Context, Hit
from geo.wordlists import LED_BY, PARTY_LED, alternation

__all__ = ["led_by"]

#: "delegation led by", "a 19-member delegation headed by", "the team, led by"
_LED = re.compile(r"\b" + alternation(PARTY_LED) + r"s?\b[^.;:]{0,30}?\b" + LED_BY + r"\s+(?:the\s+)?", re.I)


def led_by(ctx: Context, hits: list[Hit]) -> None:
    """Give each hit that has no traveller the leader of the delegation its clause is about."""
    text, s0 = ctx.text, ctx.s0
    for h in hits:
        if h.traveller is not None:
            continue
        led = None
        for m in _LED.finditer(text, max(s0, h.cue_start - 160), h.cue_start):
            led = m
        if led is None:
            continue
        who = next((p for p in ctx.people_between(led.end(), h.cue_start) if p.name and p.kind != "pronoun"
                    and p.start - led.end() <= 40), None)
        if who is not None:
            h.traveller, h.confidence = who, 0.6
