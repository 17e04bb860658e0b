"""The command line, in-process (Typer's CliRunner) and once as a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from geo._paths import data_path
from geo.cli import app
from geo.output import MENTION_FIELDS

runner = CliRunner()
SAMPLE = str(data_path("sample"))
META = str(data_path("sample", "meta.csv"))


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_every_command_has_help_text():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert set(names) >= {"mentions", "visits", "ties", "records", "build"}
    for command in app.registered_commands:
        assert command.callback.__doc__ and command.callback.__doc__.strip(), command
        name = command.name or command.callback.__name__
        result = invoke(name, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.output


def test_mentions_jsonl_keys_offsets_and_summary(tmp_path):
    out = tmp_path / "m.jsonl"
    result = invoke("mentions", SAMPLE, "--meta", META, "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(list(r) == list(MENTION_FIELDS) for r in rows)
    texts = {}
    for r in rows:
        if r["doc"] not in texts:
            from geo.ingest import read_corpus

            texts = {d.id: d.text for d in read_corpus([SAMPLE], meta=META)}
        assert texts[r["doc"]][r["start"]:r["end"]] == r["text"]
    names = {r["name"] for r in rows}
    assert {"Tashkent", "Dushanbe", "Minsk", "Beijing"} <= names
    assert "documents 6" in result.stderr


def test_mentions_csv_and_geojson_formats_agree():
    as_csv = invoke("mentions", SAMPLE, "--meta", META, "--format", "csv", "-q")
    as_geo = invoke("mentions", SAMPLE, "--meta", META, "--format", "geojson", "-q")
    assert as_csv.exit_code == as_geo.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert list(rows[0]) == list(MENTION_FIELDS)
    fc = json.loads(as_geo.stdout)
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == len(rows)
    first = fc["features"][0]
    assert first["geometry"]["type"] == "Point"
    assert first["geometry"]["coordinates"] == [round(float(rows[0]["lon"]), 5),
                                                round(float(rows[0]["lat"]), 5)]


def test_bad_format_is_one_clean_line_and_exit_1():
    result = invoke("mentions", SAMPLE, "--format", "xml")
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: --format must be one of jsonl, csv, geojson, not 'xml'"


def test_nothing_readable_exits_1_with_the_reason(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"\x89PNG\r\n")
    result = invoke("mentions", str(tmp_path), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "a.bin: unsupported file type .bin" in result.stderr
    assert "missing.txt: no such file or folder" in result.stderr
    assert "error: no readable document in the input" in result.stderr


def test_one_bad_file_does_not_sink_the_run_and_report_lists_it(tmp_path):
    (tmp_path / "good.txt").write_text("Putin arrived in Minsk on Thursday.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.7")
    report = tmp_path / "skipped.csv"
    result = invoke("mentions", str(tmp_path), "--report", str(report))
    assert result.exit_code == 0
    assert "Minsk" in result.stdout
    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    assert [(r["source"], r["reason"]) for r in rows] == [
        ("bad.txt", "binary file (PDF document), not text")]


def test_online_geocoder_options_are_checked():
    result = invoke("mentions", SAMPLE, "--user-agent", "x")
    assert result.exit_code == 1
    assert "need an online --geocoder" in result.stderr


def test_subprocess_entry_points():
    proc = subprocess.run([sys.executable, "-m", "geo", "mentions", str(SAMPLE),
                           "--format", "jsonl", "-q"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    by_name = {r["name"]: r for r in rows}
    assert {"Tashkent", "Dushanbe"} <= set(by_name)
    assert by_name["Tashkent"]["country"] == "UZ"


def test_a_command_that_ends_without_teardown_loses_no_output(tmp_path):
    """``main`` leaves with ``os._exit`` once the command is done (no interpreter
    teardown): what went to a pipe, to a file and to stderr must all be there, and the
    exit code must be the command's, also after a run with workers."""
    import os

    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}

    def python_m_geo(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True,
                              text=True, timeout=300, env=buffered)

    piped = python_m_geo("mentions", SAMPLE, "--workers", "2")
    written = python_m_geo("mentions", SAMPLE, "-q", "-o", str(tmp_path / "m.jsonl"))
    assert piped.returncode == written.returncode == 0, piped.stderr + written.stderr
    lines = piped.stdout.splitlines()
    assert len(lines) > 50 and lines == (tmp_path / "m.jsonl").read_text().splitlines()
    assert "mentions" in piped.stderr.splitlines()[-1]          # the summary, flushed
    failed = python_m_geo("visits", str(tmp_path / "nowhere"))
    assert failed.returncode == 1
    assert failed.stderr.splitlines()[-1] == "error: no readable document or record in the input"


def test_online_geocoder_end_to_end_against_a_local_nominatim(tmp_path, monkeypatch):
    """--geocoder nominatim re-resolves city mentions through a real HTTP server on
    127.0.0.1, reports how each was resolved, and a re-run is answered from the cache."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs, urlparse

    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            q = parse_qs(urlparse(self.path).query).get("q", [""])[0]
            requests.append(q)
            hit = [{"lat": "41.3111", "lon": "69.2797", "display_name": "Tashkent, Uzbekistan",
                    "place_id": 1, "osm_type": "relation"}] if q.lower() == "tashkent" else []
            body = json.dumps(hit).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("DIPLOMAP_CACHE", str(tmp_path / "cache"))
    (tmp_path / "a.txt").write_text("Putin arrived in Tashkent.", encoding="utf-8")
    args = ["mentions", str(tmp_path / "a.txt"), "--geocoder", "nominatim", "--user-agent",
            "diplomap-tests", "--geocoder-domain", f"127.0.0.1:{server.server_address[1]}",
            "--geocoder-scheme", "http"]
    try:
        first = invoke(*args)
        second = invoke(*args)
    finally:
        server.shutdown()
        server.server_close()
    assert first.exit_code == second.exit_code == 0, first.output
    row = json.loads(first.stdout.splitlines()[0])
    assert (row["name"], row["lat"], row["lon"], row["geonameid"]) == ("Tashkent", 41.3111, 69.2797, None)
    assert "geocoded from online 1" in first.stderr
    assert "geocoded from cache 1" in second.stderr
    assert requests == ["Tashkent"]  # the re-run asked nothing
    assert second.stdout == first.stdout


def test_every_command_and_option_is_documented_in_the_readme():
    """The README documents each command and each of its options (with an example)."""
    import typer.main

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    missing = []
    for name, command in group.commands.items():
        if f"diplomap {name}" not in readme:
            missing.append(name)
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help" and f"`{opt}" not in readme:
                    missing.append(f"{name} {opt}")
    assert not missing, f"not in README.md: {', '.join(missing)}"


def test_min_confidence_leaves_out_the_less_sure_text_visits_and_keeps_records(tmp_path):
    def visits(*extra: str) -> list[dict]:
        out = tmp_path / f"v{len(extra)}.jsonl"
        result = invoke("visits", SAMPLE, "--meta", META, "--records", str(data_path("visits.csv")),
                        "-q", "-o", str(out), *extra)
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

    every, sure = visits(), visits("--min-confidence", "0.95")
    from_text = [v for v in every if v["origin"] == "text"]
    assert from_text and any(v["confidence"] < 0.95 for v in from_text)
    assert all(v["confidence"] >= 0.95 for v in sure if v["origin"] == "text")
    assert len([v for v in sure if v["origin"] == "text"]) < len(from_text)
    # record visits are never left out (joined ones may lose their text side)
    assert sum(v["origin"] != "text" for v in sure) == sum(v["origin"] != "text" for v in every)
    bad = invoke("visits", SAMPLE, "--min-confidence", "1.5")
    assert bad.exit_code == 2 and "--min-confidence" in " ".join(bad.output.split())


def test_shared_options_are_declared_once_and_shown_in_their_groups():
    """Every command that takes a group takes all of it, with the same help, in the same box."""
    import typer.main

    seen: dict[str, tuple] = {}
    for command in app.registered_commands:
        click_command = typer.main.get_command_from_info(
            command, pretty_exceptions_short=True, rich_markup_mode="rich")
        for param in click_command.params:
            key = (param.opts[0], getattr(param, "help", None), getattr(param, "rich_help_panel", None))
            if param.param_type_name == "option" and param.opts[0] in seen \
                    and param.opts[0] not in ("--output", "--format", "--title", "--pdf", "--png"):
                assert seen[param.opts[0]] == key, param.opts[0]
            seen.setdefault(param.opts[0], key)
    assert seen["--geocoder"][2] == "Geocoder" and seen["--workers"][2] == "Engine (scale-out)"
    result = invoke("build", "--help")
    assert "Geocoder" in result.output and "Other files" in result.output
