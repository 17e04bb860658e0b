"""A second destination that shares the first one's verb (gapping): "flew to Tokyo on Sunday, where she met
Kishida, and then to Seoul", "will pay state visits to Kazakhstan from Tuesday to Wednesday and to Tajikistan
from Thursday to Saturday", "is scheduled to be in Astana on Wednesday and in Baku on Friday", "travels to
Washington next month and to Ottawa after that".

English leaves out a repeated verb: after "and" (with "then", "later", "also", "finally" or "afterwards") the
same preposition the first destination took, and a place, is a second destination of the same verb and the
same traveller. The other cue families read the first destination; :func:`gapped_stops` runs after them and
reads, after each place they found, such a tail. Guards: the preposition is the one the found place took ("to"
after "to", "in" after "in", so "visited Paris and in Berlin, Merz said" is not a stop); the tail follows the
found place within one clause-like stretch (no ";", ":", sentence end, no other "and to"); a place of the
traveller's own country is no visit; a place followed by a comma after "in" opens a clause of its own ("and in
Berlin, officials said"). The new visit shares the first one's tense, read from the found cue to the new place.
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.visits.context import Context, Hit, chain

__all__ = ["GAPPED_WORDS", "gapped_stops", "opens_clause"]

#: Words one of which a sentence must hold before :func:`gapped_stops` reads it.
GAPPED_WORDS = ("and to ", "and in ", "and then", "and later", "and also", "and finally", "and afterwards",
                "and on to ")

#: The tail: "and then to", ", and later in", "and on to"
_TAIL = re.compile(r",?\s+and\s+(?:(?:then|later|also|finally|afterwards|subsequently)\s+)?(?P<prep>(?:on\s+)?to|in)\s+"
                   r"(?:the\s+)?", re.I)
#: The preposition right before a found place: "to", "on to", "in", with an optional "the"
_BEFORE = re.compile(r"\b(?P<prep>to|in)\s+(?:the\s+)?$", re.I)
#: What may not stand between the found place and the tail: another clause's break or another destination
_BREAK = re.compile(r"[;:!?]|\.\s|\band\s+(?:then\s+)?(?:to|in)\s", re.I)
_REACH = 90
#: After "and in Paris,": what goes on telling the stop ("where he meets", "on Monday", "from May 3", "Republic
#: of Korea") rather than opening a clause of its own ("officials said")
_STOP_GOES_ON = re.compile(r",\s*(?:where|which|who|on|from|between|before|after|then|until|to|for|the\s+capital|"
                           r"[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*)*\s*,|\d)\b")


def opens_clause(text: str, pos: int) -> bool:
    """Is the comma at ``pos``, after a place told as "and in Paris", the end of a fronted place that opens a
    clause of its own ("and in Paris, officials said") rather than more about the stop ("and in Paris, where he
    meets Macron", "and in Seoul, Republic of Korea, on May 3")?"""
    return text.startswith(",", pos) and _STOP_GOES_ON.match(text, pos) is None


def gapped_stops(ctx: Context, hits: list[Hit]) -> None:
    """For each hit with a traveller, a second destination told after "and (then) to/in" with no verb of its
    own: "flew to Tokyo, where she met Kishida, and then to Seoul" gives Seoul to the one who flew."""
    if not hits:
        return
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    taken = {(p.start, p.country) for h in hits for p in h.places}
    for h in list(hits):
        trav = h.traveller
        if trav is None or not trav.country or not h.places:
            continue
        first, last = h.places[0], h.places[-1]
        before = _BEFORE.search(text, max(s0, first.start - 12), first.start)
        if before is None:
            continue
        prep = before.group("prep").lower()
        m = _TAIL.search(text, last.end, min(s1, last.end + _REACH))
        if m is None or m.group("prep").lower().split()[-1] != prep or _BREAK.search(text, last.end, m.start()):
            continue
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() or negated(text, s0, m.start()):
            continue
        if prep == "in" and opens_clause(text, places[-1].end):
            continue  # "and in Berlin, officials said": a fronted place of a new clause
        places = [p for p in places if p.kind != "demonym" and p.country and p.country != trav.country
                  and (p.start, p.country) not in taken]
        if not places:
            continue
        taken.update((p.start, p.country) for p in places)
        hits.append(Hit(trav, places, m.start(), places[-1].end, (h.tense_window[0], places[-1].end),
                        0.8 * h.confidence, "gapped", h.also))
