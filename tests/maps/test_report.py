"""maps.report without a browser: the report's values, its HTML, its timeline spec and its Word file."""

from __future__ import annotations

import datetime as dt
import sys
from html.parser import HTMLParser

import pytest

from geo.errors import ConfigurationError, InputError
from geo.pipeline import Result
from geo.values import Document, Evidence, Tie, Visit
from maps import report as rp
from maps.report.timeline import MAX_COUNTRY_COLORS, timeline_rows

from .conftest import HOSTILE, hostile_inputs

D = dt.date


def result_of(sample) -> Result:
    return Result(documents=tuple(sample["documents"].values()), mentions=tuple(sample["mentions"]),
                  visits=tuple(sample["visits"]), ties=tuple(sample["ties"]),
                  problems=tuple(sample["problems"]))


def hostile_result() -> Result:
    visits, ties, mentions, docs, problems = hostile_inputs()
    return Result(documents=tuple(docs.values()), mentions=tuple(mentions), visits=tuple(visits),
                  ties=tuple(ties), problems=tuple(problems))


class Tables(HTMLParser):
    """Cell texts of every <table> by id (rows of <td>/<th>), and every href."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tables: dict[str, list[list[str]]] = {}
        self.heads: dict[str, list[dict]] = {}
        self.hrefs: list[str] = []
        self._table = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._n = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "href" in a:
            self.hrefs.append(a["href"])
        if tag == "table":
            self._n += 1
            self._table = a.get("id") or f"table{self._n}"
            self.tables[self._table] = []
            self.heads[self._table] = []
        elif tag == "tr" and self._table:
            self._row = []
            self.tables[self._table].append(self._row)
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            if tag == "th" and a.get("scope") == "col":
                self.heads[self._table].append(a)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def test_rows_use_country_names_trips_and_numbered_sources(sample):
    rep = rp.build_report(result_of(sample), title="Putin abroad")
    rows = [(v.traveler, v.country_name, v.place, v.dates, v.trip) for v in rep.visits]
    assert rows[:3] == [("Vladimir Putin", "Tajikistan", "Dushanbe", "28 Jun 2022", 1),
                        ("Vladimir Putin", "Turkmenistan", "Ashgabat", "29 Jun 2022", 1),
                        ("Vladimir Putin", "China", "Beijing", "16–17 May 2024", 3)]
    assert [(t.number, t.dates, t.countries) for t in rep.trips] == [
        (1, "28–29 Jun 2022", ("Tajikistan", "Turkmenistan")), (3, "16–17 May 2024", ("China",)),
        (4, "23–24 May 2024", ("Belarus",)), (5, "26–28 May 2024", ("Uzbekistan",))]
    assert rep.visits_by_status == (("completed", 5), ("planned", 1))
    assert dict(rep.ties_by_kind) == {"military": 1, "energy": 1, "trade": 1, "visit": 1,
                                      "nuclear": 1, "diplomatic": 1}
    assert (rep.documents, rep.outlets, rep.records, len(rep.unresolved), len(rep.skipped)) == (4, 1, 0, 0, 1)
    # sources are numbered by publication date; evidence cites them
    assert [s.ref for s in rep.sources] == ["dushanbe.txt", "beijing.txt", "minsk.txt", "tashkent.txt"]
    beijing = next(v for v in rep.visits if v.place == "Beijing")
    assert beijing.evidence.text == "Putin held talks with Xi Jinping in Beijing on 16 May."
    assert rep.sources[beijing.evidence.source - 1].url == "https://example.org/b"
    assert rep.span == (D(2022, 6, 28), D(2024, 5, 28))
    ties = [(t.a_name, t.b_name, t.kind, t.weight) for t in rep.ties]
    assert ties[0] == ("Russia", "Uzbekistan", "energy", 4)  # the pair with most evidence first
    assert ("Belarus", "Russia", "nuclear", 3) in ties


def test_strongest_evidence_puts_sentences_naming_both_countries_before_headlines():
    docs = (Document("a.txt", "", title="Russia and Uzbekistan sign a deal", published=D(2024, 5, 1)),
            Document("b.txt", "", title="Gas", published=D(2024, 5, 2)))
    ev = (Evidence("a.txt", "Russia and Uzbekistan sign a deal"),
          Evidence("a.txt", "They talked about gas."),
          Evidence("a.txt", "Russia will sell gas to Uzbekistan."),
          Evidence("b.txt", "Uzbekistan buys gas."))
    rep = rp.build_report(Result(documents=docs, ties=(Tie("RU", "UZ", "energy", 4, None, None, ev),)))
    row = rep.ties[0]
    assert [c.text for c in row.evidence] == ["Russia will sell gas to Uzbekistan.", "Uzbekistan buys gas."]
    assert row.more_evidence == 2 and [c.source for c in row.evidence] == [1, 2]


def test_only_http_links_survive_and_record_sources_are_named_by_file():
    rep = rp.build_report(hostile_result())
    assert all(s.url is None for s in rep.sources)  # javascript:, JaVaScRiPt:, data: all dropped
    v = Visit("A", "RU", None, "UZ", "Tashkent", 41.3, 69.2, D(2024, 1, 2), None, "completed", None,
              None, 1.0, "record", None, (Evidence("/some/where/trips.csv", "Tashkent: talks", "record", row=7),))
    rep = rp.build_report(Result(visits=(v,)))
    assert rep.sources[0].ref == "trips.csv" and rep.sources[0].kind == "records"
    assert rep.visits[0].evidence.row == 7


def test_build_report_refuses_what_is_not_a_result():
    with pytest.raises(InputError, match="Expected a geo.pipeline.Result"):
        rp.build_report([])
    with pytest.raises(InputError, match="Expected title as a string"):
        rp.build_report(Result(), title=3)


def test_html_has_real_tables_with_headers_and_the_rows_of_every_visit_and_tie(sample):
    rep = rp.build_report(result_of(sample), title="Putin abroad")
    html = rp.render_report(rep)
    t = Tables(html)
    assert [h["scope"] for h in t.heads["visits-table"]] == ["col"] * 7
    visit_rows = [r for r in t.tables["visits-table"][1:] if len(r) == 7]
    group_rows = [r for r in t.tables["visits-table"][1:] if len(r) == 1]
    assert len(visit_rows) == len(sample["visits"]) and len(group_rows) == len(rep.trips)
    assert visit_rows[2][:5] == ["Vladimir Putin, president", "China", "Beijing", "16–17 May 2024", "completed"]
    assert group_rows[0] == ["Vladimir Putin · trip 1 · 28–29 Jun 2022 · Tajikistan, Turkmenistan"]
    tie_rows = t.tables["ties-table"][1:]
    assert len(tie_rows) == len(sample["ties"])
    assert tie_rows[0][:5] == ["Russia – Uzbekistan", "energy", "4", "27 May 2024", "28 May 2024"]
    assert "https://example.org/b" in t.hrefs and "#appendix" in t.hrefs
    assert "x.txt" in html and "empty file" in html  # the skipped file is in the appendix
    assert "1 skipped file or row" in html


def test_every_text_field_is_escaped_and_no_unsafe_link_is_made():
    html = rp.render_report(rp.build_report(hostile_result(), title=HOSTILE[0] + " {{ 7*7 }}"))
    for raw in ('<img src=x onerror', "<svg onload", "</script><script>window.__pwned", "<b>bold</b>"):
        assert raw not in html, raw
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in html  # shown as text
    assert "{{ 7*7 }}" in html and ">49<" not in html
    hrefs = Tables(html).hrefs
    assert hrefs and all(h.startswith(("#", "http://", "https://")) for h in hrefs), hrefs


def test_timeline_has_one_datum_per_dated_visit_and_hollow_planned_trips(sample):
    visits = list(sample["visits"]) + [
        Visit("Vladimir Putin", "RU", None, "KP", None, 40.0, 127.0, None, None, "planned", "x", "soon", 0.5)]
    rep = rp.build_report(Result(visits=tuple(visits)))
    spec = rp.timeline_spec(rep)
    data = spec["data"]["values"]
    assert len(data) == len(sample["visits"])  # the undated visit cannot be placed
    assert {d["place"]: d["hollow"] for d in data}["Ashgabat"] is True
    assert spec["encoding"]["stroke"]["field"] == "country"
    assert spec["mark"]["type"] == "point" and spec["width"] == "container"
    # more host countries than colours: colour by status instead
    many = [Visit("T", "RU", None, c, None, 1.0, 1.0, D(2024, 1, 1) + dt.timedelta(days=i), None,
                  "completed", "d", "x", 1.0) for i, c in enumerate(
        ["FR", "DE", "IT", "ES", "PT", "NL", "BE", "LU", "AT", "CH", "PL", "CZ", "SK", "HU", "SI",
         "HR", "RS", "BA", "ME", "AL", "GR", "TR"])]
    assert len(many) > MAX_COUNTRY_COLORS
    spec = rp.timeline_spec(rp.build_report(Result(visits=tuple(many))))
    assert spec["encoding"]["stroke"]["field"] == "status"


def test_marks_of_one_traveller_on_near_days_are_moved_apart():
    d = [Visit("T", "RU", None, "TJ", "Dushanbe", 1.0, 1.0, D(2022, 6, 28), None, "completed", "d", "x", 1.0),
         Visit("T", "RU", None, "TM", "Ashgabat", 1.0, 1.0, D(2022, 6, 29), None, "completed", "d", "x", 1.0),
         Visit("T", "RU", None, "UZ", "Tashkent", 1.0, 1.0, D(2024, 6, 29), None, "completed", "d", "x", 1.0)]
    lanes = [r["lane"] for r in timeline_rows(rp.build_report(Result(visits=tuple(d))).visits)]
    assert lanes[0] != lanes[1] and lanes[2] == 0


def test_word_document_holds_both_tables_with_repeated_headings(sample, tmp_path):
    docx = pytest.importorskip("docx")
    rep = rp.build_report(result_of(sample), title="Putin abroad")
    path = rp.save_report_docx(rep, tmp_path / "r.docx", paper="Letter")
    doc = docx.Document(str(path))
    visits, ties = doc.tables[0], doc.tables[1]
    assert [c.text for c in visits.rows[0].cells] == ["Traveller", "Host country", "City", "Dates",
                                                      "Status", "Origin", "Evidence"]
    assert len(visits.rows) == 1 + len(rep.trips) + len(rep.visits)
    assert [c.text for c in ties.rows[0].cells][:3] == ["Countries", "Kind", "Weight"]
    assert len(ties.rows) == 1 + len(rep.ties)
    assert visits.rows[0]._tr.trPr.xml.count("tblHeader") == 1
    assert round(doc.sections[0].page_width.mm) == 216
    assert "Appendix" in [p.text for p in doc.paragraphs]


def test_word_document_takes_hostile_text_as_text(tmp_path):
    docx = pytest.importorskip("docx")
    res = hostile_result()
    v = Visit("NUL\x00traveller\x0b", "RU", None, "UZ", "Tash\x1fkent", 41.3, 69.2, D(2024, 1, 2), None,
              "completed", "evil.txt", "a\x00b", 1.0)
    res = Result(documents=res.documents, visits=res.visits + (v,), ties=res.ties, problems=res.problems)
    doc = docx.Document(str(rp.save_report_docx(rp.build_report(res, title=HOSTILE[2]), tmp_path / "h.docx")))
    text = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert HOSTILE[0] in text and "NUL\ufffdtraveller\ufffd" in text


def test_a_missing_optional_part_is_named_with_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "vl_convert", None)  # import fails as if not installed
    with pytest.raises(ConfigurationError, match=r"vl-convert-python: pip install 'diplomap\[report\]'"):
        rp.check_needs()
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(ConfigurationError, match="vl-convert-python, python-docx"):
        rp.check_needs(docx=True)


def test_without_chromium_the_page_is_still_written_and_says_how_it_prints(sample, tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOMAP_CHROMIUM", str(tmp_path / "no-such-browser"))
    rep = rp.build_report(result_of(sample))
    said: list[str] = []
    out = rp.write_report(rep, tmp_path / "r.html", on_warning=said.append)
    html = out["html"].read_text(encoding="utf-8")
    assert '<body>' in html and '<figure class="rp-print">\n    <img src="data:image/png' not in html
    assert len(said) == 1 and "printing the page shows the live map" in said[0]
    with pytest.raises(ConfigurationError, match="No Chromium found"):
        rp.write_report(rep, tmp_path / "r2.html", pdf=tmp_path / "r2.pdf")
    assert not (tmp_path / "r2.html").exists()  # refused before anything was written


def test_paper_names_are_checked():
    assert rp.check_paper("a4") == "A4"
    with pytest.raises(ConfigurationError, match="--paper must be one of A4, Letter, not 'A5'"):
        rp.check_paper("A5")
