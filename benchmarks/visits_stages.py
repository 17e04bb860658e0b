"""Where the visits that diplomap misses are lost, counted by stage.

Usage::

    python benchmarks/visits_stages.py [--split dev|test|all]

For each truth visit of ``benchmarks/realnews/`` that ``visits_eval.py``
counts as missed, one stage is counted - the first
that fails, in pipeline order:

``person not found``
    the name finder (:func:`geo.people.find_people`) sees nobody with the
    traveller's surname;
``host not mentioned``
    the geoparser finds no place in the host country;
``no visit of the traveller``
    both are found, but no visit of that traveller is read;
``stop missing``
    the traveller has visits, none to that host;
``read as called off``
    a visit there was read as cancelled or postponed;
``another day``
    a visit there was read, more than a day off.

Beside it, ``another person got the host`` counts the misses for which a
visit to that host was given to someone else of the same story. Only
counts are printed, so the held-out test split can be looked at this way
without reading its articles.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from realnews_data import SPLITS, Split, by_file, load_split, run_split
from visits_eval import score_visits, surname_in

STAGES = ("person not found", "host not mentioned", "no visit of the traveller", "stop missing",
          "read as called off", "another day")


def miss_stages(split: Split) -> Counter:
    """Count the missed truth visits of ``split`` by the stage that lost them.

    The missed visits are those ``visits_eval.score_visits`` counts as missed.
    Returns a :class:`collections.Counter` with ``found``, ``missed``, one key
    of :data:`STAGES` per missed visit, and ``another person got the host``.
    """
    from geo.geoparse import geoparse
    from geo.ingest import read_corpus
    from geo.people import find_people

    run = run_split(split)
    score = score_visits(split, run)
    missed = by_file(t for kind, _cls, _name, _p, t in score.errors if kind == "FN")
    counts: Counter = Counter(found=score.tp, missed=score.fn)
    for doc in read_corpus([split.folder / "articles"], meta=split.folder / "meta.csv", problems=[]):
        name = Path(doc.id).name
        if name not in missed:
            continue
        mentions = geoparse(doc)
        visits = run.visits.get(name, [])
        drawn = [v for v in visits if v.status not in ("cancelled", "postponed")]
        people = find_people(doc, mentions)
        countries = {m.country for m in mentions}
        for t in missed[name]:
            own = [v for v in visits if surname_in(t["traveler"], v.traveler)]
            there = [v for v in own if v.country == t["host"]]
            if not any(p.name and surname_in(t["traveler"], p.name) for p in people):
                stage = STAGES[0]
            elif t["host"] not in countries:
                stage = STAGES[1]
            elif not own:
                stage = STAGES[2]
            elif not there:
                stage = STAGES[3]
            elif any(v.status in ("cancelled", "postponed") for v in there):
                stage = STAGES[4]
            else:
                stage = STAGES[5]
            counts[stage] += 1
            if any(v.country == t["host"] and not surname_in(t["traveler"], v.traveler) for v in drawn):
                counts["another person got the host"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Where missed visits are lost, counted by stage.")
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    args = ap.parse_args(argv)
    for name in (SPLITS if args.split == "all" else (args.split,)):
        split = load_split(name)
        if split is None:
            print(f"no split {name!r} under benchmarks/realnews/")
            continue
        c = miss_stages(split)
        print(f"\n== {name}: {c['found']} visits found, {c['missed']} missed")
        for stage in STAGES:
            print(f"  {stage:28s} {c[stage]:4d}")
        print(f"  (another person got the host in {c['another person got the host']} of the missed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
