"""Train a learned status check (``status_features.py``) on the studied real-news articles, and measure it.

Usage::

    python benchmarks/train_status_check.py [--train-on studied,y3-y6,y11] [--merged] [--limit N] [--l2 X]
        [--seed 0,1,2] [--fraction F] [--cache PATH] [--drop PREFIX ...] [--out model.json]

Runs today's rules (``geo.events.document_events``) on the STUDIED dev articles only - every
article of an unseen batch (``realnews_data.unseen``) is left out, and no unseen or test truth row is read -,
labels each visit the rules read as planned, ongoing or completed with the status of the truth row it matches
(``visits_eval.compatible``: same article, truth surname in the traveller, same host, day within one), and
fits a three-class L2 logistic regression (``fit_logistic.py``).

The threshold (the probability another status needs to replace the rules') is chosen by 5-fold
cross-validation grouped by article: each article's visits are scored by a model fitted without it, the
changed statuses go through the corpus merge (``finish_events``) as in ``visits_eval.py``, and the table
prints, per threshold, how many matched visits change status, how many become right and how many wrong, and
the studied status accuracy. The threshold kept gains the most (right minus wrong, at least
:data:`MIN_GAIN`) with at most a third as many losses as gains; there is none today
(``realnews/STUDY-status-check.md``), so the events stage does not run the check. ``--out`` fits on every
studied article and writes the model (with the chosen threshold, or ``--threshold``) for
:func:`status_features.check_statuses`; ``--drop`` leaves out the features whose names start with a prefix
(``rule=``, ``s:``) and ``--merged`` reads and changes each merged visit instead of each report, to measure
a variant.

``--train-on studied,y3-y6,y11`` also runs the rules on the unseen batches released as training data for
the learned checks (``realnews_data.RELEASED_SETS``: Y3-Y6 and Y11; never for rule writing) and fits on all
of them: the folds stay grouped by article over every fitted article, the table is printed for each set
apart and for the released sets together (``untuned``), and the threshold is chosen on the untuned rows (the
kind of article a user has) by :func:`untuned_gate` (mends at least twice what it breaks, and
:data:`NET_PER_400` more per 400 untuned matched visits), provided it does not cost on the studied ones.
``--train-on y3-y6,y11`` fits on the untuned articles alone and scores the studied articles with that fit.
``--seed 0,1,2`` repeats the folds with several seeds (a ``SUMMARY`` line each); ``--fraction 0.5`` fits
each fold on half the untuned articles (still scoring all: a learning curve); ``--cache`` keeps the rules'
visits in a pickle between runs. The released sets are seen only through these counts: no article text,
truth row or single error of theirs is printed. The other unseen batches (1500-1749, Y7-Y10) and the test
split are never read.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_logistic  # noqa: E402
from fit_logistic import fit, grouped_folds, predict_proba  # noqa: E402
from realnews_data import REALNEWS, Split, training_rows  # noqa: E402
from realnews_data import TRAINING_SETS as SETS, training_set as set_of  # noqa: E402  (which articles a check may read)
from visits_eval import compatible, score_visits  # noqa: E402

from status_features import CHECKED, day_bucket, features_of  # noqa: E402

from geo.events import document_events, finish_events  # noqa: E402
from geo.geoparse import geoparse  # noqa: E402
from geo.ingest import read_corpus  # noqa: E402

MIN_ARTICLES = 4  # a feature seen in fewer studied articles is left out
L2 = 4.0
MIN_GAIN = 5  # matched visits a threshold must mend beyond those it breaks
NET_PER_400 = 8  # the untuned gate: net visits mended per 400 rules-untuned matched visits (with 2:1)
UNTUNED = "untuned"  # every released set loaded, measured together
ITERATIONS = 500  # the studied problem's weights change by under 0.01 after 300 steps
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


@dataclasses.dataclass
class Studied:
    """The training articles: documents with the rules' visits, and their truth rows."""

    split: Split
    raw: dict  # file name -> the rules' visits of the article (document_events, no check)
    feats: dict  # file name -> the features of each of those visits (None: not checked)

    def set_split(self, name: str) -> Split:
        """The articles and truth rows of one set (:data:`SETS`), or of every released set (:data:`UNTUNED`)."""
        def inside(file: str) -> bool:
            return set_of(file) != "studied" if name == UNTUNED else set_of(file) == name
        return Split(name, self.split.folder, [m for m in self.split.meta if inside(m["file"])],
                     [t for t in self.split.visits if inside(t["file"])], [])

    def only(self, sets: tuple[str, ...]) -> "Studied":
        """The same data cut to the articles of ``sets``."""
        keep = {m["file"] for m in self.split.meta if set_of(m["file"]) in sets}
        return Studied(Split("+".join(sets), self.split.folder, [m for m in self.split.meta if m["file"] in keep],
                             [t for t in self.split.visits if t["file"] in keep], []),
                       {k: v for k, v in self.raw.items() if k in keep},
                       {k: v for k, v in self.feats.items() if k in keep})

    @property
    def sets(self) -> list[str]:
        """The sets the loaded articles belong to, in the order of :data:`SETS`."""
        have = {set_of(m["file"]) for m in self.split.meta}
        return [s for s in SETS if s in have]


def studied(limit: int | None = None, sets: tuple[str, ...] = ("studied",)) -> Studied:
    """Run the rules on the dev articles of ``sets`` (the first ``limit`` of them when given); by default the
    studied articles only. No article or truth row of another set is kept."""
    folder = REALNEWS / "dev"
    meta = training_rows(folder / "meta.csv", sets)[:limit]
    names = {r["file"] for r in meta}
    truth = [row for row in training_rows(folder / "visits.csv", sets) if row["file"] in names]
    docs = read_corpus([folder / "articles" / r["file"] for r in meta], meta=folder / "meta.csv", problems=[])
    raw, feats = {}, {}
    for doc in docs:
        name = Path(doc.id).name
        visits, _ = document_events(doc, geoparse(doc))
        raw[name] = visits
        feats[name] = features_of(visits, doc)
    return Studied(Split("+".join(sets), folder, meta, truth, []), raw, feats)


def load(cache: Path | None, sets: tuple[str, ...], limit: int | None = None) -> Studied:
    """:func:`studied` for ``sets``, through a pickle of the rules' visits of every training set when ``cache``
    names one (written the first time; a cache holds no article of a set no check may read)."""
    if cache is None or limit is not None:
        return studied(limit, sets)
    if not cache.is_file():
        with cache.open("wb") as fh:
            pickle.dump(studied(None, SETS), fh)
    with cache.open("rb") as fh:
        return pickle.load(fh).only(sets)


@dataclasses.dataclass(frozen=True)
class Unit:
    """What the check reads and changes at once: one visit report, or (``--merged``) all the reports of one
    traveller's visit to one host in an article, with the status the rules (and the merge) gave it."""

    name: str
    members: tuple[int, ...]
    rule: str


def _truth(data: Studied) -> dict[str, list[dict]]:
    truth: dict[str, list[dict]] = {}
    for row in data.split.visits:
        truth.setdefault(row["file"], []).append(row)
    return truth


def _label(visit, rows: list[dict]) -> int | None:
    """The class of the truth rows ``visit`` matches, when they agree on one checked status."""
    statuses = {t["status"] for t in rows if compatible(visit, t)}
    return CHECKED.index(statuses.pop()) if len(statuses) == 1 and next(iter(statuses)) in CHECKED else None


def labelled(data: Studied) -> tuple[list[Unit], list[list[str]], list[int]]:
    """Each checked visit report that matches truth rows of one status: the unit, its features, its class."""
    truth = _truth(data)
    units, rows, ys = [], [], []
    for name in sorted(data.raw):
        for i, (v, f) in enumerate(zip(data.raw[name], data.feats[name])):
            if f is not None and (c := _label(v, truth.get(name, []))) is not None:
                units.append(Unit(name, (i,), v.status))
                rows.append(f)
                ys.append(c)
    return units, rows, ys


def merged_labelled(data: Studied) -> tuple[list[Unit], list[list[str]], list[int]]:
    """As :func:`labelled`, but per merged visit: the reports of one traveller (last name) to one host in an
    article that merge into one visit of a checked status, read with the union of their features and the
    merged status and days (``g=...``), labelled by the truth row the merged visit matches."""
    truth = _truth(data)
    units, rows, ys = [], [], []
    for name in sorted(data.raw):
        visits, feats = data.raw[name], data.feats[name]
        groups: dict[tuple[str, str], list[int]] = {}
        for i, v in enumerate(visits):
            if feats[i] is not None:
                groups.setdefault((v.traveler.split()[-1].lower() if v.traveler else "", v.country), []).append(i)
        for idx in groups.values():
            merged = finish_events([visits[i] for i in idx], [])[0]
            if len(merged) != 1 or merged[0].status not in CHECKED:
                continue
            m = merged[0]
            if (c := _label(m, truth.get(name, []))) is None:
                continue
            day = m.sources[0].published if m.sources else None
            f = set().union(*(feats[i] for i in idx))
            n = min(len(idx), 3)
            f |= {f"g={m.status}", f"g={m.status}&start={day_bucket(m.start_date, day)}",
                  f"g={m.status}&end={day_bucket(m.end_date, day)}", f"n={n}", f"g={m.status}&n={n}"}
            units.append(Unit(name, tuple(idx), m.status))
            rows.append(sorted(f))
            ys.append(c)
    return units, rows, ys


def vocabulary(units: list[Unit], rows: list[list[str]]) -> list[str]:
    """The features seen in at least :data:`MIN_ARTICLES` articles, sorted."""
    return fit_logistic.vocabulary(((u.name, f) for u, f in zip(units, rows)), MIN_ARTICLES)


def matrix(rows: list[list[str]], vocab: list[str]) -> np.ndarray:
    """The binary design matrix of the units' feature names over ``vocab``."""
    return fit_logistic.design(rows, vocab)


def score_with(data: Studied, changes: dict[tuple[str, int], str], split: Split | None = None):
    """The score of ``split`` (by default every loaded article) once the visits in ``changes`` take the status
    given there."""
    split = split or data.split
    run = type("Run", (), {})()
    run.visits = {}
    for name in split.files:
        vs = [dataclasses.replace(v, status=changes[(name, i)]) if (name, i) in changes else v
              for i, v in enumerate(data.raw[name])]
        run.visits[name] = finish_events(vs, [])[0]
    return score_visits(split, run)


def _status_errors(score) -> set:
    return {(name, t["traveler"], t["host"], t["start_date"]) for kind, _, name, _, t in score.errors
            if kind == "STATUS"}


def table(data: Studied, probs: np.ndarray, units: list[Unit], split: Split | None = None) -> list[dict]:
    """Per threshold: reports changed (raw) and matched visits changed, become right, become wrong, and the
    figures of ``split`` (by default every loaded article). Only counts are printed."""
    split = split or data.split
    files = set(split.files)
    base = score_with(data, {}, split)
    base_err = _status_errors(base)
    print(f"{split.name}: rules alone: P {base.precision:.3f} R {base.recall:.3f} day {base.dates:.3f} "
          f"status {base.status:.3f} ({base.status_right}/{base.tp})")
    print("| t | raw changed | matched changed | become right | become wrong | status | P | R | day |")
    print("|---|---|---|---|---|---|---|---|---|")
    rows = []
    for t in THRESHOLDS:
        changes = {}
        for u, p in zip(units, probs):
            best = int(p.argmax())
            if u.name in files and CHECKED[best] != u.rule and p[best] >= t:
                changes.update({(u.name, i): CHECKED[best] for i in u.members})
        s = score_with(data, changes, split)
        err = _status_errors(s)
        right, wrong = len(base_err - err), len(err - base_err)
        rows.append({"t": t, "raw": len(changes), "right": right, "wrong": wrong, "status": s.status})
        print(f"| {t:.2f} | {len(changes)} | {right + wrong} | {right} | {wrong} | {s.status:.3f} "
              f"({s.status_right}/{s.tp}) | {s.precision:.3f} | {s.recall:.3f} | {s.dates:.3f} |")
    return rows


def choose(rows: list[dict], guard: list[dict] | None = None, *, min_gain: float = MIN_GAIN,
           ratio: float = 3) -> float | None:
    """The threshold that gains most (right - wrong) with at most ``1/ratio`` as many losses as gains (the
    highest such threshold on a tie); ``None`` when none gains clearly (by ``min_gain`` visits or more:
    one or two of some 1,400 studied statuses are noise of the folds). With ``guard`` (the studied rows when
    the threshold is chosen on the untuned articles), a threshold must also break no more there than it
    mends. The untuned gate of the third round is :func:`untuned_gate`."""
    cost = {r["t"]: r["wrong"] - r["right"] for r in guard or []}
    good = [r for r in rows if r["right"] - r["wrong"] >= min_gain and ratio * r["wrong"] <= r["right"]
            and cost.get(r["t"], 0) <= 0]
    if not good:
        return None
    return max(good, key=lambda r: (r["right"] - r["wrong"], r["t"]))["t"]


def untuned_gate(matched: int) -> dict:
    """The keywords of :func:`choose` for a threshold chosen on ``matched`` rules-untuned matched visits: it
    must mend at least twice what it breaks and :data:`NET_PER_400` more per 400 of them.

    >>> untuned_gate(600)
    {'min_gain': 12.0, 'ratio': 2}
    """
    return {"min_gain": NET_PER_400 * matched / 400, "ratio": 2}


def best(rows: list[dict]) -> dict:
    """The row of a table that mends most beyond what it breaks (the highest threshold on a tie)."""
    return max(rows, key=lambda r: (r["right"] - r["wrong"], r["t"]))


def train_mask(units: list[Unit], fitted: np.ndarray, fraction: float, seed: int) -> np.ndarray:
    """The rows a fold may fit on: every fitted row, but of the rules-untuned articles only a ``fraction`` of
    them (drawn per article from ``seed``; the learning curve). Every row is still scored."""
    if fraction >= 1:
        return fitted.copy()
    names = sorted({u.name for u in units if set_of(u.name) != "studied"})
    order = np.random.RandomState(seed + 1000).permutation(len(names))
    kept = {names[j] for j in order[:round(fraction * len(names))]}
    return fitted & np.array([set_of(u.name) == "studied" or u.name in kept for u in units])


def cross_scores(X: np.ndarray, y: np.ndarray, units: list[Unit], fitted: np.ndarray, usable: np.ndarray,
                 l2: float, seed: int) -> np.ndarray:
    """Out-of-fold probabilities of every fitted row (5 folds grouped by article over all fitted articles, each
    fold fitted on its ``usable`` rows), and of every other row by the fit on all the ``usable`` rows."""
    probs = np.zeros((len(y), len(CHECKED)))
    folds = np.full(len(y), -1)
    folds[fitted] = grouped_folds([u.name for u, k in zip(units, fitted) if k], 5, seed)
    for f in range(5):
        test = folds == f
        probs[test] = predict_proba(train(X[usable & ~test], y[usable & ~test], l2), X[test])
    if not fitted.all():  # a set not fitted on is scored by the fit on all the others
        probs[~fitted] = predict_proba(train(X[usable], y[usable], l2), X[~fitted])
    return probs


def train(X: np.ndarray, y: np.ndarray, l2: float = L2):
    """The model fitted on every row (:func:`fit_logistic.fit`, :data:`ITERATIONS` steps)."""
    return fit(X, y, classes=len(CHECKED), l2=l2, iterations=ITERATIONS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, help="only the first N studied articles (a quick check)")
    ap.add_argument("--l2", type=float, default=L2, help=f"the L2 penalty (default {L2})")
    ap.add_argument("--drop", action="append", default=[], help="leave out features starting with this")
    ap.add_argument("--threshold", type=float, help="write this threshold instead of the chosen one")
    ap.add_argument("--out", type=Path, help="fit on every studied article and write the model here")
    ap.add_argument("--merged", action="store_true",
                    help="read and change a traveller's merged visit to a host, not each report")
    ap.add_argument("--seed", default="0",
                    help="the seed of the folds (default 0; another shows their noise); several: 0,1,2")
    ap.add_argument("--fraction", type=float, default=1.0,
                    help="fit each fold on this fraction of the untuned articles (a learning curve; all are scored)")
    ap.add_argument("--cache", type=Path, help="keep the rules' visits of every training set in this pickle "
                                               "(written the first time, read after; delete it when the rules change)")
    ap.add_argument("--train-on", default="studied",
                    help=f"comma-separated sets to fit on, of {', '.join(SETS)} (default studied); with a "
                         "released set every set is read and measured apart")
    args = ap.parse_args(argv)
    train_on = tuple(s.strip() for s in args.train_on.split(","))
    if not set(train_on) <= set(SETS):
        ap.error(f"--train-on takes {', '.join(SETS)}")
    sets = SETS if set(train_on) - {"studied"} else ("studied",)
    data = load(args.cache, sets, args.limit)
    units, rows, ys = (merged_labelled if args.merged else labelled)(data)
    rows = [[x for x in f if not x.startswith(tuple(args.drop))] for f in rows] if args.drop else rows
    fitted = np.array([set_of(u.name) in train_on for u in units])
    vocab = vocabulary([u for u, k in zip(units, fitted) if k], [f for f, k in zip(rows, fitted) if k])
    X, y = matrix(rows, vocab), np.array(ys)
    for name in data.sets:
        part = [(u, c) for u, c in zip(units, ys) if set_of(u.name) == name]
        print(f"{name}: {len({u.name for u, _ in part})} articles with labelled "
              f"{'merged visits' if args.merged else 'reports'}, {len(part)} labelled "
              f"({', '.join(f'{CHECKED[c]} {n}' for c, n in sorted(Counter(c for _, c in part).items()))}); "
              f"rules right on {sum(u.rule == CHECKED[c] for u, c in part)}")
    print(f"{len(vocab)} features, fitted on {args.train_on}")
    names = data.sets + ([UNTUNED] if len(data.sets) > 2 else [])
    splits = {name: data.set_split(name) for name in names}
    chosen = None
    for seed in (int(x) for x in args.seed.split(",")):
        usable = train_mask(units, fitted, args.fraction, seed)
        probs = cross_scores(X, y, units, fitted, usable, args.l2, seed)
        print(f"\n== seed {seed}, fraction {args.fraction}: {int(usable.sum())} rows to fit on (each fold fits on those outside it)")
        for name in data.sets:
            inside = np.array([set_of(u.name) == name for u in units])
            print(f"{name}: {'cross-validated (5 folds by article)' if name in train_on else 'held-out'} model "
                  f"right on {int((probs[inside].argmax(axis=1) == y[inside]).sum())} of {int(inside.sum())}")
        tables = {name: table(data, probs, units, split) for name, split in splits.items()}
        untuned = UNTUNED if UNTUNED in tables else next((n for n in tables if n != "studied"), None)
        if untuned is None:
            chosen = choose(tables["studied"])
        else:
            gate = untuned_gate(score_with(data, {}, splits[untuned]).tp)
            chosen = choose(tables[untuned], tables.get("studied"), **gate)
        at = {name: {r["t"]: r for r in rows} for name, rows in tables.items()}
        top = best(tables[untuned or "studied"])["t"]

        def cell(name: str, t: float | None) -> str:
            r = at[name].get(t)
            return f"{r['right']} / {r['wrong']}" if r else "-"
        print(f"SUMMARY seed={seed} fraction={args.fraction} l2={args.l2} merged={args.merged} "
              f"train={args.train_on}: chosen {chosen} ({', '.join(f'{n} {cell(n, chosen)}' for n in tables)}); "
              f"best on {untuned or 'studied'} {top:.2f} ({', '.join(f'{n} {cell(n, top)}' for n in tables)}); "
              f"each set's own best: {', '.join(f'{n} %.2f %d / %d' % (best(r)['t'], best(r)['right'], best(r)['wrong']) for n, r in tables.items())}")
        print(f"threshold chosen{f' on {untuned}' if untuned else ''}: {chosen}")
    threshold = args.threshold if args.threshold is not None else chosen
    print(f"threshold written: {threshold}")
    if args.out is not None and threshold is not None:
        X, y = X[fitted], y[fitted]
        units = [u for u, k in zip(units, fitted) if k]
        model = train(X, y, args.l2)
        weights = {x: [round(float(w), 3) for w in model.weights[j]] for j, x in enumerate(vocab)
                   if np.abs(model.weights[j]).max() >= 0.005}
        out = {"classes": list(CHECKED), "threshold": threshold, "l2": args.l2, "min_articles": MIN_ARTICLES,
               "trained_on": f"{args.train_on}: {len({u.name for u in units})} dev articles, {len(units)} "
                                f"{'merged visits' if args.merged else 'reports'}",
               "bias": [round(float(b), 3) for b in model.bias], "weights": weights}
        args.out.write_text(json.dumps(out, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(weights)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
