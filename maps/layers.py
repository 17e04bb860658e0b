"""Turn visits, ties and mentions into drawable plans and compact per-layer payloads.

A *plan* (:class:`RoutePlan`, :class:`TiePlan`, :class:`MentionPlan`) holds the
geometry and attributes of one layer in Python; it feeds both the map (through
``*_payload``, a column-oriented dict with polyline-encoded lines, passed once to
the browser) and the GeoJSON export. Everything is sorted, so the same input always
gives the same output.
"""

from __future__ import annotations

import colorsys
import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from geo.values import Document, Evidence, Mention, Tie, Visit

from .geometry import (Point, arc_path, check_point, delta_encode, geodesic_path, round_path,
                       valid_point)

__all__ = [
    "ROUTE_COLORS",
    "TIE_COLORS",
    "Stop",
    "Leg",
    "RoutePlan",
    "TieArc",
    "TiePlan",
    "MentionSpot",
    "MentionPlan",
    "DocTable",
    "safe_url",
    "traveler_color",
    "tie_color",
    "tie_width",
    "plan_routes",
    "plan_ties",
    "plan_mentions",
    "route_payload",
    "tie_payload",
    "mention_payload",
    "plan_bounds",
]

#: Colours of the first travellers (sorted by name); later ones get generated hues.
ROUTE_COLORS = ("#1f5fbf", "#d6266e", "#0f8a7e", "#7a3fbf", "#c25e00", "#3d7a1f",
                "#0b6fa4", "#b0307a", "#4b4b9c", "#8a6d00")

#: Colours of tie kinds; kinds not listed get a grey-ish colour of their own.
TIE_COLORS = {
    "military": "#d32f2f",
    "nuclear": "#ef6c00",
    "energy": "#f2b705",
    "trade": "#2e9e44",
    "economic": "#2e9e44",
    "diplomatic": "#6f7fd6",
    "visit": "#00a3b4",
    "security": "#a1665e",
    "culture": "#c46bc4",
}
_EXTRA_TIE_COLORS = ("#8d8d8d", "#6d8f8f", "#a08c6d", "#8f6d8f", "#6d7f9f")

#: Longest evidence sentence kept in a popup (characters).
MAX_EVIDENCE_CHARS = 600
#: Evidence items kept per stop / per tie, and documents listed per mention spot.
MAX_EVIDENCE = 3
MAX_TIE_EVIDENCE = 5
MAX_SPOT_DOCS = 20


_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]")
_HTTP_URL = re.compile(r"https?://[^/?#@\\]+(?:[/?#]|$)", re.IGNORECASE)


def safe_url(url: str | None) -> str | None:
    """Return ``url`` if it is an absolute http(s) URL without control characters, else None.

    Examples
    --------
    >>> safe_url("https://example.org/a?b=1")
    'https://example.org/a?b=1'
    >>> safe_url("javascript:alert(1)") is None, safe_url(" JaVaScRiPt:x") is None
    (True, True)
    >>> safe_url("data:text/html,hi") is None, safe_url("//evil.example") is None
    (True, True)
    """
    if not url or not isinstance(url, str):
        return None
    if len(url) > 2000 or _CONTROL_OR_SPACE.search(url) or not _HTTP_URL.match(url):
        return None
    return url


def _hex(h: float, l: float, s: float) -> str:
    r, g, b = colorsys.hls_to_rgb(h, l, s)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def traveler_color(i: int) -> str:
    """Colour of the ``i``-th traveller (0-based, in name order).

    Examples
    --------
    >>> traveler_color(0), traveler_color(10)
    ('#1f5fbf', '#1f58ad')
    """
    if i < len(ROUTE_COLORS):
        return ROUTE_COLORS[i]
    return _hex(((i - len(ROUTE_COLORS)) * 0.618034 + 0.6) % 1.0, 0.4, 0.7)


def tie_color(kind: str) -> str:
    """Colour of a tie kind (stable for unknown kinds too).

    Examples
    --------
    >>> tie_color("military"), tie_color("Military"), tie_color("sports")
    ('#d32f2f', '#d32f2f', '#8f6d8f')
    """
    k = (kind or "").strip().lower()
    if k in TIE_COLORS:
        return TIE_COLORS[k]
    return _EXTRA_TIE_COLORS[sum(k.encode()) % len(_EXTRA_TIE_COLORS)]


def tie_width(weight: int | float) -> float:
    """Line width in pixels for a tie of ``weight`` (evidence count): 2 px for 1, up to 10.

    Examples
    --------
    >>> tie_width(1), tie_width(4), tie_width(1000)
    (2.0, 5.5, 10.0)
    """
    w = max(1.0, float(weight or 1))
    return round(min(10.0, 2.0 + 1.75 * math.log2(w)), 2)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _clip(text: str | None, n: int = MAX_EVIDENCE_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


class DocTable:
    """Documents referenced by one layer, each once: ``[id, title, url, date]`` rows.

    URLs that are not http(s) are dropped here, before anything reaches the page.

    Examples
    --------
    >>> t = DocTable({"a.txt": Document("a.txt", "", title="T", url="javascript:x")})
    >>> t.ref("a.txt"), t.ref("b.txt"), t.ref("a.txt")
    (0, 1, 0)
    >>> t.rows
    [['a.txt', 'T', None, None], ['b.txt', None, None, None]]
    """

    def __init__(self, documents: Mapping[str, Document] | None = None):
        self.documents = documents or {}
        self.rows: list[list[str | None]] = []
        self._index: dict[str, int] = {}

    def ref(self, doc: str | None, evidence: Evidence | None = None) -> int | None:
        """Index of ``doc`` in :attr:`rows`, adding it (with what ``evidence`` knows) if new."""
        if not doc:
            return None
        i = self._index.get(doc)
        if i is None:
            d = self.documents.get(doc)
            title = (d.title if d else None) or (evidence.title if evidence else None)
            url = safe_url((d.url if d else None) or (evidence.url if evidence else None))
            date = (d.published if d else None) or (evidence.published if evidence else None)
            i = self._index[doc] = len(self.rows)
            self.rows.append([doc, _clip(title, 300) or None, url, _iso(date)])
        return i


# ----------------------------------------------------------------------------- routes

@dataclass(frozen=True, slots=True)
class Stop:
    """One drawn stop: a visit with coordinates, numbered ``seq`` (1-based) per traveller."""

    traveler: int
    seq: int
    trip: int
    visit: Visit

    @property
    def point(self) -> Point:
        return (self.visit.lat, self.visit.lon)  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Leg:
    """One drawn leg from stop ``src`` to stop ``dst`` (indices into the plan; -1 = home)."""

    traveler: int
    trip: int
    src: int
    dst: int
    date: dt.date | None
    status: str
    parts: tuple[tuple[Point, ...], ...]


@dataclass(slots=True)
class RoutePlan:
    """Travellers (sorted by name), their home points, stops in trip order, and legs."""

    travelers: list[str] = field(default_factory=list)
    countries: list[str | None] = field(default_factory=list)
    roles: list[str | None] = field(default_factory=list)
    homes: list[Point | None] = field(default_factory=list)
    stops: list[Stop] = field(default_factory=list)
    legs: list[Leg] = field(default_factory=list)
    skipped: list[Visit] = field(default_factory=list)

    @property
    def colors(self) -> list[str]:
        return [traveler_color(i) for i in range(len(self.travelers))]


def _most_common(values) -> str | None:
    c = Counter(v for v in values if v)
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if c else None


def _visit_key(v: Visit):
    return (v.start_date or dt.date.max, v.end_date or dt.date.max, v.place or "", v.country,
            v.lat or 0.0, v.lon or 0.0, v.status, v.doc or "")


def _trips(visits: list[Visit], gap_days: int = 3) -> list[tuple[int, list[Visit]]]:
    """Group one traveller's visits into trips: by ``trip`` when set, else a gap of more
    than ``gap_days`` between one stop's end and the next one's start starts a new trip."""
    known: dict[int, list[Visit]] = defaultdict(list)
    loose: list[Visit] = []
    for v in visits:
        (known[v.trip] if v.trip is not None else loose).append(v)
    out = [(t, sorted(vs, key=_visit_key)) for t, vs in sorted(known.items())]
    nxt = (max(known) + 1) if known else 1
    cur: list[Visit] = []
    last: dt.date | None = None
    for v in sorted(loose, key=_visit_key):
        start = v.start_date
        if cur and (start is None or last is None or (start - last).days > gap_days):
            out.append((nxt, cur))
            nxt, cur = nxt + 1, []
        cur.append(v)
        last = v.end_date or v.start_date
    if cur:
        out.append((nxt, cur))
    return out


def _home_point(home: Mapping[str, Sequence[float]], iso2: str | None) -> Point | None:
    if not iso2:
        return None
    p = home.get(iso2) or home.get(iso2.upper())
    return check_point(p, what=f"home point of {iso2}") if p is not None else None


def _has_point(v: Visit) -> bool:
    return valid_point(v.lat, v.lon)


def plan_routes(visits: Sequence[Visit], home: Mapping[str, Sequence[float]] | None = None,
                *, step_km: float = 200.0) -> RoutePlan:
    """Order visits into trips and draw legs along geodesics.

    Stops are ordered by (traveller, trip, start date) and numbered from 1 per
    traveller; each trip starts and ends at the traveller's home capital when
    ``home`` knows their country. A leg takes the status of the stop it arrives
    at (the way home: of the trip's last stop). Visits without coordinates are
    kept in :attr:`RoutePlan.skipped`.

    Examples
    --------
    >>> from geo.values import Visit
    >>> v = Visit("Putin", "RU", None, "UZ", "Tashkent", 41.3, 69.24, dt.date(2024, 5, 26),
    ...           None, "completed", None, None, 1.0, trip=1)
    >>> plan = plan_routes([v], {"RU": (55.76, 37.62)})
    >>> [(leg.src, leg.dst) for leg in plan.legs]
    [(-1, 0), (0, -1)]
    """
    home = home or {}
    by_traveler: dict[str, list[Visit]] = defaultdict(list)
    plan = RoutePlan()
    for v in visits:
        if _has_point(v):
            by_traveler[v.traveler].append(v)
        else:
            plan.skipped.append(v)
    cache: dict[tuple[Point, Point], tuple[tuple[Point, ...], ...]] = {}

    def parts(a: Point, b: Point):
        key = (a, b)
        if key not in cache:
            cache[key] = tuple(tuple(p) for p in geodesic_path(a, b, step_km=step_km))
        return cache[key]

    for t, name in enumerate(sorted(by_traveler)):
        vs = by_traveler[name]
        country = _most_common(v.traveler_country for v in vs)
        hp = _home_point(home, country)
        plan.travelers.append(name)
        plan.countries.append(country)
        plan.roles.append(_most_common(v.role for v in vs))
        plan.homes.append(hp)
        seq = 0
        for trip, tvs in _trips(vs):
            idx: list[int] = []
            for v in tvs:
                seq += 1
                idx.append(len(plan.stops))
                plan.stops.append(Stop(t, seq, trip, v))
            chain: list[tuple[int, Point]] = [(i, plan.stops[i].point) for i in idx]
            if hp is not None:
                chain = [(-1, hp)] + chain + [(-1, hp)]
            for k in range(1, len(chain)):
                (si, a), (di, b) = chain[k - 1], chain[k]
                if a == b:
                    continue
                arrive = plan.stops[di].visit if di >= 0 else plan.stops[si].visit
                date = arrive.start_date if di >= 0 else (arrive.end_date or arrive.start_date)
                plan.legs.append(Leg(t, trip, si, di, date, arrive.status, parts(a, b)))
    return plan


def _evidence_rows(items: Sequence[Evidence], docs: DocTable, limit: int) -> list[list]:
    rows: list[list] = []
    seen: set[tuple[str, str]] = set()
    for e in items:
        key = (e.doc, e.text)
        if key in seen:
            continue
        seen.add(key)
        rows.append([docs.ref(e.doc, e), _clip(e.text)])
        if len(rows) >= limit:
            break
    return rows


def _visit_evidence(v: Visit, docs: DocTable) -> list[list]:
    items = list(v.sources)
    if not items and (v.evidence or v.doc):
        items = [Evidence(doc=v.doc or "", text=v.evidence or "")]
    return _evidence_rows(items, docs, MAX_EVIDENCE)


def route_payload(plan: RoutePlan, documents: Mapping[str, Document] | None = None) -> dict:
    """Column-oriented data of the Routes layer for ``diplomap.js`` (one JSON object)."""
    docs = DocTable(documents)
    st: dict[str, list] = {k: [] for k in ("t", "seq", "trip", "lat", "lon", "place", "country",
                                           "start", "end", "status", "conf", "ev")}
    for s in plan.stops:
        v = s.visit
        (lat, lon), = round_path([s.point])
        for k, val in (("t", s.traveler), ("seq", s.seq), ("trip", s.trip), ("lat", lat),
                       ("lon", lon), ("place", v.place or v.country), ("country", v.country),
                       ("start", _iso(v.start_date)), ("end", _iso(v.end_date)),
                       ("status", v.status), ("conf", round(v.confidence, 3)),
                       ("ev", _visit_evidence(v, docs))):
            st[k].append(val)
    geoms: list[list[str]] = []
    gidx: dict[tuple, int] = {}
    legs: dict[str, list] = {k: [] for k in ("t", "trip", "src", "dst", "date", "status", "g")}
    for leg in plan.legs:
        g = gidx.get(leg.parts)
        if g is None:
            g = gidx[leg.parts] = len(geoms)
            geoms.append([delta_encode(p) for p in leg.parts])
        for k, val in (("t", leg.traveler), ("trip", leg.trip), ("src", leg.src), ("dst", leg.dst),
                       ("date", _iso(leg.date)), ("status", leg.status), ("g", g)):
            legs[k].append(val)
    return {
        "travelers": {"name": plan.travelers, "color": plan.colors, "country": plan.countries,
                      "role": plan.roles,
                      "home": [list(h) if h else None for h in plan.homes]},
        "stops": st,
        "legs": legs,
        "geoms": geoms,
        "docs": docs.rows,
    }


# ----------------------------------------------------------------------------- ties

@dataclass(frozen=True, slots=True)
class TieArc:
    """One drawn tie: its value, capitals, ``bend``, colour and width (the arc on demand)."""

    tie: Tie
    ends: tuple[Point, Point]
    bend: float
    color: str
    width: float

    @property
    def path(self) -> tuple[Point, ...]:
        """The arc, 25 points (the browser draws the same curve from ``ends`` and ``bend``)."""
        return tuple(round_path(arc_path(self.ends[0], self.ends[1], bend=self.bend, n=24)))


@dataclass(slots=True)
class TiePlan:
    arcs: list[TieArc] = field(default_factory=list)
    skipped: list[Tie] = field(default_factory=list)

    @property
    def kinds(self) -> dict[str, str]:
        return {k: tie_color(k) for k in sorted({a.tie.kind for a in self.arcs})}


def plan_ties(ties: Sequence[Tie], home: Mapping[str, Sequence[float]] | None = None) -> TiePlan:
    """Arc every tie between the two countries' capitals (from ``home``).

    Ties of one pair are sorted by kind and nested: each next one bends further,
    so parallel ties stay apart. Ties whose capitals are unknown are kept in
    :attr:`TiePlan.skipped`.

    Examples
    --------
    >>> from geo.values import Tie
    >>> home = {"RU": (55.76, 37.62), "UZ": (41.3, 69.24)}
    >>> plan = plan_ties([Tie("RU", "UZ", "trade", 2, None, None),
    ...                   Tie("RU", "UZ", "energy", 1, None, None),
    ...                   Tie("RU", "XX", "trade", 1, None, None)], home)
    >>> [a.tie.kind for a in plan.arcs], len(plan.skipped)
    (['energy', 'trade'], 1)
    >>> plan.arcs[0].path[12] != plan.arcs[1].path[12], len(plan.arcs[0].path)
    (True, 25)
    """
    home = home or {}
    pairs: dict[tuple[str, str], list[Tie]] = defaultdict(list)
    plan = TiePlan()
    for t in ties:
        a, b = sorted((t.a, t.b))
        pairs[(a, b)].append(t)
    for (a, b), group in sorted(pairs.items()):
        pa, pb = _home_point(home, a), _home_point(home, b)
        group = sorted(group, key=lambda t: (t.kind, -t.weight, _iso(t.first_date) or ""))
        if pa is None or pb is None or pa == pb:
            plan.skipped.extend(group)
            continue
        for i, t in enumerate(group):
            bend = round(0.12 + 0.08 * i, 3)
            plan.arcs.append(TieArc(t, (pa, pb), bend, tie_color(t.kind), tie_width(t.weight)))
    return plan


def tie_payload(plan: TiePlan, documents: Mapping[str, Document] | None = None) -> dict:
    """Column-oriented data of the Ties layer for ``diplomap.js``.

    Arcs travel as the capitals (``ends``) and one ``bend`` per tie; the browser
    draws the same curve as :func:`maps.geometry.arc_path`.
    """
    docs = DocTable(documents)
    cols: dict = {k: [] for k in ("a", "b", "kind", "w", "width", "color", "first", "last", "bend",
                                  "ev", "nev")}
    ends: dict[str, list[float]] = {}
    for arc in plan.arcs:
        t = arc.tie
        a, b = sorted((t.a, t.b))
        ends[a], ends[b] = list(round_path([arc.ends[0]])[0]), list(round_path([arc.ends[1]])[0])
        for k, val in (("a", a), ("b", b), ("kind", t.kind), ("w", t.weight),
                       ("width", arc.width), ("color", arc.color), ("first", _iso(t.first_date)),
                       ("last", _iso(t.last_date)), ("bend", arc.bend),
                       ("ev", _evidence_rows(t.evidence, docs, MAX_TIE_EVIDENCE)),
                       ("nev", len(t.evidence))):
            cols[k].append(val)
    cols["ends"] = ends
    cols["docs"] = docs.rows
    return cols


# ----------------------------------------------------------------------------- mentions

@dataclass(frozen=True, slots=True)
class MentionSpot:
    """Mentions of one resolved place, grouped: where, how many, in which documents."""

    name: str
    country: str | None
    point: Point
    count: int
    docs: tuple[str, ...]


@dataclass(slots=True)
class MentionPlan:
    spots: list[MentionSpot] = field(default_factory=list)
    skipped: int = 0

    @property
    def total(self) -> int:
        return sum(s.count for s in self.spots)


def plan_mentions(mentions: Sequence[Mention]) -> MentionPlan:
    """Group resolved mentions by place (name, country and point to 5 decimals).

    Examples
    --------
    >>> from geo.values import Mention
    >>> m = [Mention("a", 0, 6, "Minsk", "Minsk", 53.9, 27.57, "BY", 1, "city", 1.0),
    ...      Mention("b", 3, 9, "Minsk", "Minsk", 53.9, 27.57, "BY", 1, "city", 1.0),
    ...      Mention("b", 9, 12, "Foo", "Foo", None, None, None, None, "other", 0.1)]
    >>> plan = plan_mentions(m)
    >>> [(s.name, s.count, s.docs) for s in plan.spots], plan.skipped
    ([('Minsk', 2, ('a', 'b'))], 1)
    """
    counts: dict[tuple, int] = defaultdict(int)
    docs: dict[tuple, set[str]] = defaultdict(set)
    plan = MentionPlan()
    for m in mentions:
        lat, lon = m.lat, m.lon
        if not valid_point(lat, lon):
            plan.skipped += 1
            continue
        key = (m.name or m.text, m.country or "", round(lat, 5), round(lon, 5))
        counts[key] += 1
        docs[key].add(m.doc)
    for key in sorted(counts):
        name, country, lat, lon = key
        plan.spots.append(MentionSpot(name, country or None, (lat, lon), counts[key], tuple(sorted(docs[key]))))
    return plan


def mention_payload(plan: MentionPlan, documents: Mapping[str, Document] | None = None) -> dict:
    """Column-oriented data of the Mentions layer for ``diplomap.js``."""
    docs = DocTable(documents)
    cols: dict[str, list] = {k: [] for k in ("lat", "lon", "name", "country", "n", "d", "nd")}
    for s in plan.spots:
        for k, val in (("lat", s.point[0]), ("lon", s.point[1]), ("name", s.name),
                       ("country", s.country), ("n", s.count),
                       ("d", [docs.ref(d) for d in s.docs[:MAX_SPOT_DOCS]]), ("nd", len(s.docs))):
            cols[k].append(val)
    cols["docs"] = docs.rows
    return cols


def plan_bounds(routes: RoutePlan, ties: TiePlan, mentions: MentionPlan) -> list[list[float]] | None:
    """``[[south, west], [north, east]]`` of stops, homes and tie ends (else of mentions).

    Examples
    --------
    >>> plan_bounds(RoutePlan(), TiePlan(), MentionPlan()) is None
    True
    """
    pts: list[Point] = [s.point for s in routes.stops]
    pts += [h for h in routes.homes if h]
    for a in ties.arcs:
        pts += list(a.ends)
    if not pts:
        pts = [s.point for s in mentions.spots]
    if not pts:
        return None
    lats = [p[0] for p in pts]
    lons = [p[1] for p in pts]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]
