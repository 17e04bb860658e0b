"""The hostile corpus (tests/fixtures/hostile) through the library and the CLI.

Every bad input gets one line naming the file (and row) and the reason, the
run goes on for the rest, the report CSV lists everything, the summary counts
it, and the exit code is 0 with warnings (1 only when nothing usable came
out). Huge, unreadable, symlinked and thousands-of-files cases, generated in
``tmp_path``, are in ``test_hostile_generated.py``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geo.cli import app
from geo.ingest import read_corpus
from geo.output import PROBLEM_FIELDS
from geo.records import load_records

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
CORPUS = HOSTILE / "corpus"
META = HOSTILE / "meta.csv"
RECORDS = HOSTILE / "records.csv"
RECORDS_MISSING = HOSTILE / "records_missing.csv"
#: OWASP's list: a spreadsheet may run a text cell that starts with one of these.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: Documents the corpus must yield (nothing usable is lost).
DOCUMENTS = {
    "good.txt", "invalid_utf8.txt", "mixed_encodings.txt", "utf16_nobom.txt", "nul_bytes.txt",
    "crlf.txt", "lone_cr.txt", "evil.txt", "evil.html", "evil.md",
    "evil.jsonl#<script>window.__pwned=1</script>", "formulas.csv#=1+1", "formulas.csv#+2",
    "ragged.csv#r1", "ragged.csv#r2", "ragged.csv#r3", "ragged.csv#r1~2", "ragged.csv#r5",
    "ragged.csv#r6", "lines.jsonl#j1", "lines.jsonl#j1~2", "lines.jsonl#j4", "lines.jsonl#j5",
    "lines.jsonl#j6", "utf16_powershell.jsonl#p1", "utf16_powershell.jsonl#p2",
}


def table_rows(name: str, first_id: str, *, empty: int, bad_dates: tuple[int, int]) -> list[tuple]:
    """The row problems every table format must report alike: an empty text, a repeated id, two bad dates."""
    return [(name, empty, r"empty text"),
            (f"{name}#{first_id}", None, rf"duplicate document id; renamed {re.escape(name)}#{first_id}~2"),
            (name, bad_dates[0], r"invalid date '2024-13-45'"),
            (name, bad_dates[1], r"invalid date 'next Tuesday'")]


#: (file name, row, pattern of the reason): every problem the corpus must report, and no other.
PROBLEMS = [
    ("meta.csv", 3, r"invalid date 'next Tuesday'.*published left empty"),
    ("meta.csv", 4, r"invalid date '2024-13-45'.*published left empty"),
    ("meta.csv", None, r"metadata names 'ghost.txt', which is not in the corpus"),
    ("README", None, r"unsupported file type \(none\)"),
    ("notes.docx", None, r"unsupported file type \.docx"),
    ("feed.xml", None, r"unsupported file type \.xml"),
    ("binary_pdf.txt", None, r"binary file \(PDF document\)"),
    ("binary_png.txt", None, r"binary file \(PNG image\)"),
    ("binary_gzip.txt", None, r"binary file \(gzip archive\)"),
    ("empty.txt", None, r"empty file"),
    ("blank.txt", None, r"empty file"),
    ("missing_columns.csv", None, r"missing text column 'text'; found columns: id, headline, body"),
    ("ragged.csv", 2, r"ragged row: more fields than columns"),
    ("ragged.csv", 3, r"ragged row: fewer fields than columns"),
    *table_rows("ragged.csv", "r1", empty=4, bad_dates=(6, 7)),
    ("lines.jsonl", 2, r"JSON line is a list, not an object"),
    ("lines.jsonl", 3, r"JSON line is a str, not an object"),
    ("lines.jsonl", 4, r"JSON line is a int, not an object"),
    ("lines.jsonl", 5, r"JSON line is a NoneType, not an object"),
    ("lines.jsonl", 6, r"invalid JSON line"),
    ("lines.jsonl", 7, r"no 'text' value"),
    *table_rows("lines.jsonl", "j1", empty=8, bad_dates=(10, 12)),
]

#: Row problems of records.csv (stage "records").
RECORD_PROBLEMS = [
    (2, r"unparseable start_date '2024-13-45'"),
    (3, r"unparseable start_date 'next Tuesday'"),
    (4, r"end_date 2024-05-10 is before start_date 2024-05-20"),
    (5, r"ragged row: 5 field\(s\) where the header has 7"),
    (6, r"no traveler"),
    (7, r"unknown country 'Atlantis'"),
]

runner = CliRunner()


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def _name(source: str) -> str:
    return source if "#" in source else Path(source).name


def match_problems(problems, expected):
    """Pair every problem with one expectation; return (unmatched expectations, unexpected problems)."""
    left = list(problems)
    missing = []
    for name, row, pattern in expected:
        for p in left:
            if _name(p.source) == name and p.row == row and re.search(pattern, p.reason):
                left.remove(p)
                break
        else:
            missing.append((name, row, pattern))
    return missing, left


def read_report(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return rows


# ----------------------------------------------------------------------------- library


@pytest.fixture(scope="module")
def corpus():
    problems: list = []
    docs = {d.id: d for d in read_corpus([CORPUS], meta=META, problems=problems)}
    return docs, problems


def test_every_usable_document_is_read(corpus):
    docs, _ = corpus
    assert set(docs) == DOCUMENTS


def test_every_bad_input_is_reported_once_with_file_row_and_reason(corpus):
    _, problems = corpus
    missing, unexpected = match_problems(problems, PROBLEMS)
    assert not missing, f"not reported: {missing}"
    assert not unexpected, f"reported but not expected: {unexpected}"
    assert all(p.stage == "ingest" and p.reason.strip() and "\n" not in p.reason for p in problems)


def test_encodings_and_line_endings_are_decoded_not_mangled(corpus):
    docs, _ = corpus
    assert "Düsseldorf to Minsk" in docs["invalid_utf8.txt"].text
    assert "—" in docs["invalid_utf8.txt"].text  # cp1252 dash, not Latin-1 control
    mixed = docs["mixed_encodings.txt"].text
    assert "Ашхабад" in mixed and "Düsseldorf and Zürich" in mixed
    assert docs["utf16_nobom.txt"].text.startswith("Vladimir Putin arrived in Dushanbe")
    assert docs["nul_bytes.txt"].text == "Putin arrived in Beijing on 16 May 2024.\n"
    assert docs["crlf.txt"].text == "Putin arrived in Minsk.\nHe met Lukashenko in Minsk.\n"
    assert docs["lone_cr.txt"].text == "Putin arrived in Harbin.\nHe toured Harbin.\n"
    assert docs["utf16_powershell.jsonl#p1"].text.endswith("Ashgabat (Ашхабад) on 29 June 2022.")
    for doc in docs.values():
        assert "\r" not in doc.text and "\x00" not in doc.text


def test_injected_markup_is_kept_as_text_not_interpreted(corpus):
    docs, _ = corpus
    evil = docs["evil.txt"]
    assert "<script>window.__pwned=1</script>" in evil.text
    assert evil.title.startswith("<script>") and evil.url == "JaVaScRiPt:window.__pwned=1"
    html = docs["evil.html"]
    assert "<script>window.__pwned=1</script>" in html.text  # &lt;script&gt; decoded to text
    assert html.title == '"><img src=x onerror=window.__pwned=1> </script>'
    assert html.url == "javascript:window.__pwned=1"
    assert docs["evil.md"].url == "jAvAsCrIpT:window.__pwned=1"


def test_metadata_problems_leave_the_document_and_its_other_fields(corpus):
    docs, _ = corpus
    assert docs["good.txt"].published.isoformat() == "2024-05-27"
    crlf = docs["crlf.txt"]
    assert crlf.published is None and crlf.title == "CRLF"  # bad date dropped, title kept
    # files the metadata does not name are still read, with what they carry themselves
    assert docs["evil.html"].published.isoformat() == "2024-05-16"
    assert docs["nul_bytes.txt"].title is None


def test_records_bad_rows_reported_good_rows_kept():
    problems: list = []
    stops = load_records([RECORDS], problems=problems)
    assert [s.row for s in stops] == [1, 7, 8, 9]
    assert stops[1].lat is None and stops[1].reason  # unplaced, kept, with a reason
    missing, unexpected = match_problems(problems, [("records.csv", r, p) for r, p in RECORD_PROBLEMS])
    assert not missing and not unexpected, (missing, unexpected)


def test_records_missing_columns_message_lists_missing_and_found():
    from geo.errors import InputError

    with pytest.raises(InputError) as err:
        load_records([RECORDS_MISSING])
    msg = str(err.value)
    assert "records_missing.csv" in msg and "traveler" in msg and "start_date" in msg
    assert "'Name', 'From', 'Country'" in msg


def test_pipeline_goes_on_past_a_records_file_without_required_columns():
    from geo.pipeline import run

    result = run([CORPUS / "good.txt"], records=[RECORDS_MISSING, RECORDS], events=False)
    assert result.documents and len(result.stops) == 4
    assert any(Path(p.source).name == "records_missing.csv" and "missing required column" in p.reason
               for p in result.problems)


# ----------------------------------------------------------------------------- CLI


def _warning_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("warning:")]


def test_cli_mentions_over_the_hostile_corpus(tmp_path, corpus):
    docs, problems = corpus
    out, report = tmp_path / "m.csv", tmp_path / "report.csv"
    result = invoke("mentions", CORPUS, "--meta", META, "-f", "csv", "-o", out, "--report", report)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["doc"].removeprefix("'") for r in rows} <= DOCUMENTS
    assert {"good.txt", "evil.txt", "mixed_encodings.txt", "utf16_nobom.txt"} <= {r["doc"] for r in rows}
    # every problem in the report, one row each, same order as the library
    reported = read_report(report)
    assert list(reported[0]) == list(PROBLEM_FIELDS)
    assert [(r["source"], r["row"], r["reason"]) for r in reported] == \
        [(p.source, str(p.row or ""), p.reason) for p in problems]
    # one line per problem on stderr (the first 20, then a count), each naming file and reason
    lines = _warning_lines(result.stderr)
    assert len(lines) == 21 and lines[-1] == f"warning: ... and {len(problems) - 20} more"
    for line, p in zip(lines[:-1], problems):
        where = p.source + (f", row {p.row}" if p.row else "")
        assert line == f"warning: {where}: {p.reason}"
    assert f"documents {len(DOCUMENTS)}, mentions {len(rows)}, skipped {len(problems)}" in result.stderr


def test_cli_build_over_the_hostile_corpus_and_records(tmp_path):
    out, report, csv_dir = tmp_path / "map.html", tmp_path / "report.csv", tmp_path / "csv"
    result = invoke("build", CORPUS, "--meta", META, "--records", RECORDS, "--records",
                    RECORDS_MISSING, "-o", out, "--report", report, "--csv-dir", csv_dir,
                    "--offline", "--title", "<script>window.__pwned=1</script>")
    assert result.exit_code == 0, result.output
    assert out.is_file() and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    reported = read_report(report)
    names = {(Path(r["source"]).name if "#" not in r["source"] else r["source"], r["row"]) for r in reported}
    for name, row, _ in PROBLEMS:
        assert (name, str(row or "")) in names, (name, row)
    for row, _ in RECORD_PROBLEMS:
        assert ("records.csv", str(row)) in names
    assert ("records_missing.csv", "") in names
    summary = result.stderr.strip().splitlines()[-2]
    counts = dict((k, int(v)) for k, v in re.findall(r"(\w+) (\d+)", summary))
    assert counts["documents"] == len(DOCUMENTS) and counts["records"] == 4
    assert counts["skipped"] + counts["unresolved"] == len(reported)
    # the map's legend counts them too
    html = out.read_text(encoding="utf-8")
    assert re.search(r'"problems":\s*%d\b' % len(reported), html), "legend problem count"
    # the CSV exports: every problem again, and no cell a spreadsheet would run
    unresolved = read_report(csv_dir / "unresolved.csv")
    assert len(unresolved) == len(reported)
    for path in csv_dir.glob("*.csv"):
        assert_no_formula_cells(path)
    assert_no_formula_cells(report)


@pytest.mark.parametrize("command, fmt", [("visits", "csv"), ("ties", "geojson")])
def test_cli_visits_and_ties_over_the_hostile_corpus(tmp_path, command, fmt):
    out = tmp_path / f"out.{fmt}"
    result = invoke(command, CORPUS, "--meta", META, "-f", fmt, "-o", out)
    assert result.exit_code == 0, result.output
    assert "warning: empty.txt: empty file" in result.stderr
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert rows and any(r["traveler"] == "Vladimir Putin" for r in rows)
        assert_no_formula_cells(out)
    else:
        data = json.loads(text)
        assert data["type"] == "FeatureCollection" and data["features"]
        assert {tuple(sorted((f["properties"]["country_a"], f["properties"]["country_b"])))
                for f in data["features"]} >= {("RU", "UZ")}


def assert_no_formula_cells(path: Path) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            for cell in row:
                if cell.startswith(FORMULA_START):
                    float(cell)  # only numbers may start with - or +


def test_cli_csv_outputs_guard_formulas(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "formulas.csv").write_bytes((CORPUS / "formulas.csv").read_bytes())
    (folder / '=HYPERLINK("x").txt').write_text("Putin arrived in Minsk.", encoding="utf-8")
    (folder / "@cmd.txt").write_text("Putin arrived in Beijing.", encoding="utf-8")
    out = tmp_path / "m.csv"
    result = invoke("mentions", folder, "-f", "csv", "-o", out, "-q")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["doc"] for r in rows} == {"formulas.csv#=1+1", "formulas.csv#+2",
                                        "'=HYPERLINK(\"x\").txt", "'@cmd.txt"}
    assert_no_formula_cells(out)
    stops = tmp_path / "stops.csv"
    result = invoke("records", RECORDS, "-f", "csv", "-o", stops, "-q")
    assert result.exit_code == 0
    assert_no_formula_cells(stops)
    text = stops.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'@role" in text


def test_every_csv_the_tool_writes_guards_every_formula_start(tmp_path):
    """mentions, visits, ties and records as CSV, --report and build --csv-dir: a text cell that
    starts with = + - @ TAB or CR gets an apostrophe wherever the text came from (file names,
    row ids, sentences, record cells)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "\t=tab.txt").write_text("Putin arrived in Minsk on 23 May 2024.", encoding="utf-8")
    (src / "\r@cr.txt").write_text("Putin arrived in Beijing on 16 May 2024.", encoding="utf-8")
    (src / "=bad.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02")
    (src / "news.jsonl").write_text(
        json.dumps({"id": "-1", "published": "2024-05-27", "text": "=cmd Putin arrived in "
                    "Tashkent on 26 May 2024. Russia and Uzbekistan signed an energy deal."}) + "\n"
        + json.dumps({"id": "+2", "published": "2024-05-24",
                      "text": "@x Belarus and Russia held joint military drills."}) + "\n",
        encoding="utf-8")
    records = tmp_path / "records.csv"
    records.write_text("traveler,role,start_date,end_date,country,locale,remarks\n"
                       '"\t=HYPERLINK(1)","\r@role",2024-05-25,2024-05-25,Poland,Warsaw,x\n'
                       "Antony Blinken,+sec,2024-05-26,2024-05-26,Atlantis,=Poseidonia,y\n",
                       encoding="utf-8", newline="")
    runs = [("mentions", src, "-f", "csv", "-o", tmp_path / "mentions.csv", "--report",
             tmp_path / "report1.csv"),
            ("visits", src, "--records", records, "-f", "csv", "-o", tmp_path / "visits.csv",
             "--report", tmp_path / "report2.csv"),
            ("ties", src, "-f", "csv", "-o", tmp_path / "ties.csv"),
            ("records", records, "-f", "csv", "-o", tmp_path / "stops.csv", "--report",
             tmp_path / "report3.csv"),
            ("build", src, "--records", records, "--offline", "-o", tmp_path / "map.html",
             "--csv-dir", tmp_path / "csv", "--report", tmp_path / "report4.csv")]
    for args in runs:
        result = invoke(*args, "-q")
        assert result.exit_code == 0, (args[0], result.output)

    def cells(path: Path) -> set[str]:
        with open(path, encoding="utf-8", newline="") as fh:
            return {cell for row in csv.reader(fh) for cell in row}

    written = sorted(tmp_path.glob("*.csv")) + sorted((tmp_path / "csv").glob("*.csv"))
    assert len(written) == 13      # records.csv (the input) + 8 outputs + 4 from --csv-dir
    for path in written:
        if path != records:
            assert_no_formula_cells(path)
    tab, cr, bad = "'\t=tab.txt", "'\n@cr.txt", "'=bad.txt"   # CR line ends are written as LF
    cmd = "'=cmd Putin arrived in Tashkent on 26 May 2024."
    drills = "'@x Belarus and Russia held joint military drills."
    want = {"mentions.csv": {tab, cr}, "csv/mentions.csv": {tab, cr},
            "visits.csv": {"'=HYPERLINK(1)", "'@role", cr, cmd},
            "csv/visits.csv": {"'=HYPERLINK(1)", "'@role", cr, cmd},
            "ties.csv": {tab, drills, cmd}, "csv/ties.csv": {tab, drills, cmd},
            "stops.csv": {"'=HYPERLINK(1)", "'@role", "'+sec", "'=Poseidonia"},
            "report1.csv": {bad}, "report2.csv": {bad, "'=Poseidonia"},
            "report3.csv": {"'=Poseidonia"}, "report4.csv": {bad, "'=Poseidonia"},
            "csv/unresolved.csv": {bad, "'=Poseidonia"}}
    for name, guarded in want.items():
        assert guarded <= cells(tmp_path / name), (name, guarded - cells(tmp_path / name))


def test_cli_records_goes_on_past_a_bad_file(tmp_path):
    result = invoke("records", RECORDS_MISSING, RECORDS, tmp_path / "absent.csv", "-f", "csv")
    assert result.exit_code == 0
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 4
    lines = _warning_lines(result.stderr)
    assert any("records_missing.csv: missing required column(s) traveler, start_date; found: "
               "'Name', 'From', 'Country'" in line for line in lines)
    assert any("absent.csv: cannot read the records file" in line for line in lines)
    assert "stops 4, placed 3, unplaced 1" in result.stderr


@pytest.mark.parametrize("command", ["mentions", "visits", "ties", "build"])
def test_nothing_usable_exits_1_but_still_reports_everything(tmp_path, command):
    bad = tmp_path / "bad"
    bad.mkdir()
    for name in ("empty.txt", "binary_pdf.txt", "binary_png.txt", "binary_gzip.txt", "notes.docx",
                 "missing_columns.csv"):
        (bad / name).write_bytes((CORPUS / name).read_bytes())
    report = tmp_path / "report.csv"
    args = [command, bad, "--report", report]
    if command == "build":
        args += ["-o", tmp_path / "map.html", "--offline"]
    result = invoke(*args)
    assert result.exit_code == 1
    assert "error: no readable document" in result.stderr
    assert "Traceback" not in result.output
    assert len(read_report(report)) == 6
    assert len(_warning_lines(result.stderr)) == 6
    assert not (tmp_path / "map.html").exists()


def test_cli_subprocess_exit_codes_and_no_traceback(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    ok = subprocess.run([sys.executable, "-m", "geo", "mentions", str(CORPUS), "--meta", str(META),
                         "-o", str(tmp_path / "m.jsonl")], capture_output=True, text=True,
                        env=env, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert "Traceback" not in ok.stderr and "warning: empty.txt: empty file" in ok.stderr
    for line in (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)
    bad = subprocess.run([sys.executable, "-m", "geo", "mentions", str(CORPUS / "empty.txt")],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.strip().splitlines()[-1] == "error: no readable document in the input"
