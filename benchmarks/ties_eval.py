"""Score diplomap's bilateral ties on real published articles (``benchmarks/realnews/``).

Usage::

    python benchmarks/ties_eval.py [--split dev|test|all] [--errors] [--show-test]

Each article is run on its own (visits and ties of that article only). Two
levels are scored, as in issue 14:

* **country pair**: a predicted pair is right when the truth has a required
  row for that pair (any kind); pairs the truth lists only as acceptable count
  neither way;
* **pair and kind**: a predicted (pair, kind) is right when the truth has it
  as a required row; acceptable rows count neither way.

Printed: precision and recall at both levels, how many predicted ties of each
kind were right, the recall by truth class, and the speed of the text side.
``--errors`` lists the dev split's false and missed ties with the evidence;
the test split's single errors stay hidden unless ``--show-test`` is given.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from realnews_data import ClassRecall, Split, arguments, by_file, evaluate, ratio

#: Issue 14's targets.
TARGETS = {"pair_precision": 0.90, "pair_recall": 0.80, "kind_precision": 0.85, "kind_recall": 0.70}


@dataclass
class TieScore:
    pair_tp: int = 0
    pair_fp: int = 0
    pair_fn: int = 0
    kind_tp: int = 0
    kind_fp: int = 0
    kind_fn: int = 0
    by_kind: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # kind -> [right, predicted]
    classes: ClassRecall = field(default_factory=ClassRecall)
    errors: list = field(default_factory=list)

    @property
    def pair_precision(self) -> float:
        return ratio(self.pair_tp, self.pair_tp + self.pair_fp)

    @property
    def pair_recall(self) -> float:
        return ratio(self.pair_tp, self.pair_tp + self.pair_fn)

    @property
    def kind_precision(self) -> float:
        return ratio(self.kind_tp, self.kind_tp + self.kind_fp)

    @property
    def kind_recall(self) -> float:
        return ratio(self.kind_tp, self.kind_tp + self.kind_fn)

    def as_dict(self) -> dict:
        return {k: round(getattr(self, k), 3) for k in TARGETS} | {
            "pair_tp": self.pair_tp, "pair_fp": self.pair_fp, "pair_fn": self.pair_fn,
            "kind_tp": self.kind_tp, "kind_fp": self.kind_fp, "kind_fn": self.kind_fn}


def score_ties(split: Split, run) -> TieScore:
    """Match the run's ties with the split's truth, article by article."""
    s = TieScore()
    truth = by_file(split.ties)
    for name in split.files:
        rows = truth.get(name, [])
        required = {(r["a"], r["b"], r["kind"]) for r in rows if r["level"] == "required"}
        acceptable = {(r["a"], r["b"], r["kind"]) for r in rows if r["level"] != "required"}
        req_pairs = {(a, b) for a, b, _ in required}
        ok_pairs = {(a, b) for a, b, _ in acceptable} - req_pairs
        predicted = {}
        for tie in run.ties.get(name, []):
            predicted[(tie.a, tie.b, tie.kind)] = tie
        pred_pairs = {(a, b) for a, b, _ in predicted}
        for pair in sorted(pred_pairs):
            if pair in req_pairs:
                s.pair_tp += 1
            elif pair not in ok_pairs:
                s.pair_fp += 1
                ev = next(t for k, t in predicted.items() if k[:2] == pair)
                s.errors.append(("FP-pair", name, pair, ev))
        for pair in sorted(req_pairs - pred_pairs):
            s.pair_fn += 1
            s.errors.append(("FN-pair", name, pair, None))
        for key, tie in sorted(predicted.items()):
            s.by_kind[key[2]][1] += 1
            if key in required:
                s.kind_tp += 1
                s.by_kind[key[2]][0] += 1
            elif key not in acceptable:
                s.kind_fp += 1
                s.errors.append(("FP-kind", name, key, tie))
        for row in rows:
            key = (row["a"], row["b"], row["kind"])
            if row["level"] != "required":
                continue
            s.classes.count(row, found=key in predicted)
            if key not in predicted:
                s.kind_fn += 1
                s.errors.append(("FN-kind", name, key, row))
    return s


def show(s: TieScore, row: dict, errors: bool) -> None:
    """One split's table, the kinds and classes, and its single errors when asked."""
    print("| pair precision | pair recall | pair+kind precision | pair+kind recall | text side MB/s (CPU) |")
    print("|---|---|---|---|---|")
    print(f"| {s.pair_precision:.3f} ({s.pair_tp}/{s.pair_tp + s.pair_fp}) "
          f"| {s.pair_recall:.3f} ({s.pair_tp}/{s.pair_tp + s.pair_fn}) "
          f"| {s.kind_precision:.3f} ({s.kind_tp}/{s.kind_tp + s.kind_fp}) "
          f"| {s.kind_recall:.3f} ({s.kind_tp}/{s.kind_tp + s.kind_fn}) "
          f"| {row['text_side_mb_s']} |")
    print("predicted kinds right: " + ", ".join(
        f"{k} {v[0]}/{v[1]}" for k, v in sorted(s.by_kind.items(), key=lambda kv: -kv[1][1])))
    print(s.classes.line())
    if errors:
        for kind, doc, key, item in s.errors:
            if kind.startswith("FP"):
                ev = item.evidence[0].text[:110] if item.evidence else ""
                print(f"  {kind:8} {doc:40} {key} w={item.weight} | {ev}")
            elif kind == "FN-kind":
                print(f"  {kind:8} {doc:40} {key} [{item['classes']}] {item['note'][:90]}")


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__.split("\n\n")[0]).parse_args(argv)
    return evaluate(args, score_ties, lambda run: {"text_side_mb_s": run.text_side_mb_s}, show)


if __name__ == "__main__":
    raise SystemExit(main())
