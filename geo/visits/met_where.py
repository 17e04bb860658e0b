"""A call on a host told with the place where it happened: not a visit to the host's country.

"He also paid a visit to Prime Minister Hun Manet of Cambodia during his stay in New York", "the
minister visited President Ruto in Paris on the sidelines of the forum": the one called on was
abroad too, so the visit is to where they met, not to the country of the one visited. A call read
from the host's person alone (his country stands for the place: "visited Modi" gives India) is
dropped when its clause names, after "in" or "at", a place of a third country - neither the host's nor
the traveller's - told after the call and before a clause of another event ("visited Putin since the war
began in Ukraine", "called on Ruto, who had been in France").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.values import Mention

__all__ = ["met_elsewhere"]

#: The words that put a place as where something happened: "in New York", "during his stay in", "at the UN in"
_IN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
#: Where the call's clause ends: another clause, another event
_CLAUSE_END = re.compile(r"[;:]|\b(?:since|when|after|before|while|as|where|which|who|whose|that|because|until|"
                         r"and\s+(?:then|later)|but)\b", re.I)


def met_elsewhere(text: str, a: int, b: int, ms: Sequence[Mention], host: str, home: str | None) -> bool:
    """Does ``text[a:b]`` (from the call's words to the sentence's end) name, after "in" or "at" and before
    another clause starts, a place of a country other than ``host`` and ``home``?

    Examples
    --------
    >>> from geo.values import Mention
    >>> t = "He paid a visit to Prime Minister Hun Manet during his stay in New York."
    >>> ny = Mention("d", t.index("New"), t.index("New") + 8, "New York", "New York", 40.7, -74.0, "US", None,
    ...              "city", 1.0)
    >>> met_elsewhere(t, 0, len(t), [ny], "KH", "IN")
    True
    >>> met_elsewhere(t, 0, len(t), [ny], "US", "IN")
    False
    >>> met_elsewhere(t.replace("during", "after"), 0, len(t) - 1, [ny], "KH", "IN")
    False
    """
    stop = _CLAUSE_END.search(text, a, b)
    b = stop.start() if stop else b
    for m in ms:
        if a <= m.start < b and m.country not in (None, host, home) and m.kind != "demonym" \
                and _IN.search(text, max(a, m.start - 12), m.start):
            return True
    return False
