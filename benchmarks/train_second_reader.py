"""Fit the second reader's weights (``geo/visits/second_reader.json``) on the STUDIED dev articles.

Usage::

    python benchmarks/train_second_reader.py [--limit N] [--cache FILE] [--out FILE] [--threshold T]

The current rules run on every studied dev article (the unseen batches of
``realnews_data.UNSEEN`` are left out: neither their articles nor their truth
rows are read) with :func:`geo.visits.second_reader.recording` open, so every
candidate pair (a person the story names, a foreign country it mentions, no
visit of the rules between them) comes back with its features. A candidate is
labelled by the matching rule of ``visits_eval.py`` without the day: a truth
row of the same article whose surname is inside the person's name and whose
host is the country (a row marked ``cancelled`` makes it a negative, one marked
``optional`` leaves it out).

An L2 logistic regression (numpy, Newton steps, no randomness) is fitted;
printed are the candidate recall (how many of the truth visits the rules miss
are candidates) and 5-fold cross-validated figures grouped by article: for each
threshold 0.50-0.95, the candidates added, how many are right, and what the
studied dev precision and recall would become (an estimate: a right candidate
whose day is more than one day off would be a miss and a false positive). The
threshold written is the lowest whose added visits are right at least
``--min-precision`` of the time in cross-validation, unless ``--threshold`` is given.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import tempfile
from pathlib import Path

import numpy as np

from realnews_data import REALNEWS, Run, Split, by_file, unseen
from visits_eval import score_visits, surname_in

#: A feature (other than a nearby word) must occur in this many training articles; a nearby word in this many.
MIN_ARTICLES, MIN_WORD_ARTICLES = 5, 15
L2 = 2.0
FOLDS = 5
THRESHOLDS = [round(0.5 + 0.05 * i, 2) for i in range(10)]


def studied_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV whose ``file`` is a studied article (an unseen article's rows are skipped unread)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)
                if not unseen(row["file"])]


def collect(limit: int | None = None):
    """Run the rules on the studied dev articles; return (files, truth rows, rule visits, candidates)."""
    from geo.events import document_events, finish_events
    from geo.geoparse import geoparse
    from geo.ingest import read_corpus
    from geo.visits.second_reader import recording

    folder = REALNEWS / "dev"
    meta = studied_rows(folder / "meta.csv")
    if limit:
        meta = meta[:limit]
    files = [m["file"] for m in meta]
    truth = [r for r in studied_rows(folder / "visits.csv") if r["file"] in set(files)]
    visits: dict[str, list] = {}
    cands: list = []
    with tempfile.TemporaryDirectory() as tmp:  # only the studied articles, copied, with their metadata
        arts = Path(tmp) / "articles"
        arts.mkdir()
        for f in files:
            shutil.copyfile(folder / "articles" / f, arts / f)
        with (Path(tmp) / "meta.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(meta[0]))
            w.writeheader()
            w.writerows(meta)
        with recording() as rows:
            for doc in read_corpus([arts], meta=Path(tmp) / "meta.csv"):
                name = Path(doc.id).name
                raw, ties = document_events(doc, geoparse(doc))
                visits[name] = finish_events(raw, ties)[0]
                cands += [(name, c.name, c.country, dict(c.features), c.found) for _, c in rows]
                rows.clear()
    return files, meta, truth, visits, cands


def label(cands, truth) -> list[int | None]:
    """1 a candidate a truth row of its article matches (surname, host), 0 none or a cancelled one, None optional."""
    rows = by_file(truth)
    out = []
    for name, person, country, _, _ in cands:
        hits = [t for t in rows.get(name, []) if t["host"] == country and surname_in(t["traveler"], person)]
        if any(t["status"] != "cancelled" and t["optional"] != "yes" for t in hits):
            out.append(1)
        elif any(t["optional"] == "yes" for t in hits):
            out.append(None)
        else:
            out.append(0)
    return out


def vocabulary(cands, docs: set[str]) -> list[str]:
    """The features seen in enough training articles (nearby words in more), sorted."""
    seen: dict[str, set[str]] = {}
    for name, _, _, feats, _ in cands:
        if name in docs:
            for f in feats:
                seen.setdefault(f, set()).add(name)
    return sorted(f for f, d in seen.items()
                  if len(d) >= (MIN_WORD_ARTICLES if f.startswith(("w:", "s:", "prev:", "next:")) else MIN_ARTICLES))


def matrix(cands, vocab: list[str]) -> np.ndarray:
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(cands), len(vocab)))
    for r, (_, _, _, feats, _) in enumerate(cands):
        for f, v in feats.items():
            if f in index:
                x[r, index[f]] = v
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float | None = None, steps: int = 25) -> tuple[float, np.ndarray]:
    """L2 logistic regression by Newton steps (the bias is not penalised): (bias, weights); deterministic."""
    l2 = L2 if l2 is None else l2
    n, d = x.shape
    a = np.hstack([np.ones((n, 1)), x])
    w = np.zeros(d + 1)
    pen = np.full(d + 1, l2)
    pen[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(a @ w, -30, 30)))
        grad = a.T @ (p - y) + pen * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(pen) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return float(w[0]), w[1:]


def predict(bias: float, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(bias + x @ w, -30, 30)))


def folds(files: list[str]) -> dict[str, int]:
    """Each article's fold: a fixed permutation (seed 13) dealt round."""
    order = np.random.default_rng(13).permutation(len(files))
    return {files[i]: j % FOLDS for j, i in enumerate(order)}


def cross_validate(files, cands, y, every: bool) -> np.ndarray:
    """Held-out probabilities of every labelled pair, 5 folds grouped by article, trained on the other folds'
    candidates (``every``: on all their pairs, the rules' found ones too)."""
    fold = folds(files)
    probs = np.zeros(len(cands))
    for k in range(FOLDS):
        train = {f for f in files if fold[f] != k}
        tr = [i for i, c in enumerate(cands) if c[0] in train and (every or not c[4])]
        te = [i for i, c in enumerate(cands) if c[0] not in train]
        vocab = vocabulary([cands[i] for i in tr], train)
        bias, w = fit(matrix([cands[i] for i in tr], vocab), y[tr])
        probs[te] = predict(bias, w, matrix([cands[i] for i in te], vocab))
    return probs


def model_of(files, cands, y, threshold: float, table: list, every: bool) -> dict:
    use = [i for i, c in enumerate(cands) if every or not c[4]]
    vocab = vocabulary([cands[i] for i in use], set(files))
    bias, w = fit(matrix([cands[i] for i in use], vocab), y[use])
    weights = {f: round(float(v), 4) for f, v in zip(vocab, w) if abs(v) >= 5e-4}
    return {"about": "geo.visits.second_reader weights, fitted by benchmarks/train_second_reader.py on the studied "
                     "dev articles", "articles": len(files), "pairs": len(use), "trained_on": "every pair" if every else "candidates", "l2": L2,
            "threshold": threshold, "bias": round(bias, 4), "weights": weights, "cv": table}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, help="only the first N studied articles (a quick run)")
    ap.add_argument("--cache", type=Path, help="read the collected candidates from FILE if it exists, else write them")
    ap.add_argument("--out", type=Path, help="where to write the weights (default: print only)")
    ap.add_argument("--threshold", type=float, help="the threshold to write (default: chosen by CV)")
    ap.add_argument("--every", action="store_true", help="train on every pair, the rules' found ones too")
    ap.add_argument("--min-precision", type=float, default=0.85, help="CV precision of the added visits to reach")
    args = ap.parse_args(argv)
    if args.cache and args.cache.is_file():
        files, base, missed, in_cands, cands = json.loads(args.cache.read_text(encoding="utf-8"))
        cands = [tuple(c) for c in cands]
    else:
        files, meta, truth, visits, cands = collect(args.limit)
        split = Split("dev", REALNEWS / "dev", meta, truth, [])
        run = Run(visits=visits)
        s = score_visits(split, run)
        base = {"tp": s.tp, "fp": s.fp, "fn": s.fn}
        fns = [t for kind, _, _, _, t in s.errors if kind == "FN"]
        keys = {(n, c) for n, _, c, _, found in cands if not found}
        missed = len(fns)
        in_cands = sum(any(surname_in(t["traveler"], p) for n, p, c, _, found in cands
                           if n == t["file"] and c == t["host"] and not found)
                       for t in fns if (t["file"], t["host"]) in keys)
        if args.cache:
            args.cache.write_text(json.dumps([files, base, missed, in_cands, cands]), encoding="utf-8")
    labels = label(cands, studied_rows(REALNEWS / "dev" / "visits.csv"))
    keep = [i for i, v in enumerate(labels) if v is not None]
    cands = [cands[i] for i in keep]
    y = np.array([labels[i] for i in keep], dtype=float)
    print(f"studied dev articles {len(files)}; rules: tp {base['tp']} fp {base['fp']} fn {base['fn']} "
          f"(P {base['tp'] / (base['tp'] + base['fp']):.3f} R {base['tp'] / (base['tp'] + base['fn']):.3f})")
    cand = np.array([not c[4] for c in cands])
    print(f"pairs {len(y)} ({int(y.sum())} right); candidates {int(cand.sum())} ({int(y[cand].sum())} right); candidate recall: {in_cands} of the {missed} truth visits "
          f"the rules miss are candidates")
    probs = np.where(cand, cross_validate(files, cands, y, args.every), -1.0)
    print(f"\n{FOLDS}-fold CV by article | threshold | added | right | P of added | dev P | dev R |")
    print("|---|---|---|---|---|---|")
    table, chosen = [], None
    tp, fp, fn = base["tp"], base["fp"], base["fn"]
    for t in THRESHOLDS:
        added = int((probs >= t).sum())
        right = int(y[probs >= t].sum())
        p_add = right / added if added else 0.0
        dev_p, dev_r = (tp + right) / (tp + fp + added), (tp + right) / (tp + fn)
        table.append({"threshold": t, "added": added, "right": right, "p_added": round(p_add, 3),
                      "dev_p": round(dev_p, 3), "dev_r": round(dev_r, 3)})
        print(f"| {t:.2f} | {added} | {right} | {p_add:.3f} | {dev_p:.3f} | {dev_r:.3f} |")
        if chosen is None and added and p_add >= args.min_precision:
            chosen = t
    p, yc = probs[cand], y[cand]
    if yc.sum() and (1 - yc).sum():
        pos, neg = p[yc == 1], p[yc == 0]
        auc = float(np.mean([(neg < q).mean() + 0.5 * (neg == q).mean() for q in pos]))
        order = np.argsort(-p, kind="stable")
        print(f"\nCV ranking of the candidates: AUC {auc:.3f}; right among the top 5/10/20/40/80: "
              + "/".join(str(int(yc[order[:k]].sum())) for k in (5, 10, 20, 40, 80)))
    threshold = args.threshold if args.threshold is not None else chosen
    print(f"\nthreshold {threshold} (the lowest with P of the added >= {args.min_precision} in CV: {chosen})")
    if threshold is None:
        print("no threshold adds visits precisely enough: no weights written")
        return 0
    model = model_of(files, cands, y, threshold, table, args.every)
    print(f"features with a weight: {len(model['weights'])}")
    if args.out:
        args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
