"""Line geometry for the map: geodesic legs, antimeridian splits, tie arcs, packing.

Points are ``(lat, lon)`` pairs like the rest of diplomap; :func:`to_lonlat` turns a
path into GeoJSON order. Every function here is pure and deterministic.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from geographiclib.geodesic import Geodesic

from geo.errors import InputError

__all__ = [
    "MAX_MERC_LAT",
    "Point",
    "Path",
    "check_point",
    "geodesic_path",
    "split_antimeridian",
    "arc_path",
    "round_path",
    "to_lonlat",
    "delta_encode",
    "delta_decode",
]

Point = tuple[float, float]
Path = list[Point]

_WGS84 = Geodesic.WGS84
#: Web Mercator's latitude limit (Leaflet's EPSG:3857); ``core.js`` clamps at the same.
MAX_MERC_LAT = 85.0511287798


def check_point(point: Sequence[float], *, what: str = "point") -> Point:
    """Return ``point`` as a ``(lat, lon)`` float pair, or raise :class:`InputError`.

    Examples
    --------
    >>> check_point((55.75, 37.62))
    (55.75, 37.62)
    >>> check_point((95, 0))
    Traceback (most recent call last):
    ...
    geo.errors.InputError: Expected a point as (lat, lon) with -90 <= lat <= 90 and -180 <= lon <= 180, instead got: (95, 0)
    """
    try:
        lat, lon = (float(v) for v in point)
    except (TypeError, ValueError) as err:
        raise InputError(f"Expected a {what} as two numbers (lat, lon), instead got: {point!r}") from err
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or math.isnan(lat) or math.isnan(lon):
        raise InputError(f"Expected a {what} as (lat, lon) with -90 <= lat <= 90 and "
                         f"-180 <= lon <= 180, instead got: {point!r}")
    return (lat, lon)


def _wrap(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0


def geodesic_path(a: Point, b: Point, *, step_km: float = 200.0, max_points: int = 65) -> list[Path]:
    """Interpolate the WGS84 geodesic from ``a`` to ``b`` and split it at the antimeridian.

    Points are spaced about ``step_km`` apart (at least 2 segments, at most
    ``max_points`` points) along the geodesic, computed with GeographicLib's
    algorithms (pyproj's C port when installed, else the ``geographiclib`` package).

    Returns
    -------
    list of paths
        One path, or two when the leg crosses longitude 180 (each ends exactly on
        the antimeridian), so no segment runs across the whole map.

    Examples
    --------
    >>> moscow, minsk = (55.7558, 37.6173), (53.9, 27.5667)
    >>> [len(p) for p in geodesic_path(moscow, minsk)]
    [5]
    >>> tokyo, sf = (35.6762, 139.6503), (37.7749, -122.4194)
    >>> parts = geodesic_path(tokyo, sf)
    >>> len(parts), parts[0][-1][1], parts[1][0][1]
    (2, 180.0, -180.0)
    """
    a, b = check_point(a), check_point(b)
    geod = _pyproj_geod()
    if geod is not None:  # the same algorithm (GeographicLib's C code), about 30 times faster
        dist = geod.inv(a[1], a[0], b[1], b[0], return_back_azimuth=True)[2]
        n = max(2, min(max_points - 1, math.ceil(dist / 1000.0 / step_km)))
        r = geod.inv_intermediate(a[1], a[0], b[1], b[0], npts=n + 1, initial_idx=0, terminus_idx=0,
                                  return_back_azimuth=True)
        pts: Path = [(lat, _wrap(lon)) for lat, lon in zip(r.lats, r.lons)]
    else:
        line = _WGS84.InverseLine(a[0], a[1], b[0], b[1],
                                  Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.DISTANCE_IN)
        n = max(2, min(max_points - 1, math.ceil(line.s13 / 1000.0 / step_km)))
        mask = Geodesic.LATITUDE | Geodesic.LONGITUDE
        pts = []
        for i in range(n + 1):
            g = line.Position(line.s13 * i / n, mask)
            pts.append((g["lat2"], _wrap(g["lon2"])))
    pts[0], pts[-1] = a, b
    return split_antimeridian(pts)


_GEOD: list = []


def _pyproj_geod():
    """pyproj's WGS84 ``Geod`` when pyproj is installed (``None`` otherwise)."""
    if not _GEOD:
        try:
            from pyproj import Geod

            _GEOD.append(Geod(ellps="WGS84"))
        except ImportError:  # pragma: no cover - pyproj is a declared dependency
            _GEOD.append(None)
    return _GEOD[0]


def split_antimeridian(path: Sequence[Point]) -> list[Path]:
    """Cut a path wherever a segment jumps across longitude 180 (the short way round).

    A segment whose longitudes differ by more than 180 degrees is taken to cross
    the antimeridian; it is replaced by two pieces meeting the edge at the
    interpolated latitude.

    Examples
    --------
    >>> split_antimeridian([(0, 170), (10, -170)])
    [[(0, 170), (5.0, 180.0)], [(5.0, -180.0), (10, -170)]]
    >>> split_antimeridian([(0, 10), (1, 20)])
    [[(0, 10), (1, 20)]]
    """
    parts: list[Path] = []
    cur: Path = []
    for p in path:
        if cur:
            q = cur[-1]
            dlon = p[1] - q[1]
            if abs(dlon) > 180.0:
                edge = 180.0 if q[1] > 0 else -180.0
                span = 360.0 - abs(dlon)
                t = (edge - q[1]) / (span if edge > 0 else -span) if span else 0.5
                lat = q[0] + (p[0] - q[0]) * t
                cur.append((round(lat, 7), edge))
                parts.append(cur)
                cur = [(round(lat, 7), -edge)]
        cur.append(p)
    if cur:
        parts.append(cur)
    return [pt for pt in parts if len(pt) >= 2] or ([list(path)] if path else [])


def _merc_y(lat: float) -> float:
    lat = max(-MAX_MERC_LAT, min(MAX_MERC_LAT, lat))
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def _merc_lat(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(math.radians(y))) - math.pi / 2)


def arc_path(a: Point, b: Point, *, bend: float = 0.18, n: int = 24) -> Path:
    """A curved arc from ``a`` to ``b`` as drawn on a flat (Web Mercator) map.

    The curve is a quadratic Bezier in Mercator coordinates whose control point sits
    ``bend`` times the chord length to the left of the chord (negative: to the
    right), so ties of one pair drawn with different bends stay apart. Arcs stay on
    one copy of the world (no wrapping past longitude 180), so they always meet
    the capitals' markers.

    Examples
    --------
    >>> arc = arc_path((55.7558, 37.6173), (41.2995, 69.2401), n=4)
    >>> arc[0], arc[-1]
    ((55.7558, 37.6173), (41.2995, 69.2401))
    >>> arc[2][0] > (55.7558 + 41.2995) / 2   # bent to the left, north of the chord
    True
    """
    a, b = check_point(a), check_point(b)
    lon_b = b[1]
    x0, y0, x1, y1 = a[1], _merc_y(a[0]), lon_b, _merc_y(b[0])
    dx, dy = x1 - x0, y1 - y0
    cx, cy = (x0 + x1) / 2 - dy * bend, (y0 + y1) / 2 + dx * bend
    out: Path = [a]
    for i in range(1, n):
        t = i / n
        x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1
        y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1
        out.append((_merc_lat(y), max(-180.0, min(180.0, x))))
    out.append((b[0], lon_b))
    return out


def round_path(path: Sequence[Point], ndigits: int = 5) -> Path:
    """Round every coordinate (5 decimals is about 1 m).

    Examples
    --------
    >>> round_path([(1.234567, 2.345678)])
    [(1.23457, 2.34568)]
    """
    return [(round(lat, ndigits), round(lon, ndigits)) for lat, lon in path]


def to_lonlat(path: Sequence[Point], ndigits: int = 5) -> list[list[float]]:
    """GeoJSON coordinates (``[lon, lat]``) of a path, rounded.

    Examples
    --------
    >>> to_lonlat([(41.3, 69.28)])
    [[69.28, 41.3]]
    """
    return [[round(lon, ndigits), round(lat, ndigits)] for lat, lon in path]


def delta_encode(path: Sequence[Point], precision: int = 5) -> list[int]:
    """Pack a path as integers: the first point, then differences, at ``precision`` decimals.

    ``[lat0, lon0, dlat1, dlon1, ...]`` in units of ``10**-precision`` degrees: short
    numbers that compress well; ``core.js`` sums them back up.

    Examples
    --------
    >>> delta_encode([(38.5, -120.2), (40.7, -120.95)])
    [3850000, -12020000, 220000, -75000]
    >>> delta_decode(delta_encode([(55.75582, 37.6173), (-33.9, 151.2)]))
    [(55.75582, 37.6173), (-33.9, 151.2)]
    """
    factor = 10 ** precision
    out: list[int] = []
    plat = plon = 0
    for lat, lon in path:
        ilat, ilon = round(lat * factor), round(lon * factor)
        out.append(ilat - plat)
        out.append(ilon - plon)
        plat, plon = ilat, ilon
    return out


def delta_decode(values: Sequence[int], precision: int = 5) -> Path:
    """Inverse of :func:`delta_encode`.

    Examples
    --------
    >>> delta_decode([3850000, -12020000, 220000, -75000])
    [(38.5, -120.2), (40.7, -120.95)]
    """
    factor = 10 ** precision
    out: Path = []
    lat = lon = 0
    for i in range(0, len(values) - 1, 2):
        lat += values[i]
        lon += values[i + 1]
        out.append((lat / factor, lon / factor))
    return out
