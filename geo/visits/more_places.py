"""The places of a travel cue that the plain list after it misses, and who the trip noun's traveller is then.

* :func:`unnamed_place` - a place the gazetteer does not know, told with where it is: "will travel to
  Sharm el-Sheikh in Egypt", "visited the Temple of Heaven in Beijing". Resorts, towns, bases and sights
  are often missing from a gazetteer of larger places, but news names the country or city right after
  them for readers who do not know them either ("flew to Ramstein in Germany"). After a travel cue, a
  capitalised name that is no known place, followed by "in" or a comma and a country, city or region,
  puts the stop there.
* :func:`longer_by` - the trip of someone whose title holds "of": "the visit of Secretary of State
  Blinken to China". The trip noun's pattern ("the visit of/by X to Y") stops its traveller at the
  first "of", "to" or "in", right for "the visit by Blinken to China" but cutting "Secretary of State
  Antony Blinken" after its first word. When the words up to that first "of" name no one, the
  traveller runs on to the next "to" or "in" that names someone before it and has places after it.
* :func:`travel_places` - both, after the plain list, for :func:`geo.visits.families.find_hits`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from geo.values import Mention
from geo.visits.context import Context, chain

__all__ = ["unnamed_place", "longer_by", "travel_places"]

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


_TO = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?")
_BREAK = re.compile(r"[,;:]|\.\s+(?=[a-z])")


def longer_by(ctx: Context, m: re.Match, s1: int) -> tuple[int, list[Mention]] | None:
    """Where a trip noun's traveller really ends and the places after it, when its first "of" cut a title
    (a name set beside the title between commas is part of it: "the visit of the Emir of Qatar, Sheikh Tamim,
    to London").

    ``m`` is a match of the trip-noun pattern with its ``by`` group (the traveller's words); ``None``
    unless those words name no one and a longer run of them does, followed by places.

    Examples
    --------
    >>> import re
    >>> from geo.values import Document, Mention, Person
    >>> from geo.visits.context import Context
    >>> text = "The visit of Secretary of State Antony Blinken to China will take place next week."
    >>> a = text.index("Antony")
    >>> blinken = Person(a, a + 14, "Antony Blinken", "Antony Blinken", "US", "secretary of state", "name")
    >>> china = Mention("d", text.index("China"), text.index("China") + 5, "China", "China", None, None, "CN",
    ...                 None, "country", 1.0)
    >>> ctx = Context(Document("d", text), 0, len(text), [china], [blinken], lambda: None, False, None)
    >>> m = re.search(r"visit\\s+of\\s+(?P<by>\\w+?)\\s+(?:to|in|of)", text)
    >>> end, places = longer_by(ctx, m, len(text))
    >>> text[end:end + 5], [p.country for p in places]
    ('China', ['CN'])
    """
    text, a = ctx.text, m.start("by")
    if any(p.name and p.end <= m.end("by") for p in ctx.people_between(a, m.end("by"))):
        return None  # (a title that runs on past the cut, "the Emir of Qatar", is cut by it)
    apposed = [(p.start - 2, p.end + 1) for p in ctx.people_between(a, min(s1, a + 100)) if p.name
               and text.startswith(", ", p.start - 2) and text.startswith(",", p.end)]  # ", Sheikh Tamim bin Hamad,"
    for t in _TO.finditer(text, m.end("by"), min(s1, a + 100)):
        if any(not any(x <= b.start() < y for x, y in apposed) for b in _BREAK.finditer(text, a, t.start())):
            return None
        if any(p.name and p.kind != "pronoun" for p in ctx.people_between(a, t.start())):
            places = chain(text, ctx.ms, t.end(), s1)
            return (t.end(), places) if places else None
    return None


def travel_places(ctx: Context, m: re.Match, c1: int, s1: int) -> tuple[int, list[Mention]]:
    """Where a travel cue matched as ``m`` really ends and the places listed after it: its traveller's
    title run on when cut at "of" (:func:`longer_by`), else the plain list, else a place the gazetteer
    lacks told with where it is (:func:`unnamed_place`)."""
    longer = longer_by(ctx, m, s1) if m.group("by") else None
    return longer or (c1, chain(ctx.text, ctx.ms, c1, s1) or unnamed_place(ctx.text, ctx.ms, c1, s1))
