"""Whose trip a trip noun is when its pronoun stands in a relative clause.

* :func:`relative_owner` - "Cameron, who was in Istanbul as the last stop of his four-day trip to the
  Middle East": the pronoun of a "who" clause is that clause's person, whoever the sentence's subject is.
"""

from __future__ import annotations

import re

from geo.values import Person
from geo.visits.context import Context

__all__ = ["relative_owner"]


def relative_owner(ctx: Context, pos: int) -> Person | None:
    """The person of a "who" clause that holds the trip noun at ``pos`` with its pronoun: "Cameron, who was in
    Istanbul as the last stop of his trip" (his = Cameron, not the sentence's subject), else ``None``."""
    mine = [p for p in ctx.people_between(pos - 40, pos) if p.kind == "pronoun" and p.name and p.end <= pos]
    if not mine:
        return None
    rel = [q for q in ctx.people_between(ctx.s0, mine[-1].start) if q.name == mine[-1].name and q.kind != "pronoun"
           and re.match(r",\s+who\b", ctx.text[q.end:q.end + 6])]
    return rel[-1] if rel and not re.search(r"[.;]", ctx.text[rel[-1].end:pos]) else None
