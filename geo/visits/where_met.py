"""The one joined in a place a "where" clause hangs on: "Wong flew to Tokyo, where she joined Prime Minister
Anthony Albanese for the Quad summit", "returned from Jakarta, where he accompanied President Biden": the one
joined is in that place too.

The clause's own subject is the main clause's traveller, whose visit the travel verb before gives; this family
adds the one joined, of the traveller's party, when his country is known and is not the place's (a host at home
is no visitor). One merely met there is left to the meeting families: "went to Brazil, where he met Starmer"
says nothing this family can trust of whose trip it is. A meeting by phone or video tells no presence.
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.visits.context import ROLE, Context, Hit, told_at
from geo.wordlists import REMOTE_BEFORE, alternation

__all__ = ["where_met", "WHERE_MET_WORDS"]

#: Words one of which a sentence must hold before :func:`where_met` reads it.
WHERE_MET_WORDS = ("where",)

# ", where she joined", ", where he will join", ", where Wong accompanied"
_WHERE = re.compile(r",\s+where\s+(?:(?:he|she|they|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\s+)"
                    r"(?:(?:also|then|later|will|would|is\s+to|was\s+to|is\s+due\s+to|was\s+due\s+to)\s+)*"
                    r"(?:join(?:s|ed)?|accompan(?:y|ies|ied))\s+")
#: Titles between the verb and a name: "the newly sworn in Prime Minister ".
_GAP = re.compile(r"(?:(?:(?i:the|his|her|their|its|new|newly|sworn[- ]in|elected|" + ROLE + r")|"
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
        joined = next((p for p in ctx.people_between(m.end(), min(s1, m.end() + 120)) if p.name
                       and p.kind != "pronoun"), None)
        if joined is None or not _GAP.fullmatch(text, m.end(), joined.start) or not joined.country \
                or joined.country == place.country:
            continue
        # the place told again at "where": its own visit, in the clause's own tense and day
        stop = _CLAUSE_END.search(text, joined.end, s1)
        hits.append(Hit(joined, [told_at(place, text, m.start(), m.end())], m.start(), joined.end,
                        (m.start(), stop.start() if stop else s1), 0.7, "attend"))
