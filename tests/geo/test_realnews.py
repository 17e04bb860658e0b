"""Accuracy floors on the real-news set (benchmarks/realnews/): a regression fails CI.

The scores are deterministic (same articles, same truth, same rules), so each
floor sits a little under today's figure; speed is judged in benchmarks/, not
here. The truth was written by annotators before the tool ran on the articles
(benchmarks/realnews/GUIDE.md); the test split was never tuned on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from realnews_data import load_split, run_split  # noqa: E402
from ties_eval import score_ties  # noqa: E402
from visits_eval import score_visits  # noqa: E402

#: (split, measure) -> floor; today's figures are in the README's accuracy table.
VISIT_FLOORS = {
    # 2026-12-02 (fourth session): batch sixteen (100 unseen articles) joined the dev split and batch fifteen was
    # studied: P .931 R .853 dates .905 status .890
    # 2026-12-02 (fifth session): batch seventeen (99 unseen articles, first R .663) joined: P .927 R .844 dates .907
    # status .893
    # 2026-12-02 (sixth session): batch eighteen (100 unseen articles, first R .754) joined, seventeen studied: P .926
    # R .841 dates .907 status .894
    ("dev", "precision"): 0.92, ("dev", "recall"): 0.835, ("dev", "dates"): 0.90, ("dev", "status"): 0.885,
    # 2026-12-02: office lists found four test visits more (R .763 -> .794), all four read with another status than
    # the test's truth (92 right before and after): status .920 -> .885, a trade stated in the commit
    ("test", "precision"): 0.91, ("test", "recall"): 0.78, ("test", "dates"): 0.87, ("test", "status"): 0.88,
}
TIE_FLOORS = {
    ("dev", "pair_precision"): 0.91, ("dev", "pair_recall"): 0.86,  # with batch sixteen: .917 .867 .866 .826
    ("dev", "kind_precision"): 0.86, ("dev", "kind_recall"): 0.81,
    ("test", "pair_precision"): 0.92, ("test", "pair_recall"): 0.80,
    ("test", "kind_precision"): 0.88, ("test", "kind_recall"): 0.73,
}


@pytest.fixture(scope="module", params=["dev", "test"])
def scored(request):
    split = load_split(request.param)
    assert split is not None, f"benchmarks/realnews/{request.param} is part of the repository"
    run = run_split(split)
    assert not [p for p in run.problems if p.stage == "ingest"], run.problems
    return request.param, score_visits(split, run), score_ties(split, run)


def test_visit_accuracy_holds_its_floor(scored):
    name, visits, _ = scored
    got = {m: getattr(visits, m) for m in ("precision", "recall", "dates", "status")}
    low = {m: (round(v, 3), VISIT_FLOORS[(name, m)]) for m, v in got.items() if v < VISIT_FLOORS[(name, m)]}
    assert not low, f"{name}: visit scores under their floors (score, floor): {low}"


def test_tie_accuracy_holds_its_floor(scored):
    name, _, ties = scored
    got = {m: getattr(ties, m) for m in ("pair_precision", "pair_recall", "kind_precision", "kind_recall")}
    low = {m: (round(v, 3), TIE_FLOORS[(name, m)]) for m, v in got.items() if v < TIE_FLOORS[(name, m)]}
    assert not low, f"{name}: tie scores under their floors (score, floor): {low}"


def test_the_scorer_counts_what_it_should():
    """The scorer itself: a perfect run scores 1.0, an empty run scores recall 0."""
    from types import SimpleNamespace

    import datetime as dt

    from geo.values import Visit

    split = SimpleNamespace(files=["a.txt"], visits=[
        {"file": "a.txt", "traveler": "Lula", "host": "CN", "city": "", "start_date": "2023-04-14",
         "status": "completed", "optional": "no", "classes": "title", "note": ""},
        {"file": "a.txt", "traveler": "Lula", "host": "AE", "city": "", "start_date": "",
         "status": "cancelled", "optional": "no", "classes": "", "note": ""}])
    right = Visit("Luiz Inácio Lula da Silva", "BR", None, "CN", None, None, None, dt.date(2023, 4, 15),
                  None, "completed", "a.txt", "", 1.0)
    wrong_day = Visit("Lula", "BR", None, "CN", None, None, None, dt.date(2023, 4, 20), None, "completed",
                      "a.txt", "", 1.0)
    drawn_cancelled = Visit("Lula", "BR", None, "AE", None, None, None, None, None, "planned", "a.txt", "", 1.0)
    s = score_visits(split, SimpleNamespace(visits={"a.txt": [right]}))
    assert (s.tp, s.fp, s.fn, s.precision, s.recall, s.dates) == (1, 0, 0, 1.0, 1.0, 1.0)
    s = score_visits(split, SimpleNamespace(visits={"a.txt": [wrong_day, drawn_cancelled]}))
    assert (s.tp, s.fp, s.fn) == (0, 2, 1)
    assert s.fp_classes == {"wrong date": 1, "cancelled trip drawn": 1}
    s = score_visits(split, SimpleNamespace(visits={}))
    assert (s.tp, s.fp, s.fn, s.recall) == (0, 0, 1, 0.0)


def test_no_article_is_in_the_set_twice():
    # the same story under two names counts its errors twice, and one in both splits leaks the held-out test
    import csv
    import re

    seen: dict[str, str] = {}
    twice = []
    for split in ("dev", "test"):
        with open(BENCH / "realnews" / split / "meta.csv", newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                url = re.sub(r"^https?://(?:www\.)?", "", row["url"].strip().lower()).rstrip("/")
                if url in seen:
                    twice.append((seen[url], f"{split}/{row['file']}"))
                seen.setdefault(url, f"{split}/{row['file']}")
    assert not twice, twice


def test_missed_visits_are_counted_once_each_by_stage():
    """benchmarks/visits_stages.py: every visit the scorer misses falls in exactly one stage."""
    from dataclasses import replace

    from visits_stages import STAGES, miss_stages

    dev = load_split("dev")
    files = {"620_voa_hughes_rice_chile_latin_america_2006.txt", "616_govuk_hammond_gulf_tour_2015.txt",
             "106_pledgetimes_mbz_african_presidents.txt"}
    part = replace(dev, meta=[r for r in dev.meta if r["file"] in files],
                   visits=[r for r in dev.visits if r["file"] in files])
    assert len(part.files) == 3
    counts = miss_stages(part)
    score = score_visits(part, run_split(part))
    assert (counts["found"], counts["missed"]) == (score.tp, score.fn)
    assert counts["missed"] > 0 and sum(counts[s] for s in STAGES) == counts["missed"]
