"""The learned status check that was tried for issue 13 (benchmarks/train_status_check.py, status_features.py,
fit_logistic.py): the fit is deterministic, the training reads studied articles only, the features hold no
names, and a check overrules the rules' status only above its threshold and never touches a cancelled trip.

Cross-validated on the studied articles the check lost more statuses than it mended at every threshold
(benchmarks/realnews/STUDY-status-check.md), so the events stage does not run it; these tests keep the
training and the features honest for a later try.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import fit_logistic  # noqa: E402
import train_status_check  # noqa: E402
from realnews_data import RELEASED_TO_LEARNERS, unseen  # noqa: E402
from status_features import CHECKED, check_statuses, features_of  # noqa: E402

from geo.events import document_events  # noqa: E402
from geo.geoparse import geoparse  # noqa: E402
from geo.values import Document, Visit  # noqa: E402

DAY = dt.date(2024, 5, 6)


def _rules(text: str) -> tuple[Document, list[Visit]]:
    doc = Document("t", text, published=DAY)
    return doc, document_events(doc, geoparse(doc))[0]


def test_the_fit_is_deterministic_and_learns_a_two_class_problem():
    rng = np.random.RandomState(3)
    X = (rng.rand(60, 5) < 0.5).astype(float)
    y = (X[:, 0] + X[:, 1] > X[:, 2] + 0.5).astype(int)
    a = fit_logistic.fit(X, y, classes=2, l2=0.5, iterations=400)
    b = fit_logistic.fit(X, y, classes=2, l2=0.5, iterations=400)
    assert np.array_equal(a.weights, b.weights) and np.array_equal(a.bias, b.bias)
    right = (fit_logistic.predict_proba(a, X).argmax(axis=1) == y).mean()
    assert right >= 0.9, right
    # the first two columns push towards class 1, the third away from it
    assert a.weights[0, 1] - a.weights[0, 0] > 0 and a.weights[2, 1] - a.weights[2, 0] < 0


def test_folds_keep_each_article_whole_and_score_every_row_out_of_fold():
    groups = [f"a{i // 3}" for i in range(30)]
    folds = fit_logistic.grouped_folds(groups, k=5, seed=0)
    assert all(len({f for g, f in zip(groups, folds) if g == name}) == 1 for name in set(groups))
    assert sorted(set(folds.tolist())) == [0, 1, 2, 3, 4]
    X = np.eye(30)[:, :6]
    y = np.array([i % 3 for i in range(30)])
    p = fit_logistic.cross_val_proba(X, y, groups, classes=3, k=5, iterations=50)
    assert p.shape == (30, 3) and np.allclose(p.sum(axis=1), 1.0)


def test_training_reads_studied_articles_only_and_gives_the_same_weights_twice():
    data = train_status_check.studied(limit=6)
    assert data.raw and not any(unseen(n) for n in data.raw)
    assert data.split.visits and not any(unseen(r["file"]) for r in data.split.visits)
    units, rows, ys = train_status_check.labelled(data)
    assert units and set(ys) <= {0, 1, 2}
    vocab = sorted({x for f in rows for x in f})
    X, y = train_status_check.matrix(rows, vocab), np.array(ys)
    a, b = train_status_check.train(X, y), train_status_check.train(X, y)
    assert np.array_equal(a.weights, b.weights) and np.array_equal(a.bias, b.bias)
    merged, mrows, mys = train_status_check.merged_labelled(data)  # a traveller's reports of one host together
    assert merged and len(merged) <= len(units) and all(u.rule in CHECKED for u in merged)
    assert all(any(x.startswith("g=") for x in f) for f in mrows) and len(mys) == len(merged)


@pytest.mark.parametrize("text, rule, words", [
    ("Sandra Okafor, the foreign minister of Nigeria, will visit Paris next week.", "planned", {"b:will"}),
    ("Sandra Okafor, the foreign minister of Nigeria, returned home from Paris on Monday.", "completed",
     {"c:returned", "tense_sent=past"}),
])
def test_the_features_read_the_rules_status_and_the_words_before_the_cue_but_no_names(text, rule, words):
    doc, visits = _rules(text)
    checked = [(v, f) for v, f in zip(visits, features_of(visits, doc)) if f is not None]
    assert checked, visits
    v, feats = checked[0]
    assert v.status == rule and f"rule={rule}" in feats
    assert words <= set(feats) or any(w.replace("c:", "b:") in feats for w in words), feats
    assert not any(re.search(r"Okafor|Sandra|Paris|Nigeria", x) for x in feats)


def _model(weights: dict, threshold: float) -> dict:
    return {"classes": list(CHECKED), "bias": [0.0, 0.0, 0.0], "threshold": threshold, "weights": weights}


def test_a_check_changes_a_status_only_above_its_threshold():
    doc, visits = _rules("Sandra Okafor, the foreign minister of Nigeria, returned home from Paris on Monday.")
    # a model sure (p ~ .95) that a "returned" sentence tells a trip under way: wrong, but it tests the gate
    model = _model({"tense_sent=past": [0.0, 3.0, 0.0], "rule=completed": [0.0, 0.0, 0.0]}, 0.9)
    changed = check_statuses(visits, doc, model)
    assert [v.status for v in changed] == ["ongoing"] and "status checked: p=0.91" in changed[0].how
    assert [v.status for v in check_statuses(visits, doc, model, threshold=0.95)] == ["completed"]
    # the rules' own status, however sure the model is of it, changes nothing
    same = check_statuses(visits, doc, _model({"tense_sent=past": [0.0, 0.0, 9.0]}, 0.5))
    assert same == visits


def test_a_cancelled_trip_stays_cancelled_whatever_the_model_says():
    doc, visits = _rules("Sandra Okafor, the foreign minister of Nigeria, called off her visit to Paris.")
    assert [v.status for v in visits] == ["cancelled"], visits
    assert features_of(visits, doc) == [None]
    model = _model({f"s:{w}": [5.0, 5.0, 0.0] for w in ("called", "off", "her", "visit")}, 0.5)
    assert [v.status for v in check_statuses(visits, doc, model)] == ["cancelled"]


def test_the_training_sets_are_the_studied_articles_and_y3_y6_never_the_later_unseen_batches():
    assert train_status_check.set_of("049_x.txt") == "studied"
    assert [train_status_check.set_of(f"{n}_x.txt") for n in (201, 229, 250, 299, 340, 389, 430, 479, 480, 499)] \
        == ["y3-y6"] * 10
    # the batches 1500-1649 (Y7-Y9) stay unseen: no check may train on them
    assert {train_status_check.set_of(f"{n}_x.txt") for n in (1500, 1550, 1599, 1600, 1649)} == {None}
    assert all(unseen(f"{lo}_x.txt") for lo, _ in RELEASED_TO_LEARNERS)  # still hidden from rule writers
    data = train_status_check.studied(limit=4, sets=train_status_check.SETS)
    assert data.raw and {train_status_check.set_of(n) for n in data.raw} <= set(train_status_check.SETS)
    assert all(train_status_check.set_of(r["file"]) in train_status_check.SETS for r in data.split.visits)
    part = data.set_split("studied")
    assert set(part.files) == set(data.raw) and data.sets == ["studied"]


def test_a_threshold_chosen_on_y3_y6_must_gain_clearly_there_and_cost_nothing_on_the_studied_articles():
    y36 = [{"t": 0.6, "right": 12, "wrong": 5}, {"t": 0.7, "right": 6, "wrong": 0},
           {"t": 0.8, "right": 2, "wrong": 0}]
    assert train_status_check.choose(y36) == 0.7  # 12 - 5 gains more, but loses more than a third
    assert train_status_check.choose(y36, [{"t": 0.7, "right": 3, "wrong": 4}]) is None  # costs 1 studied
    assert train_status_check.choose(y36, [{"t": 0.7, "right": 3, "wrong": 3}]) == 0.7


def test_y11_is_a_training_set_of_its_own_and_y7_to_y10_stay_out():
    assert [train_status_check.set_of(f"{n}_x.txt") for n in (1750, 1800, 1945)] == ["y11"] * 3
    assert {train_status_check.set_of(f"{n}_x.txt") for n in (1650, 1700, 1749)} == {None}
    assert train_status_check.SETS == ("studied", "y3-y6", "y11")


def test_the_untuned_gate_grows_with_the_visits_and_asks_two_mended_for_each_broken():
    assert train_status_check.untuned_gate(400) == {"min_gain": 8.0, "ratio": 2}
    gate = train_status_check.untuned_gate(600)  # twelve net visits on 600
    rows = [{"t": 0.6, "right": 20, "wrong": 9}, {"t": 0.7, "right": 13, "wrong": 1},
            {"t": 0.8, "right": 12, "wrong": 1}]
    # .6 nets more (11) but breaks more than half of what it mends, and 11 is under 12 anyway
    assert train_status_check.choose(rows, **gate) == 0.7
    assert train_status_check.choose(rows[1:2], [{"t": 0.7, "right": 0, "wrong": 1}], **gate) is None
    assert train_status_check.choose([{"t": 0.6, "right": 11, "wrong": 0}], **gate) is None


def test_a_learning_curve_fits_on_part_of_the_untuned_articles_but_keeps_every_studied_one():
    names = [f"{n:03d}_x.txt" for n in range(10, 30)] + [f"{n}_x.txt" for n in range(1750, 1790)]
    units = [train_status_check.Unit(name, (0,), "planned") for name in names for _ in range(2)]
    fitted = np.ones(len(units), dtype=bool)
    half = train_status_check.train_mask(units, fitted, 0.5, seed=0)
    studied = np.array([train_status_check.set_of(u.name) == "studied" for u in units])
    assert half[studied].all()
    kept = {u.name for u, k in zip(units, half) if k and not train_status_check.set_of(u.name) == "studied"}
    assert len(kept) == 20  # half of the 40 untuned articles, each with both its rows
    assert all(half[i] == half[i + 1] for i in range(0, len(units), 2))
    assert train_status_check.train_mask(units, fitted, 0.5, seed=1).tolist() != half.tolist()
    assert train_status_check.train_mask(units, fitted, 1.0, seed=0).all()
