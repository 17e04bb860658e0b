"""Score visits and ties on one numbered batch of the dev split only (an unseen yardstick).

Usage::

    python benchmarks/batch_eval.py --first 50 --last 99 [--errors] [--min-confidence X]

The batch is the dev articles whose file names start with a number in
``first..last``; their metadata and truth rows are copied into a temporary split
and scored with the same scorers as ``visits_eval.py`` and ``ties_eval.py``, so
a batch added before any rule looked at it shows how today's rules transfer.
Recall by truth status and by class, and the false positives by class, are
printed as those scorers print them.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import tempfile
from pathlib import Path

from realnews_data import REALNEWS, UNSEEN, batch_number, load_split, read_rows, run_split
from ties_eval import score_ties
from ties_eval import show as show_ties
from visits_eval import score_visits
from visits_eval import show as show_visits


def in_batch(name: str, first: int, last: int) -> bool:
    number = batch_number(name)
    return number is not None and first <= number <= last


def write_rows(path: Path, rows: list[dict[str, str]], header: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def batch_split(root: Path, first: int, last: int, source: Path = REALNEWS / "dev") -> None:
    """Copy the batch's articles and rows from ``source`` into ``root / 'batch'``."""
    folder = root / "batch"
    (folder / "articles").mkdir(parents=True)
    for table in ("meta.csv", "visits.csv", "ties.csv"):
        with (source / table).open(encoding="utf-8", newline="") as fh:
            header = next(csv.reader(fh))
        rows = [r for r in read_rows(source / table) if in_batch(r["file"], first, last)]
        write_rows(folder / table, rows, header)
        if table == "meta.csv":
            for r in rows:
                shutil.copy(source / "articles" / r["file"], folder / "articles" / r["file"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--first", type=int, required=True)
    ap.add_argument("--last", type=int, required=True)
    ap.add_argument("--errors", action="store_true", help="list every error of the batch")
    ap.add_argument("--show-unseen", action="store_true",
                    help="allow --errors on a batch that overlaps the unseen ones (UNSEEN)")
    ap.add_argument("--min-confidence", type=float, default=0.0,
                    help="leave out visits found with less confidence (the trade of precision for recall)")
    args = ap.parse_args(argv)
    if args.errors and not args.show_unseen and any(
            args.first <= hi and lo <= args.last for lo, hi in UNSEEN):
        ap.error(f"{args.first}-{args.last} overlaps the unseen batches {UNSEEN}: their errors are "
                 "listed only with --show-unseen (the lead's transfer measure)")
    with tempfile.TemporaryDirectory() as tmp:
        batch_split(Path(tmp), args.first, args.last)
        split = load_split("batch", root=Path(tmp))
        run = run_split(split, min_confidence=args.min_confidence)
    print(f"\n== dev {args.first:03d}-{args.last:03d}: {len(split.files)} articles, "
          f"{len(split.visits)} visit rows, {len(split.ties)} tie rows")
    print("\nvisits")
    show_visits(score_visits(split, run), {"events_mb_s": run.events_mb_s,
                                           "text_side_mb_s": run.text_side_mb_s}, args.errors)
    print("\nties")
    show_ties(score_ties(split, run), {"text_side_mb_s": run.text_side_mb_s}, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
