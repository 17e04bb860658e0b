"""Fit the second reader's weights (``geo/visits/second_reader.json``) on dev articles the rules may be tuned on or not.

Usage::

    python benchmarks/train_second_reader.py [--train-on studied,untuned] [--limit N] [--cache FILE]
                                             [--out FILE] [--threshold T] [--every]
                                             [--fraction F] [--seed S]

``--train-on`` names the groups of dev articles read: ``studied`` (every dev
article outside ``realnews_data.UNSEEN``, the ones the rules were written on)
and the sets of ``realnews_data.RELEASED_SETS`` (``y3-y6``, ``y11``: unseen
batches the lead released as training data for the learned checks; the rules
were not tuned on them; they are looked at through the printed aggregates
only); ``untuned`` names all the released sets together. The other unseen
batches (1500-1749) and the test split are never read: their rows are skipped
unread. The untuned articles of all sets named are one pool: the folds are
drawn over them together, ``--fraction`` subsamples them together, and a
table of them all (``untuned``) is printed beside each set's and chooses the
threshold.

The current rules run on each group's articles with
:func:`geo.visits.second_reader.recording` open, so every candidate pair (a
person the story names, a foreign country it mentions, no visit of the rules
between them) comes back with its features. A candidate is labelled by the
matching rule of ``visits_eval.py`` without the day: a truth row of the same
article whose surname is inside the person's name and whose host is the country
(a row marked ``cancelled`` makes it a negative, one marked ``optional`` leaves
it out).

An L2 logistic regression (:mod:`fit_logistic`, the project's one fit, two
classes, deterministic) is fitted on the groups pooled; printed per group are
the candidate recall (how many of the truth visits the rules miss are
candidates) and 5-fold cross-validated figures grouped by article: for each
threshold 0.50-0.95, the candidates added, how many are right, and what the
group's precision and recall would become (an estimate: a right candidate whose
day is more than one day off would be a miss and a false positive). The
threshold written is the lowest whose added visits are right at least
``--min-precision`` of the time in cross-validation on the untuned articles
when trained on them (else on the first group), and not less often on the
studied ones when they are trained on too, unless ``--threshold`` is given.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import tempfile
from pathlib import Path

import numpy as np

import fit_logistic
from realnews_data import RELEASED_SETS, REALNEWS, TRAINING_SETS, Run, Split, by_file
from realnews_data import training_rows, training_set as group_of  # the one home of which articles a learner may read
from visits_eval import score_visits, surname_in

#: A feature (other than a nearby word) must occur in this many training articles; a nearby word in this many.
MIN_ARTICLES, MIN_WORD_ARTICLES = 5, 15
#: :func:`fit_logistic.fit`'s penalty on each of the two classes' weights: 4 on both is 2 on their difference,
#: the binary weight (the first round's Newton fit had 2).
L2 = 4.0
ITERATIONS = 1500
FOLDS, SEED = 5, 13
THRESHOLDS = [round(0.5 + 0.05 * i, 2) for i in range(10)]
#: The name of every released (rules-untuned) set together, on the command line and in the tables.
UNTUNED = "untuned"


def untuned(name: str) -> bool:
    """Whether an article belongs to a set the rules were not tuned on (:data:`realnews_data.RELEASED_SETS`).

    >>> untuned("255_x.txt"), untuned("1800_x.txt"), untuned("049_x.txt"), untuned("1512_x.txt")
    (True, True, False, False)
    """
    return group_of(name) in RELEASED_SETS


def rows_of(path: Path, groups: tuple[str, ...] = ("studied",)) -> list[dict[str, str]]:
    """The rows of a CSV whose ``file`` is an article of ``groups`` (every other row is skipped unread)."""
    return training_rows(path, groups)


def studied_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV whose ``file`` is a studied article (an unseen article's rows are skipped unread)."""
    return training_rows(path, ("studied",))


def collect(limit: int | None = None, groups: tuple[str, ...] = ("studied",)):
    """Run the rules on the dev articles of ``groups``; return (files, meta rows, truth rows, rule visits,
    candidates)."""
    from geo.events import document_events, finish_events
    from geo.geoparse import geoparse
    from geo.ingest import read_corpus
    from geo.visits.second_reader import recording

    folder = REALNEWS / "dev"
    meta = rows_of(folder / "meta.csv", groups)
    if limit:
        meta = meta[:limit]
    files = [m["file"] for m in meta]
    truth = [r for r in rows_of(folder / "visits.csv", groups) if r["file"] in set(files)]
    visits: dict[str, list] = {}
    cands: list = []
    with tempfile.TemporaryDirectory() as tmp:  # only the chosen articles, copied, with their metadata
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
    return fit_logistic.vocabulary(((name, feats) for name, _, _, feats, _ in cands if name in docs),
                                   lambda f: MIN_WORD_ARTICLES if f.startswith(("w:", "s:", "prev:", "next:"))
                                   else MIN_ARTICLES)


def matrix(cands, vocab: list[str]) -> np.ndarray:
    """The candidates' design matrix over ``vocab``."""
    return fit_logistic.design([feats for _, _, _, feats, _ in cands], vocab)


def fit(x: np.ndarray, y: np.ndarray, l2: float | None = None) -> tuple[float, np.ndarray]:
    """L2 logistic regression (:func:`fit_logistic.fit`, two classes, the bias not penalised): (bias, weights)."""
    model = fit_logistic.fit(x, y.astype(int), classes=2, l2=L2 if l2 is None else l2, iterations=ITERATIONS)
    return float(model.bias[1] - model.bias[0]), model.weights[:, 1] - model.weights[:, 0]


def predict(bias: float, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The probability of class 1 under (bias, weights): the logit of the two-class softmax."""
    return 1.0 / (1.0 + np.exp(-np.clip(bias + x @ w, -30, 30)))


def subsample(train: list[str], fraction: float, seed: int) -> set[str]:
    """The training articles kept when training on ``fraction`` of the untuned ones (:func:`untuned`; every
    studied one kept).

    The untuned articles (of every released set together) are ordered by one random permutation of ``seed`` and
    the first ``fraction`` of those in ``train`` kept, so a smaller fraction's articles are among a larger one's
    (a nested learning curve).

    >>> sorted(subsample(["001_a.txt", "201_a.txt", "202_a.txt", "203_a.txt", "204_a.txt"], 0.5, 0))
    ['001_a.txt', '203_a.txt', '204_a.txt']
    >>> len(subsample(["201_a.txt", "202_a.txt"], 1.0, 3)), len(subsample(["201_a.txt", "1800_a.txt"], 0.5, 3))
    (2, 1)
    """
    pool = sorted(f for f in train if untuned(f))
    rank = dict(zip(pool, np.random.RandomState(seed).permutation(len(pool))))
    keep = sorted(pool, key=rank.__getitem__)[:max(1, round(fraction * len(pool)))] if pool else []
    return {f for f in train if not untuned(f)} | set(keep)


def cross_validate(files, cands, y, every: bool, fraction: float = 1.0, seed: int = SEED,
                   sizes: list[int] | None = None) -> np.ndarray:
    """Held-out probabilities of every labelled pair, 5 folds grouped by article (drawn by ``seed``), trained on
    the other folds' candidates (``every``: on all their pairs, the rules' found ones too); with ``fraction``
    under 1, on that fraction of the other folds' untuned articles only (:func:`subsample`), the held-out fold
    always scored whole. ``sizes``, when given, gets each fold's number of untuned training articles."""
    fold = dict(zip(files, fit_logistic.grouped_folds(files, FOLDS, seed)))
    probs = np.zeros(len(cands))
    for k in range(FOLDS):
        train = {f for f in files if fold[f] != k}
        if fraction < 1.0:
            train = subsample(sorted(train), fraction, seed)
        if sizes is not None:
            sizes.append(sum(untuned(f) for f in train))
        tr = [i for i, c in enumerate(cands) if c[0] in train and (every or not c[4])]
        te = [i for i, c in enumerate(cands) if fold[c[0]] == k]
        vocab = vocabulary([cands[i] for i in tr], train)
        bias, w = fit(matrix([cands[i] for i in tr], vocab), y[tr])
        probs[te] = predict(bias, w, matrix([cands[i] for i in te], vocab))
    return probs


def model_of(files, cands, y, threshold: float, table: dict, every: bool, groups: tuple[str, ...]) -> dict:
    use = [i for i, c in enumerate(cands) if every or not c[4]]
    vocab = vocabulary([cands[i] for i in use], set(files))
    bias, w = fit(matrix([cands[i] for i in use], vocab), y[use])
    weights = {f: round(float(v), 4) for f, v in zip(vocab, w) if abs(v) >= 5e-4}
    return {"about": "geo.visits.second_reader weights, fitted by benchmarks/train_second_reader.py on the dev "
                     f"articles of {', '.join(groups)}", "articles": len(files), "pairs": len(use),
            "trained_on": "every pair" if every else "candidates", "l2": L2,
            "threshold": threshold, "bias": round(bias, 4), "weights": weights, "cv": table}


def gather(group: str, limit: int | None) -> list:
    """One group's [files, rules' tp/fp/fn, truth visits missed, of them candidates, candidates]."""
    files, meta, truth, visits, cands = collect(limit, (group,))
    split = Split("dev", REALNEWS / "dev", meta, truth, [])
    s = score_visits(split, Run(visits=visits))
    fns = [t for kind, _, _, _, t in s.errors if kind == "FN"]
    keys = {(n, c) for n, _, c, _, found in cands if not found}
    in_cands = sum(any(surname_in(t["traveler"], p) for n, p, c, _, found in cands
                       if n == t["file"] and c == t["host"] and not found)
                   for t in fns if (t["file"], t["host"]) in keys)
    return [files, {"tp": s.tp, "fp": s.fp, "fn": s.fn}, len(fns), in_cands, cands]


def cv_table(probs: np.ndarray, y: np.ndarray, base: dict) -> list[dict]:
    """For each threshold: the candidates added, how many right, and the rules' P/R with them (an estimate)."""
    tp, fp, fn = base["tp"], base["fp"], base["fn"]
    table = []
    for t in THRESHOLDS:
        added = int((probs >= t).sum())
        right = int(y[probs >= t].sum())
        table.append({"threshold": t, "added": added, "right": right,
                      "p_added": round(right / added, 3) if added else None,
                      "p": round((tp + right) / (tp + fp + added), 3), "r": round((tp + right) / (tp + fn), 3)})
    return table


TOPS = (5, 10, 20, 40, 80)


def ranking_figures(p: np.ndarray, yc: np.ndarray) -> tuple[float, list[int]] | None:
    """AUC of the candidates' held-out probabilities and the right ones among the top :data:`TOPS` (None: one
    class only)."""
    if not (yc.sum() and (1 - yc).sum()):
        return None
    pos, neg = p[yc == 1], p[yc == 0]
    auc = float(np.mean([(neg < q).mean() + 0.5 * (neg == q).mean() for q in pos]))
    order = np.argsort(-p, kind="stable")
    return auc, [int(yc[order[:k]].sum()) for k in TOPS]


def ranking(p: np.ndarray, yc: np.ndarray) -> str:
    """AUC of the candidates' held-out probabilities and the right ones among the top 5..80."""
    got = ranking_figures(p, yc)
    if got is None:
        return "no ranking (one class only)"
    return f"AUC {got[0]:.3f}; right among the top 5/10/20/40/80: " + "/".join(map(str, got[1]))


def curve_line(group: str, fraction: float, seed: int, table: list[dict], figures, articles: int = 0,
               per_fold: float = 0.0, p_cand=None, y_cand=None) -> str:
    """One line of the learning curve: the AUC, right/added at 0.6/0.7/0.8/0.9, right among the top 10/20/40;
    with ``articles`` (scored) and ``per_fold`` (untuned training articles, mean per fold) also those, and with
    the candidates' probabilities and labels the right among the top 10/20/40 per 194 scored articles (the
    first learning curve's set size; the top k of ``k * articles / 194`` candidates, rounded)."""
    at = {row["threshold"]: f"{row['right']}/{row['added']}" for row in table}
    auc, tops = figures if figures else (float("nan"), [0] * len(TOPS))
    line = (f"curve {group} fraction {fraction:.2f} seed {seed}: AUC {auc:.3f}; right/added "
            + " ".join(f"{t}:{at[t]}" for t in (0.6, 0.7, 0.8, 0.9))
            + "; top 10/20/40 " + "/".join(str(tops[TOPS.index(k)]) for k in (10, 20, 40)))
    if articles:
        line += f"; articles {articles}; training per fold {per_fold:.1f}"
    if articles and p_cand is not None and len(p_cand):
        order = np.argsort(-p_cand, kind="stable")
        line += "; top per 194 " + "/".join(
            f"{float(y_cand[order[:max(1, round(k * articles / 194))]].sum() * 194 / articles):.2f}"
            for k in (10, 20, 40))
    return line


def choose(tables: dict[str, list[dict]], pick: str, min_precision: float,
           guards: tuple[str, ...] | None = None) -> float | None:
    """The lowest threshold whose added visits on ``pick``'s articles are right >= ``min_precision`` in CV and
    on the articles of each group of ``guards`` (default: every other table's) are too (or none are added
    there)."""
    guards = tuple(g for g in tables if g != pick) if guards is None else guards
    for j, row in enumerate(tables[pick]):
        if row["added"] and row["p_added"] >= min_precision and all(
                not tables[g][j]["added"] or tables[g][j]["p_added"] >= min_precision for g in guards):
            return row["threshold"]
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train-on", default="studied",
                    help=f"comma-separated groups of dev articles to train on: {', '.join(TRAINING_SETS)}, or {UNTUNED} "
                         "for every released set (default studied)")
    ap.add_argument("--limit", type=int, help="only the first N articles of each group (a quick run)")
    ap.add_argument("--cache", type=Path, help="read the collected candidates from FILE if it holds the groups, "
                                               "else write them")
    ap.add_argument("--out", type=Path, help="where to write the weights (default: print only)")
    ap.add_argument("--threshold", type=float, help="the threshold to write (default: chosen by CV)")
    ap.add_argument("--every", action="store_true", help="train on every pair, the rules' found ones too")
    ap.add_argument("--fraction", type=float, default=1.0,
                    help="train each fold on this random fraction of its training untuned articles (a learning "
                         "curve; the held-out fold is scored whole)")
    ap.add_argument("--seed", type=int, default=SEED, help=f"the fold draw and the fraction's (default {SEED})")
    ap.add_argument("--min-precision", type=float, default=0.80, help="CV precision of the added visits to reach")
    args = ap.parse_args(argv)
    named = [g.strip() for g in args.train_on.split(",") if g.strip()]
    groups = tuple(dict.fromkeys(x for g in named for x in (RELEASED_SETS if g == UNTUNED else (g,))))
    if not groups or set(groups) - set(TRAINING_SETS):
        ap.error(f"--train-on names groups of {sorted(TRAINING_SETS)} or {UNTUNED}")
    cache = json.loads(args.cache.read_text(encoding="utf-8")) if args.cache and args.cache.is_file() else {}
    got = {g: cache[g] if g in cache and not args.limit else gather(g, args.limit) for g in groups}
    if args.cache and not args.limit and set(got) - set(cache):
        args.cache.write_text(json.dumps({**cache, **got}), encoding="utf-8")
    files = [f for g in groups for f in got[g][0]]
    cands = [tuple(c) for g in groups for c in got[g][4]]
    labels = label(cands, rows_of(REALNEWS / "dev" / "visits.csv", groups))
    keep = [i for i, v in enumerate(labels) if v is not None]
    cands = [cands[i] for i in keep]
    y = np.array([labels[i] for i in keep], dtype=float)
    cand = np.array([not c[4] for c in cands])
    if not 0.0 < args.fraction <= 1.0:
        ap.error("--fraction is in (0, 1]")
    sizes: list[int] = []
    probs = np.where(cand, cross_validate(files, cands, y, args.every, args.fraction, args.seed, sizes), -1.0)
    group = np.array([group_of(c[0]) for c in cands])
    released = [g for g in groups if g in RELEASED_SETS]
    if len(released) > 1:  # the untuned sets together: one more table, the one that chooses
        got[UNTUNED] = [[f for g in released for f in got[g][0]],
                        {k: sum(got[g][1][k] for g in released) for k in ("tp", "fp", "fn")},
                        sum(got[g][2] for g in released), sum(got[g][3] for g in released), []]
    tables = {}
    for g in (*groups, UNTUNED) if len(released) > 1 else groups:
        _, base, missed, in_cands, _ = got[g]
        mine = np.isin(group, released) if g == UNTUNED else group == g
        print(f"\n## {g}: {len(got[g][0])} articles; rules tp {base['tp']} fp {base['fp']} fn {base['fn']} "
              f"(P {base['tp'] / (base['tp'] + base['fp']):.3f} R {base['tp'] / (base['tp'] + base['fn']):.3f}); "
              f"pairs {int(mine.sum())} ({int(y[mine].sum())} right); candidates {int((mine & cand).sum())} "
              f"({int(y[mine & cand].sum())} right); candidate recall: {in_cands} of the {missed} truth visits the "
              "rules miss are candidates")
        tables[g] = cv_table(probs[mine], y[mine], base)
        print(f"{FOLDS}-fold CV by article (trained on {'+'.join(groups)}{', every pair' if args.every else ''})\n"
              "| threshold | added | right | P of added | P | R |\n|---|---|---|---|---|---|")
        for row in tables[g]:
            p_add = "-" if row["p_added"] is None else f"{row['p_added']:.3f}"
            print(f"| {row['threshold']:.2f} | {row['added']} | {row['right']} | {p_add} | {row['p']:.3f} | "
                  f"{row['r']:.3f} |")
        print("CV ranking of the candidates: " + ranking(probs[mine & cand], y[mine & cand]))
        print(curve_line(g, args.fraction, args.seed, tables[g], ranking_figures(probs[mine & cand], y[mine & cand]),
                         len(got[g][0]), float(np.mean(sizes)), probs[mine & cand], y[mine & cand]))
    pick = UNTUNED if len(released) > 1 else released[0] if released else groups[0]
    chosen = choose(tables, pick, args.min_precision, tuple(g for g in groups if g not in RELEASED_SETS))
    threshold = args.threshold if args.threshold is not None else chosen
    print(f"\nthreshold {threshold} (the lowest with P of the added >= {args.min_precision} in CV on {pick}, "
          f"and not under it elsewhere: {chosen})")
    if threshold is None:
        print("no threshold adds visits precisely enough: no weights written")
        return 0
    model = model_of(files, cands, y, threshold, tables, args.every, groups)
    print(f"features with a weight: {len(model['weights'])}")
    if args.out:
        args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
