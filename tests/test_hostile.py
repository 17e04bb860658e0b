"""The hostile corpus (tests/fixtures/hostile) through the library and the CLI.

Every bad input gets one line naming the file (and row) and the reason, the
run goes on for the rest, the report CSV lists everything, the summary counts
it, and the exit code is 0 with warnings (1 only when nothing usable came
out). Huge, unreadable, symlinked and thousands-of-files cases are generated
in ``tmp_path``.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
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


def _benchmark(name: str):
    """A script of benchmarks/ as a module."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent.parent / "benchmarks"
                                                  / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


# ----------------------------------------------------------------------------- generated cases


def _read_all(paths, **kwargs):
    problems: list = []
    docs = list(read_corpus(paths, problems=problems, **kwargs))
    return docs, problems


def test_broken_symlink_and_symlink_to_a_file(tmp_path):
    (tmp_path / "real.txt").write_text("Putin arrived in Minsk.", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "inner.txt").write_text("Putin arrived in Beijing.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)  # would recurse forever
    docs, problems = _read_all([tmp_path])
    assert sorted(d.id for d in docs) == ["link.txt", "real.txt", "sub/inner.txt"]
    assert [p.source for p in problems] == ["dangling.txt", "loop"]
    assert re.search(r"broken symbolic link|no such file", problems[0].reason, re.I)
    assert "symbolic link to a folder: not followed" in problems[1].reason
    docs, problems = _read_all([tmp_path / "dangling.txt"])
    assert not docs and problems[0].reason == "broken symbolic link"


def test_symlinks_out_of_a_corpus_folder_are_not_followed(tmp_path):
    """A shared corpus with 'a.txt -> ~/.ssh/id_rsa' must not put a local secret on a published map."""
    secret = tmp_path / "home" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("PRIVATE KEY Putin arrived in Minsk.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("Putin arrived in Beijing.", encoding="utf-8")
    (corpus / "leak.txt").symlink_to(secret)
    (corpus / "alias.txt").symlink_to(corpus / "ok.txt")  # inside the folder: fine
    docs, problems = _read_all([corpus])
    assert sorted(d.id for d in docs) == ["alias.txt", "ok.txt"]
    assert [(p.source, p.reason) for p in problems] == [
        ("leak.txt", "symbolic link to a file outside the folder: not followed")]
    docs, problems = _read_all([corpus / "leak.txt"])  # named on the command line: the user's choice
    assert [d.id for d in docs] == [str(corpus / "leak.txt")] and not problems


def test_unreadable_files_are_reported(tmp_path):
    (tmp_path / "ok.txt").write_text("Putin arrived in Minsk.", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("Putin arrived in Beijing.", encoding="utf-8")
    secret.chmod(0)
    sock = socket.socket(socket.AF_UNIX)  # a socket cannot be opened, even by root
    sock.bind(str(tmp_path / "sock.txt"))
    try:
        docs, problems = _read_all([tmp_path])
    finally:
        sock.close()
        secret.chmod(0o644)
    by_name = {p.source: p.reason for p in problems}
    assert "sock.txt" in by_name and re.search(r"cannot read|not a regular file", by_name["sock.txt"])
    if os.geteuid() != 0:
        assert "secret.txt" in by_name and "Permission denied" in by_name["secret.txt"]
        assert [d.id for d in docs] == ["ok.txt"]
    else:  # root reads anything: the file is simply read
        assert [d.id for d in docs] == ["ok.txt", "secret.txt"]


def test_unreadable_file_as_another_user():
    """Permissions: root reads everything, so read as ``nobody`` after the imports."""
    import shutil
    import tempfile

    if os.geteuid() != 0:
        pytest.skip("needs root to switch to another user")
    folder = Path(tempfile.mkdtemp(prefix="diplomap-perm-"))
    try:
        os.chmod(folder, 0o755)
        (folder / "ok.txt").write_text("Putin arrived in Minsk.", encoding="utf-8")
        (folder / "ok.txt").chmod(0o644)
        (folder / "secret.txt").write_text("Putin arrived in Beijing.", encoding="utf-8")
        (folder / "secret.txt").chmod(0o600)
        (folder / "locked").mkdir(mode=0o700)
        (folder / "locked" / "inside.txt").write_text("Putin arrived in Harbin.", encoding="utf-8")
        code = ("import sys, os; sys.path.insert(0, sys.argv[1]); import geo.ingest as g;"
                "os.setgid(65534); os.setuid(65534); p = [];"
                "d = [x.id for x in g.read_corpus([sys.argv[2]], problems=p)];"
                "print(d); print(sorted((x.source.rsplit('/', 1)[-1], x.reason) for x in p))")
        res = subprocess.run([sys.executable, "-c", code, str(Path(__file__).resolve().parent.parent),
                              str(folder)], capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stderr
        docs, problems = res.stdout.splitlines()
        assert docs == "['ok.txt']"
        assert problems == ("[('locked', 'cannot list folder: Permission denied'), "
                            "('secret.txt', 'cannot read file: Permission denied')]")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_fifo_is_reported_not_waited_on(tmp_path):
    (tmp_path / "ok.txt").write_text("Putin arrived in Minsk.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    box: dict = {}
    worker = threading.Thread(target=lambda: box.update(out=_read_all([tmp_path])), daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the reader so the test process can end
        with open(tmp_path / "pipe.txt", "wb"):
            pass
        worker.join(5)
        pytest.fail("reading a corpus with a named pipe in it blocked")
    docs, problems = box["out"]
    assert [d.id for d in docs] == ["ok.txt"]
    assert [p.source for p in problems] == ["pipe.txt"] and "not a regular file" in problems[0].reason


def test_thousands_of_files(tmp_path):
    n = 3000
    root = _benchmark("hostile").write_many_files(tmp_path / "many", n)  # the corpus the benchmark times
    report = tmp_path / "report.csv"
    result = invoke("mentions", root, "-o", tmp_path / "m.jsonl", "--report", report)
    assert result.exit_code == 0, result.output
    assert f"documents {n - 30}," in result.stderr and "skipped 30" in result.stderr
    assert len(read_report(report)) == 30
    docs = [json.loads(line)["doc"] for line in (tmp_path / "m.jsonl").read_text().splitlines()]
    assert len(set(docs)) == n - 30 and docs == sorted(docs)   # how fast: benchmarks/hostile.py


def _big_single_line(path: Path, mb: int, *, jsonl: bool = False) -> None:
    """``mb`` MiB on one line: random-looking tokens, one sentence near the end."""
    chunk = ("QmFzZTY0IGxvb2tzIGxpa2UgdGhpcw0K" * 32)  # 1 KiB without spaces or newlines
    body = chunk * (mb * 1024) + " Putin arrived in Tashkent."
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "big", "text": body}) if jsonl else body)


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_a_20mb_single_line_file(tmp_path, suffix):
    big = tmp_path / f"big{suffix}"
    _big_single_line(big, 20, jsonl=suffix == ".jsonl")
    (tmp_path / "small.txt").write_text("Putin arrived in Minsk.", encoding="utf-8")
    result = invoke("mentions", tmp_path, "-f", "csv", "-o", tmp_path / "m.csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "m.csv").read_text())))
    assert {(r["doc"], r["text"]) for r in rows} >= {(big.name if suffix == ".txt" else "big.jsonl#big",
                                                      "Tashkent"), ("small.txt", "Minsk")}


@pytest.mark.skipif(not os.environ.get("DIPLOMAP_SLOW"), reason="200 MB file: set DIPLOMAP_SLOW=1")
def test_a_200mb_single_line_file(tmp_path):
    big = tmp_path / "big.txt"
    _big_single_line(big, 200)
    result = invoke("mentions", big, "-f", "csv", "-o", tmp_path / "m.csv", "-q")
    assert result.exit_code == 0
    assert "Tashkent" in (tmp_path / "m.csv").read_text()


def test_a_truncated_gazetteer_index_is_a_clear_error(tmp_path, monkeypatch):
    """A half-written index (a crash or a concurrent rebuild) must not surface as click's 'Aborted.'."""
    from geo.errors import DiplomapError
    from geo.gazetteer import index_path, load_index

    monkeypatch.setenv("DIPLOMAP_CACHE", str(tmp_path / "cache"))
    data = index_path().read_bytes()
    for name, broken in (("truncated", data[: len(data) // 2]), ("garbage", b"\xfd7zXZ\x00" + bytes(64)),
                         ("empty", b"")):
        path = tmp_path / f"{name}.pkl.xz"
        path.write_bytes(broken)
        with pytest.raises(DiplomapError, match="rebuild"):
            load_index(path)


def test_stdout_is_utf8_even_on_an_ascii_terminal(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
           "PYTHONIOENCODING": "ascii"}
    (tmp_path / "Ашхабад.txt").write_bytes(b"")
    (tmp_path / "a.txt").write_text("Putin visited Ashgabat (Ашхабад) and Zürich.", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "geo", "mentions", str(tmp_path)], capture_output=True,
                         env=env, timeout=120)
    assert res.returncode == 0, res.stderr.decode("utf-8", "replace")
    rows = [json.loads(line) for line in res.stdout.decode("utf-8").splitlines()]
    assert {r["text"] for r in rows} >= {"Ashgabat", "Zürich"}
    assert b"Traceback" not in res.stderr and b"empty file" in res.stderr


def test_records_with_a_huge_cell_are_read(tmp_path):
    """A 200 KB remarks cell is not a reason to drop the whole records file."""
    path = tmp_path / "records.csv"
    path.write_text("traveler,role,start_date,end_date,country,locale,remarks\n"
                    f"Antony Blinken,secretary,2024-05-14,2024-05-15,Ukraine,Kyiv,{'x' * 200_000}\n"
                    "Antony Blinken,secretary,2024-05-16,2024-05-16,Poland,Warsaw,short\n",
                    encoding="utf-8")
    problems: list = []
    stops = load_records([path], problems=problems)
    assert [s.place for s in stops] == ["Kyiv", "Warsaw"] and not problems
    assert len(stops[0].remarks) == 200_000


def test_metadata_with_a_huge_title_is_read(tmp_path):
    """A 200 KB title in the metadata CSV used to escape as a raw csv.Error traceback."""
    (tmp_path / "a.txt").write_text("Putin arrived in Minsk.", encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text(f'file,title,published\na.txt,"{"t" * 200_000}",2024-05-23\n', encoding="utf-8")
    docs, problems = _read_all([tmp_path / "a.txt"], meta=meta)
    assert len(docs[0].title) == 200_000 and docs[0].published.isoformat() == "2024-05-23"
    assert not problems


@pytest.mark.parametrize("workers", [1, 2])
def test_json_nested_thousands_deep_is_a_bad_line_not_a_crash(tmp_path, workers):
    path = tmp_path / "deep.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    path.write_text(f'{deep}\n{{"id": "ok", "text": "Putin arrived in Minsk."}}\n{{"text": {deep}}}\n',
                    encoding="utf-8")
    result = invoke("mentions", path, "--workers", workers, "-f", "csv", "--report", tmp_path / "r.csv")
    assert result.exit_code == 0, result.output
    assert "deep.jsonl#ok" in result.stdout
    assert [(r["row"], r["reason"]) for r in read_report(tmp_path / "r.csv")] == [
        ("1", "invalid JSON line: nested too deeply"), ("3", "invalid JSON line: nested too deeply")]


def test_placeholder_dates_do_not_crash_the_run(tmp_path):
    """0001-01-01 and 9999-12-31 are common 'no date' placeholders; date arithmetic on them overflows."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Vladimir Putin arrived in Minsk last week.", encoding="utf-8")
    (corpus / "b.jsonl").write_text(
        '{"id": "min", "published": "0001-01-01", "text": "Putin will visit Tashkent next Tuesday."}\n'
        '{"id": "max", "published": "9999-12-31", "text": "Putin arrived in Beijing yesterday."}\n',
        encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("file,published\na.txt,9999-12-31\n", encoding="utf-8")
    records = tmp_path / "records.csv"
    records.write_text("traveler,role,start_date,end_date,country,locale,remarks\n"
                       "Vladimir Putin,president,9999-12-30,9999-12-31,Uzbekistan,Tashkent,x\n"
                       "Vladimir Putin,president,0001-01-01,0001-01-01,Belarus,Minsk,x\n"
                       "Vladimir Putin,president,2024-05-26,2024-05-27,Uzbekistan,Tashkent,x\n",
                       encoding="utf-8")
    report = tmp_path / "report.csv"
    result = invoke("build", corpus, "--meta", meta, "--records", records, "-o", tmp_path / "map.html",
                    "--offline", "--report", report)
    assert result.exit_code == 0, result.output
    reasons = [(Path(r["source"]).name, r["row"], r["reason"]) for r in read_report(report)]
    for source, row in (("b.jsonl", "1"), ("b.jsonl", "2"), ("meta.csv", "1")):
        assert any(s == source and r == row and "implausible date" in reason for s, r, reason in reasons)
    assert (tmp_path / "map.html").is_file()


@pytest.mark.parametrize("words", ["Minsk ", "New York ", "Minsk, "])
def test_thousands_of_capitalised_place_words_do_not_blow_up_memory(words):
    """'Minsk Minsk Minsk ...': a 4.8 MB file of it took 23 GB (each match kept the rest of its chain)."""
    import tracemalloc

    from geo.geoparse import geoparse

    geoparse("Minsk")  # load the gazetteer outside the measurement
    text = words * 8000
    tracemalloc.start()
    try:
        mentions = geoparse(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert peak < 40 * 2**20 + 200 * len(text), f"peak {peak / 2**20:.0f} MB for {len(text) / 1024:.0f} KB"


def _text_side(doc) -> None:
    from geo.events import extract_ties, extract_visits
    from geo.geoparse import geoparse

    mentions = geoparse(doc)
    extract_ties([doc], mentions, visits=extract_visits([doc], mentions))


def _python_steps(run) -> int:
    """Lines, calls and returns executed in diplomap's own code (geo/) while ``run()`` runs."""
    import geo

    home = str(Path(geo.__file__).resolve().parent)
    steps = 0

    def local(frame, event, arg):
        nonlocal steps
        steps += 1
        return local

    def calls(frame, event, arg):
        nonlocal steps
        if frame.f_code.co_filename.startswith(home):
            steps += 1
            return local
        return None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        run()
    finally:
        sys.settrace(previous)
    return steps


def _cpu_seconds(run, repeat: int = 3) -> float:
    """The least CPU time of this process over ``repeat`` runs (other load only adds to it)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("phrase", [
    "St. ", "Minsk\n", "Putin arrived in Minsk. ",
    "Russia and Belarus ", "President Putin visited ", "Putin arrived in Minsk and ",
    "President Putin met Xi in Beijing ", "Russia and Belarus signed a deal with Ukraine, ",
])
def test_repeated_phrases_take_linear_not_quadratic_work(phrase):
    """A guard against hostile input that stalls a run for minutes, by size ratio, not seconds.

    Each phrase made one 100 KB document take 10 s to minutes (sentence splitting re-split
    the open sentence at every "St."; each sentence scanned every mention of the document;
    find_people scanned every span per match). Four times the text must cost about four
    times the work, not sixteen: counted exactly in Python steps of geo/ (the loops), and
    as the ratio of CPU times (work done in C, such as re-splitting a growing string),
    which does not depend on how fast the machine is.
    """
    from geo.geoparse import geoparse
    from geo.values import Document

    geoparse("Minsk")   # the gazetteer is loaded outside the measurement

    def doc(size: int):
        return Document("d", phrase * (size // len(phrase)))

    small, large = doc(5_000), doc(20_000)
    steps = _python_steps(lambda: _text_side(large)) / _python_steps(lambda: _text_side(small))
    assert steps < 6, f"{steps:.1f}x the Python steps for 4x the text: quadratic in {phrase!r}"
    small, large = doc(10_000), doc(40_000)
    cpu = _cpu_seconds(lambda: _text_side(large)) / _cpu_seconds(lambda: _text_side(small))
    assert cpu < 8, f"{cpu:.1f}x the CPU time for 4x the text: quadratic in {phrase!r}"
