"""Whose trip a trip noun is when its pronoun stands in a relative clause.

* :func:`relative_owner` - "Cameron, who was in Istanbul as the last stop of his four-day trip to the
  Middle East": the pronoun of a "who" clause is that clause's person, whoever the sentence's subject is.
* :func:`apposed_person` - "Scholz told Modi, back from Moscow, that ...", "Macron welcomed Modi, fresh
  from a visit to Greece, to Paris": a phrase set off by commas right after a name is that person's.
"""

from __future__ import annotations

import re

from geo.values import Person
from geo.visits.context import Context

__all__ = ["relative_owner", "apposed_person"]


def relative_owner(ctx: Context, pos: int) -> Person | None:
    """The person of a "who" clause that holds the trip noun at ``pos`` with its pronoun: "Cameron, who was in
    Istanbul as the last stop of his trip" (his = Cameron, not the sentence's subject), else ``None``."""
    mine = [p for p in ctx.people_between(pos - 40, pos) if p.kind == "pronoun" and p.name and p.end <= pos]
    if not mine:
        return None
    rel = [q for q in ctx.people_between(ctx.s0, mine[-1].start) if q.name == mine[-1].name and q.kind != "pronoun"
           and re.match(r",\s+who\b", ctx.text[q.end:q.end + 6])]
    return rel[-1] if rel and not re.search(r"[.;]", ctx.text[rel[-1].end:pos]) else None


#: the start of an aside that tells a stop over, up to the trip word: ", back from ", ", fresh from a ",
#: ", just back from his ", ", returning from a two-day "
_ASIDE = re.compile(r",\s*(?:(?:just|only|freshly|newly)\s+)?(?:(?:back|fresh|returning|returned|home)\s+from\s+"
                    r"(?:(?:a|an|his|her|their|the)\s+)?(?:[\w\-]+\s+){0,3}?)?$", re.I)


def apposed_person(ctx: Context, pos: int) -> Person | None:
    """The person named right before an aside that starts a comma before ``pos`` (the aside's going or
    trip word), else ``None``: "told Modi, back from Moscow, that ..." is Modi's stop, not the teller's.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Scholz told Modi, back from Moscow, that the war must end."
    >>> modi = N(start=12, end=16, name="Narendra Modi", kind="name")
    >>> ctx = N(text=t, s0=0, people_between=lambda a, b: [p for p in [modi] if a <= p.start < b])
    >>> apposed_person(ctx, t.index("back")).name
    'Narendra Modi'
    >>> apposed_person(ctx, t.index("told")) is None  # the teller himself is told by no aside
    True
    """
    lo = max(ctx.s0, pos - 80)
    m = _ASIDE.search(ctx.text, lo, pos)
    if m is None or m.end() != pos:
        return None
    named = [p for p in ctx.people_between(lo - 60, m.start()) if p.name and p.kind != "pronoun" and p.end == m.start()]
    return named[-1] if named else None
