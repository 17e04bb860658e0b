"""Where the workers wait: a timeline of one command per engine, drawn as text.

Usage::

    python benchmarks/timeline.py CORPUS [--job visits] [--engines pool,dask] [--repeat 1]
                                         [--width 100] [--root OLD --root NEW]

Runs ``diplomap JOB CORPUS`` (default options, output to a temporary folder)
with ``--workers 2`` (``pool``) and with ``--engine dask --workers 2``
(``dask``), each in a subprocess whose processes stamp what they do, in
seconds since the command was started (:func:`time.time`, one clock for all
processes), with the CPU seconds the stamping process had used by then:

* the collecting process: its start (after the interpreter started), the
  workers' server asked for, the engine called, the cluster up and the
  client connected (Dask), the first piece submitted, the first and the last
  result, the engine closed (cluster or pool shut down), the corpus
  collected, the output written (merge done), the exit handlers, and the
  process's end (seen from here);
* the workers' server (forkserver): its start, and when it has loaded;
* each worker: its start, and each piece it runs (start, end, CPU).

The stamps come from this script's hooks, not from diplomap: the command
runs as ``python benchmarks/timeline.py --inner JOB ...``, which wraps a
few of the engine's functions in the collecting process and adds a module
to the workers' server's preloads that wraps them there (each stamp is a
line appended to a file; ~20 us).

For each run it draws one row a process (``#`` and ``=`` alternate piece
by piece, ``.`` a worker alive between pieces, ``-`` the server loading,
``c`` the collecting process before the first result, ``r`` while results
arrive, ``m`` merging and writing) and sums where the two workers were
idle: before their first piece, between pieces, at the tail (after their
last piece, until the other's ends) and after the last piece until the
command's end; the command's idle worker-seconds are ``2 x wall - busy``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
ENGINES = {"pool": ["--workers", "2"], "dask": ["--engine", "dask", "--workers", "2"]}
JOBS = {"visits": ["visits", "{corpus}", "-q", "-o", "{out}/visits.jsonl"],
        "build": ["build", "{corpus}", "-q", "--offline", "-o", "{out}/map.html"],
        "mentions": ["mentions", "{corpus}", "-q", "--format", "parquet", "-o", "{out}/mentions"]}

from timeline_hook import ENV, hook_collector  # noqa: E402


# ----------------------------------------------------------------------------- drawing

def read_stamps(folder: Path) -> dict[int, list[tuple[str, float, float, str]]]:
    procs: dict[int, list[tuple[str, float, float, str]]] = {}
    for path in folder.glob("*.txt"):
        rows = []
        for line in path.read_text(encoding="utf-8").splitlines():
            label, t, cpu, extra = line.split("\t")
            rows.append((label, float(t), float(cpu), extra))
        procs[int(path.stem)] = rows
    return procs


def draw(procs: dict, t0: float, end: float, width: int, me: int) -> str:
    """The timeline as text, and the workers' idle seconds."""
    wall = end - t0
    scale = width / wall

    def col(t: float) -> int:
        return max(0, min(width - 1, int((t - t0) * scale)))

    lines = [f"0 s{' ' * (width - 12)}{wall:7.2f} s"]
    collector = procs[me]
    stamps: dict[str, tuple[float, float]] = {}
    for label, t, cpu, _e in collector:
        if label in ("result", "first result"):
            stamps["last result"] = (t, cpu)
        if label != "result":
            stamps.setdefault(label, (t, cpu))
    row = [" "] * width
    first = stamps.get("first result", (end, 0))[0]
    last = stamps.get("last result", (end, 0))[0]
    for i in range(col(stamps["start"][0]), width):
        t = t0 + (i + 0.5) / scale
        row[i] = "c" if t < first else "r" if t < last else "m"
    lines.append(f"{'collector':<12}|{''.join(row)}|")
    workers: list = []
    ready_cpu: list[float] = []
    for pid, rows in sorted(procs.items(), key=lambda kv: kv[1][0][1]):
        if pid == me:
            continue
        row = [" "] * width
        labels = [r[0] for r in rows]
        if "server loaded" in labels:
            loaded = rows[labels.index("server loaded")][1]
            for i in range(col(rows[0][1]), col(loaded) + 1):
                row[i] = "-"
            lines.append(f"{'server':<12}|{''.join(row)}|")
            continue
        begun = rows[0][1]
        pieces, opened = [], None
        for label, t, cpu, extra in rows:
            if label == "piece start":
                opened = (t, cpu, extra)
            elif label == "piece end" and opened:
                pieces.append((opened[0], t, t - opened[0], cpu - opened[1], extra))
                opened = None
        for i in range(col(begun), width):
            row[i] = "."
        for k, (s, e, *_rest) in enumerate(pieces):
            for i in range(col(s), col(e) + 1):
                row[i] = "#=" [k % 2]
        lines.append(f"{'worker':<12}|{''.join(row)}|")
        workers.append((begun, pieces))
        ready_cpu.append(next(c for lab, _t, c, _e in rows if lab == "piece start") - rows[0][2]
                         if "piece start" in labels else 0.0)
    last_end = max((p[-1][1] for _b, p in workers if p), default=end)
    lines.append("")
    order = ["start", "server asked for", "engine called", "distributed loading",
             "distributed loaded", "cluster up", "client connected", "first submit",
             "first result", "last result", "engine closed", "corpus collected", "merge done",
             "output written", "exit handlers"]
    for label in order:
        if label in stamps:
            t, cpu = stamps[label]
            lines.append(f"  {t - t0:6.3f} s  collector {label:<20} (its CPU {cpu:.2f} s)")
    for pid, rows in procs.items():
        if pid != me and rows[-1][0] == "server loaded":
            lines.append(f"  {rows[-1][1] - t0:6.3f} s  server loaded (started at "
                         f"{rows[0][1] - t0:.3f} s, its CPU {rows[-1][2]:.2f} s)")
    lines.append(f"  {wall:6.3f} s  command ended")
    busy_all = 0.0
    for k, (begun, pieces) in enumerate(workers):
        if not pieces:
            continue
        busy = sum(p[2] for p in pieces)
        busy_all += busy
        gaps = sum(b[0] - a[1] for a, b in zip(pieces, pieces[1:]))
        lines.append(
            f"  worker {k}: started {begun - t0:.3f} s, first piece {pieces[0][0] - t0:.3f} s "
            f"(CPU to it {ready_cpu[k]:.3f} s), "
            f"{len(pieces)} pieces, busy {busy:.2f} s (piece CPU {sum(p[3] for p in pieces):.2f}"
            f" s), between pieces {gaps:.3f} s, last piece ended {pieces[-1][1] - t0:.3f} s "
            f"(tail {last_end - pieces[-1][1]:.3f} s)")
    if workers:
        first_start = min(p[0][0] for _b, p in workers if p)
        lines.append(
            f"  idle worker-seconds: {2 * wall - busy_all:.2f} of {2 * wall:.2f} "
            f"(start to first piece {sum(p[0][0] - t0 for _b, p in workers if p):.2f}, between "
            f"{sum(sum(b[0] - a[1] for a, b in zip(p, p[1:])) for _b, p in workers):.2f}, tail "
            f"{sum(last_end - p[-1][1] for _b, p in workers if p):.2f}, after the last piece "
            f"{2 * (end - last_end):.2f}); first piece at {first_start - t0:.3f} s, "
            f"last piece end to command end {end - last_end:.3f} s")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- runs

def run_once(engine: str, job: str, corpus: Path, width: int, root: Path = ROOT) -> float:
    work = Path(tempfile.mkdtemp(prefix="diplomap-timeline-"))
    stamps = work / "stamps"
    stamps.mkdir()
    out = work / "out"
    out.mkdir()
    args = [a.format(corpus=corpus, out=out) for a in JOBS[job]] + ENGINES[engine]
    env = {**os.environ, ENV: str(stamps),
           "PYTHONPATH": os.pathsep.join([str(root), str(HERE),
                                          os.environ.get("PYTHONPATH", "")])}
    try:
        # stderr to a file, not a pipe: the end is the command's exit, not the moment its
        # workers' server and workers (which hold the pipe too) have gone.
        with open(work / "stderr.txt", "wb") as err:
            t0 = time.time()
            proc = subprocess.Popen([sys.executable, str(Path(__file__)), "--inner", *args],
                                    env=env, stdout=subprocess.DEVNULL, stderr=err)
            proc.wait()
            end = time.time()
        if proc.returncode != 0:
            raise SystemExit(f"{engine} failed ({proc.returncode}):\n"
                             f"{(work / 'stderr.txt').read_text(errors='replace')[-3000:]}")
        procs = read_stamps(stamps)
        me = next(pid for pid, rows in procs.items() if rows[0][0] == "start")
        print(f"\n{engine}: diplomap {' '.join(args)}  (code {root}, load "
              f"{os.getloadavg()[0]:.2f})")
        print(draw(procs, t0, end, width, me), flush=True)
        return end - t0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--inner"]:
        hook_collector()
        from geo.cli import main as command

        sys.argv = ["diplomap", *argv[1:]]
        command()
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--job", default="visits", choices=sorted(JOBS))
    ap.add_argument("--engines", default="pool,dask")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--width", type=int, default=100)
    ap.add_argument("--root", type=Path, action="append",
                    help="run the diplomap source tree at ROOT (default this one); given "
                         "twice or more, the trees run in turn (old against new)")
    args = ap.parse_args(argv)
    for _ in range(args.repeat):
        for root in args.root or [ROOT]:
            for engine in args.engines.split(","):
                run_once(engine, args.job, args.corpus, args.width, root.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
