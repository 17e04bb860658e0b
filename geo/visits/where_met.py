"""The people met or joined in a place a "where" clause hangs on: "Wong flew to Tokyo, where she joined Prime
Minister Anthony Albanese for the Quad summit", "returned from Jakarta, where he met Chinese Foreign Minister Wang
Yi": the one joined or met is in that place too.

The clause's own subject is the main clause's traveller, whose visit the travel verb before gives; this family
adds the others. One met counts only when his title tells his country and that country is not the place's (a
host at home is no visitor, "met President Widodo" in Jakarta); one joined is of the traveller's party and
counts when his country is known and is not the place's. A meeting by phone or video tells no presence.
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.visits.context import ROLE, Context, Hit, told_at
from geo.wordlists import REMOTE_BEFORE, alternation

__all__ = ["where_met", "WHERE_MET_WORDS"]

#: Words one of which a sentence must hold before :func:`where_met` reads it.
WHERE_MET_WORDS = ("where",)

# ", where she joined", ", where he will meet", ", where the two met with", ", where Wong held talks with"
_WHERE = re.compile(r",\s+where\s+(?:(?:he|she|they|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\s+)"
                    r"(?:(?:also|then|later|will|would|is\s+to|was\s+to|is\s+due\s+to|was\s+due\s+to)\s+)*"
                    r"(?P<verb>join(?:s|ed)?|accompan(?:y|ies|ied)|met(?:\s+with)?|meets?(?:\s+with)?|"
                    r"(?:held|holds?|had|has|have)\s+(?:(?:bilateral|separate|brief|formal)\s+)?(?:talks|a\s+meeting)"
                    r"\s+with)\s+")
#: Titles and list marks between the verb and a name, or between two names of a list.
_GAP = re.compile(r"(?:,?\s*(?:and\s+)?(?:(?:(?i:the|his|her|their|its|new|newly|sworn[- ]in|elected|" + ROLE + r"))|"
                  r"[A-Z][\w.’'\-]*|of)\s+)*")
_CLAUSE_END = re.compile(r"[.;:!?]|,\s+(?:and|but|while|as)\b")
_REMOTE = re.compile(r"\b" + alternation(REMOTE_BEFORE) + r"\b", re.I)


def where_met(ctx: Context, hits: list[Hit]) -> None:
    """"flew to Tokyo, where she joined Albanese": Albanese is in Tokyo (see the module)."""
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _WHERE.finditer(text, s0, s1):
        place = next((p for p in reversed(ctx.ms) if p.end <= m.start() and p.country), None)
        if place is None or place.end != m.start() or place.kind == "demonym" or negated(text, s0, m.start()) \
                or _REMOTE.search(text, m.start(), min(s1, m.end() + 120)):
            continue  # the clause must hang on the place itself: "Tokyo, where"
        joined = m.group("verb").startswith(("join", "accompan"))
        guests, end = [], m.end()
        for p in ctx.people_between(m.end(), min(s1, m.end() + 200)):
            if p.start < end or not p.name or p.kind == "pronoun":
                continue
            if not _GAP.fullmatch(text, end, p.start):
                break
            end = p.end
            told = joined or any(m.end() <= x.start and x.end <= p.end and x.country == p.country for x in ctx.ms)
            if p.country and p.country != place.country and told:
                guests.append(p)
            if joined:
                break  # one joins one party: "joined Albanese for the summit"
        if guests:  # the place told again at "where": its own visit, in the clause's own tense and day
            stop = _CLAUSE_END.search(text, guests[-1].end, s1)
            end = stop.start() if stop else s1
            hits.append(Hit(guests[0], [told_at(place, text, m.start(), m.end())], m.start(), guests[-1].end,
                            (m.start(), end), 0.7, "attend" if joined else "met", tuple(guests[1:])))
