"""Geodesic legs, antimeridian splits, tie arcs and coordinate packing."""

from __future__ import annotations

import pytest
from geographiclib.geodesic import Geodesic

from geo.errors import InputError
from maps.geometry import arc_path, check_point, delta_decode, delta_encode, geodesic_path, split_antimeridian

WGS84 = Geodesic.WGS84
TOKYO, SAN_FRANCISCO = (35.6762, 139.6503), (37.7749, -122.4194)
MOSCOW, BEIJING = (55.7558, 37.6173), (39.9042, 116.4074)


def test_tokyo_san_francisco_crosses_the_antimeridian_without_a_line_across_the_map():
    parts = geodesic_path(TOKYO, SAN_FRANCISCO)
    assert len(parts) == 2
    west, east = parts
    assert west[0] == TOKYO and east[-1] == SAN_FRANCISCO
    assert west[-1][1] == 180.0 and east[0][1] == -180.0
    assert west[-1][0] == pytest.approx(east[0][0])  # both pieces meet at the same latitude
    for part in parts:
        for (la1, lo1), (la2, lo2) in zip(part, part[1:]):
            assert abs(lo2 - lo1) < 30, "a segment jumps across the map"
            assert -180 <= lo1 <= 180 and -180 <= lo2 <= 180
    # the crossing is in the North Pacific, north of both cities (great-circle bulge)
    assert west[-1][0] > 45


def test_geodesic_midpoint_is_within_1_km_of_geographiclib():
    for a, b in ((MOSCOW, BEIJING), (TOKYO, SAN_FRANCISCO), ((-33.87, 151.21), (51.5, -0.13))):
        path = [p for part in geodesic_path(a, b) for p in part]
        # walk half the length along our polyline
        legs = [WGS84.Inverse(p[0], p[1], q[0], q[1]) for p, q in zip(path, path[1:])]
        half, acc = sum(g["s12"] for g in legs) / 2, 0.0
        for g in legs:
            if acc + g["s12"] >= half:
                mid = WGS84.Direct(g["lat1"], g["lon1"], g["azi1"], half - acc)
                break
            acc += g["s12"]
        line = WGS84.InverseLine(a[0], a[1], b[0], b[1])
        ref = line.Position(line.s13 / 2)
        miss = WGS84.Inverse(mid["lat2"], mid["lon2"], ref["lat2"], ref["lon2"])["s12"]
        assert miss < 1000, f"{a}->{b}: midpoint {miss:.0f} m from geographiclib's"


def test_vertices_lie_on_the_geodesic():
    line = WGS84.InverseLine(*MOSCOW, *BEIJING)
    (path,) = geodesic_path(MOSCOW, BEIJING)
    assert 20 <= len(path) <= 65
    for lat, lon in path[1:-1]:
        s = WGS84.Inverse(MOSCOW[0], MOSCOW[1], lat, lon)["s12"]
        on = line.Position(s)
        assert WGS84.Inverse(lat, lon, on["lat2"], on["lon2"])["s12"] < 50


def test_split_leaves_ordinary_lines_alone_and_cuts_westward_crossings():
    assert split_antimeridian([(0, 10), (5, 20), (10, 30)]) == [[(0, 10), (5, 20), (10, 30)]]
    west = split_antimeridian([(10, -170), (0, 170)])
    assert [p[-1][1] for p in west][:1] == [-180.0] and west[1][0][1] == 180.0


def test_arcs_of_one_pair_stay_apart_and_end_on_the_capitals():
    uz = (41.2995, 69.2401)
    arcs = [arc_path(MOSCOW, uz, bend=b) for b in (0.12, 0.2, 0.28)]
    for arc in arcs:
        assert arc[0] == MOSCOW and arc[-1] == uz
    mids = [arc[len(arc) // 2] for arc in arcs]
    gaps = [WGS84.Inverse(*p, *q)["s12"] for p, q in zip(mids, mids[1:])]
    assert min(gaps) > 50_000  # more than 50 km apart at the middle


def test_delta_packing_round_trips_at_5_decimals():
    path = [(55.755826, 37.6173), (-33.868820, 151.209296), (0.0, -180.0)]
    back = delta_decode(delta_encode(path))
    assert all(abs(a - b) <= 0.5e-5 for p, q in zip(path, back) for a, b in zip(p, q))


@pytest.mark.parametrize("bad", [(91, 0), (0, 181), ("x", 1), (1,), None, (float("nan"), 0)])
def test_bad_points_are_refused_with_the_value(bad):
    with pytest.raises(InputError, match="instead got"):
        check_point(bad)
