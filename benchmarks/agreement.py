"""How far do two careful readers agree on the visits of the same articles?

Usage::

    python benchmarks/agreement.py [--a benchmarks/realnews/dev/visits.csv]
                                   [--b benchmarks/realnews/agreement/visits_1500-1549_b.csv]

Reader A's rows (``dev/visits.csv``) are kept to the articles reader B covered
(the files named in B's CSV). Each reader's rows are scored against the other's
as truth with the matcher of ``visits_eval.py`` itself (:func:`score_visits`:
surname inside the traveller, same host, start days within one day where both
have one, one-to-one; truth rows marked optional count neither way; a row
matching a truth row marked cancelled is a false positive). The predicting
reader's cancelled rows are left out, as the tool's are. One thing the tool has
no counterpart for: a row the predicting reader marked optional that the other
reader did not write is not counted as extra ("finding it is no error"); the
count of such rows is printed beside.

Only counts are printed, never rows: reader A's truth of an unseen batch is not
to be looked at.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realnews_data import REALNEWS, Split, by_file, day, read_rows  # noqa: E402
from visits_eval import compatible, score_visits  # noqa: E402


@dataclass(frozen=True)
class Reading:
    """One reader's truth row seen as a prediction (the fields :func:`score_visits` reads)."""

    traveler: str
    country: str
    start_date: dt.date | None
    status: str
    optional: bool
    place: str = ""
    traveler_country: str | None = None
    confidence: float = 1.0


def reading(row: dict[str, str]) -> Reading:
    return Reading(row["traveler"], row["host"], day(row["start_date"]), row["status"],
                   row["optional"] == "yes", row["city"])


def compare(truth_rows: list[dict[str, str]], other_rows: list[dict[str, str]],
            files: list[str]) -> dict:
    """Score ``other_rows`` against ``truth_rows`` on ``files``; figures and counts only."""
    keep = set(files)
    truth = [r for r in truth_rows if r["file"] in keep]
    other = by_file(r for r in other_rows if r["file"] in keep)
    run = SimpleNamespace(visits={f: [reading(r) for r in rows] for f, rows in other.items()})
    split = Split("agreement", REALNEWS, [{"file": f} for f in files], truth, [])
    s = score_visits(split, run)
    optional_extra = sum(1 for kind, _, _, p, t in s.errors if kind == "FP" and t is None and p.optional)
    extra = sum(1 for kind, _, _, p, t in s.errors if kind == "FP" and t is None and not p.optional)
    far_day = sum(1 for kind, cls, _, p, t in s.errors
                  if kind == "FP" and t is None and not p.optional and cls == "wrong date")
    missed = [(doc, t) for kind, _, doc, _, t in s.errors if kind == "FN"]
    called_off = sum(1 for doc, t in missed
                     if any(p.status in ("cancelled", "postponed") and compatible(p, t)
                            for p in run.visits.get(doc, [])))
    tp, fp, fn = s.tp, s.fp - optional_extra, s.fn
    return {
        "tp": tp, "fp": fp, "fn": fn,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "dates": s.dates, "dated": s.dated, "dated_right": s.dated_right,
        "status": s.status, "status_right": s.status_right,
        "missed": len(missed), "missed_as_cancelled": called_off,
        "extra": extra, "extra_far_day": far_day, "optional_extra": optional_extra,
        "cancelled_drawn": s.fp_classes["cancelled trip drawn"],
        "different_day": sum(1 for e in s.errors if e[0] == "DATE"),
        "different_status": sum(1 for e in s.errors if e[0] == "STATUS"),
    }


def line(who: str, truth: str, f: dict) -> str:
    return (f"{who} against {truth} as truth: precision {f['precision']:.3f} ({f['tp']}/{f['tp'] + f['fp']})"
            f" recall {f['recall']:.3f} ({f['tp']}/{f['tp'] + f['fn']})"
            f" day {f['dates']:.3f} ({f['dated_right']}/{f['dated']})"
            f" status {f['status']:.3f} ({f['status_right']}/{f['tp']})\n"
            f"  disagreements: missed by {who} {f['missed']} (of which {who} wrote it cancelled"
            f" {f['missed_as_cancelled']}), extra in {who} {f['extra']} (of which a day >1 apart from"
            f" {truth}'s row {f['extra_far_day']}; plus {f['optional_extra']} marked optional by {who},"
            f" not counted), cancelled by {truth} but a trip in {who} {f['cancelled_drawn']},"
            f" different day {f['different_day']}, different status {f['different_status']}")


def counts(rows: list[dict[str, str]]) -> str:
    required = sum(1 for r in rows if r["optional"] != "yes" and r["status"] != "cancelled")
    optional = sum(1 for r in rows if r["optional"] == "yes")
    cancelled = sum(1 for r in rows if r["status"] == "cancelled")
    return f"{len(rows)} rows ({required} required trips, {optional} optional, {cancelled} cancelled)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--a", type=Path, default=REALNEWS / "dev" / "visits.csv")
    ap.add_argument("--b", type=Path, default=REALNEWS / "agreement" / "visits_1500-1549_b.csv")
    args = ap.parse_args(argv)
    b = read_rows(args.b)
    files = sorted({r["file"] for r in b})
    a = [r for r in read_rows(args.a) if r["file"] in set(files)]
    print(f"articles covered by B: {len(files)}; A: {counts(a)}; B: {counts(b)}")
    print(line("B", "A", compare(a, b, files)))
    print(line("A", "B", compare(b, a, files)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
