"""Scale-out of the whole text side on real news: visits, build and mentions, per engine.

Usage::

    python benchmarks/scale_out.py [--visits-mb 16] [--mentions-mb 64] [--repeat 2]
                                   [--jobs visits,build,mentions] [--keep DIR]

Corpora are TR-News repeated (:mod:`newscorpus`: real articles, ids and
publication dates made unique per copy), written as JSON Lines. Each job is
the command a user types, run as a subprocess with default options, on each
engine (one process, ``--workers 2``, ``--engine dask --workers 1`` and
``--workers 2``), ``--repeat`` rounds of the engines in turn (the fastest run
of each counts: other load on a shared machine only slows runs; in turn, a
change of that load over the minutes of a job touches every engine alike):

* **visits**: ``diplomap visits CORPUS -o visits.jsonl`` (``--visits-mb``);
* **build**: ``diplomap build CORPUS -o map.html``, the whole pipeline to the
  map (same corpus);
* **mentions**: ``diplomap mentions CORPUS --format parquet -o DIR``
  (``--mentions-mb``), the workers writing Parquet.

For each run it prints:

* **MB/s with start-up** (the headline: wall time from the command's start to
  its exit, interpreter, imports, gazetteer, pool or cluster included) and
  the **steady** rate beside it (start-up taken out: the same command's wall
  time on a one-article corpus);
* the **speed-up** of 2 workers against one process (and against one Dask
  worker for Dask);
* **resident memory**: the collecting process's peak, and the peak of all
  its processes together (sampled every 0.1 s);
* the **collecting process's CPU per document** (user + system time of the
  command's own process; with Dask its scheduler runs there too), and how
  many documents a second one collecting process keeps up with;
* targets, PASS/FAIL (issue 15): visits in one process >= 2 MB/s; visits
  with ``--workers 2`` and with ``--engine dask --workers 2`` >= 1.7x one
  process; mentions to Parquet with 2 Dask workers >= 1.7x one Dask worker;
  every figure with start-up, default options (the packages' bytecode
  compiled first, as ``pip install`` leaves it);
* a paper estimate of what 10 million articles a day need for the whole
  pipeline, from the measured CPU per article and 2-worker efficiency.

Where a Dask run's time goes: with the ``geo.engine`` logger at debug level, a
local cluster logs for each worker the tasks it ran, the seconds running them
over the span from its first to its last (the difference: waiting between
tasks) and the CPU of its task thread and of the rest (event loop, comms,
results' serialisation). On 16 MB of visits with 2 workers (2026-11-30):
8 tasks each, no wait between them, ~3.05 s task CPU in ~3.2 s, ~0.06 s
beside; what ``--workers 2`` loses against the pool is start-up (the
forkserver also loads ``distributed``: first task at ~0.8 s) and the
collecting process's scheduler, client and result reading on the same two
cores. What was done about it (each step measured on its own): the
workers' server starts before typer parses the options (~0.1 s earlier on
the way to the first task); the last pieces are smaller (the workers' last
tasks ended 0.04-0.4 s apart with 16 equal pieces); the merge's modules
load while the workers start; the command leaves with ``os._exit`` after
its exit handlers (the interpreter's teardown cost ~0.2-0.3 s of CPU after
a Dask run, ~0.1 s after a pool run); the forkserver freezes what it loaded
out of the workers' garbage collections; ``distributed`` loads without numpy
in the forkserver and the collecting process (it imports numpy only for
unzeroed receive buffers: ~0.05-0.15 s less CPU in the forkserver on the
way to the first task, numpy's BLAS threads included); the forkserver loads with
garbage collection off (~0.05 s less CPU; frozen and on again for the
workers) and starts before typer and the commands' modules load (~0.035 s
sooner). Unpickling
the results is not the cost (about 1 ms a 1 MB piece of visits), nor is
YAML: ``distributed``'s configuration parses in ~13 ms (pure-Python
loader; ~1.5 ms with libyaml's), the rest of its ~0.12 s being the import
of dask itself.

Where the first partition's time goes (a worker's first task against its
later ones, each worker forked from the server): with ``mentions --format
parquet`` a worker's first 2 MB piece took ~0.45 s of CPU against ~0.2 s
for the next, because pyarrow, loaded with numpy, imports pandas (~300
modules) the first time it turns a list into an array; the server now
loads pyarrow's writer without numpy (first piece ~0.25 s). Pieces of 2 MB
and 4 MB cost the same CPU a MB in a worker (~0.1 s/MB); the Dask
scheduler, in the collecting process, costs it ~6 ms a piece (its event
loop's CPU with 2 workers on 64 MB: 0.30-0.33 s with 32 pieces, 0.16-0.26 s
with 16), hence 8 pieces a Dask worker by default.

What sets ``mentions`` with 2 Dask workers against one (1.55x-1.74x in
runs a day apart): one worker leaves a core free, where the collecting
process (scheduler, client, ~0.2 s of CPU) and up to about one core of
other processes run without slowing it; two workers use both cores, so
every CPU second the collecting process or another process takes is taken
from them. A run's ratio is therefore a measure of the machine's quiet as
much as of the engine: each run's line below says how many cores its own
processes used and how many other processes took meanwhile (from
``/proc/stat``); with about 0.2 cores taken by others during the 2-worker
run, 1.7x becomes ~1.55x. Judge the 2-worker targets on runs where the
others took close to nothing.

Timeline of ``visits`` on 16 MB with ``--engine dask --workers 2`` against
``--workers 2`` (quiet machine, 2026-11-30, seconds from the command's
start): the collecting process asks for the cluster at 0.46-0.55 s; the
forkserver has loaded (``distributed``, gazetteer, events' tables) at
0.61-0.64 s, the workers enter 0.01 s later, have joined 0.03 s after that
(~0.01 s of it ``distributed`` reading the packages' versions for the
scheduler) and start their first piece at 0.69-0.70 s; the pool's workers
start theirs at 0.45-0.48 s. Both engines' first piece costs ~0.08 s more
than the later ones. The workers' last pieces end 0.03-0.09 s apart (the
taper), the cluster closes in 0.02-0.03 s, the merge and the output take
~0.1 s to the exit. So start-up (~0.25 s: the forkserver's serial chain,
of which ``distributed`` is ~0.15-0.18 s) costs Dask far more than the
tail (~0.02-0.04 s of wall), and so does the collecting process's CPU
(~0.8-1.3 s against the pool's ~0.45-0.65 s: ``distributed``'s import
~0.2 s, the scheduler's and client's event loop ~0.3 s), on the cores the
workers use. Up to the first fork both cores are busy (the collecting
process, the forkserver, briefly multiprocessing's resource tracker), so
only less CPU on the forkserver's chain starts the first task sooner:
reordering its loads, forking before a load or moving a load into the
workers moves the same serial work, and a load done in both workers at
once takes as long as done once before the fork. What is left there is
small (YAML ~0.01 s; ``jinja2``, for dask's HTML reprs, is no longer loaded
by the forkserver: ~0.01-0.025 s of its CPU).

Since then (issue 15, CPU seconds per process, measured on a loaded machine):
the scheduler reads its own packages' versions before the workers start, not
while the first one waits to join; the client connects and the first pieces
are submitted while the workers start, each worker getting a piece as it
joins (the ~0.02-0.04 s from the last join to the first piece above); and
the command line freezes its start-up objects out of the garbage collector's
walks, a local Dask run then ``distributed``'s, the scheduler's and the
client's too: the collecting process made 2 full collections of
~0.03-0.07 s each (one of them in the merge after the last result, on the
serial tail), now none (its gc CPU 0.12-0.13 s -> ~0.035 s). The rest of
the collecting process's extra CPU is ``distributed``'s import (~0.2 s,
while the forkserver loads) and the scheduler's and client's handling of
each piece (~3-4 ms a piece in its event loop: messages, transitions, the
result's bytes through the scheduler; fetching results straight from the
workers changes nothing measurable).

Where the workers wait (``benchmarks/timeline.py``: each piece's start and end
stamped on the workers, the collecting process's milestones, pool against
Dask, drawn as text; issue 15, loaded machine, so read the CPU seconds and
the order of events, not the walls): the client of ``--engine dask`` did not
connect until both workers had joined -- ``Client(cluster)`` awaits a
SpecCluster, which waits for its workers -- so the pieces "submitted while the
workers start" were submitted after both had joined and each worker idled
~0.03-0.08 s between joining and its first piece; the client now connects as
soon as the scheduler runs. The command line asks for the workers' server
after ~5 ms of imports instead of ~25 ms (``geo.engine.server``; the engine
package's names load on first use), and a finished run's cluster closes
(~0.04 s of waiting) while the results are merged, not before. What stays
between Dask and the pool is CPU, not idle time: ``distributed``'s import in
the workers' server (~0.15 s, the one serial step the pool does not have), a
worker's join (~0.02 s CPU each, most of it ``distributed`` reading the
packages' versions) and the scheduler's and client's ~7-10 ms a piece in the
collecting process (``direct_to_workers`` does not lower it: 0.21-0.24 s for
21 pieces either way); idle time between pieces is ~5 ms a piece on both
engines, and the workers' event loops cost ~2 ms a second when idle.

Tried next, without gain (issue 15, a machine at load 6-12, so CPU seconds per
process, not walls): a lighter scheduler for the local cluster (work stealing
and the active memory manager off, the client's heartbeat and scheduler-info
polls every 30 s, or ``worker-saturation: inf``), measured on 16 MB of visits
cut into 160 pieces to magnify the cost a piece (~4 ms of the collecting
process's CPU a piece): its CPU medians 1.59, 1.59 and 1.58 s against 1.59 s,
three runs each, interleaved; 4 pieces a Dask worker instead of 8 (13 pieces
of 16 MB instead of 21): the collecting process's CPU from the first result
to the last 0.18-0.21 s against 0.23-0.32 s, but the workers' tail 0.36-0.48
against 0.04-0.26 worker-seconds (the tapered last pieces are larger), three
timelines each in turn, so 8 stays. The results are columnar bytes already:
a 1 MB piece of visits comes back as ~0.53 MB pickled, 0.40 MB of it the
packed mention contexts (the merge needs them to attach mentions to visits,
records or not), unpickled in ~2.6 ms.

Every engine must give the same output (visits file, map file, mentions):
the script checks it and fails otherwise. The machine's load and free cores
are printed before and after: other processes on the cores lower the
parallel figures, so judge the speed-up targets on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from newscorpus import articles, write_corpus  # noqa: E402

DAY_ARTICLES = 10_000_000
ENGINES = {"local, 1 process": [], "local, --workers 2": ["--workers", "2"],
           "dask, 1 worker": ["--engine", "dask", "--workers", "1"],
           "dask, 2 workers": ["--engine", "dask", "--workers", "2"]}
JOBS = {"visits": ["visits", "{corpus}", "-q", "-o", "{out}/visits.jsonl"],
        "build": ["build", "{corpus}", "-q", "--offline", "-o", "{out}/map.html"],
        "mentions": ["mentions", "{corpus}", "-q", "--format", "parquet", "-o", "{out}/mentions"]}
OUTPUT = {"visits": "visits.jsonl", "build": "map.html", "mentions": "mentions"}


# ----------------------------------------------------------------------------- machine

def _spin(n: int = 6_000_000) -> float:
    t0 = time.perf_counter()
    x = 0
    for i in range(n):
        x += i
    return time.perf_counter() - t0


def capacity() -> float:
    """How many cores two CPU-bound Python processes get right now (2.0 = two free cores)."""
    one = min(_spin() for _ in range(3))
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_spin, [1000])
        twos = []
        for _ in range(2):
            t0 = time.perf_counter()
            pool.map(_spin, [6_000_000] * 2, chunksize=1)
            twos.append(time.perf_counter() - t0)
    return min(2.0, 2 * one / min(twos))


def machine(label: str) -> None:
    print(f"load average {label}: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on "
          f"{os.cpu_count()} cores; two busy processes get {capacity():.2f} cores", flush=True)


# ----------------------------------------------------------------------------- one run

def busy_seconds() -> float:
    """CPU seconds all processors of the machine have been busy since boot (``/proc/stat``;
    0.0 where it is missing): its change over a run, minus the run's own CPU, is what the
    other processes on the machine took meanwhile."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = sum(fields[3:5])  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def run_command(args: list[str]) -> dict[str, float]:
    """Run ``python -m geo ARGS``; return wall seconds, its own CPU seconds, the CPU of all
    its processes (workers, servers), what other processes took meanwhile, and peak memory.

    The wall time ends when the command exits (a thread waits for it), not at the next
    0.1 s sample, and the command's own CPU seconds are the kernel's count at its exit
    (``os.wait4``); its workers' CPU and everyone's memory are sampled every 0.1 s.
    """
    import threading

    import psutil

    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    busy0 = busy_seconds()
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "geo", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    me = psutil.Process(proc.pid)
    ended: dict[str, float] = {}

    def wait() -> None:
        _pid, status, usage = os.wait4(proc.pid, 0)
        ended.update(at=time.perf_counter(), code=os.waitstatus_to_exitcode(status),
                     cpu=usage.ru_utime + usage.ru_stime)

    waiter = threading.Thread(target=wait, daemon=True)
    waiter.start()
    own_peak = tree_peak = 0.0
    seen: dict[int, float] = {}  # CPU seconds of each process of the run, last sampled
    while waiter.is_alive():
        try:
            rss = me.memory_info().rss
            own_peak = max(own_peak, rss)
            tree = rss
            for child in me.children(recursive=True):
                try:
                    tree += child.memory_info().rss
                    ct = child.cpu_times()
                    seen[child.pid] = ct.user + ct.system
                except psutil.Error:
                    pass
            tree_peak = max(tree_peak, tree)
        except psutil.Error:
            pass
        waiter.join(0.1)
    wall = ended["at"] - t0
    cpu = ended["cpu"]
    proc.returncode = int(ended["code"])
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"`diplomap {' '.join(args)}` failed ({proc.returncode}):\n{err[-3000:]}")
    all_cpu = cpu + sum(seen.values())  # the workers' last samples, 0.1 s apart: a little under
    others = max(0.0, busy_seconds() - busy0 - all_cpu)
    return {"wall": wall, "cpu": cpu, "all_cpu": all_cpu, "others": others / wall,
            "rss": own_peak / 2**20, "tree": tree_peak / 2**20}


def fastest(runs: list[dict[str, float]]) -> dict[str, float]:
    """The fastest of a command's runs (other load on a shared machine only slows runs),
    with the walls of all of them."""
    best = dict(min(runs, key=lambda r: r["wall"]))
    best["runs"] = [r["wall"] for r in runs]  # type: ignore[assignment]
    return best


def output_digest(job: str, out: Path) -> object:
    """What must be equal across engines: the output bytes (mentions: the rows read back)."""
    path = out / OUTPUT[job]
    if job == "mentions":
        from geo.engine import read_mentions_parquet

        return hash(tuple(read_mentions_parquet(path)))
    return path.read_bytes()


# ----------------------------------------------------------------------------- report

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--visits-mb", type=float, default=16.0,
                    help="corpus size for visits and build, MB (default 16)")
    ap.add_argument("--mentions-mb", type=float, default=64.0,
                    help="corpus size for mentions to Parquet, MB (default 64)")
    ap.add_argument("--jobs", default="visits,build,mentions", help="comma-separated jobs")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each; the fastest counts")
    ap.add_argument("--article-kb", type=float, default=5.0,
                    help="size of an average article for the 10M/day estimate (default 5)")
    ap.add_argument("--keep", type=Path, default=None, help="write the corpora here and keep them")
    args = ap.parse_args(argv)
    jobs = [j.strip() for j in args.jobs.split(",") if j.strip()]
    unknown = [j for j in jobs if j not in JOBS]
    if unknown:
        ap.error(f"unknown job(s): {', '.join(unknown)}; choose from {', '.join(JOBS)}")
    work = args.keep or Path(tempfile.mkdtemp(prefix="diplomap-scale-"))
    try:
        return measure(work, jobs, args)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


def installed_bytecode() -> None:
    """Compile ``geo`` and ``maps`` to bytecode once, as ``pip install`` does for an installed package.

    A source checkout on a machine with ``PYTHONDONTWRITEBYTECODE=1`` (set on
    ours) would otherwise compile every module again in every process - the
    command, each pool worker, the Dask scheduler and workers - which no user
    of an installed diplomap pays (about 0.1 s a process here).
    """
    import compileall

    for package in ("geo", "maps"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
    print("bytecode: geo and maps compiled once, as an installed package has them")


def measure(work: Path, jobs: list[str], args: argparse.Namespace) -> int:
    machine("before")
    installed_bytecode()
    sizes = {"visits": args.visits_mb, "build": args.visits_mb, "mentions": args.mentions_mb}
    written: dict[float, tuple[Path, int, int]] = {}
    for job in jobs:
        mb = sizes[job]
        if mb not in written:
            folder = work / f"news-{mb:g}mb"
            written[mb] = (folder, *write_corpus(folder, mb))
    corpora = {job: written[sizes[job]] for job in jobs}
    tiny = work / "tiny.jsonl"
    tiny.write_text(json.dumps(dict(articles()[0], id="tiny")) + "\n", encoding="utf-8")
    results: dict[tuple[str, str], dict] = {}
    ok = True
    for job in jobs:
        folder, docs, nbytes = corpora[job]
        print(f"\n{job}: {docs} TR-News articles, {nbytes / 1e6:.1f} MB at {folder}", flush=True)
        reference = None
        runs: dict[str, list[dict]] = {engine: [] for engine in ENGINES}
        ups: dict[str, list[dict]] = {engine: [] for engine in ENGINES}
        # The engines in turn, round after round: a change of the machine's load over the
        # minutes of a job touches every engine alike, not the one measured then.
        for _ in range(args.repeat):
            for engine, extra in ENGINES.items():
                out = work / "out"
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                ups[engine].append(run_command(
                    [a.format(corpus=tiny, out=out) for a in JOBS[job]] + extra))
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                runs[engine].append(run_command(
                    [a.format(corpus=folder, out=out) for a in JOBS[job]] + extra))
                digest = output_digest(job, out)
                if reference is None:
                    reference = digest
                elif digest != reference:
                    print(f"FAIL: {engine} gives another {job} output than one process")
                    ok = False
        for engine in ENGINES:
            got, up = fastest(runs[engine]), fastest(ups[engine])
            got.update(up=up["wall"], up_cpu=up["cpu"], docs=docs, mb=nbytes / 1e6)
            results[job, engine] = got
            print(f"  {engine:<20} {got['wall']:6.1f} s  (runs: "
                  f"{', '.join(f'{r:.1f}' for r in got['runs'])}; start-up {up['wall']:.1f} s; "
                  f"fastest run: its processes {got['all_cpu'] / got['wall']:.2f} cores, other "
                  f"processes {got['others']:.2f})", flush=True)
        ok &= report(job, results)
    machine("after")
    estimate(results, args.article_kb)
    return 0 if ok else 2


def report(job: str, results: dict) -> bool:
    print(f"\n{job} (MB/s with start-up is the headline; steady leaves start-up out)")
    print(f"{'engine':<20} {'MB/s':>6} {'steady':>7} {'docs/s':>7} {'wall s':>7} "
          f"{'up s':>5} {'own CPU ms/doc':>15} {'peak MB own/all':>16}")
    for engine in ENGINES:
        r = results[job, engine]
        steady = f"{r['mb'] / (r['wall'] - r['up']):7.2f}" if r["wall"] > r["up"] else "    n/a"
        own = collecting_cpu(r)
        own_ms = f"{1e3 * own:15.3f}" if own else f"{'n/a':>15}"
        print(f"{engine:<20} {r['mb'] / r['wall']:>6.2f} {steady} "
              f"{r['docs'] / r['wall']:>7.0f} {r['wall']:>7.1f} {r['up']:>5.1f} {own_ms} "
              f"{r['rss']:>7.0f}/{r['tree']:<8.0f}")
    one = results[job, "local, 1 process"]["wall"]
    rate = results[job, "local, 1 process"]["mb"] / one
    ok = True
    checks = [("local, --workers 2", "local, 1 process"), ("dask, 2 workers", "local, 1 process"),
              ("dask, 2 workers", "dask, 1 worker")]
    for two, base in checks:
        speedup = results[job, base]["wall"] / results[job, two]["wall"]
        target = (job == "visits" and base == "local, 1 process") or \
            (job == "mentions" and base == "dask, 1 worker")
        verdict = ("PASS" if speedup >= 1.7 else "FAIL") if target else "info"
        ok &= verdict != "FAIL"
        print(f"{verdict}: {two} = {speedup:.2f}x {base}" + (" (target >= 1.7x)" if target else ""))
    if job == "visits":
        verdict = "PASS" if rate >= 2.0 else "FAIL"
        ok &= verdict == "PASS"
        print(f"{verdict}: visits in one process {rate:.2f} MB/s with start-up (target >= 2 MB/s)")
    for engine in ("local, --workers 2", "dask, 2 workers"):
        own = collecting_cpu(results[job, engine])
        print(f"collecting process with {engine}: " + (
            f"{1e3 * own:.3f} ms CPU per document -> one keeps up with {1 / own:,.0f} "
            "documents/s" if own else "below the noise of its start-up (use a larger corpus)"))
    return ok


def collecting_cpu(r: dict) -> float | None:
    """CPU seconds per document of the command's own process, start-up taken out."""
    extra = r["cpu"] - r["up_cpu"]
    return extra / r["docs"] if extra > 0 else None


def estimate(results: dict, article_kb: float) -> None:
    """Paper estimate: cores for 10 million articles a day, whole pipeline."""
    job = "build" if ("build", "local, 1 process") in results else \
        "visits" if ("visits", "local, 1 process") in results else None
    if job is None:
        return
    one = results[job, "local, 1 process"]
    cpu = max(1e-9, one["cpu"] - one["up_cpu"])
    per_core = one["docs"] / cpu                       # articles/s per core, CPU time
    mb_core = one["mb"] / cpu
    two = [results[job, e]["wall"] for e in ("local, --workers 2", "dask, 2 workers")]
    eff = min(1.0, one["wall"] / min(two) / 2)          # 2-worker parallel efficiency
    costs = [collecting_cpu(results[job, e]) for e in ("local, --workers 2", "dask, 2 workers")]
    collector = 1 / max(c for c in costs if c) if any(costs) else float("inf")
    kb = one["mb"] * 1e3 / one["docs"]
    print(f"\nPaper estimate, 10 million articles a day, whole pipeline (`{job}`):")
    print(f"  per core (CPU time of one process): {per_core:.0f} articles/s, {mb_core:.2f} MB/s "
          f"({kb:.1f} KB articles); 2-worker efficiency {eff:.2f}")
    for label, rate in ((f"{kb:.1f} KB articles", per_core),
                        (f"{article_kb:.0f} KB articles", mb_core * 1e3 / article_kb)):
        core_hours = DAY_ARTICLES / (rate * eff) / 3600
        print(f"  {label}: {rate:.0f}/s per core x {eff:.2f} -> {core_hours:.0f} core-hours a "
              f"day; {math.ceil(DAY_ARTICLES / 86400 / (rate * eff))} worker(s) keep up in real "
              f"time, {math.ceil(core_hours / 4)} finish a day's batch in 4 h")
    print(f"  one collecting process keeps up with about {collector:,.0f} articles/s "
          f"(the load is {DAY_ARTICLES / 86400:.0f}/s)")


if __name__ == "__main__":
    sys.exit(main())
