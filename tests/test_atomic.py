"""Interrupted runs never leave a half-written output in place of a good one.

Real ``diplomap`` subprocesses are killed (SIGKILL) or interrupted (SIGINT,
Ctrl-C) while they write; the previous ``map.html`` / outputs must still be
there byte for byte, or the new ones complete. SIGINT also removes the
temporary file; SIGKILL cannot, so it may stay behind (hidden, ``.name.*.tmp``)
but never under the output's name.

No timing is involved: the run stops itself (SIGSTOP) once it has written a
given number of bytes to an output's temporary file, the test checks that it
is mid-write (part of the output written, the old file still in place), then
sends the signal. The run cannot finish first.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}


#: Runs ``python -m geo ARGS`` in a process that stops itself (SIGSTOP) once it has written
#: ``AFTER`` bytes to the temporary file of the output ``NAME``, flushed, before the file is
#: moved into place. The parent then knows, without any timing, that the run is mid-write.
_PAUSING = r"""
import os, runpy, signal, sys

name, after = sys.argv[1], int(sys.argv[2])
sys.argv = ["diplomap", *sys.argv[3:]]
# Ctrl-C as at a terminal: a test run started as a background job (``pytest &``, ``nohup``) has SIGINT
# ignored, every child inherits that, and Python then installs no handler for it
signal.signal(signal.SIGINT, signal.default_int_handler)
real_fdopen = os.fdopen


class Pausing:
    def __init__(self, fh):
        self._fh, self._written = fh, 0

    def write(self, data):
        n = self._fh.write(data)
        self._written += len(data)
        if self._written >= after and not getattr(Pausing, "done", False):
            Pausing.done = True
            self._fh.flush()
            os.kill(os.getpid(), signal.SIGSTOP)
        return n

    def __getattr__(self, attr):
        return getattr(self._fh, attr)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._fh.__exit__(*exc)


def fdopen(fd, *args, **kwargs):
    fh = real_fdopen(fd, *args, **kwargs)
    opened = os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))
    if opened.startswith(f".{name}.") and opened.endswith(".tmp"):
        return Pausing(fh)
    return fh


os.fdopen = fdopen
runpy.run_module("geo", run_name="__main__")
"""


def diplomap_paused(name: str, after: int, *args: object) -> subprocess.Popen:
    """Start ``diplomap ARGS`` and return once it has stopped itself mid-write of ``name``."""
    proc = subprocess.Popen([sys.executable, "-c", _PAUSING, name, str(after), *map(str, args)],
                            env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status = os.waitpid(proc.pid, os.WUNTRACED)   # blocks until it stops (or ends)
    if not os.WIFSTOPPED(status):
        proc.returncode = os.waitstatus_to_exitcode(status)
        pytest.fail(f"the run ended (exit {proc.returncode}) without writing {after} bytes to a "
                    f"temporary .{name}.*.tmp (outputs are written there, then moved into place): "
                    f"{proc.stderr.read()}")
    return proc


def temps(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f".{name}.*.tmp"))


def interrupt(proc: subprocess.Popen, sig: int) -> str:
    """Deliver ``sig`` to the stopped run (then let it go on); return its stderr."""
    proc.send_signal(sig)
    if sig != signal.SIGKILL:
        proc.send_signal(signal.SIGCONT)   # SIGINT is pending: it is handled first
    _, stderr = proc.communicate(timeout=120)
    return stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A JSONL corpus whose mentions output is far longer than where the run is stopped."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    text = ("Vladimir Putin arrived in Tashkent on 26 May 2024 for talks with Shavkat Mirziyoyev. "
            "Russia and Uzbekistan signed an energy agreement in Samarkand. ")
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(N_DOCS):
            fh.write(json.dumps({"id": f"d{i}", "text": text * 2}) + "\n")
    return path


N_DOCS = 400


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_streaming_output_interrupted_mid_write_keeps_the_old_file(tmp_path, corpus, sig):
    out = tmp_path / "mentions.jsonl"
    old = b'{"old": "complete output of an earlier run"}\n'
    out.write_bytes(old)
    proc = diplomap_paused(out.name, 4096, "mentions", corpus, "-o", out, "-q")
    # stopped mid-write: part of the new output in the temporary file, the old one in place
    (tmp,) = temps(tmp_path, out.name)
    partial = tmp.read_bytes()
    assert len(partial) >= 4096 and out.read_bytes() == old
    last = json.loads(partial[:partial.rindex(b"\n")].rsplit(b"\n", 1)[-1])["doc"]
    assert int(last.rpartition("#d")[2]) < N_DOCS - 1, "mid-write: documents still to come"
    stderr = interrupt(proc, sig)
    assert proc.returncode == (-signal.SIGKILL if sig == signal.SIGKILL else 130), stderr
    assert out.read_bytes() == old  # the old output, whole
    left = temps(tmp_path, out.name)
    if sig == signal.SIGINT:
        assert "Traceback" not in stderr
        assert not left, "Ctrl-C left a temporary file behind"
    else:
        assert left == [tmp] and tmp.read_bytes() == partial  # killed where it stood


def complete(rel: Path, data: bytes) -> bool:
    """Is this a whole output file (not a prefix of one)?"""
    text = data.decode("utf-8")
    if rel.suffix == ".html":
        return text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    if rel.suffix == ".geojson":
        return json.loads(text)["type"] == "FeatureCollection"
    return text.endswith("\n") and len(text.splitlines()[0].split(",")) > 1  # CSV: header + rows


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_map_build_interrupted_keeps_a_good_map(tmp_path, sig):
    out = tmp_path / "site"
    old = {Path("map.html"): b"<!DOCTYPE html>\n<title>old map</title>\n</html>\n",
           Path("map.geojson"): b'{"type": "FeatureCollection", "features": []}\n',
           Path("csv/visits.csv"): b"traveler,country\nold,XX\n",
           Path("csv/unresolved.csv"): b"source,reason\nold,old\n"}
    for rel, data in old.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    # stopped once the new map is written to its temporary file, before it is moved into place
    proc = diplomap_paused("map.html", 1, "build", SAMPLE, "-o", out / "map.html", "--offline",
                           "-q", "--geojson", out / "map.geojson", "--csv-dir", out / "csv")
    (tmp,) = temps(out, "map.html")
    assert complete(Path("map.html"), tmp.read_bytes())
    assert all((out / rel).read_bytes() == data for rel, data in old.items())  # none replaced yet
    stderr = interrupt(proc, sig)
    assert proc.returncode == (-signal.SIGKILL if sig == signal.SIGKILL else 130), stderr
    # interrupted before the end: the outputs written after the map are still the old ones
    for rel in (Path("map.geojson"), Path("csv/visits.csv"), Path("csv/unresolved.csv")):
        assert (out / rel).read_bytes() == old[rel], rel
    data = (out / "map.html").read_bytes()  # the old map, or (never a part) the complete new one
    assert data == old[Path("map.html")] or complete(Path("map.html"), data)
    if sig == signal.SIGINT:
        assert "Traceback" not in stderr
        leftovers = list(out.rglob(".*.tmp"))
        assert not leftovers, leftovers
    else:
        assert data == old[Path("map.html")] and temps(out, "map.html") == [tmp]


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
