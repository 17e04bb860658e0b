"""Interrupted runs never leave a half-written output in place of a good one.

Real ``diplomap`` subprocesses are killed (SIGKILL) or interrupted (SIGINT,
Ctrl-C) while they write; the previous ``map.html`` / outputs must still be
there byte for byte, or the new ones complete. SIGINT also removes the
temporary file; SIGKILL cannot, so it may stay behind (hidden, ``.name.*.tmp``)
but never under the output's name.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
GOOD = ROOT / "tests" / "fixtures" / "hostile" / "corpus" / "good.txt"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}


def diplomap(*args: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "geo", *map(str, args)], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def temps(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f".{name}.*.tmp"))


def wait_for_temp(proc: subprocess.Popen, folder: Path, name: str, *, min_size: int = 1,
                  timeout: float = 60) -> Path | None:
    """Poll until the writer's temporary file exists (with ``min_size`` bytes); None if it ended first."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for t in temps(folder, name):
            try:
                if t.stat().st_size >= min_size:
                    return t
            except FileNotFoundError:
                pass
        if proc.poll() is not None:
            return None
        time.sleep(0.001)
    proc.kill()
    pytest.fail(f"no temporary {name} appeared within {timeout} s")


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """A JSONL corpus that takes a few seconds to geoparse, so the output is written for a while."""
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    text = ("Vladimir Putin arrived in Tashkent on 26 May 2024 for talks with Shavkat Mirziyoyev. "
            "Russia and Uzbekistan signed an energy agreement in Samarkand. ")
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(6000):
            fh.write(json.dumps({"id": f"d{i}", "text": text * 2}) + "\n")
    return path


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_streaming_output_interrupted_mid_write_keeps_the_old_file(tmp_path, big_corpus, sig):
    out = tmp_path / "mentions.jsonl"
    old = b'{"old": "complete output of an earlier run"}\n'
    out.write_bytes(old)
    proc = diplomap("mentions", big_corpus, "-o", out, "-q")
    tmp = wait_for_temp(proc, tmp_path, out.name, min_size=4096)
    assert tmp is not None, "the run ended before it was interrupted: make the corpus bigger"
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert out.read_bytes() == old  # the old output, whole
    left = temps(tmp_path, out.name)
    if sig == signal.SIGINT:
        assert "Traceback" not in stderr
        assert not left, "Ctrl-C left a temporary file behind"
    else:
        assert left == [tmp] and tmp.stat().st_size >= 4096  # we really were mid-write


def complete(rel: Path, data: bytes) -> bool:
    """Is this a whole output file (not a prefix of one)?"""
    text = data.decode("utf-8")
    if rel.suffix == ".html":
        return text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    if rel.suffix == ".geojson":
        return json.loads(text)["type"] == "FeatureCollection"
    return text.endswith("\n") and len(text.splitlines()[0].split(",")) > 1  # CSV: header + rows


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_map_build_interrupted_keeps_a_good_map(tmp_path, sig):
    out = tmp_path / "site"
    old = {Path("map.html"): b"<!DOCTYPE html>\n<title>old map</title>\n</html>\n",
           Path("map.geojson"): b'{"type": "FeatureCollection", "features": []}\n',
           Path("csv/visits.csv"): b"traveler,country\nold,XX\n",
           Path("csv/unresolved.csv"): b"source,reason\nold,old\n"}
    for rel, data in old.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    proc = diplomap("build", SAMPLE, "-o", out / "map.html", "--offline", "-q",
                    "--geojson", out / "map.geojson", "--csv-dir", out / "csv")
    wait_for_temp(proc, out, "map.html")  # interrupt as the map is being written
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=60)
    for rel in old:  # each output is the old one or a complete new one, never a part
        data = (out / rel).read_bytes()
        assert data == old[rel] or complete(rel, data), f"{rel} was left half-written"
    if sig == signal.SIGINT:
        assert "Traceback" not in stderr
        leftovers = list(out.rglob(".*.tmp"))
        assert not leftovers, leftovers


def test_outputs_get_normal_permissions_not_the_temp_files_0600(tmp_path):
    from geo.output import atomic_open

    mask = os.umask(0o022)
    try:
        with atomic_open(tmp_path / "new.csv") as fh:
            fh.write("a\n")
        assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644
        existing = tmp_path / "shared.csv"
        existing.write_text("old\n")
        existing.chmod(0o664)
        with atomic_open(existing) as fh:
            fh.write("new\n")
        assert stat.S_IMODE(existing.stat().st_mode) == 0o664 and existing.read_text() == "new\n"
    finally:
        os.umask(mask)


def test_an_error_mid_write_keeps_the_old_file_and_no_temp(tmp_path):
    from geo.output import atomic_open

    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_open(out) as fh:
            fh.write("half")
            raise RuntimeError("disk full, say")
    assert out.read_text() == "old\n" and list(tmp_path.iterdir()) == [out]
