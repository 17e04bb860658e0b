"""The aspect of a travel cue: does its verb open a stay, or tell a whole visit that is over?

English tells a trip's start and a trip's whole with different verbs. A telic motion verb with a
goal, in the past ("went to Nairobi yesterday", "traveled to Argentina on Sunday", "flew to
Tokyo"), tells that the traveller got there, as "arrived" does; nothing in the verb ends the stay,
so on the day after, a reader takes the traveller to be still there unless the text tells an end.
"visited Brazil on Monday" or "met Lula on Monday" tell a whole event and stay over.

The same holds for a visit noun that an arrival governs: "arrived on Thursday for an official
visit to Skopje" opens the visit of the noun, just as "arrived in Skopje" would.

:func:`opens_stay` answers it for one cue; :func:`geo.status.visit_status` then reads a stay
opened the day before the publication day as under way.
"""

from __future__ import annotations

import re

__all__ = ["opens_stay"]

#: A past motion verb with its goal, at the cue: "went to", "traveled to", "flew into", "headed to".
_MOTION_TO = re.compile(r"(?:went|travell?ed|flew|headed|jetted|came|sailed|drove)\s+(?:on\s+|back\s+)?(?:to|into)\b",
                        re.I)
#: An arrival in the cue's own clause, right before a visit noun: "arrived on Thursday (May 7th) for an
#: official visit to", "landed in Muscat Monday on an official several-day visit to" - the noun's visit
#: begins with it. No clause break between the two (no full stop, semicolon or "and").
_ARRIVED_FOR = re.compile(r"\b(?:arrived|landed|touched\s+down)\b(?:(?!\band\b|\bbut\b)[^.;!?]){0,80}?"
                          r"\b(?:for|on)\s+(?:a|an|his|her|their|the)\s+(?:[\w\-]+\s+){0,4}$", re.I)


def opens_stay(text: str, c0: int, c1: int, *, noun: bool = False) -> bool:
    """Does the cue at ``text[c0:c1]`` tell the start of a stay, as "arrived" does?

    ``noun`` says the cue is a visit noun ("visit to Skopje"), whose stay is opened by an arrival
    that governs it in the same clause.

    Examples
    --------
    >>> t = "Boric traveled to Argentina on Sunday."
    >>> opens_stay(t, 6, 18)
    True
    >>> t = "Fernandez visited Brazil on Monday."
    >>> opens_stay(t, 10, 17)
    False
    >>> t = "Jeremic arrived on Thursday (May 7th) for an official visit to Skopje."
    >>> opens_stay(t, t.index("visit to"), t.index("visit to") + 8, noun=True)
    True
    >>> t = "He arrived in Hanoi and later paid a visit to Laos."
    >>> opens_stay(t, t.index("visit to"), t.index("visit to") + 8, noun=True)
    False
    """
    if noun:
        return _ARRIVED_FOR.search(text, max(0, c0 - 120), c0) is not None
    return _MOTION_TO.match(text, c0, c1 + 8) is not None
