"""Ties over a corpus: visit ties and ties pooled per (pair, kind)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from geo.ties.lexicon import QUAD_CLASS
from geo.values import Evidence, Tie, Visit

__all__ = ["visit_ties", "merge_ties"]


def visit_ties(visits: Iterable[Visit]) -> list[Tie]:
    """``visit`` ties between each traveller's country and the host (cancelled visits left out).

    Examples
    --------
    >>> from geo.values import Visit
    >>> v = Visit("Vladimir Putin", "RU", "president", "CN", "Beijing", 39.9, 116.4,
    ...           dt.date(2024, 5, 16), None, "completed", "a", "Putin flew to Beijing.", 0.9)
    >>> visit_ties([v])[0]
    ... # doctest: +ELLIPSIS
    Tie(a='CN', b='RU', kind='visit', weight=1, first_date=datetime.date(2024, 5, 16), ...)
    """
    out = []
    for v in visits:
        if v.status == "cancelled" or not v.traveler_country or v.traveler_country == v.country:
            continue
        a, b = sorted((v.traveler_country, v.country))
        evidence = v.sources or ((Evidence(v.doc or "", v.evidence or ""),) if v.evidence else ())
        day = v.start_date or next((e.published for e in evidence if e.published), None)
        out.append(Tie(a, b, "visit", len(evidence) or 1, day, v.end_date or day, tuple(evidence),
                       "CONSULT", QUAD_CLASS["CONSULT"]))
    return out


def merge_ties(ties: Iterable[Tie]) -> list[Tie]:
    """One tie per (pair, kind): evidence pooled without repeats, weight = evidence count.

    The PLOVER type is the one most of its pieces of evidence give. Sorted by
    weight (largest first), then pair and kind.
    """
    groups: dict[tuple[str, str, str], list[Tie]] = {}
    for t in ties:
        a, b = sorted((t.a, t.b))
        groups.setdefault((a, b, t.kind), []).append(t)
    out = []
    for (a, b, kind), items in groups.items():
        seen: dict[tuple, Evidence] = {}
        for t in items:
            for e in t.evidence:
                seen.setdefault((e.doc, e.text, e.kind, e.row), e)
        evidence = tuple(sorted(seen.values(), key=lambda e: (e.published or dt.date.min, e.doc)))
        days = [d for t in items for d in (t.first_date, t.last_date) if d is not None]
        votes = Counter(t.plover for t in items if t.plover)
        plover = max(votes, key=lambda p: (votes[p], p)) if votes else None
        out.append(Tie(a, b, kind, len(evidence) or sum(t.weight for t in items),
                       min(days) if days else None, max(days) if days else None, evidence, plover,
                       QUAD_CLASS.get(plover) if plover else None))
    out.sort(key=lambda t: (-t.weight, t.a, t.b, t.kind))
    return out
