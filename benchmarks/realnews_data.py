"""The real-news dev set (``benchmarks/realnews/``): load the truth, run diplomap per article.

Shared by ``visits_eval.py`` and ``ties_eval.py``; see ``realnews/GUIDE.md`` for how
the truth was written. Each article is run on its own (``document_events`` then
``finish_events``), so nothing merges across articles and every prediction
belongs to one document, as the truth does.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REALNEWS = Path(__file__).resolve().parent / "realnews"
SPLITS = ("dev", "test")

#: Numbered batches of the dev split kept unseen by whoever writes rules: they are
#: scored with the rest, but their single errors are listed only with ``--show-unseen``
#: (the lead's transfer measure: rules fitted to them would stop measuring transfer).
#: Batch numbers may have more than three digits ("1512_x.txt"); 1500-1949 are unseen
#: batches (1600-1649 the ninth; 1650-1749 the tenth, built on 2026-12-01; 1750-1949 the
#: eleventh, built on 2026-12-01 as well; 2170-2269 the fourteenth, 100 articles built on 2026-12-02 by readers
#: who never ran the tool). The twelfth (1950-2061) was read for rules from 2026-12-02 (commit 87770fd on),
#: the thirteenth (2070-2169, 98 articles) from commit d4a21b8 on, the fourteenth from commit e56e355 on (the next session),
#: each after its first score: studied now. The fifteenth (2270-2369, 100 articles, built on 2026-12-02 by four
#: readers who never ran the tool) was scored unseen for a session and is read for rules from 2026-12-02's fourth
#: session on (its last unseen score: P 0.822, R 0.662). The sixteenth (2370-2469, 100 articles, 92 outlets) was built
#: in that session by four readers who never ran the tool (one region each), was scored unseen for a session and is
#: read for rules from 2026-12-02's fifth session on (its last unseen score: P 0.884, R 0.829, day 0.880, status
#: 0.834). The seventeenth (2470-2569, 99 articles, 94 outlets, built on 2026-12-02's fifth session the same
#: way; first score with that session's starting code 9ea5ddc: P 0.845, R 0.663, day 0.944, status 0.853) was
#: scored unseen for a session and is read for rules from 2026-12-02's sixth session on (its last unseen score:
#: P 0.845, R 0.663, day 0.944, status 0.860). The eighteenth (2570-2669, 100 articles, 85 outlets, built in that
#: sixth session the same way) is unseen; its first score, with that session's starting code ea0bc38: P 0.867,
#: R 0.754, day 0.918, status 0.819.
UNSEEN = ((201, 229), (250, 299), (340, 389), (430, 479), (480, 499), (1500, 1949), (2570, 2669))


def batch_number(name: str) -> int | None:
    """The number an article file name starts with, of any length, or None.

    >>> batch_number("255_x.txt"), batch_number("dev/1512_x.txt"), batch_number("x.txt")
    (255, 1512, None)
    """
    head = re.match(r"\d+", Path(name).name)
    return int(head.group(0)) if head else None


def unseen(name: str) -> bool:
    """Whether an article file name belongs to an unseen batch (:data:`UNSEEN`).

    >>> unseen("255_x.txt"), unseen("dev/255_x.txt"), unseen("049_x.txt"), unseen("1512_x.txt")
    (True, True, False, True)
    """
    number = batch_number(name)
    return number is not None and any(lo <= number <= hi for lo, hi in UNSEEN)


#: The unseen batches released as training data for the learned checks only (``train_second_reader.py``,
#: ``train_status_check.py``), read through counts alone and never for rule writing: :data:`UNSEEN` still
#: names them, so the eval scripts hide their single errors. Y3-Y6 (194 dev articles) were released on
#: 2026-12-01 after the rules had been scored on them; Y11 (1750-1945, 193 articles) the same day, right after
#: its first and only score with the rules (P .884 R .644 day .855 status .830); in the next session Y11 was also read
#: for rule writing (the gathering guests), so its figures since are a studied set's. The other unseen batches
#: (1500-1749, Y7-Y10) and the test split stay unseen: they measure a shipped check.
RELEASED_SETS = {
    "y3-y6": ((201, 229), (250, 299), (340, 389), (430, 479), (480, 499)),
    "y11": ((1750, 1949),),
}
#: Every range of :data:`RELEASED_SETS`.
RELEASED_TO_LEARNERS = tuple(r for ranges in RELEASED_SETS.values() for r in ranges)
#: The sets of dev articles a learned check may be trained on.
TRAINING_SETS = ("studied", *RELEASED_SETS)


def training_set(name: str) -> str | None:
    """The set of :data:`TRAINING_SETS` an article belongs to, or None for one no check may train on.

    >>> training_set("049_x.txt"), training_set("255_x.txt"), training_set("1800_x.txt"), training_set("1512_x.txt")
    ('studied', 'y3-y6', 'y11', None)
    """
    if not unseen(name):
        return "studied"
    number = batch_number(name)
    return next((key for key, ranges in RELEASED_SETS.items() if any(lo <= number <= hi for lo, hi in ranges)), None)


def training_rows(path: Path, sets: Iterable[str] = ("studied",)) -> list[dict[str, str]]:
    """The rows of a dev CSV whose ``file`` is an article of ``sets`` (:func:`training_set`); every other row
    is skipped unread, so a learned check never holds a row it may not read."""
    sets = tuple(sets)
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)
                if training_set(row["file"]) in sets]


def hide_unseen(errors: list) -> int:
    """Drop, in place, the error tuples that name an unseen article's file; return how many."""
    kept = [e for e in errors if not any(isinstance(x, str) and unseen(x) for x in e)]
    hidden = len(errors) - len(kept)
    errors[:] = kept
    return hidden


def fold(text: str) -> str:
    """Lower case, accents and punctuation folded: 'Lula da Silva' ~ 'lula da silva'."""
    t = unicodedata.normalize("NFKD", text or "")
    t = "".join(c for c in t if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in t.lower()).split())


def day(text: str | None) -> dt.date | None:
    text = (text or "").strip()
    return dt.date.fromisoformat(text) if text else None


def ratio(part: int, whole: int, empty: float = 0.0) -> float:
    """``part / whole``, or ``empty`` when there is nothing to divide by."""
    return part / whole if whole else empty


def read_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


@dataclass
class Split:
    """One split of the dev set: its articles, metadata and truth rows."""

    name: str
    folder: Path
    meta: list[dict[str, str]]
    visits: list[dict[str, str]]
    ties: list[dict[str, str]]

    @property
    def files(self) -> list[str]:
        return [m["file"] for m in self.meta]


def by_file(rows: Iterable[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    """Truth rows grouped by the article they belong to."""
    out: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        out.setdefault(row["file"], []).append(row)
    return out


@dataclass
class ClassRecall:
    """The required truth rows counted by class (``classes``, ``;``-separated), and those missed.

    ``column`` names the truth column counted (``status`` counts rows by truth status);
    ``label`` names it in the printed line.
    """

    total: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)
    column: str = "classes"
    label: str = "class"

    def count(self, row: dict[str, str], found: bool) -> list[str]:
        """Count one truth row; return its classes (``plain`` when it has none)."""
        classes = [c for c in row[self.column].split(";") if c] or ["plain"]
        for c in classes:
            self.total[c] += 1
            if not found:
                self.missed[c] += 1
        return classes

    def line(self) -> str:
        return f"recall by truth {self.label}: " + ", ".join(
            f"{c} {self.total[c] - self.missed[c]}/{self.total[c]}"
            for c in sorted(self.total, key=lambda c: -self.total[c]))


def load_split(name: str, root: Path = REALNEWS) -> Split | None:
    folder = root / name
    if not (folder / "meta.csv").is_file():
        return None
    return Split(name, folder, read_rows(folder / "meta.csv"), read_rows(folder / "visits.csv"),
                 read_rows(folder / "ties.csv"))


@dataclass
class Run:
    """diplomap's output on a split, per article, with the time the text side took."""

    visits: dict[str, list] = field(default_factory=dict)
    ties: dict[str, list] = field(default_factory=dict)
    bytes: int = 0
    geoparse_s: float = 0.0
    events_s: float = 0.0
    problems: list = field(default_factory=list)

    @property
    def events_mb_s(self) -> float | None:
        """MB a CPU second through the events stage alone."""
        return round(self.bytes / 1e6 / self.events_s, 2) if self.events_s else None

    @property
    def text_side_mb_s(self) -> float | None:
        """MB a CPU second through the geoparser and the events stage."""
        return round(self.bytes / 1e6 / (self.events_s + self.geoparse_s), 2) if self.events_s else None


def run_split(split: Split, *, min_confidence: float = 0.0) -> Run:
    """Read the split's articles with their metadata and run the text side per article.

    Times are CPU seconds of this process (``time.process_time``), so that other
    jobs on a shared machine do not change them much; ``benchmarks/scale_out.py``
    gives wall times.
    """
    from geo.events import document_events, finish_events
    from geo.geoparse import geoparse
    from geo.ingest import read_corpus

    out = Run()
    docs = list(read_corpus([split.folder / "articles"], meta=split.folder / "meta.csv",
                            problems=out.problems))
    for doc in docs:
        name = Path(doc.id).name
        out.bytes += len(doc.text.encode("utf-8"))
        t0 = time.process_time()
        mentions = geoparse(doc)
        t1 = time.process_time()
        raw_visits, raw_ties = document_events(doc, mentions)
        visits, ties = finish_events(raw_visits, raw_ties, min_confidence=min_confidence)
        out.events_s += time.process_time() - t1
        out.geoparse_s += t1 - t0
        out.visits[name] = visits
        out.ties[name] = ties
    return out


def arguments(description: str, *, min_confidence: bool = False):
    """The command line both scorers share: which split, whether to list errors, JSON."""
    import argparse

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    ap.add_argument("--errors", action="store_true", help="list every error of the dev split")
    ap.add_argument("--show-test", action="store_true", help="also list the test split's errors")
    ap.add_argument("--show-unseen", action="store_true",
                    help="also list the errors of the unseen dev batches (UNSEEN)")
    if min_confidence:
        ap.add_argument("--min-confidence", type=float, default=0.0,
                        help="leave out visits found with less confidence")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    return ap


def runs(args):
    """``(name, split, run)`` for each split the arguments ask for, run per article."""
    for name in (SPLITS if args.split == "all" else (args.split,)):
        split = load_split(name)
        if split is None:
            print(f"no split {name!r} under benchmarks/realnews/")
            continue
        yield name, split, run_split(split, min_confidence=getattr(args, "min_confidence", 0.0))


def evaluate(args, score: Callable, speeds: Callable[[Run], dict], show: Callable) -> int:
    """Score each split the arguments ask for and print it, or print all the scores as JSON.

    ``score(split, run)`` gives an object with ``as_dict()``; ``speeds(run)`` the speed
    columns of its row; ``show(score, row, errors)`` prints one split's table after its
    heading, and its single errors when ``errors`` (the dev split, or any with ``--show-test``).
    """
    rows = {}
    for name, split, run in runs(args):
        s = score(split, run)
        rows[name] = {**s.as_dict(), "articles": len(split.files), **speeds(run)}
        if args.json:
            continue
        print(f"\n== {name}: {len(split.files)} articles, {run.bytes / 1e6:.2f} MB")
        listed = args.errors and (name == "dev" or args.show_test)
        hidden = 0 if args.show_unseen or not listed else hide_unseen(s.errors)
        show(s, rows[name], listed)
        if hidden:
            print(f"  ({hidden} errors of the unseen batches {UNSEEN} not listed: --show-unseen)")
    if args.json:
        print(json.dumps(rows, indent=1))
    return 0
