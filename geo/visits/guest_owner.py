"""Whose is "his visit" when the clause's subject is at home in the place visited?

"Scholz will hold talks with Ruto during his visit to Berlin", "Xi hosted Lula for dinner on her ... her
visit to Beijing": the subject of the clause is of the country visited and so goes nowhere; "his" (or
"her", "their") is the guest named in the clause, the one person of another country named between the
subject and the trip noun. When there is no such person, or more than one, nothing changes.
"""

from __future__ import annotations

import re

from geo.values import Mention, Person
from geo.visits.context import Context

__all__ = ["guest_of_home"]

_OWN_NOUN = re.compile(r"\b(?i:his|her|their)\s+(?:[\w\-]+\s+){0,3}$")


def guest_of_home(ctx: Context, trav: Person | None, c0: int, place: Mention) -> Person | None:
    """The guest whose trip the trip noun at ``c0`` ("during his visit to Berlin") tells, when ``trav``
    (the clause's subject) is at home in ``place``'s country; else ``None``."""
    if trav is None or not trav.country or trav.country != place.country \
            or not _OWN_NOUN.search(ctx.text, max(ctx.s0, c0 - 40), c0):
        return None
    guests = {p.name: p for p in ctx.people_between(trav.end, c0) if p.name and p.kind != "pronoun"
              and p.country and p.country != place.country and p.name != trav.name}
    return next(iter(guests.values())) if len(guests) == 1 else None
