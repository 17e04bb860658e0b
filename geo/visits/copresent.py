"""Two people told together in one place without a travel word, and which of them travelled.

"Xi Jinping told visiting Spanish Prime Minister Pedro Sanchez in Beijing that ...", "Sanchez told Xi in
Beijing on Friday that ...", "Macron, speaking alongside Scholz in Berlin, said ...", "at a joint news
conference with Zelensky in Kyiv, Blinken said ...": a verb of speaking to someone (or of standing beside
someone) puts both people in the place named right after the one addressed. Such a sentence says nothing of
who came: the reader knows it from their countries. When one of the two is of the place's country and the
other is known to be of another, the other travelled; when neither is of it (two guests at a summit) or a
country is unknown, nothing is read here (the other families may still read the subject's presence).

Only a city or a landmark's city counts, as for :func:`geo.visits.presence.acted_in`: "told Sanchez in China"
is rare and "told him in a letter" names no place at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.landmarks import find_landmarks
from geo.text import Anchors, negated
from geo.visits.context import ROLE, Context, Hit, chain, subject, synthetic

__all__ = ["told_in", "COPRESENT_WORDS"]

#: Words one of which a sentence must hold before :func:`told_in` reads it (lower case, any part of a word).
COPRESENT_WORDS = ("told", "tells", "telling", "assure", "brief", "thank", "urge", "alongside", "beside", "next to",
                   "speaking with", "spoke with", "stood with", "standing with", "appeared with", "joint news",
                   "joint press")

_WITH = re.compile(r"\b(?:told|tells|telling|assured|assures|briefed|briefs|thanked|thanks|urged|urges|"
                   r"(?:speaking|spoke|speaks|stood|standing|stands|appeared|appearing|appears)\s+"
                   r"(?:alongside|beside|next\s+to|with)|"
                   r"(?:at|during)\s+(?:a|the|their)\s+joint\s+(?:news|press)\s+(?:conference|briefing)\s+with)\s+",
                   re.I)
#: the words of a title before the name of the one addressed: "visiting Spanish Prime Minister ", "his host "
_TITLE = re.compile(r"(?:(?:(?i:the|his|her|their|visiting|host|counterpart|of|" + ROLE + r")|[A-Z][\w.’'\-]*)"
                    r",?\s+)*")
_IN = re.compile(r",?\s+(?:in|at)\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _cues() -> Anchors:
    return Anchors({"with": (_WITH, ("told", "tells", "telling", "assure", "brief", "thank", "urge", "speak",
                                     "spoke", "stood", "stand", "appear", "at", "during"))}, lazy=True)


def told_in(ctx: Context, hits: list[Hit]) -> None:
    """"Xi told visiting Sanchez in Beijing": of the speaker and the one addressed, told in one city, the one
    foreign to it while the other is at home travelled."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _cues().finditer("with", text, s0, s1):
        other = next((p for p in ctx.people_between(m.end(), min(s1, m.end() + 60)) if p.name
                      and p.kind != "pronoun" and _TITLE.fullmatch(text, m.end(), p.start)), None)
        after = _IN.match(text, other.end, s1) if other is not None else None
        if after is None or negated(text, s0, m.start()):
            continue
        places = [x for x in chain(text, ctx.ms, after.end(), s1, first_gap=0)[:1]
                  if x.start == after.end() and x.kind in ("city", "other")]
        if not places:
            places = [synthetic(ctx.doc, a, b, lm.country, lm.city) for a, b, lm in find_landmarks(
                text, after.end(), min(s1, after.end() + 40))[:1] if a == after.end()]
        speaker, conf = subject(ctx, m.start())
        if not places or speaker is None or not speaker.country or not other.country:
            continue
        host = places[0].country
        guest = other if speaker.country == host else speaker if other.country == host else None
        if guest is not None and guest.country != host:
            hits.append(Hit(guest, places[:1], m.start(), places[0].end, (max(s0, m.start() - 80), places[0].end),
                            0.6 * conf, "met"))
