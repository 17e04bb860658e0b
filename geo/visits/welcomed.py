"""A guest welcomed, received or greeted somewhere, told in the passive with no host named: "Ugandan President
Yoweri Museveni was welcomed at Imam Khomeini airport of Tehran", "the minister was received in Riyadh on
Sunday", "Modi was greeted at the airport in Abu Dhabi by a crowd".

English tells a state guest's arrival by what the hosts did to him; the one welcomed is the subject of the
passive verb, and the place after it (a city, the city of an airport or a building) is where he was. The
hosting family (:mod:`geo.visits.families`) reads the passive with its host named ("was received by Xi in
Beijing"); this one needs no host, only a place of another country than the guest's own: a person welcomed
in his own country (home from a trip, or a local figure) is no visitor, and one whose country is not known is
left alone for the same reason. :mod:`geo.visits.more_families` runs :func:`welcomed_at` with the other
cue families.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.text import Anchors, negated
from geo.visits.context import Context, Hit, subject
from geo.visits.fallback import remote_in

__all__ = ["WELCOME_WORDS", "welcomed_at"]

#: Words one of which a sentence must hold before :func:`welcomed_at` reads it.
WELCOME_WORDS = ("welcomed", "received", "greeted")

_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:(?:\w+ly|also|then|later|first)\s+)?"
                      r"(?:welcomed|received|greeted)\b", re.I)
#: What may stand between the verb and the place: "at the airport of", "on arrival at", "warmly in", never a
#: clause break, "by" (the host's, read by the hosting family) or "from" (where the guest came from).
_TO_PLACE = re.compile(r"(?:(?!\bby\b|\bfrom\b|\bto\b)[^.;:!?()\"“”])*?\b(?:at|in|of)\s+(?:the\s+)?$", re.I)
_REACH = 90


@lru_cache(maxsize=1)
def _cues() -> Anchors:
    return Anchors({"welcomed": (_PASSIVE, ("was", "were", "is", "are", "be", "been", "being"))}, lazy=True)


def welcomed_at(ctx: Context, hits: list[Hit]) -> None:
    """"X was welcomed at Imam Khomeini airport of Tehran": X was in Iran, if X is of another country."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("welcomed", text, s0, s1):
        if negated(text, s0, m.start()) or remote_in(text, m.end(), min(s1, m.end() + 40)):
            continue
        place = next((x for x in ctx.ms if m.end() < x.start < min(s1, m.end() + _REACH) and x.country
                      and x.kind != "demonym" and _TO_PLACE.match(text, m.end(), x.start)), None)
        if place is None:
            continue
        guest, conf = subject(ctx, m.start())
        if guest is None or not guest.name or not guest.country or guest.country == place.country:
            continue
        hits.append(Hit(guest, [place], m.start(), place.end, (max(s0, m.start() - 60), place.end), 0.7 * conf,
                        "welcomed"))
