"""Turn visits, ties and mentions into drawable plans, one per layer.

A *plan* (:class:`RoutePlan`, :class:`TiePlan`, :class:`MentionPlan`) holds the
geometry and attributes of one layer in Python; it feeds both the map (through
:mod:`maps.payloads`, one compact payload per layer) and the GeoJSON export.
Everything is sorted, so the same input always gives the same output.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from geo.leaders import group_names
from geo.values import Mention, Tie, Visit, valid_point

from .geometry import Point, arc_path, check_point, geodesic_path, round_path
from .sources import iso
from .style import tie_color, tie_dash, tie_width, traveler_color

__all__ = [
    "Stop",
    "Leg",
    "RoutePlan",
    "TieArc",
    "TiePlan",
    "MentionSpot",
    "MentionPlan",
    "plan_routes",
    "plan_ties",
    "plan_mentions",
    "plan_bounds",
]

#: How far a tie arc bends away from its chord (a fraction of the chord's length).
TIE_BEND = 0.18


# ----------------------------------------------------------------------------- routes

@dataclass(frozen=True, slots=True)
class Stop:
    """One drawn stop: a visit with coordinates, numbered ``seq`` (1-based) within its trip."""

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
    """Travellers (one per person, sorted by name), their homes, stops in trip order, and legs."""

    travelers: list[str] = field(default_factory=list)
    aliases: list[list[str]] = field(default_factory=list)
    countries: list[str | None] = field(default_factory=list)
    roles: list[str | None] = field(default_factory=list)
    homes: list[Point | None] = field(default_factory=list)
    stops: list[Stop] = field(default_factory=list)
    legs: list[Leg] = field(default_factory=list)
    skipped: list[Visit] = field(default_factory=list)

    @property
    def colors(self) -> list[str]:
        n = len(self.travelers)
        return [traveler_color(i, n) for i in range(n)]


def _most_common(values) -> str | None:
    c = Counter(v for v in values if v)
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if c else None


def _visit_key(v: Visit):
    return (v.start_date or dt.date.max, v.end_date or dt.date.max, v.place or "", v.country,
            v.lat or 0.0, v.lon or 0.0, v.status, v.doc or "")


def _trips(visits: list[Visit]) -> list[tuple[int, list[Visit]]]:
    """Group one traveller's visits into trips: by ``trip`` when set, else by the events
    stage's one trip grouper (:func:`geo.events.order_trips`); a visit it leaves out (undated,
    cancelled) is a trip of its own."""
    from geo.events import order_trips

    known: dict[int, list[Visit]] = defaultdict(list)
    loose: list[Visit] = []
    for v in visits:
        (known[v.trip] if v.trip is not None else loose).append(v)
    out = [(t, sorted(vs, key=_visit_key)) for t, vs in sorted(known.items())]
    nxt = (max(known) + 1) if known else 1
    grouped: dict[int, list[Visit]] = defaultdict(list)
    alone: list[Visit] = []
    for v in order_trips(loose):
        (grouped[v.trip] if v.trip is not None else alone).append(v)
    for t in sorted(grouped):
        out.append((nxt, sorted(grouped[t], key=_visit_key)))
        nxt += 1
    for v in sorted(alone, key=_visit_key):
        out.append((nxt, [v]))
        nxt += 1
    return out


def _home_point(home: Mapping[str, Sequence[float]], iso2: str | None) -> Point | None:
    if not iso2:
        return None
    p = home.get(iso2) or home.get(iso2.upper())
    return check_point(p, what=f"home point of {iso2}") if p is not None else None


def plan_routes(visits: Sequence[Visit], home: Mapping[str, Sequence[float]] | None = None,
                *, step_km: float = 200.0) -> RoutePlan:
    """Order visits into trips and draw legs along geodesics.

    Spellings of one person's name are merged first (:func:`geo.leaders.group_names`). Stops
    are ordered by (traveller, trip, start date) and numbered from 1 within each
    trip; each trip starts and ends at the traveller's home capital when ``home``
    knows their country. A leg takes the status of the stop it arrives at (the way
    home: of the trip's last stop). Visits without coordinates are kept in
    :attr:`RoutePlan.skipped`.

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
    plan = RoutePlan()
    drawable = []
    for v in visits:
        (drawable if valid_point(v.lat, v.lon) else plan.skipped).append(v)
    names = group_names((v.traveler for v in drawable), Counter(v.traveler for v in drawable))
    by_traveler: dict[str, list[Visit]] = defaultdict(list)
    for v in drawable:
        by_traveler[names[v.traveler]].append(v)
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
        plan.aliases.append(sorted({v.traveler for v in vs} - {name}))
        plan.countries.append(country)
        plan.roles.append(_most_common(v.role for v in vs))
        plan.homes.append(hp)
        for trip, tvs in _trips(vs):
            idx: list[int] = []
            for seq, v in enumerate(tvs, start=1):
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


# ----------------------------------------------------------------------------- ties

@dataclass(frozen=True, slots=True)
class TieArc:
    """One drawn arc per country pair: its ties (heaviest first), capitals and style.

    ``kind`` is the dominant kind (the heaviest; it gives the colour and dash),
    ``weight`` the sum of the ties' weights (it gives the width).
    """

    pair: tuple[str, str]
    ties: tuple[Tie, ...]
    ends: tuple[Point, Point]
    bend: float

    @property
    def kind(self) -> str:
        return self.ties[0].kind

    @property
    def weight(self) -> int:
        return sum(t.weight for t in self.ties)

    @property
    def color(self) -> str:
        return tie_color(self.kind)

    @property
    def dash(self) -> list[int]:
        return tie_dash(self.kind)

    @property
    def width(self) -> float:
        return tie_width(self.weight)

    @property
    def first_date(self) -> dt.date | None:
        return min((t.first_date or t.last_date for t in self.ties if t.first_date or t.last_date), default=None)

    @property
    def last_date(self) -> dt.date | None:
        return max((t.last_date or t.first_date for t in self.ties if t.first_date or t.last_date), default=None)

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
        """Every kind drawn (dominant or not) and its colour."""
        return {k: tie_color(k) for k in sorted({t.kind for a in self.arcs for t in a.ties})}


def plan_ties(ties: Sequence[Tie], home: Mapping[str, Sequence[float]] | None = None) -> TiePlan:
    """One arc per country pair between the two capitals (from ``home``).

    The ties of a pair (one per kind) stay whole in :attr:`TieArc.ties`, heaviest
    first; the arc takes the dominant kind's colour and dash and the summed weight's
    width. Ties whose capitals are unknown are kept in :attr:`TiePlan.skipped`.

    Examples
    --------
    >>> from geo.values import Tie
    >>> home = {"RU": (55.76, 37.62), "UZ": (41.3, 69.24)}
    >>> plan = plan_ties([Tie("RU", "UZ", "trade", 2, None, None),
    ...                   Tie("RU", "UZ", "energy", 3, None, None),
    ...                   Tie("RU", "XX", "trade", 1, None, None)], home)
    >>> [(a.pair, a.kind, a.weight, [t.kind for t in a.ties]) for a in plan.arcs], len(plan.skipped)
    ([(('RU', 'UZ'), 'energy', 5, ['energy', 'trade'])], 1)
    >>> len(plan.arcs[0].path)
    25
    """
    home = home or {}
    pairs: dict[tuple[str, str], list[Tie]] = defaultdict(list)
    plan = TiePlan()
    for t in ties:
        a, b = sorted((t.a, t.b))
        pairs[(a, b)].append(t)
    for (a, b), group in sorted(pairs.items()):
        pa, pb = _home_point(home, a), _home_point(home, b)
        group = sorted(group, key=lambda t: (-t.weight, t.kind, iso(t.first_date) or ""))
        if pa is None or pb is None or pa == pb:
            plan.skipped.extend(group)
            continue
        plan.arcs.append(TieArc((a, b), tuple(group), (pa, pb), TIE_BEND))
    return plan


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


def plan_bounds(routes: RoutePlan, ties: TiePlan, mentions: MentionPlan) -> list[list[float]] | None:
    """``[[south, west], [north, east]]`` of stops, homes, legs and tie arcs (else of mentions).

    Legs count with their whole geodesic, so a route over the pole stays in view.

    Examples
    --------
    >>> plan_bounds(RoutePlan(), TiePlan(), MentionPlan()) is None
    True
    """
    pts: list[Point] = [s.point for s in routes.stops]
    pts += [h for h in routes.homes if h]
    seen = set()
    for leg in routes.legs:
        if id(leg.parts) not in seen:
            seen.add(id(leg.parts))
            pts += [p for part in leg.parts for p in part]
    for a in ties.arcs:
        pts += list(a.path)
    if not pts:
        pts = [s.point for s in mentions.spots]
    if not pts:
        return None
    lats = [p[0] for p in pts]
    lons = [p[1] for p in pts]
    return [[round(min(lats), 5), round(min(lons), 5)], [round(max(lats), 5), round(max(lons), 5)]]
