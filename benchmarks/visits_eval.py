"""Score diplomap's visits on real published articles (``benchmarks/realnews/``).

Usage::

    python benchmarks/visits_eval.py [--split dev|test|all] [--errors] [--min-confidence X]

Matching rule (issue 13): a predicted visit matches a truth row of the same
article when the truth surname is inside the predicted traveller (case, accents
and punctuation folded, whole words), the host ISO2 is the same, and the start
dates are within one day where both have one; one-to-one. Predictions marked
cancelled are not counted. Truth rows marked ``optional`` count neither way;
a prediction that matches a truth row marked ``cancelled`` is a false positive
(a called-off trip drawn as if it happened).

Printed: precision, recall and F1, the share of matched visits with a known day
that got it (within one day), the share with the right status, the speed of
the text side on the same articles, and the errors grouped by class. ``--errors``
lists every error of the dev split; the test split's single errors are not
shown unless ``--show-test`` is given (it estimates how the rules do on
articles nobody tuned them for, so look at its totals only).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from realnews_data import ClassRecall, Split, arguments, by_file, day, evaluate, fold, ratio

#: Issue 13's targets.
TARGETS = {"precision": 0.90, "recall": 0.80, "dates": 0.90, "status": 0.90}


def surname_in(truth: str, predicted: str) -> bool:
    t, p = fold(truth).split(), fold(predicted).split()
    return bool(t) and any(p[i:i + len(t)] == t for i in range(len(p) - len(t) + 1))


def compatible(p, t: dict) -> bool:
    if p.country != t["host"] or not surname_in(t["traveler"], p.traveler):
        return False
    td = day(t["start_date"])
    return td is None or p.start_date is None or abs((p.start_date - td).days) <= 1


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dated: int = 0
    dated_right: int = 0
    status_right: int = 0
    fp_classes: Counter = field(default_factory=Counter)
    classes: ClassRecall = field(default_factory=ClassRecall)
    statuses: ClassRecall = field(default_factory=lambda: ClassRecall(column="status", label="status"))
    errors: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def dates(self) -> float:
        return ratio(self.dated_right, self.dated, empty=1.0)

    @property
    def status(self) -> float:
        return ratio(self.status_right, self.tp, empty=1.0)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "dates": round(self.dates, 3), "dated": self.dated,
                "status": round(self.status, 3)}


def _fp_class(p, truths: list[dict]) -> str:
    if any(surname_in(t["traveler"], p.traveler) and t["host"] == p.country for t in truths):
        return "wrong date"
    if any(t["host"] == p.country for t in truths):
        return "wrong traveller"
    if any(surname_in(t["traveler"], p.traveler) for t in truths):
        return "wrong host"
    if p.traveler_country and any(t["host"] == p.traveler_country for t in truths):
        return "host taken for guest"
    return "no such visit"


def score_visits(split: Split, run) -> Score:
    """Match the run's visits with the split's truth, article by article."""
    s = Score()
    truth = by_file(split.visits)
    for name in split.files:
        truths = truth.get(name, [])
        preds = [v for v in run.visits.get(name, []) if v.status not in ("cancelled", "postponed")]
        pairs = sorted(((pi, ti) for pi, p in enumerate(preds) for ti, t in enumerate(truths)
                        if compatible(p, t)),
                       key=lambda x: (truths[x[1]]["status"] == "cancelled",
                                      day(truths[x[1]]["start_date"]) is None))
        used_p, used_t = set(), set()
        for pi, ti in pairs:
            if pi in used_p or ti in used_t:
                continue
            used_p.add(pi)
            used_t.add(ti)
            p, t = preds[pi], truths[ti]
            if t["status"] == "cancelled":
                s.fp += 1
                s.fp_classes["cancelled trip drawn"] += 1
                s.errors.append(("FP", "cancelled trip drawn", name, p, t))
                continue
            if t["optional"] == "yes":
                continue
            s.tp += 1
            if t["start_date"]:
                s.dated += 1
                ok = p.start_date is not None and abs((p.start_date - day(t["start_date"])).days) <= 1
                s.dated_right += ok
                if not ok:
                    s.errors.append(("DATE", "no day" if p.start_date is None else "wrong day",
                                     name, p, t))
            if p.status == t["status"]:
                s.status_right += 1
            else:
                s.errors.append(("STATUS", f"{t['status']} read as {p.status}", name, p, t))
        for pi, p in enumerate(preds):
            if pi not in used_p:
                cls = _fp_class(p, truths)
                s.fp += 1
                s.fp_classes[cls] += 1
                s.errors.append(("FP", cls, name, p, None))
        for ti, t in enumerate(truths):
            if t["status"] == "cancelled" or t["optional"] == "yes":
                continue
            classes = s.classes.count(t, found=ti in used_t)
            s.statuses.count(t, found=ti in used_t)
            if ti not in used_t:
                s.fn += 1
                s.errors.append(("FN", "/".join(classes), name, None, t))
    return s


def _describe(p) -> str:
    when = p.start_date.isoformat() if p.start_date else "-"
    how = getattr(p, "how", None) or ""
    return f"{p.traveler} -> {p.country} {p.place or ''} {when} {p.status} conf={p.confidence} {how}"


def show(s: Score, row: dict, errors: bool) -> None:
    """One split's table, the false positives and classes, and its single errors when asked."""
    print("| precision | recall | F1 | day right (±1) | status right | events MB/s (CPU) | text side MB/s (CPU) |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {s.precision:.3f} ({s.tp}/{s.tp + s.fp}) | {s.recall:.3f} ({s.tp}/{s.tp + s.fn}) "
          f"| {s.f1:.3f} | {s.dates:.3f} ({s.dated_right}/{s.dated}) "
          f"| {s.status:.3f} ({s.status_right}/{s.tp}) | {row['events_mb_s']} | {row['text_side_mb_s']} |")
    print("false positives by class: " + ", ".join(f"{k} {v}" for k, v in s.fp_classes.most_common()))
    print(s.classes.line())
    print(s.statuses.line())
    if errors:
        for kind, cls, doc, p, t in s.errors:
            truth = (f"{t['traveler']} -> {t['host']} {t['city']} {t['start_date'] or '-'} "
                     f"{t['status']} [{t['classes']}] {t['note'][:70]}") if t else ""
            print(f"  {kind:6} {cls:22} {doc:36} {_describe(p) if p else ''} | {truth}")


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__.split("\n\n")[0], min_confidence=True).parse_args(argv)
    return evaluate(args, score_visits,
                    lambda run: {"events_mb_s": run.events_mb_s, "text_side_mb_s": run.text_side_mb_s}, show)


if __name__ == "__main__":
    raise SystemExit(main())
