"""A meeting told by its pair, not by name: "Modi held talks with Putin on Tuesday. The two leaders met
in Moscow at the Kremlin."

* :func:`two_sides_met` - "the two leaders/sides/ministers met in X", "the two held talks in X": the
  person the story is about (named before) is one of the two; when his country is known and is not
  X's, he travelled there. When he is the host (his own country), the guest is left to the sentence
  that named him.
"""

from __future__ import annotations

import re

from geo.text import negated
from geo.visits.context import Context, Hit, chain

__all__ = ["two_sides_met"]

_PAIR = re.compile(r"\b(?i:the)\s+two\s+(?:(?:leaders|sides|ministers|presidents|premiers|heads\s+of\s+state|"
                   r"prime\s+ministers|foreign\s+ministers|defen[cs]e\s+ministers|counterparts|men|women|delegations|"
                   r"officials|diplomats|chiefs)\s+)?(?:also\s+|later\s+|first\s+|had\s+|have\s+|will\s+)?"
                   r"(?:met|meet|held\s+(?:\w+\s+){0,2}talks|hold\s+(?:\w+\s+){0,2}talks|talked|conferred|sat\s+down)"
                   r"(?:\s+(?:on\s+\w+|earlier|later|yesterday|today))?\s+(?:in|at)\s+(?:the\s+)?")


def two_sides_met(ctx: Context, hits: list[Hit]) -> None:
    """The story's person at a meeting told by its pair, when the place is foreign to him.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.events import document_events
    >>> from geo.geoparse import geoparse
    >>> from geo.values import Document
    >>> t = ("Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin on Tuesday. "
    ...      "The two leaders met in Moscow.")
    >>> d = Document("d", t, published=dt.date(2024, 7, 10))
    >>> [(v.traveler, v.country, v.status) for v in document_events(d, geoparse(d))[0]]
    [('Narendra Modi', 'RU', 'completed')]
    """
    text, s0, s1 = ctx.text, ctx.s0, ctx.s1
    for m in _PAIR.finditer(text, s0, s1):
        places = chain(text, ctx.ms, m.end(), s1, first_gap=0)
        if not places or places[0].start != m.end() or negated(text, s0, m.start()):
            continue
        if any(p.name and p.kind != "pronoun" for p in ctx.people_between(s0, m.start())):
            continue  # "Xi and Putin ... the two ...": the sentence names its own people
        who = ctx.focus
        if who is None or not who.name or not who.country or who.country == places[0].country:
            continue
        hits.append(Hit(who, places[:1], m.start(), places[0].end, (m.start(), min(s1, places[0].end + 40)), 0.6,
                        "met"))
