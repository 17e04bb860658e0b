"""``diplomap build`` end to end on the bundled sample: the map, its routes and ties, every output."""

from __future__ import annotations

import csv
import json
import shutil
import struct

import pytest
from typer.testing import CliRunner

from geo.cli import app

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    result = invoke("build", "-o", str(out / "map.html"), "--geojson", str(out / "map.geojson"),
                    "--csv-dir", str(out / "tables"), "--fragment", str(out / "frag.html"),
                    "--report", str(out / "report.csv"))
    assert result.exit_code == 0, result.output
    return out, result


def _routes(fc, traveler="Vladimir Putin"):
    """{trip: [from, to, to, ...]} of one traveller's route legs, in order."""
    trips: dict[int, list[str]] = {}
    for f in fc["features"]:
        p = f["properties"]
        if p.get("layer") == "route" and p["traveler"] == traveler:
            legs = trips.setdefault(p["trip"], [p["from"]])
            legs.append(p["to"])
    return trips


def test_sample_map_has_the_trips_of_2022_and_2024(built):
    out, result = built
    html = (out / "map.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Putin" in html
    assert "documents 6" in result.stderr and "wrote" in result.stderr
    trips = list(_routes(json.loads((out / "map.geojson").read_text(encoding="utf-8"))).values())
    assert ["home", "Dushanbe", "Ashgabat", "home"] in trips
    assert ["home", "Beijing", "home"] in trips or ["home", "Beijing", "Harbin", "home"] in trips
    assert ["home", "Minsk", "home"] in trips
    assert ["home", "Tashkent", "home"] in trips


def test_sample_map_has_the_main_ties(built):
    out, _ = built
    fc = json.loads((out / "map.geojson").read_text(encoding="utf-8"))
    pairs = {(f["properties"]["a"], f["properties"]["b"]) for f in fc["features"]
             if f["properties"].get("layer") == "tie"}
    assert {("RU", "UZ"), ("BY", "RU"), ("RU", "TJ"), ("CN", "RU")} <= pairs
    kinds = {f["properties"]["kind"] for f in fc["features"]
             if f["properties"].get("layer") == "tie" and f["properties"]["a"] == "RU"
             and f["properties"]["b"] == "UZ"}
    assert {"military", "visit"} <= kinds


def test_fragment_csvs_and_report(built):
    out, _ = built
    frag = (out / "frag.html").read_text(encoding="utf-8")
    assert "<html" not in frag.lower() and "<head" not in frag.lower() and "<script" in frag
    for name in ("visits.csv", "ties.csv", "mentions.csv", "unresolved.csv"):
        with open(out / "tables" / name, encoding="utf-8") as fh:
            assert next(csv.reader(fh)), name
    visits = list(csv.DictReader(open(out / "tables" / "visits.csv", encoding="utf-8")))
    joined = [v for v in visits if v["origin"] == "both"]
    assert {v["place"] for v in joined} >= {"Dushanbe", "Minsk", "Tashkent"}
    assert list(csv.DictReader(open(out / "report.csv", encoding="utf-8"))) == []


def test_every_command_writes_the_same_tables(built, tmp_path):
    """``build --csv-dir`` writes the rows ``diplomap ties|visits -f csv`` write, in one layout."""
    from geo._paths import data_path

    out, _ = built
    sample = [str(data_path("sample")), "--meta", str(data_path("sample", "meta.csv"))]
    for name, extra in (("ties", []), ("visits", ["--records", str(data_path("visits.csv"))])):
        result = invoke(name, *sample, *extra, "-q", "-f", "csv", "-o", str(tmp_path / f"{name}.csv"))
        assert result.exit_code == 0, result.output
        with open(tmp_path / f"{name}.csv", encoding="utf-8", newline="") as fh:
            alone = list(csv.reader(fh))
        with open(out / "tables" / f"{name}.csv", encoding="utf-8", newline="") as fh:
            in_build = list(csv.reader(fh))
        assert alone[0] == in_build[0], name
        assert len(alone) > 3 and sorted(alone[1:]) == sorted(in_build[1:]), name


def test_same_input_same_bytes(built, tmp_path):
    out, _ = built
    assert invoke("build", "-q", "-o", str(tmp_path / "again.html")).exit_code == 0
    assert (tmp_path / "again.html").read_bytes() == (out / "map.html").read_bytes()


def test_traveler_and_date_filters(tmp_path):
    result = invoke("build", "-q", "-o", str(tmp_path / "m.html"), "--geojson",
                    str(tmp_path / "m.geojson"), "--traveler", "Belousov")
    assert result.exit_code == 0
    fc = json.loads((tmp_path / "m.geojson").read_text(encoding="utf-8"))
    travelers = {f["properties"]["traveler"] for f in fc["features"]
                 if f["properties"].get("layer") in ("route", "stop")}
    assert travelers == {"Andrei Belousov"}
    invoke("build", "-q", "-o", str(tmp_path / "d.html"), "--geojson",
           str(tmp_path / "d.geojson"), "--since", "2022-01-01", "--until", "2022-12-31")
    fc = json.loads((tmp_path / "d.geojson").read_text(encoding="utf-8"))
    dates = {f["properties"]["start_date"][:4] for f in fc["features"]
             if f["properties"].get("layer") == "stop" and f["properties"]["start_date"]}
    assert dates == {"2022"}


@pytest.mark.parametrize("args,message", [
    (["--cdn", "--offline"], "--cdn and --offline contradict each other"),
    (["--size", "big"], "--size expects WIDTHxHEIGHT"),
    (["--since", "last week"], "--since: invalid date 'last week'"),
    (["--tiles", "ftp://tiles/{z}/{x}/{y}.png"], "Expected a tile URL template"),
])
def test_bad_build_options_are_one_line_errors(tmp_path, args, message):
    result = invoke("build", "-o", str(tmp_path / "x.html"), *args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert not (tmp_path / "x.html").exists()


@pytest.mark.browser
@pytest.mark.skipif(shutil.which("chromium") is None and not __import__("os").path.exists(
    "/usr/bin/chromium"), reason="Debian chromium is not installed")
def test_png_and_pdf_exports(tmp_path):
    result = invoke("build", "-q", "--offline", "-o", str(tmp_path / "m.html"), "--png",
                    str(tmp_path / "m.png"), "--pdf", str(tmp_path / "m.pdf"), "--size", "800x500",
                    "--scale", "2")
    assert result.exit_code == 0, result.output
    png = (tmp_path / "m.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1600, 1000)
    assert (tmp_path / "m.pdf").read_bytes()[:5] == b"%PDF-"
