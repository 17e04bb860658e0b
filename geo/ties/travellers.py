"""The country of a traveller the people stage left without one, for the visit's tie.

A visit whose traveller's country is unknown draws no ``visit`` tie. The
text often says it all the same, in the words around the traveller's name:

* a descriptor before the name: "*U.S.* House Speaker Nancy Pelosi";
* an apposition after it: "Vicky Ford, the *UK* Minister for Africa";
* the leaders table: "President Mohamed" of a story that names the UAE is
  the UAE's president on that day, when no other country the story names
  has a president of that name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from geo.leaders import leader_index, name_words
from geo.ties.lexicon import QUAD_CLASS
from geo.values import Document, Evidence, Mention, Tie, Visit

__all__ = ["traveller_country", "with_travellers"]

#: Title words between a country and a name: " House Speaker ", " Minister for Africa ".
_TITLE_RUN = re.compile(r"(?:\s+(?:[A-Z][\w.’'\-]*|of|for|the|and))*\s+")
#: What opens an apposition after a name: ", the ", ", a ".
_APPOSITION = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?")
_NATIONAL = ("country", "demonym")


def traveller_country(visit: Visit, text: str, places: Sequence[Mention], people: Sequence,
                      published: dt.date | None) -> str | None:
    """The country of ``visit``'s traveller as the text around the name tells it, else ``None``.

    Parameters
    ----------
    visit : Visit
        A visit whose ``traveler_country`` is unknown.
    text : str
        The document's text.
    places : sequence of Mention
        The document's place mentions, in order.
    people : sequence
        The document's people (``start``, ``end``, ``name``, ``country``, ``role``, ``kind``).
    published : datetime.date, optional
        The day the leaders table is read on.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.values import Mention, Visit
    >>> from types import SimpleNamespace as P
    >>> t = "U.S. House Speaker Nancy Pelosi arrived in Seoul."
    >>> v = Visit("Nancy Pelosi", None, None, "KR", "Seoul", None, None, None, None, "completed", "d", t, 0.9)
    >>> us = Mention("d", 0, 4, "U.S.", "United States", 0, 0, "US", None, "country", 1.0)
    >>> traveller_country(v, t, [us], [P(start=19, end=31, name="Nancy Pelosi", country=None, role=None,
    ...                                    kind="name")], dt.date(2022, 8, 4))
    'US'
    """
    mine = [p for p in people if p.name == visit.traveler and p.kind != "pronoun"]
    for p in mine:
        if p.country:
            return p.country
    for p in mine:
        for m in places:
            if m.kind in _NATIONAL and m.country and m.end <= p.start and p.start - m.end <= 60 and \
                    _TITLE_RUN.fullmatch(text, m.end, p.start):
                return m.country  # "U.S. House Speaker Nancy Pelosi"
        opened = _APPOSITION.match(text, p.end)
        if opened:
            m = next((m for m in places if m.start == opened.end()), None)
            if m is not None and m.kind in _NATIONAL and m.country:
                return m.country  # "Vicky Ford, the UK Minister for Africa"
            q = next((q for q in people if p.end < q.start <= opened.end() and q.kind == "descriptor"), None)
            if q is not None and q.country:
                return q.country  # the same, read as a descriptor by the people stage
    return _incumbent(visit, mine, places, published)


def with_travellers(visits: list[Visit], doc: Document, mentions: Sequence[Mention],
                    people: Sequence) -> tuple[list[Visit], list[Tie]]:
    """The visits with the travellers' countries the people stage left unknown and the text tells
    (:func:`traveller_country`), and the ``visit`` ties of those, which
    :func:`geo.ties.visit_ties` cannot draw."""
    out, ties = [], []
    for v in visits:
        if v.traveler_country is None and v.country and v.status != "cancelled":
            cc = traveller_country(v, doc.text, mentions, people, doc.published)
            if cc is not None and cc != v.country:
                v = replace(v, traveler_country=cc)
                a, b = sorted((cc, v.country))
                ev = Evidence(doc.id, v.evidence or "", "text", doc.url, doc.title, doc.published)
                day = v.start_date or doc.published
                ties.append(Tie(a, b, "visit", 1, day, v.end_date or day, (ev,), "CONSULT", QUAD_CLASS["CONSULT"]))
        out.append(v)
    return out, ties


def _incumbent(visit: Visit, mine: Sequence, places: Sequence[Mention], published: dt.date | None) -> str | None:
    """The one country the story names whose holder of the traveller's office bears the name."""
    role = visit.role or next((p.role for p in mine if p.role), None)
    if role is None or published is None:
        return None
    words = set(name_words(visit.traveler))
    if not words:
        return None
    index = leader_index()
    named = Counter(m.country for m in places if m.country and m.country != visit.country)
    found = set()
    for cc in named:
        lead = index.incumbent(cc, role, published)
        if lead is not None and words <= {w for n in (lead.name, *lead.aliases) for w in name_words(n)}:
            found.add(cc)
    return found.pop() if len(found) == 1 else None
