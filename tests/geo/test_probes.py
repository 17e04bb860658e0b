"""Floors on the probe set (tests/geo/probes/multistop_titles.csv): passages of our own on multi-stop trips
and travellers named by a title, with the visits a reader finds written before the tool ran on them.

The score is deterministic; each floor sits a little under today's figure
(benchmarks/realnews/STUDY-probes.md tells the constructions and what failed).
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from probes_eval import load, score  # noqa: E402

FLOORS = {"precision": 0.97, "recall": 0.95, "multistop": 0.96, "title": 0.93}


def test_the_probe_set_holds_its_floors():
    s = score(load())
    assert s.precision >= FLOORS["precision"], s.errors
    assert s.recall >= FLOORS["recall"], s.errors
    assert s.found["M"] / s.wanted["M"] >= FLOORS["multistop"], s.errors
    assert s.found["T"] / s.wanted["T"] >= FLOORS["title"], s.errors


def test_every_probe_has_a_construction_and_readable_expectations():
    rows = load()
    assert 80 <= len(rows) <= 130
    for row in rows:
        assert row["construction"], row["id"]
        for item in filter(None, row["expected"].split(";")):
            surname, host, status = item.split("|")
            assert surname and len(host) == 2 and status in {"planned", "ongoing", "completed", "cancelled"}, row["id"]
