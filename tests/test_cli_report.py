"""``diplomap report`` from the command line (the browser side is in tests/maps/test_report_browser.py)."""

from __future__ import annotations

import re
import sys

import pytest
from typer.testing import CliRunner

from geo.cli import app

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def no_chromium(monkeypatch, tmp_path):
    monkeypatch.setenv("DIPLOMAP_CHROMIUM", str(tmp_path / "no-chromium-here"))


def test_filtered_report_of_the_sample_without_a_browser(tmp_path, no_chromium):
    out = tmp_path / "belousov.html"
    result = invoke("report", "--traveler", "Belousov", "--since", "2024-01-01", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "warning:" in result.stderr and "printing the page shows the live map" in result.stderr
    assert re.search(r"documents \d+, mentions \d+, visits 1, ties \d+", result.stderr)
    assert f"wrote {out}" in result.stderr
    html = out.read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="rp-visit[^"]*">\s*<td>([^<]*)<', html)
    assert rows == ["Andrei Belousov"]
    assert "<title>Putin&#39;s foreign trips, 2022-2024 (diplomap sample)</title>" in html
    # how it was made: the command to run again, and the filters
    assert f"diplomap report --output {out} --traveler Belousov --since 2024-01-01</code>" in html
    assert "traveller Belousov; since 2024-01-01" in html
    assert "data/visits.csv (bundled with diplomap) (SHA-256 " in html


@pytest.mark.parametrize("args,message", [
    (["--paper", "A5"], "--paper must be one of A4, Letter, not 'A5'"),
    (["--since", "last week"], "--since: invalid date 'last week'"),
])
def test_bad_report_options_are_one_line_errors(tmp_path, args, message):
    result = invoke("report", "-o", str(tmp_path / "r.html"), *args)
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "r.html").exists()


def test_a_missing_optional_part_is_a_clear_error_before_any_work(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "docx", None)  # python-docx not installed
    result = invoke("report", "-o", str(tmp_path / "r.html"), "--docx", str(tmp_path / "r.docx"))
    assert result.exit_code == 1
    assert "error: the report needs python-docx: pip install 'diplomap[report]'" in result.stderr
    assert "documents" not in result.stderr  # stopped before reading the corpus
    assert not (tmp_path / "r.html").exists()


def test_pdf_without_chromium_says_what_to_install(tmp_path, no_chromium):
    result = invoke("report", "-o", str(tmp_path / "r.html"), "--pdf", str(tmp_path / "r.pdf"))
    assert result.exit_code == 1
    assert "No Chromium found" in result.stderr and "apt-get install -y chromium" in result.stderr
    assert not (tmp_path / "r.html").exists()


def test_empty_input_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    result = invoke("report", str(tmp_path / "empty"), "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 1 and "no readable document or record" in result.stderr
