"""``diplomap report`` in real headless Chromium: the page offline, its map, timeline and tables,
injected markup, the PDF (read back with pypdf), the Word document and the first-page PNG."""

from __future__ import annotations

import datetime as dt
import json
import re
import struct
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geo.cli import app
from geo.pipeline import Result
from maps import report as rp
from maps.style import country_name as name

from .test_injection import HOSTILE as HOSTILE_DIR
from .test_injection import INSPECT, PAYLOADS, TITLE, hostile_values
from .test_report import result_of

pytestmark = pytest.mark.browser
pypdf = pytest.importorskip("pypdf")

TIMELINE_READY = "document.getElementById('rp-timeline').dataset.ready === 'true'"
MARKS = "#rp-timeline g.mark-symbol.role-mark path"

#: Rows of the visits and ties tables as the page shows them (sorting included).
TABLE_ROWS = r"""
() => ({
  visits: [...document.querySelectorAll('#visits-table tbody tr.rp-visit')].map(tr =>
    [tr.cells[0].firstChild.textContent.trim(), ...[...tr.cells].slice(1, 6).map(c => c.textContent.trim())]),
  groups: [...document.querySelectorAll('#visits-table tbody tr.rp-group-head')]
    .filter(tr => tr.isConnected && tr.closest('table')).length,
  ties: [...document.querySelectorAll('#ties-table tbody tr')].map(tr =>
    [...tr.cells].slice(0, 3).map(c => c.firstChild.textContent.trim())),
  classes: [...document.querySelectorAll('#ties-table tbody tr td:nth-child(2) .rp-role')].map(e => e.textContent),
})
"""


def invoke(*args: str):
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory, chromium):
    """The bundled sample through `diplomap report`, and `visits`/`ties` on the same input."""
    from geo._paths import data_path

    out = tmp_path_factory.mktemp("report")
    result = invoke("report", "-o", str(out / "report.html"), "--pdf", str(out / "report.pdf"),
                    "--docx", str(out / "report.docx"), "--png", str(out / "page1.png"))
    sample = [str(data_path("sample")), "--meta", str(data_path("sample", "meta.csv"))]
    invoke("visits", *sample, "--records", str(data_path("visits.csv")), "-q", "-o", str(out / "visits.jsonl"))
    invoke("ties", *sample, "-q", "-o", str(out / "ties.jsonl"))
    return {"dir": out, "stderr": result.stderr, "visits": jsonl(out / "visits.jsonl"),
            "ties": jsonl(out / "ties.jsonl")}


@pytest.fixture
def sample_page(sample_report, open_page):
    loaded = open_page(sample_report["dir"] / "report.html", size=(1280, 900))
    loaded.page.wait_for_function(TIMELINE_READY, timeout=30_000)
    return loaded


def test_the_sample_report_opens_offline_with_no_error_and_no_request(sample_report, sample_page):
    assert "documents 6" in sample_report["stderr"] and "wrote" in sample_report["stderr"]
    page = sample_page.page
    assert page.title() == "Putin's foreign trips, 2022-2024 (diplomap sample)"
    assert page.inner_text("h1") == page.title()
    summary = page.inner_text(".rp-counts")
    assert "DOCUMENTS\n6" in summary.upper()
    for status, n in Counter(v["status"] for v in sample_report["visits"]).items():
        assert f"{n} {status}" in summary
    assert page.is_visible("#map .rp-live") and not page.is_visible("#map .rp-print")
    page.wait_for_timeout(300)
    assert sample_page.errors == [] and sample_page.requests == []


def test_the_map_inside_draws_every_route_and_tie(sample_report, sample_page):
    counts = sample_page.page.evaluate("window.diplomapMaps[0]._dm.counts")
    mapped = [v for v in sample_report["visits"] if v["lat"] is not None]
    pairs = {(t["country_a"], t["country_b"]) for t in sample_report["ties"]}
    assert counts["stops"] == len(mapped) > 5
    assert counts["ties"] == len(pairs) > 5  # one arc per pair of countries
    assert counts["legs"] > 0
    assert sample_page.page.evaluate("window.diplomapMaps.length") == 1


def test_the_timeline_has_one_mark_per_dated_visit_and_says_place_and_dates_on_hover(sample_report,
                                                                                    sample_page):
    page = sample_page.page
    dated = [v for v in sample_report["visits"] if v["start_date"] or v["end_date"]]
    undated = [v for v in sample_report["visits"] if v not in dated]
    assert page.locator(MARKS).count() == len(dated) > 5
    note = page.inner_text("#timeline .rp-note")
    for v in undated:
        assert f"{v['traveler']} in {v['place'] or name(v['country'])} ({v['status']})" in note
    labels = page.evaluate(f"[...document.querySelectorAll('{MARKS}')].map(p => p.getAttribute('aria-label'))")
    assert "Vladimir Putin in Minsk, Belarus, 23–24 May 2024 (completed)" in labels
    i = next(k for k, label in enumerate(labels) if "Ashgabat" in label)
    page.locator(MARKS).nth(i).hover()
    page.wait_for_selector("#vg-tooltip-element.visible", timeout=5000)
    tip = page.inner_text("#vg-tooltip-element")
    assert "Ashgabat" in tip and "29 Jun 2022" in tip and "Turkmenistan" in tip


def test_the_tables_hold_the_rows_of_diplomap_visits_and_ties(sample_report, sample_page):
    shown = sample_page.page.evaluate(TABLE_ROWS)
    got = sorted((r[0], r[1], r[2], r[4]) for r in shown["visits"])
    want = sorted((v["traveler"], name(v["country"]), v["place"] or "", v["status"])
                  for v in sample_report["visits"])
    assert got == want and len(got) == len(sample_report["visits"])
    got = sorted(tuple(r) for r in shown["ties"])
    want = sorted((f"{name(t['country_a'])} – {name(t['country_b'])}", t["kind"], str(t["weight"]))
                  for t in sample_report["ties"])
    assert got == want and len(got) == len(sample_report["ties"])
    want = [" · ".join(filter(None, (t["plover"], t["quad_class"]))) for t in sample_report["ties"]]
    assert sorted(shown["classes"]) == sorted(w for w in want if w)
    assert "BY" not in {r[1] for r in shown["visits"]}  # names, not ISO codes


def test_clicking_a_heading_sorts_and_a_third_click_restores_the_groups(sample_page):
    page = sample_page.page
    groups = page.evaluate(TABLE_ROWS)["groups"]
    dates = page.locator("#visits-table thead th", has_text="Dates").locator("button")
    dates.click()
    rows = page.evaluate(r"""[...document.querySelectorAll('#visits-table tbody tr')]
      .map(tr => tr.classList.contains('rp-group-head') ? 'group' : tr.cells[3].getAttribute('data-sort'))""")
    assert "group" not in rows and rows == sorted(rows)
    assert page.get_attribute("#visits-table thead th:nth-child(4)", "aria-sort") == "ascending"
    dates.click()
    rows = page.evaluate("[...document.querySelectorAll('#visits-table tbody tr')].map(tr => tr.cells[3].getAttribute('data-sort'))")
    assert rows == sorted(rows, reverse=True)
    dates.click()
    assert page.evaluate(TABLE_ROWS)["groups"] == groups
    assert page.get_attribute("#visits-table thead th:nth-child(4)", "aria-sort") is None
    weight = page.locator("#ties-table thead th", has_text="Weight").locator("button")
    weight.click()
    weights = [int(r[2]) for r in page.evaluate(TABLE_ROWS)["ties"]]
    assert weights == sorted(weights)


def test_the_pdf_has_every_visit_row_page_numbers_and_the_map_picture(sample_report):
    reader = pypdf.PdfReader(str(sample_report["dir"] / "report.pdf"))
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    n = len(pages)
    assert all(f"Page {i} of {n}" in text for i, text in enumerate(pages, 1))
    assert all("Putin's foreign trips, 2022-2024 (diplomap sample)" in text for text in pages)
    text = " ".join(pages)
    for v in sample_report["visits"]:
        when = rp.date_range(*(v[k] and dt.date.fromisoformat(v[k]) for k in ("start_date", "end_date")))
        row = " ".join(filter(None, (name(v["country"]), v["place"], when, v["status"])))
        assert re.search(re.escape(row).replace(r"\ ", r"\s+"), text), row
        assert " ".join(v["evidence"].split()) in text.replace("- ", "-")  # the sentence, unbroken
    assert len(reader.pages[0].images) >= 1  # the map, as a picture on page one
    outline = [o["/Title"] for o in reader.outline if not isinstance(o, list)]
    assert outline[0] == "Putin's foreign trips, 2022-2024 (diplomap sample)"
    assert "Appendix" in " ".join(str(o) for o in reader.outline)


def test_the_word_document_holds_both_tables_and_both_pictures(sample_report):
    docx = pytest.importorskip("docx")
    doc = docx.Document(str(sample_report["dir"] / "report.docx"))
    visits, ties = doc.tables[0], doc.tables[1]
    groups = {(v["traveler"], v["trip"]) for v in sample_report["visits"]}
    assert len(visits.rows) == 1 + len(sample_report["visits"]) + len(groups)  # heading, visits, trips
    assert len(ties.rows) == 1 + len(sample_report["ties"])
    assert len(doc.inline_shapes) == 2  # the map and the timeline
    cells = {c.text for r in visits.rows for c in r.cells}
    assert {"Tajikistan", "Dushanbe", "28 Jun 2022", "news + record"} <= cells


def test_the_first_page_png_is_a_printed_page(sample_report):
    png = (sample_report["dir"] / "page1.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (794, 1123)  # A4 at 96 CSS px per inch


def _fixed_report(sample, out: Path, paper: str) -> Path:
    rep = rp.build_report(result_of(sample), title="Putin's trips, 2022 and 2024",
                          provenance=rp.provenance(made=dt.date(2024, 6, 1)))
    return rp.write_report(rep, out / f"{paper}.html", pdf=out / f"{paper}.pdf", paper=paper)["pdf"]


def _sections(reader) -> dict[str, int]:
    """Page (1-based) of each heading in the PDF's outline."""
    out = {}

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out[item["/Title"].split(" ")[0]] = reader.get_destination_page_number(item) + 1

    walk(reader.outline)
    return out


# Page 1: title, summary, map; 2: timeline, visits, the ties' first rows; 3: the other ties
# (their heading row repeated); 4: the appendix, which always starts a page.
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_pdf_of_fixed_values_has_its_expected_pages_and_repeats_table_headings(
        sample, tmp_path, chromium, paper):
    reader = pypdf.PdfReader(str(_fixed_report(sample, tmp_path, paper)))
    assert len(reader.pages) == 4
    box = reader.pages[0].mediabox
    mm = (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4))
    assert mm == {"A4": (210, 297), "Letter": (216, 279)}[paper]
    assert _sections(reader) == {"Putin's": 1, "Map": 1, "Timeline": 2, "Visits": 2, "Ties": 2,
                                 "Appendix": 4, "A.": 4, "B.": 4, "C.": 4, "D.": 4}
    texts = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert texts[2].startswith("Countries Kind Weight First Last Strongest evidence")
    for i, text in enumerate(texts, 1):
        assert f"Page {i} of 4" in text and "Putin's trips, 2022 and 2024" in text
    for v in sample["visits"]:  # no row split across pages: each evidence sentence on one page
        assert sum(v.evidence in t for t in texts) == 1, v.evidence


@pytest.fixture(scope="module")
def hostile_pages(tmp_path_factory, chromium):
    out = tmp_path_factory.mktemp("hostile-report")
    corpus, meta, records = HOSTILE_DIR / "corpus", HOSTILE_DIR / "meta.csv", HOSTILE_DIR / "records.csv"
    invoke("report", str(corpus), "--meta", str(meta), "--records", str(records), "--title", TITLE,
           "-q", "-o", str(out / "cli.html"), "--docx", str(out / "cli.docx"))
    visits, ties, mentions, docs, problems = hostile_values()
    res = Result(documents=tuple(docs.values()), mentions=tuple(mentions), visits=tuple(visits),
                 ties=tuple(ties), problems=tuple(problems))
    rp.write_report(rp.build_report(res, title=TITLE), out / "lib.html", on_warning=lambda m: None)
    return out


@pytest.mark.parametrize("which", ["cli", "lib"])
def test_injected_markup_in_every_field_stays_inert(hostile_pages, open_page, which):
    loaded = open_page(hostile_pages / f"{which}.html", size=(1280, 900))
    page = loaded.page
    page.wait_for_function(TIMELINE_READY, timeout=30_000)
    for mark in page.locator(MARKS).all():  # every tooltip of the timeline
        mark.hover()
        page.wait_for_timeout(30)
    for button in page.locator("table.rp-sortable thead button").all():
        button.click()
    page.evaluate("window.diplomapMaps[0]._dm.routes.open && window.diplomapMaps[0]._dm.routes.open(0)")
    page.wait_for_timeout(300)
    seen = page.evaluate(INSPECT)
    assert seen["pwned"] == "undefined"
    assert seen["jsLinks"] == [] and seen["inlineHandlers"] == []
    hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if not h.startswith(("https://", "http://", "#"))], hrefs
    assert page.title() == TITLE and page.inner_text("h1") == TITLE  # shown as text
    body = page.inner_text("main")
    if which == "lib":
        assert PAYLOADS[1] in body and PAYLOADS[0] in body and "{{ 7*7 }}" in body
    assert page.evaluate("document.querySelectorAll('main img[src=\"x\"], main svg[onload]').length") == 0
    assert loaded.errors == [] and loaded.requests == []


def test_the_word_document_of_the_hostile_corpus_opens(hostile_pages):
    docx = pytest.importorskip("docx")
    doc = docx.Document(str(hostile_pages / "cli.docx"))
    assert doc.core_properties.title.startswith("</title>")
    assert len(doc.tables) >= 2
