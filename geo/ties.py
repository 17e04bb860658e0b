"""Bilateral ties from text: which pairs of countries are linked, and how.

A clause that names two countries (by name, capital or any place in them,
demonym, seat of power such as "the Kremlin", or a known leader) and holds a
cue word of a kind near both gives one piece of evidence (its sentence) for
a tie of that kind between the two; "In China, he praised ..., while in
Belarus, he discussed nuclear drills" ties nothing to China. Visits add ``visit`` ties between the traveller's
country and the host. The public entry point is
:func:`geo.events.extract_ties`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from geo.values import Document, Evidence, Mention, Tie, Visit

__all__ = ["TIE_CUES", "ties_in_document", "visit_ties", "merge_ties"]

#: Cue words of each tie kind (regular expressions, matched case-insensitively).
TIE_CUES: dict[str, str] = {
    "military": r"military|militar(?:y|ies)|defen[cs]e|troops|army|armies|armed\s+forces|drills|"
                r"exercises|weapons|ammunition|arms|missiles?|soldiers|CSTO|NATO|mercenar(?:y|ies)",
    "nuclear": r"nuclear|atomic|warheads?|uranium",
    "energy": r"gas|oil|energy|pipelines?|electricity|power\s+plants?|LNG|fuel|coal|hydropower",
    "trade": r"trade|trading|economic|economy|economics|exports?|imports?|tariffs?|investments?|commerce",
    "diplomatic": r"diplomatic|diplomacy|talks|summit|counterparts?|ambassadors?|embass(?:y|ies)|"
                  r"alliances?|ally|allies|allied|partnership|cooperation|relations|negotiations|treaty|"
                  r"agreements?|met|meeting|invitation",
    "conflict": r"war|invasion|invaded?|invading|aggression|attacks?|attacked|offensive|hostilities|"
                r"conflict|clashes|fighting|sanctions?|special\s+military\s+operation|shelling|"
                r"annex(?:ed|ation)?|provocation",
}
_CUE_RE = {k: re.compile(r"\b(?:" + v + r")\b", re.I) for k, v in TIE_CUES.items()}
_NEAR = 100  # characters between a cue word and a mention of each country


def _country_spots(doc: Document, s0: int, s1: int, mentions: Sequence[Mention],
                   people: Sequence) -> list[tuple[int, int, str]]:
    from geo.landmarks import find_landmarks

    spots = [(m.start, m.end, m.country) for m in mentions
             if s0 <= m.start < s1 and m.country and m.kind in ("country", "city", "admin", "demonym")]
    spots += [(p.start, p.end, p.country) for p in people
              if s0 <= p.start < s1 and p.country and p.kind in ("name", "surname", "descriptor")]
    spots += [(a, b, lm.country) for a, b, lm in find_landmarks(doc.text, s0, s1) if lm.seat]
    return sorted(spots)


def ties_in_document(doc: Document, mentions: Sequence[Mention], *, gazetteer=None,
                     reading=None) -> list[Tie]:
    """One :class:`~geo.values.Tie` per (pair, kind, sentence) of a document, weight 1.

    Examples
    --------
    >>> from geo.values import Document, Mention
    >>> t = "Russia is open to broader cooperation on gas supplies with Uzbekistan."
    >>> d = Document("d", t, published=dt.date(2024, 5, 27))
    >>> ms = [Mention("d", 0, 6, "Russia", "Russia", 60.0, 100.0, "RU", None, "country", 1.0),
    ...       Mention("d", 59, 69, "Uzbekistan", "Uzbekistan", 41.0, 64.0, "UZ", None, "country", 1.0)]
    >>> sorted((x.a, x.b, x.kind) for x in ties_in_document(d, ms))
    [('RU', 'UZ', 'diplomatic'), ('RU', 'UZ', 'energy')]
    """
    from geo.reading import read_document

    r = read_document(doc, mentions, gazetteer=gazetteer) if reading is None else reading
    out: list[Tie] = []
    sentences = r.sentences
    ms_of, people_of = r.places_by_sentence, r.people_by_sentence
    for k, (s0, s1) in enumerate(sentences):
        sentence = doc.text[s0:s1]
        ev = Evidence(doc.id, sentence, "text", doc.url, doc.title, doc.published)
        seen: set[tuple[str, str, str]] = set()
        for c0, c1 in _clauses(doc.text, s0, s1):
            spots = _country_spots(doc, c0, c1, ms_of[k], people_of[k])
            codes = sorted({c for _, _, c in spots})
            if len(codes) < 2:
                continue
            clause = doc.text[c0:c1]
            cues = {k: [c0 + m.start() for m in r.finditer(clause)] for k, r in _CUE_RE.items()}
            for i, a in enumerate(codes):
                for b in codes[i + 1:]:
                    for kind, positions in cues.items():
                        if (a, b, kind) not in seen and any(_near(spots, a, b, p) for p in positions):
                            seen.add((a, b, kind))
                            out.append(Tie(a, b, kind, 1, doc.published, doc.published, (ev,)))
    return out


_CLAUSE = re.compile(r";|,\s*(?:but|while|whereas|although|though|yet|where|which|when)\b|\bbut\b", re.I)


def _clauses(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """Clauses of a sentence: "In China, he praised ..., while in Belarus, he discussed ..." has two."""
    out, start = [], s0
    for m in _CLAUSE.finditer(text, s0, s1):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, s1))
    return [c for c in out if c[1] > c[0]]


def _near(spots, a: str, b: str, pos: int) -> bool:
    """Is a cue at ``pos`` near some mention of ``a`` and some mention of ``b``?"""
    pa = [s for s in spots if s[2] == a]
    pb = [s for s in spots if s[2] == b]
    def dist(s):
        return 0 if s[0] <= pos < s[1] else min(abs(pos - s[0]), abs(pos - s[1]))

    return any(dist(x) <= _NEAR for x in pa) and any(dist(y) <= _NEAR for y in pb)


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
        out.append(Tie(a, b, "visit", len(evidence) or 1, day, v.end_date or day, tuple(evidence)))
    return out


def merge_ties(ties: Iterable[Tie]) -> list[Tie]:
    """One tie per (pair, kind): evidence pooled without repeats, weight = evidence count.

    Sorted by weight (largest first), then pair and kind.
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
        out.append(Tie(a, b, kind, len(evidence) or sum(t.weight for t in items),
                       min(days) if days else None, max(days) if days else None, evidence))
    out.sort(key=lambda t: (-t.weight, t.a, t.b, t.kind))
    return out
