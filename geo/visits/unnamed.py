"""A place the gazetteer does not know, told with where it is: "will travel to Sharm el-Sheikh in Egypt".

Resorts, towns, bases and sights are often missing from a gazetteer of larger places, but news
names the country or city right after them for readers who do not know them either ("arrived in
Bariloche, Argentina", "flew to Ramstein in Germany", "visited the Temple of Heaven in Beijing").
After a travel cue, a capitalised name that is no known place, followed by "in" or a comma and a
country, city or region, puts the stop there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from geo.values import Mention

__all__ = ["unnamed_place"]

#: "Sharm el-Sheikh in ", "Camp Lemonnier, ", "the Bled Strategic Forum venue" is not: names only
_NAME = (r"\s*(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|(?:el|al|de|da|du|di|la|le|les|del|sur|of|the)"
         r"(?:-[A-Z][\w’'\-]*)?))" r"{0,4}(?:\s+in\s+|\s*,\s+)(?:the\s+)?")
_NAMED = re.compile(_NAME)
#: what may tell where the unknown place is: "in Egypt", "in Beijing", "in Maryland"
_KINDS = ("country", "city", "admin")


def unnamed_place(text: str, ms: Sequence[Mention], pos: int, limit: int) -> list[Mention]:
    """The country of an unknown place named right at ``pos``, when it is told just after it.

    Examples
    --------
    >>> from geo.values import Mention
    >>> t = "Rice would travel to Sharm el-Sheikh in Egypt to meet"
    >>> egypt = Mention("d", 40, 45, "Egypt", "Egypt", None, None, "EG", None, "country", 1.0)
    >>> [m.country for m in unnamed_place(t, [egypt], 21, len(t))]
    ['EG']
    >>> t = "Rice would travel to meet ministers in Egypt"
    >>> egypt = Mention("d", 39, 44, "Egypt", "Egypt", None, None, "EG", None, "country", 1.0)
    >>> unnamed_place(t, [egypt], 21, len(t))
    []
    """
    name = _NAMED.match(text, pos)
    if name is None or name.end() > limit:
        return []
    i = bisect_left(ms, name.end(), key=lambda m: m.start)
    if i < len(ms) and ms[i].start == name.end() and ms[i].kind in _KINDS and ms[i].country \
            and not any(pos <= m.start < name.end() and m.country for m in ms[max(0, i - 4):i]):
        return [ms[i]]
    return []
