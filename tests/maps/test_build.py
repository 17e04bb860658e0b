"""Building and saving maps, without a browser: structure, offline, reproducible, inert."""

from __future__ import annotations

import datetime as dt
import csv
import json
import re

import folium
import pytest

import geo
import maps
from geo.errors import ConfigurationError, InputError
from maps.layers import plan_routes, plan_ties
from maps.payloads import route_payload

from .conftest import HOME, HOSTILE, hostile_inputs, putin_ties, putin_visits


def build(sample, **kw):
    args = dict(documents=sample["documents"], problems=sample["problems"], home=sample["home"],
                title="Putin's trips", tiles="none")
    args.update(kw)
    return maps.build_map(sample["visits"], sample["ties"], sample["mentions"], **args)


def test_returns_a_folium_map_with_named_layers_and_the_layer_control_last(sample):
    m = build(sample)
    assert isinstance(m, folium.Map)
    children = list(m._children.values())
    groups = [c.layer_name for c in children if isinstance(c, folium.FeatureGroup)]
    assert groups == ["Ties", "Routes", "Mentions"]
    kinds = [type(c).__name__ for c in children]
    assert kinds.index("LayerControl") > kinds.index("Controls")
    assert "<iframe" in m._repr_html_()  # displays inline in Jupyter


def test_trips_become_ordered_numbered_stops_and_legs_from_home():
    plan = plan_routes(putin_visits(), HOME)
    assert [(s.trip, s.seq, s.visit.place) for s in plan.stops] == [
        (1, 1, "Dushanbe"), (1, 2, "Ashgabat"), (3, 1, "Beijing"), (3, 2, "Harbin"),
        (4, 1, "Minsk"), (5, 1, "Tashkent")]  # numbered within each trip
    legs = [(leg.trip, leg.src, leg.dst, leg.status) for leg in plan.legs]
    assert legs == [(1, -1, 0, "completed"), (1, 0, 1, "planned"), (1, 1, -1, "planned"),
                    (3, -1, 2, "completed"), (3, 2, 3, "completed"), (3, 3, -1, "completed"),
                    (4, -1, 4, "completed"), (4, 4, -1, "completed"),
                    (5, -1, 5, "completed"), (5, 5, -1, "completed")]
    payload = route_payload(plan)
    assert payload["travelers"]["home"] == [[55.7558, 37.6173]]
    assert payload["stops"]["start"][2] == "2024-05-16"


def test_without_home_trips_have_no_legs_to_home_and_ties_are_counted_not_drawn():
    plan = plan_routes(putin_visits(), {})
    assert all(leg.src >= 0 and leg.dst >= 0 for leg in plan.legs)
    assert len(plan.legs) == 2  # Dushanbe->Ashgabat, Beijing->Harbin
    assert len(plan_ties(putin_ties(), {}).skipped) == 6  # (one per pair and kind)


def test_default_home_falls_back_to_nothing_when_the_gazetteer_fails(monkeypatch):
    def broken():
        raise OSError("gazetteer index missing")

    monkeypatch.setattr(geo, "get_gazetteer", broken, raising=False)
    assert maps.default_home(["RU", "UZ"]) == {}
    m = maps.build_map(putin_visits(), tiles="none")  # still builds
    assert len(m.diplomap["routes"].legs) == 2


def test_same_input_gives_byte_identical_outputs(sample, tmp_path):
    a, b = build(sample), build(sample)
    maps.save_html(a, tmp_path / "a.html")
    maps.save_html(b, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    maps.save_html(a, tmp_path / "a2.html")  # rendering twice does not change it either
    assert (tmp_path / "a2.html").read_bytes() == (tmp_path / "a.html").read_bytes()
    maps.save_fragment(a, tmp_path / "a.frag")
    maps.save_fragment(b, tmp_path / "b.frag")
    assert (tmp_path / "a.frag").read_bytes() == (tmp_path / "b.frag").read_bytes()
    g1 = json.dumps(maps.to_geojson(sample["visits"], sample["ties"], sample["mentions"], home=HOME))
    g2 = json.dumps(maps.to_geojson(sample["visits"], sample["ties"], sample["mentions"], home=HOME))
    assert g1 == g2
    c1 = maps.write_csvs(tmp_path / "c1", sample["visits"], sample["ties"], sample["mentions"], sample["problems"])
    c2 = maps.write_csvs(tmp_path / "c2", list(reversed(sample["visits"])), sample["ties"][::-1],
                         sample["mentions"][::-1], sample["problems"])
    assert all(c1[k].read_bytes() == c2[k].read_bytes() for k in c1)
    # different data, different element ids (fragments of two maps do not share names)
    other = maps.build_map(putin_visits()[:2], home=HOME, tiles="none")
    ids = lambda m: set(re.findall(r'id="(map_[0-9a-f_]+)"', maps.render_html(m)))  # noqa: E731
    assert ids(a) and ids(a).isdisjoint(ids(other))


def test_offline_page_references_nothing_remote(sample, tmp_path):
    html = maps.render_html(build(sample))
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=", html)
    assert not re.search(r"url\((?!data:|#default#VML)", html), "CSS must not load images from files or the web"
    for host in ("cdn.jsdelivr", "cdnjs", "unpkg", "code.jquery", "bootstrapcdn", "tile.openstreetmap"):
        assert host not in html
    assert "L_NO_TOUCH = " not in html and "$(document)" not in html  # no folium globals or jQuery calls


def test_default_tiles_are_openstreetmap_and_cdn_mode_links_libraries(sample):
    online = maps.render_html(build(sample, tiles=None))
    assert "tile.openstreetmap.org" in online and "<script src=" not in online
    cdn = maps.render_html(build(sample, offline=False))
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"></script>' in cdn
    assert len(cdn) < len(maps.render_html(build(sample))) - 100_000


def test_bad_arguments_are_refused_clearly(sample):
    with pytest.raises(InputError, match="Visit"):
        maps.build_map(["not a visit"])
    with pytest.raises(ConfigurationError, match="tile URL"):
        maps.build_map(tiles="ftp://tiles.example/{z}/{x}/{y}.png")
    with pytest.raises(InputError, match="folium.Map"):
        maps.save_html("map", "x.html")
    with pytest.raises(ConfigurationError, match="CSS height"):
        maps.save_fragment(build(sample), "/tmp/never.html", height="1px;}</style><script>")


def test_empty_input_builds_a_map_that_says_so(tmp_path):
    m = maps.build_map(tiles="none")
    html = maps.save_html(m, tmp_path / "empty.html").read_text()
    assert '"empty":true' in html


def test_document_text_never_reaches_the_page_as_markup(tmp_path):
    visits, ties, mentions, docs, problems = hostile_inputs()
    m = maps.build_map(visits, ties, mentions, documents=docs, problems=problems, title=HOSTILE[0],
                       home=HOME, tiles="none")
    html = maps.render_html(m)
    data = html[html.index("</head>"):]  # what the map adds after the libraries
    for needle in ("<img", "<svg", "</script><script>", "javascript:", "{{ 7*7 }}", "{%"):
        assert needle.lower() not in data.lower(), needle
    assert "\\u003cimg src=x onerror" in data  # present, as inert JSON text
    assert "<title>&lt;img src=x" in html  # the title is escaped text
    fragment = maps.save_fragment(m, tmp_path / "f.html").read_text()
    assert "<img" not in fragment and "javascript:" not in fragment.lower()


def test_geojson_has_legs_stops_homes_ties_and_mentions_with_properties(sample):
    fc = maps.to_geojson(sample["visits"], sample["ties"], sample["mentions"], home=HOME)
    assert fc["type"] == "FeatureCollection"
    layers = {}
    for f in fc["features"]:
        layers.setdefault(f["properties"]["layer"], []).append(f)
    assert {k: len(v) for k, v in layers.items()} == {"route": 10, "stop": 6, "home": 1, "tie": 6, "mention": 8}
    planned = [f for f in layers["route"] if f["properties"]["planned"]]
    assert [(f["properties"]["from"], f["properties"]["to"]) for f in planned] == [("Dushanbe", "Ashgabat"),
                                                                                    ("Ashgabat", "home")]
    stop = layers["stop"][2]["properties"]
    assert (stop["place"], stop["start_date"], stop["seq"]) == ("Beijing", "2024-05-16", 1)  # 1st of its trip
    lon, lat = layers["stop"][2]["geometry"]["coordinates"]
    assert (lat, lon) == (39.9042, 116.4074)  # GeoJSON order is lon, lat
    for f in fc["features"]:
        for v in f["properties"].values():
            assert v is None or isinstance(v, (str, int, float, bool))  # flat, for QGIS/geopandas
    json.dumps(fc, allow_nan=False)


def test_geojson_splits_a_pacific_leg_into_a_multilinestring():
    from geo.values import Visit

    v = Visit("Blinken", "US", None, "JP", "Tokyo", 35.6762, 139.6503, None, None, "completed", None, None,
              1.0, trip=1)
    fc = maps.to_geojson([v], home={"US": (37.7749, -122.4194)})
    legs = [f for f in fc["features"] if f["properties"]["layer"] == "route"]
    assert [f["geometry"]["type"] for f in legs] == ["MultiLineString", "MultiLineString"]
    for f in legs:
        for line in f["geometry"]["coordinates"]:
            assert all(abs(b[0] - a[0]) < 30 for a, b in zip(line, line[1:]))


def test_csvs_are_written_with_guarded_cells_and_unresolved_rows(sample, tmp_path):
    from geo.values import Mention, Problem

    mentions = sample["mentions"] + [Mention("x.txt", 0, 4, "=cmd", "=cmd", None, None, None, None, "other", 0.1)]
    problems = [Problem("evil.csv", "+SUM(A1)", "records", 3, "@import")]
    out = maps.write_csvs(tmp_path, sample["visits"], sample["ties"], mentions, problems)
    assert sorted(p.name for p in out.values()) == ["mentions.csv", "ties.csv", "unresolved.csv", "visits.csv"]
    visits = list(csv.DictReader(out["visits"].open()))
    assert len(visits) == 6 and visits[0]["place"] == "Dushanbe" and visits[0]["lat"] == "38.5598"
    ties = list(csv.DictReader(out["ties"].open()))
    assert [(t["country_a"], t["country_b"], t["kind"]) for t in ties][:2] == \
        [("BY", "RU", "nuclear"), ("RU", "TJ", "diplomatic")]
    # one table layout: the same columns as `diplomap ties|visits|mentions -f csv` (geo.output)
    from geo.output import MENTION_FIELDS, PROBLEM_FIELDS, TIE_FIELDS, VISIT_FIELDS, dumps

    for name, fields in (("visits", VISIT_FIELDS), ("ties", TIE_FIELDS), ("mentions", MENTION_FIELDS),
                         ("unresolved", PROBLEM_FIELDS)):
        assert next(csv.reader(out[name].open())) == list(fields), name
    ordered = sorted(sample["ties"], key=lambda t: (t.a, t.b, t.kind, t.first_date or dt.date.min))
    assert out["ties"].read_text(encoding="utf-8") == dumps(ordered, "csv", fields=TIE_FIELDS)
    rows = list(csv.DictReader(out["unresolved"].open()))
    assert rows[0] == {"source": "evil.csv", "reason": "'+SUM(A1)", "stage": "records", "row": "3",
                       "text": "'@import"}
    assert rows[1]["reason"] == "place not resolved" and rows[1]["text"] == "'=cmd"
    for path in out.values():
        for row in csv.reader(path.open()):
            assert not any(cell[:1] in ("=", "+", "@") for cell in row)


def test_visits_without_a_trip_are_grouped_into_trips_by_the_events_rule():
    import dataclasses

    from geo.events import order_trips

    loose = [dataclasses.replace(v, trip=None) for v in putin_visits()]
    plan = plan_routes(loose, HOME)
    trips = [(s.trip, s.visit.place) for s in plan.stops]
    # stops on consecutive days make one trip; Minsk (23-24 May) and Tashkent (26 May) are two,
    # exactly as the events stage numbers them: the map has no trip rule of its own
    assert trips == [(1, "Dushanbe"), (1, "Ashgabat"), (2, "Beijing"), (2, "Harbin"), (3, "Minsk"),
                     (4, "Tashkent")]
    by_events = {v.place: v.trip for v in order_trips(loose)}
    assert [by_events[p] for _, p in trips] == [t for t, _ in trips]
    assert all(a.visit.start_date <= b.visit.start_date for a, b in zip(plan.stops, plan.stops[1:]))


def test_only_plain_http_links_survive():
    from maps.sources import safe_url

    assert safe_url("https://example.org/x?y=1#z") == "https://example.org/x?y=1#z"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "vbscript:x",
                "https://user:pw@evil.example/", "https://exa mple.org", "//evil.example", "https://", "ftp://x/y"):
        assert safe_url(bad) is None, bad
