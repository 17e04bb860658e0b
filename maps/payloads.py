"""One compact, column-oriented payload per layer for the browser (``assets/*.js``).

Lines travel polyline-delta-encoded (:func:`maps.geometry.delta_encode`), each
document once per layer (:class:`maps.sources.DocTable`), dates as ISO strings.
Everything from documents stays data: the JS puts it into the page as text only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping

from geo.values import Document, Evidence, Visit

from .geometry import delta_encode, round_path
from .layers import MentionPlan, RoutePlan, TiePlan
from .sources import DocTable, PublicIds, clip, iso
from .style import GREY, TRAVELER_PALETTE, country_name, ink, tie_color, tie_dash

__all__ = ["route_payload", "tie_payload", "mention_payload", "public_ids", "country_names",
           "visit_extras", "MAX_EVIDENCE", "MAX_TIE_EVIDENCE", "MAX_SPOT_DOCS"]

#: Evidence items kept per stop / per tie kind, and documents listed per mention spot.
MAX_EVIDENCE = 3
MAX_TIE_EVIDENCE = 5
MAX_SPOT_DOCS = 20

#: Visit fields the stop popup shows in its own way; any other field with a value is
#: listed under its name (so fields added to :class:`~geo.values.Visit` show up).
_SHOWN = {"traveler", "traveler_country", "role", "country", "place", "lat", "lon", "start_date",
          "end_date", "status", "doc", "evidence", "confidence", "origin", "trip", "sources"}
_EPOCH = dt.date(1970, 1, 1)


def visit_extras(v: Visit) -> list[list[str]] | None:
    """``[[field, value], ...]`` of a visit's other non-empty fields (``how``, ...), or None.

    Examples
    --------
    >>> from geo.values import Visit
    >>> visit_extras(Visit("A", None, None, "UZ", None, 1.0, 2.0, None, None, "completed", None, None, 1.0))
    """
    out = []
    for f in dataclasses.fields(v):
        if f.name in _SHOWN:
            continue
        value = getattr(v, f.name)
        if value is None or value == "" or value == () or isinstance(value, (dict, list, tuple, set)):
            continue
        out.append([f.name.replace("_", " "), clip(value.isoformat() if isinstance(value, dt.date)
                                                   else str(value), 300)])
    return out or None


def public_ids(visits: Iterable[Visit] = (), ties=(), mentions=()) -> PublicIds:
    """One :class:`PublicIds` over every document a map cites."""
    ids: list[str | None] = []
    for v in visits:
        ids.append(v.doc)
        ids += [e.doc for e in v.sources]
    for t in ties:
        ids += [e.doc for e in t.evidence]
    ids += [m.doc for m in mentions]
    return PublicIds(ids)


def country_names(codes: Iterable[str | None]) -> dict[str, str]:
    """``{ISO2: English name}`` of the codes given (GeoNames; the code when unknown)."""
    return {c: country_name(c) or c for c in sorted({c for c in codes if c})}


def _visit_evidence(v: Visit, docs: DocTable) -> list[list]:
    items = list(v.sources)
    if not items and (v.evidence or v.doc):
        items = [Evidence(doc=v.doc or "", text=v.evidence or "")]
    return docs.evidence(items, MAX_EVIDENCE)


def route_payload(plan: RoutePlan, documents: Mapping[str, Document] | None = None,
                  public: PublicIds | None = None) -> dict:
    """Column-oriented data of the Routes layer for ``assets/routes.js``."""
    docs = DocTable(documents, public)
    st: dict[str, list] = {k: [] for k in ("t", "seq", "trip", "lat", "lon", "place", "country",
                                           "start", "end", "status", "conf", "origin", "ev", "x")}
    n_stops = [0] * len(plan.travelers)
    for s in plan.stops:
        v = s.visit
        n_stops[s.traveler] += 1
        (lat, lon), = round_path([s.point])
        for k, val in (("t", s.traveler), ("seq", s.seq), ("trip", s.trip), ("lat", lat),
                       ("lon", lon), ("place", v.place or country_name(v.country)), ("country", v.country),
                       ("start", iso(v.start_date)), ("end", iso(v.end_date)),
                       ("status", v.status), ("conf", round(v.confidence, 3)), ("origin", v.origin),
                       ("ev", _visit_evidence(v, docs)), ("x", visit_extras(v))):
            st[k].append(val)
    geoms: list[list[list[int]]] = []
    gidx: dict[tuple, int] = {}
    legs: dict[str, list] = {k: [] for k in ("t", "trip", "src", "dst", "date", "status", "g")}
    for leg in plan.legs:
        g = gidx.get(leg.parts)
        if g is None:
            g = gidx[leg.parts] = len(geoms)
            geoms.append([delta_encode(p) for p in leg.parts])
        for k, val in (("t", leg.traveler), ("trip", leg.trip), ("src", leg.src), ("dst", leg.dst),
                       ("date", iso(leg.date)), ("status", leg.status), ("g", g)):
            legs[k].append(val)
    colors = plan.colors
    return {
        "travelers": {"name": plan.travelers, "aliases": plan.aliases, "color": colors,
                      "country": plan.countries, "role": plan.roles, "n": n_stops,
                      "home": [list(h) if h else None for h in plan.homes]},
        "palette": [[c, ink(c)] for c in TRAVELER_PALETTE],
        "grey": [GREY, ink(GREY)],
        "stops": st,
        "legs": legs,
        "geoms": geoms,
        "docs": docs.rows,
    }


def tie_payload(plan: TiePlan, documents: Mapping[str, Document] | None = None,
                public: PublicIds | None = None) -> dict:
    """Column-oriented data of the Ties layer for ``assets/ties.js``: one arc per pair.

    Each arc lists its ties as ``[kind, weight, first, last, evidence rows, n evidence]``
    (heaviest first); the browser draws the curve of :func:`maps.geometry.arc_path`
    from the capitals (``ends``) and ``bend``.
    """
    docs = DocTable(documents, public)
    cols: dict = {k: [] for k in ("a", "b", "kind", "w", "width", "first", "last", "bend", "ties")}
    ends: dict[str, list[float]] = {}
    for arc in plan.arcs:
        a, b = arc.pair
        ends[a], ends[b] = list(round_path([arc.ends[0]])[0]), list(round_path([arc.ends[1]])[0])
        ties = [[t.kind, t.weight, iso(t.first_date), iso(t.last_date),
                 docs.evidence(t.evidence, MAX_TIE_EVIDENCE), len(t.evidence)] for t in arc.ties]
        for k, val in (("a", a), ("b", b), ("kind", arc.kind), ("w", arc.weight), ("width", arc.width),
                       ("first", iso(arc.first_date)), ("last", iso(arc.last_date)), ("bend", arc.bend),
                       ("ties", ties)):
            cols[k].append(val)
    kinds = sorted({t.kind for arc in plan.arcs for t in arc.ties})
    cols["kinds"] = {k: [tie_color(k), tie_dash(k)] for k in kinds}
    cols["ends"] = ends
    cols["docs"] = docs.rows
    return cols


def _days(d: dt.date | None) -> int | None:
    return (d - _EPOCH).days if d else None


def mention_payload(plan: MentionPlan, documents: Mapping[str, Document] | None = None,
                    public: PublicIds | None = None) -> dict:
    """Column-oriented data of the Mentions layer for ``assets/mentions.js``.

    ``dd`` holds each place's distinct publication days (days since 1970, delta-coded),
    so the time filter can count a place in any window.
    """
    docs = DocTable(documents, public)
    documents = documents or {}
    cols: dict[str, list] = {k: [] for k in ("lat", "lon", "name", "country", "n", "d", "nd", "dd")}
    for s in plan.spots:
        days = sorted({x for x in (_days(documents[d].published) if d in documents else None
                                   for d in s.docs) if x is not None})
        coded = [days[0]] + [b - a for a, b in zip(days, days[1:])] if days else []
        for k, val in (("lat", s.point[0]), ("lon", s.point[1]), ("name", s.name),
                       ("country", s.country), ("n", s.count),
                       ("d", [docs.ref(d) for d in s.docs[:MAX_SPOT_DOCS]]), ("nd", len(s.docs)),
                       ("dd", coded)):
            cols[k].append(val)
    cols["docs"] = docs.rows
    return cols


