"""Speed of the per-document events step (``geo.events.document_events``), and a check that it is unchanged.

Usage::

    python benchmarks/events_speed.py [--repeat N] [--components] [--no-first-pass]
    python benchmarks/events_speed.py --dump FILE      # write every output of today's code
    python benchmarks/events_speed.py --compare FILE   # the same outputs again, byte for byte?

Corpora: (a) TR-News (``../shared/eval/TR-News.xml``; skipped with a message
when absent), 118 news articles of 2016-2017 on many topics, each dated by its
download day; (b) the real-news articles of ``benchmarks/realnews/{dev,test}``
with their ``meta.csv`` (diplomatic news, publication dates).

Printed per corpus:

* **first pass** (the headline): wall time of ``python -m geo visits`` on the
  corpus, start-up, reading, geoparsing and events included, default options;
* **events MB/s per core**: CPU time (``time.process_time``) of
  ``document_events`` alone, after geoparsing every document once, best of
  ``--repeat`` runs over the whole corpus. CPU time, because the machines are
  shared with other jobs; still, judge from several runs, not one;
* with ``--components``, the CPU time of each part of the step called on its
  own through the public functions (sentences, landmarks, usable mentions,
  people, the whole reading, visits, ties), in microseconds per document.

The target of issue 15 is 3 MB/s per core for the events step; PASS or FAIL is
printed against it.

``--dump`` writes, for every document of the real-news splits, ``data/sample``,
``../shared/seeds`` and TR-News, the raw ``document_events`` values (their
``repr``, every field) and the ``geo.output.row_of`` rows of its visits and
ties after ``finish_events`` as JSON lines, in order, then the same for each
corpus finished as a whole. ``--compare`` recomputes them and reports the first
document whose output differs; use it before and after any change meant only
to make the step faster.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
TR_NEWS = SHARED / "eval" / "TR-News.xml"
REALNEWS = ROOT / "benchmarks" / "realnews"
TARGET_MB_S = 3.0


# --------------------------------------------------------------------------- corpora

def tr_news_documents(path: Path = TR_NEWS) -> list:
    """TR-News articles as Documents: id = docid, published = download day."""
    from geo.values import Document

    docs = []
    for a in ET.parse(path).getroot().iter("article"):
        text = a.findtext("text") or ""
        if not text.strip():
            continue
        docs.append(Document(a.get("docid") or str(len(docs)), text,
                             title=(a.findtext("title") or "").strip() or None,
                             url=(a.findtext("url") or "").strip() or None,
                             published=_day(a.findtext("dltime"))))
    return docs


def _day(text: str | None) -> dt.date | None:
    """TR-News writes its days in many ways ("17 December 2016", "Wed Nov 23, 2016 | 4:58pm EST")."""
    from dateutil import parser

    text = (text or "").split("|")[0].strip()
    if not text:
        return None
    try:
        return parser.parse(text, fuzzy=True, ignoretz=True).date()
    except (ValueError, OverflowError):
        return None


def folder_documents(folder: Path, meta: Path | None = None) -> list:
    from geo.ingest import read_corpus

    return list(read_corpus([folder], meta=meta if meta is not None and meta.is_file() else None))


def corpora(*, all_folders: bool = False) -> dict[str, list]:
    """The corpora by name; ``all_folders`` adds the bundled sample and the seeds (for --dump)."""
    out: dict[str, list] = {}
    if TR_NEWS.is_file():
        out["tr-news"] = tr_news_documents()
    else:
        print(f"TR-News skipped: {TR_NEWS} not found", file=sys.stderr)
    realnews = []
    for split in ("dev", "test"):
        folder = REALNEWS / split
        if (folder / "articles").is_dir():
            docs = folder_documents(folder / "articles", folder / "meta.csv")
            if all_folders:
                out[f"realnews-{split}"] = docs
            realnews += docs
    if realnews and not all_folders:
        out["realnews"] = realnews
    if all_folders:
        out["sample"] = folder_documents(ROOT / "data" / "sample", ROOT / "data" / "sample" / "meta.csv")
        if (SHARED / "seeds").is_dir():
            out["seeds"] = folder_documents(SHARED / "seeds", SHARED / "seeds" / "meta.csv")
    return out


def geoparsed(docs: list) -> list[tuple]:
    from geo.geoparse import geoparse

    return [(d, geoparse(d)) for d in docs]


def size_mb(docs: list) -> float:
    return sum(len(d.text.encode("utf-8")) for d in docs) / 1e6


# --------------------------------------------------------------------------- timing

def events_cpu(pairs: list[tuple], repeat: int) -> float:
    """Best CPU seconds of ``document_events`` over every (document, mentions) pair."""
    from geo.events import document_events

    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for doc, ms in pairs:
            document_events(doc, ms)
        best = min(best, time.process_time() - t0)
    return best


def components_cpu(pairs: list[tuple], repeat: int) -> dict[str, float]:
    """Best CPU seconds of each part of the step, each called on its own."""
    from geo.calendar_spans import month_or_weekday_spans
    from geo.landmarks import find_landmarks
    from geo.people import find_people
    from geo.reading import read_document, usable_mentions
    from geo.text import split_sentences
    from geo.ties import ties_in_document
    from geo.visits import visits_in_document

    readings = [(d, ms, read_document(d, ms)) for d, ms in pairs]
    visits = [visits_in_document(d, ms, reading=r) for d, ms, r in readings]
    parts = {
        "split_sentences": lambda: [split_sentences(d.text) for d, _ in pairs],
        "find_landmarks": lambda: [find_landmarks(d.text) for d, _ in pairs],
        "month_or_weekday_spans": lambda: [month_or_weekday_spans(d.text) for d, _ in pairs],
        "usable_mentions": lambda: [usable_mentions(d, ms) for d, ms in pairs],
        "find_people": lambda: [find_people(d, r.places, sentences=r.sentences) for d, _, r in readings],
        "read_document (all of the above)": lambda: [read_document(d, ms) for d, ms in pairs],
        "visits_in_document": lambda: [visits_in_document(d, ms, reading=r) for d, ms, r in readings],
        "ties_in_document": lambda: [ties_in_document(d, ms, reading=r, visits=v)
                                     for (d, ms, r), v in zip(readings, visits)],
    }
    out = {}
    for name, run in parts.items():
        best = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            run()
            best = min(best, time.process_time() - t0)
        out[name] = best
    return out


def first_pass(docs: list, name: str) -> float | None:
    """Wall seconds of ``python -m geo visits`` on the corpus written as JSONL, start-up included."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps({"id": d.id, "text": d.text, "title": d.title, "url": d.url,
                                     "published": d.published.isoformat() if d.published else None}) + "\n")
        env_path = str(ROOT)
        import os

        env = dict(os.environ, PYTHONPATH=env_path + os.pathsep + os.environ.get("PYTHONPATH", ""))
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "geo", "visits", str(path), "-o", str(Path(tmp) / "v.jsonl")],
                              env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if done.returncode != 0:
            print(f"  first pass failed: {done.stderr.strip()[-300:]}", file=sys.stderr)
            return None
        return wall


# --------------------------------------------------------------------------- equality

def dump_lines(named: dict[str, list]):
    """JSON lines of every output: per document (raw and finished), then per corpus finished."""
    from geo.events import document_events, finish_events
    from geo.output import row_of

    for corpus, docs in named.items():
        all_visits, all_ties = [], []
        for doc, ms in geoparsed(docs):
            visits, ties = document_events(doc, ms)
            all_visits += visits
            all_ties += ties
            yield json.dumps({"corpus": corpus, "doc": doc.id, "raw_visits": [repr(v) for v in visits],
                              "raw_ties": [repr(t) for t in ties]}, ensure_ascii=False)
            fv, ft = finish_events(visits, ties)
            yield json.dumps({"corpus": corpus, "doc": doc.id, "visits": [row_of(v) for v in fv],
                              "ties": [row_of(t) for t in ft]}, ensure_ascii=False, default=str)
        fv, ft = finish_events(all_visits, all_ties)
        yield json.dumps({"corpus": corpus, "doc": "*", "visits": [row_of(v) for v in fv],
                          "ties": [row_of(t) for t in ft]}, ensure_ascii=False, default=str)


def dump(path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for line in dump_lines(corpora(all_folders=True)):
            fh.write(line + "\n")
            n += 1
    print(f"wrote {n} lines to {path}")
    return 0


def compare(path: Path) -> int:
    want = path.read_text(encoding="utf-8").splitlines()
    got = list(dump_lines(corpora(all_folders=True)))
    for i, (a, b) in enumerate(zip(want, got)):
        if a != b:
            ja, jb = json.loads(a), json.loads(b)
            print(f"DIFFERENT at line {i + 1}: corpus {ja['corpus']!r}, document {ja['doc']!r}")
            for key in ja:
                if ja[key] != jb.get(key):
                    print(f"  {key}:\n    was {ja[key]!r:.1500}\n    now {jb.get(key)!r:.1500}")
            return 1
    if len(want) != len(got):
        print(f"DIFFERENT: {len(want)} lines were written, {len(got)} now")
        return 1
    print(f"IDENTICAL: {len(got)} lines")
    return 0


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs per measure; the best counts (default 5)")
    ap.add_argument("--components", action="store_true", help="also time each part of the step")
    ap.add_argument("--no-first-pass", action="store_true", help="skip the `python -m geo visits` runs")
    ap.add_argument("--dump", type=Path, help="write every output of the step to this JSONL file")
    ap.add_argument("--compare", type=Path, help="check the outputs against a --dump file")
    args = ap.parse_args(argv)
    if args.dump:
        return dump(args.dump)
    if args.compare:
        return compare(args.compare)

    ok = True
    print(f"target: document_events >= {TARGET_MB_S} MB/s per core (CPU time, best of {args.repeat})")
    for name, docs in corpora().items():
        mb = size_mb(docs)
        print(f"\n{name}: {len(docs)} documents, {mb:.2f} MB")
        if not args.no_first_pass:
            wall = first_pass(docs, name)
            if wall is not None:
                print(f"  first pass, `python -m geo visits` wall with start-up: {wall:.2f} s "
                      f"({mb / wall:.2f} MB/s)")
        pairs = geoparsed(docs)
        document_events_warm = events_cpu(pairs, 1)  # loads the tables once
        del document_events_warm
        cpu = events_cpu(pairs, args.repeat)
        rate = mb / cpu if cpu else float("inf")
        verdict = "PASS" if rate >= TARGET_MB_S else "FAIL"
        ok &= rate >= TARGET_MB_S
        print(f"  document_events: {cpu:.3f} s CPU = {1e3 * cpu / len(docs):.2f} ms/document = "
              f"{rate:.2f} MB/s per core  [{verdict}]")
        if args.components:
            for part, sec in components_cpu(pairs, args.repeat).items():
                print(f"    {part:34s} {1e6 * sec / len(docs):8.0f} us/document")
    print("\nPASS" if ok else "\nFAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
