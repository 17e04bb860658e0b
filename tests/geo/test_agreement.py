"""``benchmarks/agreement.py``: two readers' visit rows scored against each other, on CSVs of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from agreement import compare, main  # noqa: E402
from realnews_data import read_rows  # noqa: E402

HEADER = "file,traveler,host,city,start_date,end_date,status,optional,classes,note\n"

A = """\
x.txt,Macron,FR,Paris,2020-01-02,,planned,no,plain,
x.txt,Scholz,DE,Berlin,,,completed,no,plain,
x.txt,Meloni,IT,,,,cancelled,no,negation,
x.txt,Sanchez,ES,,,,completed,yes,plain,
x.txt,Xi,CN,,2020-05-01,,completed,no,plain,
y.txt,Lula,US,Washington,2020-03-01,,completed,no,plain,
y.txt,Ruto,KE,,,,cancelled,no,negation,
"""

B = """\
x.txt,Emmanuel Macron,FR,Paris,2020-01-03,,ongoing,no,plain,
x.txt,Sunak,GB,,,,planned,no,plain,
x.txt,Meloni,IT,,,,planned,no,plain,
x.txt,Costa,PT,,,,completed,yes,plain,
x.txt,Xi,CN,,,,completed,no,plain,
y.txt,Lula,US,Washington,2020-03-05,,completed,no,plain,
y.txt,Ruto,KE,,,,planned,no,plain,
z.txt,Modi,JP,,,,planned,no,plain,
"""


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


@pytest.fixture
def rows(tmp_path):
    return read_rows(write(tmp_path, "a.csv", A)), read_rows(write(tmp_path, "b.csv", B))


def test_a_reader_agrees_with_itself(rows):
    a, _ = rows
    f = compare(a, a, ["x.txt", "y.txt"])
    assert (f["tp"], f["fp"], f["fn"]) == (4, 0, 0)
    assert f["precision"] == f["recall"] == f["dates"] == f["status"] == 1.0
    assert f["dated"] == 3 and f["optional_extra"] == 0  # Sanchez matches his own optional row
    assert f["missed"] == f["extra"] == f["cancelled_drawn"] == f["different_day"] == f["different_status"] == 0


def test_b_against_a(rows):
    a, b = rows
    f = compare(a, b, ["x.txt", "y.txt", "z.txt"])
    # matched: Macron (a day apart counts as the same day; status differs), Xi (B has no day)
    assert (f["tp"], f["fp"], f["fn"]) == (2, 5, 2)
    assert f["precision"] == pytest.approx(2 / 7) and f["recall"] == pytest.approx(2 / 4)
    assert (f["dated_right"], f["dated"], f["different_day"]) == (1, 2, 1)
    assert (f["status_right"], f["different_status"]) == (1, 1)
    assert (f["missed"], f["missed_as_cancelled"]) == (2, 0)  # Scholz, Lula (a day >1 apart)
    assert (f["extra"], f["extra_far_day"], f["optional_extra"]) == (3, 1, 1)  # Sunak, Lula, Modi; Costa
    assert f["cancelled_drawn"] == 2  # Meloni and Ruto: called off in A, trips in B


def test_a_against_b(rows):
    a, b = rows
    f = compare(b, a, ["x.txt", "y.txt", "z.txt"])
    # the matcher wants the truth's name inside the prediction's: B's "Emmanuel Macron" is not
    # inside A's "Macron", so this way round Macron is missed and extra; only Xi matches.
    # A's cancelled rows are left out as predictions; Sanchez (optional in A) is not extra.
    assert (f["tp"], f["fp"], f["fn"]) == (1, 3, 6)
    assert f["precision"] == pytest.approx(1 / 4) and f["recall"] == pytest.approx(1 / 7)
    assert (f["dated_right"], f["dated"], f["dates"]) == (0, 0, 1.0)  # Xi has no day in B
    assert f["status_right"] == 1
    assert (f["missed"], f["missed_as_cancelled"]) == (6, 2)  # Meloni and Ruto: A wrote them cancelled
    assert (f["extra"], f["extra_far_day"], f["optional_extra"]) == (3, 1, 1)  # Macron, Scholz, Lula; Sanchez
    assert f["cancelled_drawn"] == f["different_day"] == f["different_status"] == 0


def test_main_prints_counts_only(tmp_path, capsys):
    main(["--a", str(write(tmp_path, "a.csv", A)), "--b", str(write(tmp_path, "b.csv", B))])
    out = capsys.readouterr().out
    assert "B against A as truth: precision 0.286 (2/7) recall 0.500 (2/4)" in out
    assert "A against B as truth: precision 0.250 (1/4) recall 0.143 (1/7)" in out
    assert "Macron" not in out and "x.txt" not in out
