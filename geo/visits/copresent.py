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
from geo.visits.context import ROLE, Context, Hit, chain, subject, synthetic, told_at

__all__ = ["told_in", "met_here", "COPRESENT_WORDS", "MET_HERE_WORDS"]

#: Words one of which a sentence must hold before :func:`met_here` reads it.
MET_HERE_WORDS = ("here",)

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


#: What may stand before a cue that opens its sentence: quotes, "At", "During" are the cue's own words
_FRONTED = re.compile(r"[\s\"“]*")


def _after_fronted(ctx: Context, end: int):
    """The subject of the main clause after a phrase that opens the sentence and ends past ``end``:
    "Speaking alongside Ruto in Berlin on Monday, Scholz said": Scholz; ``None`` when no name follows
    the phrase's comma right after a title."""
    text, s1 = ctx.text, ctx.s1
    comma = text.find(",", end, min(s1, end + 60))
    if comma < 0:
        return None
    who = next((p for p in ctx.people_between(comma, min(s1, comma + 80)) if p.name and p.kind != "pronoun"), None)
    return who if who is not None and _TITLE.fullmatch(text, comma + 2, who.start) and text[comma + 1] == " " else None


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
        if speaker is None and places and _FRONTED.fullmatch(text, s0, m.start()):
            speaker, conf = _after_fronted(ctx, places[0].end), 0.9
        if not places or speaker is None or not speaker.country or not other.country:
            continue
        host = places[0].country
        guest = other if speaker.country == host else speaker if other.country == host else None
        if guest is not None and guest.country != host:
            hits.append(Hit(guest, places[:1], m.start(), places[0].end, (max(s0, m.start() - 80), places[0].end),
                            0.6 * conf, "met"))


#: A meeting told under a dateline: "met with Kenyan President William Ruto here", "held talks here with Ruto"
_MET_HERE = re.compile(r"(?=[chmt])\b(?:met|meets|meeting|held\s+talks|holds\s+talks|hold\s+talks|talked|conferred)\s+"
                       r"(?:(?:with\s+)?(?P<who>[^.;:,]{1,80}?)\s+here\b|here\s+(?:[^.;:,]{0,30}?\s)?with\s+)", re.I)


def met_here(ctx: Context, hits: list[Hit]) -> None:
    """"BEIJING (Xinhua) -- Xi Jinping met with Kenyan President William Ruto here on Monday": of the two, the
    one foreign to the dateline's place while the other is at home came there."""
    if ctx.here is None or not ctx.here.country:
        return
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _MET_HERE.finditer(text, s0, s1):
        a = m.start("who") if m.group("who") else m.end()
        other = next((p for p in ctx.people_between(a, min(s1, a + 80)) if p.name and p.kind != "pronoun"
                      and _TITLE.fullmatch(text, a, p.start)), None)
        speaker, conf = subject(ctx, m.start())
        if other is None or speaker is None or negated(text, s0, m.start()) or not (speaker.country and other.country):
            continue
        host = ctx.here.country
        guest = other if speaker.country == host else speaker if other.country == host else None
        if guest is not None and guest.country != host:
            here = text.index("here", m.start(), max(m.end(), other.end) + 1) if "here" in text[m.start():max(
                m.end(), other.end)] else m.start()
            hits.append(Hit(guest, [told_at(ctx.here, text, here, here + 4)], m.start(), max(m.end(), other.end),
                            (max(s0, m.start() - 80), min(s1, max(m.end(), other.end) + 30)), 0.7 * conf, "here"))
