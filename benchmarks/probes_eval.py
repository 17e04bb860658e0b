"""Score diplomap's visits on the probe passages (``tests/geo/probes/*.csv``).

Usage::

    python benchmarks/probes_eval.py [--file tests/geo/probes/multistop_titles.csv] [--errors]

The probes are short news-style passages written by the developers (not copied
from any article), each with the visits a careful reader finds, written before
the tool ran on them. A predicted visit matches an expected one when the
expected surname is inside the predicted traveller (as in ``visits_eval.py``)
and the host is the same; one-to-one. Predictions marked cancelled are not
counted; an expected row marked ``cancelled`` matched by a live prediction is
a false positive (a called-off trip drawn as if it happened). Printed:
precision, recall, status share on matches, and recall by construction (the
probe id's letter: ``M`` multi-stop, ``N`` guards, ``T`` titles).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from visits_eval import surname_in

PROBES = Path(__file__).resolve().parents[1] / "tests" / "geo" / "probes" / "multistop_titles.csv"


@dataclass(frozen=True)
class Expected:
    surname: str
    host: str
    status: str


@dataclass
class ProbeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    status_right: int = 0
    found: Counter = field(default_factory=Counter)
    wanted: Counter = field(default_factory=Counter)
    errors: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def status(self) -> float:
        return self.status_right / self.tp if self.tp else 1.0


def load(path: Path = PROBES) -> list[dict]:
    """The probe rows: id, construction, published, text, expected."""
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def expected(row: dict) -> list[Expected]:
    out = []
    for item in filter(None, (row["expected"] or "").split(";")):
        surname, host, status = item.split("|")
        out.append(Expected(surname, host, status))
    return out


def predict(row: dict) -> list:
    """The visits diplomap finds in one probe."""
    from geo.events import document_events, finish_events
    from geo.geoparse import geoparse
    from geo.values import Document

    doc = Document(row["id"], row["text"], published=dt.date.fromisoformat(row["published"]))
    visits, _ = finish_events(*document_events(doc, geoparse(doc)))
    return [v for v in visits if v.status != "cancelled"]


def score(rows: list[dict]) -> ProbeScore:
    """Match predictions to the expected visits of every probe."""
    s = ProbeScore()
    for row in rows:
        kind = row["id"][0]
        preds = predict(row)
        used: set[int] = set()
        for e in expected(row):
            hit = next((i for i, p in enumerate(preds) if i not in used and p.country == e.host
                        and surname_in(e.surname, p.traveler)), None)
            if e.status == "cancelled":
                if hit is not None:
                    used.add(hit)
                    s.fp += 1
                    s.errors.append((row["id"], row["construction"], "FP-cancelled", e))
                continue
            s.wanted[kind] += 1
            if hit is None:
                s.fn += 1
                s.errors.append((row["id"], row["construction"], "FN", e))
                continue
            used.add(hit)
            s.tp += 1
            s.found[kind] += 1
            if preds[hit].status == e.status:
                s.status_right += 1
            else:
                s.errors.append((row["id"], row["construction"], f"status {preds[hit].status}", e))
        for i, p in enumerate(preds):
            if i not in used:
                s.fp += 1
                s.errors.append((row["id"], row["construction"], "FP",
                                 Expected(p.traveler, p.country, p.status)))
    return s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=PROBES)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    s = score(load(args.file))
    print(f"probes: P {s.precision:.3f} R {s.recall:.3f} status {s.status:.3f} "
          f"(tp {s.tp} fp {s.fp} fn {s.fn})")
    for kind in sorted(s.wanted):
        print(f"  {kind}: recall {s.found[kind]}/{s.wanted[kind]}")
    if args.errors:
        for pid, construction, what, e in s.errors:
            print(f"  {pid:4} {construction:36} {what:18} {e.surname} {e.host} {e.status}")


if __name__ == "__main__":
    main()
