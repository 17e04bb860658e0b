"""Where a text holds a date expression with a month or weekday name, cheaply.

The geoparser asks this of every document to judge place names spelled like a month ("March",
"Mayo"): only the words around a capitalised month or weekday name are parsed (with
:func:`geo.dates.find_dates`, the one home of date expressions).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from geo import doc_words
from geo.dates import find_dates
from geo.text import Anchors, Spans

__all__ = ["month_or_weekday_spans"]


@lru_cache(maxsize=1)
def _calendar_names() -> list[str]:
    """Month and weekday names as dateutil spells them, but the three-letter ones other than "May"."""
    from dateutil.parser import parserinfo

    info = parserinfo()
    names = sorted({n for tup in (*info.MONTHS, *info.WEEKDAYS) for n in tup}, key=len, reverse=True)
    return [w for w in names if len(w) > 3 or w.lower() in ("may",)]


@doc_words.register  # its words shared before the one build of geo.doc_words' automaton
@lru_cache(maxsize=1)
def _calendar_anchors() -> Anchors:
    words = re.compile(r"\b(?:" + "|".join(_calendar_names()) + r")\b")
    return Anchors({"calendar": (words, _calendar_names())}, case_sensitive=("calendar",),
                   shared="dates.calendar")  # looked for with the other words of every document (geo.doc_words)


def month_or_weekday_spans(text: str, near: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of the date expressions of ``text`` that hold a month or weekday name.

    Cheaper than :func:`geo.dates.find_dates` over a whole text: only the words around a
    capitalised month or weekday name are parsed. Place names spelled like a
    month ("March", "Mayo") are judged by these spans.

    Parameters
    ----------
    text : str
    near : sequence of (int, int), optional
        When given, only the expressions that may overlap one of these spans
        are looked for (the others are left out): the words around a month name
        far from every place mention are not parsed.

    Examples
    --------
    >>> month_or_weekday_spans("He was re-elected in March and left Marchena.")
    [(21, 26)]
    >>> t = "He was re-elected in March, and many years later he moved to Marchena."
    >>> month_or_weekday_spans(t), month_or_weekday_spans(t, near=[(61, 69)])
    ([(21, 26)], [])
    """
    close = Spans(near).overlaps if near is not None else None
    out = []
    for m in _calendar_anchors().finditer("calendar", text):
        a, b = max(0, m.start() - 40), min(len(text), m.end() + 20)
        if close is not None and not close(a, b):
            continue  # what is found lies inside text[a:b]
        for d in find_dates(text[a:b], dt.date(2000, 1, 1)):
            if a + d.offset <= m.start() < a + d.offset_end:
                out.append((a + d.offset, a + d.offset_end))
                break
    return out
