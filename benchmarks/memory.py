"""Peak resident memory while a diplomap command streams a big JSONL corpus.

Usage::

    python benchmarks/memory.py                       # mentions, 1 GB, target < 1 GB peak RSS
    python benchmarks/memory.py --command build       # the map, 1 GB of real news, < 1.5 GB
    python benchmarks/memory.py --command build --exports   # also GeoJSON and CSV of every mention
    python benchmarks/memory.py --mb 50               # a quicker, smaller run
    python benchmarks/memory.py --mb 200 --limit-mb 1024 --keep --dir /var/tmp

The corpus is generated (deterministically) in a temporary folder. With
``--corpus synthetic`` (the default for ``mentions``): one JSON object per
line with an id, a title, a publication date and a few KB of news-like text
naming places, leaders and dates, plus a small share of bad lines (not
JSON, not objects, no text) that must be reported, not kept in memory. With
``--corpus news`` (the default for ``visits`` and ``build``): TR-News
repeated (:mod:`newscorpus`, real articles with their own ids and dates),
plus the same share of bad lines. The synthetic text suits geoparsing but
not the events: every article there has the same date and names the same
two dozen places, so the join would attach every article to every visit of
those days, which no real corpus does.

``diplomap COMMAND CORPUS ... --report REPORT`` then runs as a subprocess
(``mentions -f csv``, ``visits``, or ``build -o map.html``); its peak RSS is
read from ``getrusage(RUSAGE_CHILDREN)`` (``ru_maxrss``) and by polling
``/proc/PID/status`` (``VmHWM``) so the script also prints how memory grew
over the run; with ``--workers`` the resident memory of all processes
together is sampled too (psutil). PASS when the peak stays below
``--limit-mb`` (default 1 GB for ``mentions``, 1.5 GB for the others) and
every bad line was reported.

Measured 2026-11 on the shared 2-core machine (one worker): 1 GB, 411,050
documents, 412 bad lines -> 10.4 M mentions in 28 min, peak RSS 183 MB
(127 MB at 5 and 50 MB: flat apart from the geoparser's caches). PASS.
``--command build`` (2026-11-29, other jobs on both cores, load 5-11): 1 GB of
repeated TR-News, 475,178 articles, 477 bad lines -> a 0.5 MB map in 37 min,
peak RSS 798 MB (620 MB at the end of the corpus, the rest in the join and
the map: growing with the documents' metadata and visit reports, not their
texts). PASS.

Streaming is what keeps the peak flat: the output is written while the
corpus is read, and ``visits``/``build`` keep documents' metadata (not
their texts) in memory and their mentions on disk, so the peak should grow
far slower than the corpus (compare ``--mb 20`` with ``--mb 200``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PLACES = ["Tashkent", "Samarkand", "Minsk", "Beijing", "Harbin", "Dushanbe", "Ashgabat", "Astana",
          "Bishkek", "Moscow", "St. Petersburg", "Kyiv", "Warsaw", "Berlin", "Paris", "Ankara",
          "Tehran", "New Delhi", "Hanoi", "Pyongyang", "Ulaanbaatar", "Baku", "Yerevan", "Tbilisi"]
COUNTRIES = ["Uzbekistan", "Belarus", "China", "Tajikistan", "Turkmenistan", "Kazakhstan",
             "Kyrgyzstan", "Russia", "Ukraine", "Poland", "Germany", "France", "Turkey", "Iran",
             "India", "Vietnam", "North Korea", "Mongolia", "Azerbaijan", "Armenia", "Georgia"]
LEADERS = ["Vladimir Putin", "Xi Jinping", "Alexander Lukashenko", "Shavkat Mirziyoyev",
           "Emomali Rahmon", "Kassym-Jomart Tokayev", "Recep Tayyip Erdogan", "Narendra Modi"]
FILLER = ("The talks covered trade, energy and security, officials said, and the two sides "
          "agreed to meet again before the end of the year. Analysts noted that the visit "
          "followed months of preparation by both foreign ministries. ")


def sentence(rng: random.Random) -> str:
    who, place = rng.choice(LEADERS), rng.choice(PLACES)
    a, b = rng.sample(COUNTRIES, 2)
    day, month = rng.randint(1, 28), rng.choice(["January", "March", "May", "June", "October"])
    return rng.choice([
        f"{who} arrived in {place} on {day} {month} 2024 for talks with his counterpart. ",
        f"{a} and {b} signed an energy agreement in {place}. ",
        f"{who} will travel to {place} next week, the ministry said. ",
        f"Delegations from {a} and {b} discussed military cooperation. ",
    ])


def generate(path: Path, size_bytes: int, *, seed: int = 8) -> tuple[int, int]:
    """Write about ``size_bytes`` of JSONL; return (documents, bad lines)."""
    rng = random.Random(seed)
    written = docs = bad = 0
    with open(path, "w", encoding="utf-8") as fh:
        while written < size_bytes:
            n = docs + bad + 1
            if n % 997 == 0:  # a bad line now and then: reported, never held
                line = rng.choice(["{not json", "[1, 2, 3]", '{"id": "x%d"}' % n, '"text"'])
                bad += 1
            else:
                text = "".join(sentence(rng) + (FILLER if rng.random() < 0.5 else "")
                               for _ in range(rng.randint(8, 20)))
                line = json.dumps({"id": f"d{n}", "title": f"Report {n}", "published": "2024-05-27",
                                   "text": text}, ensure_ascii=False)
                docs += 1
            fh.write(line + "\n")
            written += len(line) + 1
    return docs, bad


def generate_news(path: Path, size_bytes: int) -> tuple[int, int]:
    """Write about ``size_bytes`` of repeated TR-News with a bad line now and then."""
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from newscorpus import write_corpus

    folder = Path(tempfile.mkdtemp(dir=path.parent))
    docs = bad = 0
    try:
        write_corpus(folder, size_bytes / 1e6, shard_mb=size_bytes / 1e6 + 1)
        with open(path, "w", encoding="utf-8") as out:
            for shard in sorted(folder.glob("*.jsonl")):
                with open(shard, encoding="utf-8") as fh:
                    for line in fh:
                        if (docs + bad + 1) % 997 == 0:
                            out.write('{"id": "bad%d"}\n' % bad)
                            bad += 1
                        out.write(line)
                        docs += 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return docs, bad


def rss_mb(pid: int, field: str) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def tree_rss_mb(pid: int) -> float | None:
    """Resident memory of a process and all its children (``--workers``), when psutil is there."""
    try:
        import psutil
    except ImportError:
        return None
    try:
        root = psutil.Process(pid)
        procs = [root] + root.children(recursive=True)
    except psutil.Error:
        return None
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total / 2**20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1024, help="corpus size in MB (default 1024 = 1 GB)")
    ap.add_argument("--command", choices=("mentions", "visits", "build"), default="mentions",
                    help="what to run on the corpus (default mentions)")
    ap.add_argument("--corpus", choices=("synthetic", "news"), default=None,
                    help="synthetic text or repeated TR-News (default: synthetic for mentions, "
                         "news otherwise)")
    ap.add_argument("--limit-mb", type=float, default=None,
                    help="peak RSS target in MB (default 1024 for mentions, 1536 otherwise)")
    ap.add_argument("--dir", type=Path, default=None, help="where to generate the corpus (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and outputs")
    ap.add_argument("--workers", type=int, default=None, help="pass --workers to diplomap")
    ap.add_argument("--exports", action="store_true",
                    help="build also writes --geojson and --csv-dir (every mention goes to a file)")
    args = ap.parse_args(argv)
    if args.limit_mb is None:
        args.limit_mb = 1024 if args.command == "mentions" else 1536
    if args.corpus is None:
        args.corpus = "synthetic" if args.command == "mentions" else "news"

    if args.dir is not None:
        Path(args.dir).mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="diplomap-mem-", dir=args.dir))
    try:
        corpus = folder / "corpus.jsonl"
        t0 = time.monotonic()
        make = generate if args.corpus == "synthetic" else generate_news
        docs, bad = make(corpus, int(args.mb * 1024 * 1024))
        size = corpus.stat().st_size
        print(f"corpus: {size / 2**20:.1f} MB, {docs} documents, {bad} bad lines "
              f"(generated in {time.monotonic() - t0:.1f} s)", flush=True)
        out = {"mentions": ["-f", "csv", "-o", str(folder / "mentions.csv")],
               "visits": ["-o", str(folder / "visits.jsonl")],
               "build": ["--offline", "-o", str(folder / "map.html")]}[args.command]
        cmd = [sys.executable, "-m", "geo", args.command, str(corpus), "-q", *out,
               "--report", str(folder / "report.csv")]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        if args.exports and args.command == "build":
            cmd += ["--geojson", str(folder / "map.geojson"), "--csv-dir", str(folder / "tables")]
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE)
        samples: list[tuple[float, float]] = []
        last, tree_peak = 0.0, 0.0
        while proc.poll() is None:
            hwm = rss_mb(proc.pid, "VmHWM")
            tree_peak = max(tree_peak, tree_rss_mb(proc.pid) or 0.0)
            now = time.monotonic() - t0
            if hwm is not None and now - last >= 5:
                samples.append((now, hwm))
                last = now
            time.sleep(0.2)
        status = proc.returncode
        elapsed = time.monotonic() - t0
        stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        peak = max([peak_children, tree_peak] + [h for _, h in samples])
        for when, hwm in samples[:: max(1, len(samples) // 10)]:
            print(f"  t={when:7.1f} s  peak RSS so far {hwm:7.1f} MB")
        written = Path(out[-1])
        made = (f"{sum(1 for _ in open(written, encoding='utf-8')) - 1} mentions"
                if args.command == "mentions" and written.exists() else
                f"{written.name} {written.stat().st_size / 2**20:.1f} MB" if written.exists()
                else "no output")
        reported = 0
        if (folder / "report.csv").exists():
            import csv

            with open(folder / "report.csv", encoding="utf-8", newline="") as fh:
                reported = sum(1 for row in csv.DictReader(fh) if row["stage"] == "ingest")
        print(f"diplomap {args.command}: exit {status}, {elapsed:.1f} s "
              f"({size / 2**20 / elapsed:.2f} MB/s), {made}, {reported} bad lines reported "
              f"(expected {bad})")
        if status != 0:
            print(stderr[-2000:])
        ok = status == 0 and peak < args.limit_mb and reported == bad
        if tree_peak:
            print(f"all processes together (sampled every 0.2 s): {tree_peak:.1f} MB")
        print(f"peak RSS: {peak:.1f} MB (target < {args.limit_mb:.0f} MB) -> {'PASS' if ok else 'FAIL'}")
        if args.keep:
            print(f"kept {folder}")
        return 0 if ok else 1
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
