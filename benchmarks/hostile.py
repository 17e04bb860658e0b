"""How long hostile inputs take: thousands of small files, and 100 KB of one repeated phrase.

Usage::

    python benchmarks/hostile.py                # 3,000 files; five phrases of 100 KB
    python benchmarks/hostile.py --files 10000 --kb 400

The tests check the behaviour on these inputs (every file read or reported, in order; work
that grows linearly with the text, by size ratio); this script prints the seconds they take
on this machine and PASS/FAIL against the targets of issue 8, with start-up included for the
files (``diplomap mentions`` as a subprocess, default options) and the text side alone for
the phrases (after the gazetteer is loaded):

* 3,000 files in nested folders (1% empty): ``diplomap mentions DIR -o OUT --report R``
  <= 45 s;
* one document of 100 KB made of one phrase repeated (``St.``, ``Minsk\\n``, ...):
  geoparse + visits + ties <= 6 s each (they took 10 s to minutes when parts of the text
  side were quadratic).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGETS = {"files_s": 45.0, "phrase_s": 6.0}
PHRASES = ["St. ", "Minsk\n", "Putin arrived in Minsk. ", "Russia and Belarus ",
           "President Putin visited "]


def write_many_files(root: Path, n: int) -> Path:
    """``n`` small files in folders of 500 under ``root``, one in a hundred empty; return ``root``.

    ``tests/test_hostile.py`` checks that every one is read or reported, in order.
    """
    for i in range(n):
        sub = root / f"d{i // 500:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        body = b"" if i % 100 == 7 else f"Note {i}: Putin arrived in Minsk.".encode()
        (sub / f"f{i:05d}.txt").write_bytes(body)
    return root


def many_files(n: int, folder: Path) -> float:
    """Seconds for ``diplomap mentions`` over ``n`` small files (a subprocess: start-up included)."""
    root = write_many_files(folder / "many", n)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "geo", "mentions", str(root), "-o", str(folder / "m.jsonl"),
                    "--report", str(folder / "report.csv"), "-q"], check=True, cwd=ROOT)
    return time.perf_counter() - start


def repeated_phrase(phrase: str, size: int) -> float:
    """Seconds of the text side (geoparse, visits, ties) over ``size`` bytes of ``phrase``."""
    from geo.events import extract_ties, extract_visits
    from geo.geoparse import geoparse
    from geo.values import Document

    doc = Document("d", phrase * (size // len(phrase)))
    start = time.perf_counter()
    mentions = geoparse(doc)
    extract_ties([doc], mentions, visits=extract_visits([doc], mentions))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=3000, help="number of small files")
    ap.add_argument("--kb", type=int, default=100, help="size of each repeated-phrase document")
    args = ap.parse_args(argv)
    checks = []
    with tempfile.TemporaryDirectory(prefix="diplomap-hostile-") as tmp:
        seconds = many_files(args.files, Path(tmp))
    print(f"{args.files:,} small files        {seconds:7.2f} s")
    checks.append((f"{args.files:,} files <= {TARGETS['files_s']:g} s", seconds <= TARGETS["files_s"]))
    from geo.geoparse import geoparse

    geoparse("Minsk")  # load the gazetteer outside the measurement
    for phrase in PHRASES:
        seconds = repeated_phrase(phrase, args.kb * 1000)
        print(f"{args.kb} KB of {phrase!r:28} {seconds:7.2f} s")
        checks.append((f"{phrase!r} <= {TARGETS['phrase_s']:g} s", seconds <= TARGETS["phrase_s"]))
    for label, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {label}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
