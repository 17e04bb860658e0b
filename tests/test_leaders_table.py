"""The bundled office-holder table passes benchmarks/check_leaders.py, and the checker
catches the mistakes it is meant to catch."""
from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _checker():
    spec = importlib.util.spec_from_file_location("check_leaders", ROOT / "benchmarks" / "check_leaders.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_leaders = _checker()
TABLE = ROOT / "data" / "leaders.csv"


def _rows():
    with TABLE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_bundled_table_has_no_problems():
    problems, rows = check_leaders.check(TABLE)
    assert problems == []
    assert len(rows) > 1500


def test_first_table_people_are_kept():
    names = {r["name"] for r in _rows()}
    for name in ["Vladimir Putin", "Dmitry Peskov", "Yuri Ushakov", "Emomali Rahmon", "Kim Jong Un",
                 "Choe Son Hui", "Madeleine Albright", "Lloyd Austin", "Yoon Suk Yeol", "Sadyr Japarov"]:
        assert name in names


@pytest.mark.parametrize(("country", "role", "day", "holder"), [
    ("KE", "president", "2023-05-01", "William Ruto"),
    ("BR", "president", "2010-06-01", "Luiz Inácio Lula da Silva"),
    ("BR", "president", "2024-06-01", "Luiz Inácio Lula da Silva"),
    ("GB", "prime minister", "2022-10-01", "Liz Truss"),
    ("US", "secretary of state", "2015-03-01", "John Kerry"),
    ("DE", "chancellor", "2025-06-01", "Friedrich Merz"),
    ("IN", "prime minister", "2010-01-01", "Manmohan Singh"),
    ("CN", "foreign minister", "2023-05-01", "Qin Gang"),
])
def test_title_and_date_give_the_office_holder(country, role, day, holder):
    held = [r["name"] for r in _rows() if r["country"] == country and r["role"] == role
            and r["from"] <= day and (not r["to"] or day < r["to"])]
    assert held == [holder]


def test_us_secretaries_in_the_travel_records_are_known_by_their_recorded_names():
    with (ROOT / "data" / "us_secretaries_travels.csv").open(encoding="utf-8", newline="") as fh:
        travellers = {r["traveler"] for r in csv.DictReader(fh) if r["start_date"] >= "1993"}
    known = set()
    for r in _rows():
        if r["country"] == "US" and r["role"] == "secretary of state":
            known |= {r["name"], *r["aliases"].split(";")}
    assert travellers <= known


def _write(tmp_path, *lines):
    path = tmp_path / "leaders.csv"
    path.write_text("name,aliases,country,role,from,to,gender\n" + "".join(l + "\n" for l in lines),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("line", "reason"), [
    ("A B,,XQ,president,2000-01-01,,m", "not an ISO 3166-1"),
    ("A B,,FR,president,2000-13-01,,m", "not YYYY-MM-DD"),
    ("A B,,FR,president,2001,,m", "not YYYY-MM-DD"),
    ("A B,,FR,president,2005-01-01,2004-01-01,m", "ends"),
    ("A B,,FR,president,2005-01-01,2026-02-01,m", "leave it empty"),
    ("A B,,FR,president,2005-01-01,,x", "not m or f"),
    ("A B,,FR,dictator,2005-01-01,,m", "role"),
    ("A B,B;;C,FR,president,2005-01-01,,m", "alias"),
])
def test_checker_names_the_row_and_the_reason(tmp_path, line, reason):
    problems, _ = check_leaders.check(_write(tmp_path, line))
    assert len(problems) == 1
    assert ":2:" in problems[0] and reason in problems[0]


def test_checker_finds_overlapping_terms_but_allows_the_hand_over_day(tmp_path):
    ok = _write(tmp_path, "A B,,FR,president,2000-01-01,2005-05-05,m", "C D,,FR,president,2005-05-05,,f")
    assert check_leaders.check(ok)[0] == []
    bad = _write(tmp_path, "A B,,FR,president,2000-01-01,2005-05-05,m", "C D,,FR,president,2005-05-04,,f")
    (problem,) = check_leaders.check(bad)[0]
    assert "overlap" in problem and "A B" in problem and "C D" in problem


def test_checker_wants_one_gender_and_alias_list_per_person(tmp_path):
    path = _write(tmp_path, "A B,B,FR,president,2000-01-01,2001-01-01,m",
                  "A B,,FR,prime minister,2002-01-01,,f")
    problems = check_leaders.check(path)[0]
    assert any("genders" in p for p in problems) and any("aliases" in p for p in problems)


def test_checker_rejects_a_wrong_header(tmp_path):
    path = tmp_path / "leaders.csv"
    path.write_text("name,aliases,country,role,from,to\nA,,FR,president,2000,\n", encoding="utf-8")
    (problem,) = check_leaders.check(path)[0]
    assert "header" in problem
