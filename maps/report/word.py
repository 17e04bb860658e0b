"""The report as a Word document (python-docx): headings, the map and timeline as pictures,
the visits and ties as Word tables whose heading rows repeat on every page."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

from geo.errors import ConfigurationError
from geo.output import atomic_write

from .model import MAX_LISTED, Cited, Report, date_range
from .printing import PAPERS, check_paper
from .render import ORIGINS

__all__ = ["save_report_docx", "report_docx"]

_TABLE_STYLE = "Table Grid"
# characters XML 1.0 (so Word) cannot hold: C0 controls but tab/newline/return, lone surrogates
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _t(text: object) -> str:
    r"""Text Word can hold (python-docx refuses control characters); nothing else changes.

    Examples
    --------
    >>> _t("a\x00b\x0bc"), _t(None)
    ('a\ufffdb\ufffdc', '')
    """
    return _NOT_XML.sub("\ufffd", "" if text is None else str(text))


def _docx():
    try:
        import docx
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.shared import Mm, Pt, RGBColor
    except ImportError as err:
        raise ConfigurationError("--docx needs python-docx: pip install 'diplomap[report]'") from err
    return docx, WD_TABLE_ALIGNMENT, Mm, Pt, RGBColor


def _cite(c: Cited) -> str:
    return f"“{c.text}” [{c.source}{f', row {c.row}' if c.row else ''}]"


def report_docx(report: Report, *, map_png: bytes | None = None, timeline_png: bytes | None = None,
                paper: str = "A4"):
    """A ``docx.Document`` of the report (save it, or use :func:`save_report_docx`)."""
    docx, ALIGN, Mm, Pt, RGBColor = _docx()
    paper = check_paper(paper)
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(x) for x in PAPERS[paper])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    text_width = section.page_width - section.left_margin - section.right_margin
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Sans", Pt(10)
    doc.core_properties.title = _t(report.title)[:255]
    doc.core_properties.comments = f"Made with diplomap {report.provenance.version}"
    muted = RGBColor(0x5B, 0x64, 0x72)

    def note(text: str):
        p = doc.add_paragraph()
        run = p.add_run(_t(text))
        run.font.size, run.font.color.rgb = Pt(8.5), muted
        return p

    def table(header: list[str], rows: list[list[str]], widths: list[float], groups=None):
        t = doc.add_table(rows=1, cols=len(header))
        t.style = _TABLE_STYLE
        t.alignment = ALIGN.CENTER
        t.autofit = False
        head = t.rows[0]
        _row_flag(head, "tblHeader")  # Word repeats this row at the top of each page
        for cell, text in zip(head.cells, header):
            cell.text = ""
            cell.paragraphs[0].add_run(_t(text)).bold = True
        for row in rows:
            if groups is not None and row and row[0] is groups:  # a group heading
                r = t.add_row()
                merged = r.cells[0].merge(r.cells[-1])
                merged.text = ""
                merged.paragraphs[0].add_run(_t(row[1])).bold = True
                _shade(merged, "EEF1F5")
            else:
                r = t.add_row()
                for cell, text in zip(r.cells, row):
                    cell.text = _t(text)
            _row_flag(r, "cantSplit")  # a row stays on one page
        total = sum(widths)
        for r in t.rows:
            for cell, w in zip(r.cells, widths):
                cell.width = int(text_width * w / total)
        for r in t.rows[1:]:
            for cell in r.cells:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(8.5)
        return t

    doc.add_heading(_t(report.title), level=0)
    made = report.provenance.made
    note(f"diplomap report · {report.period}" + (f" · made {date_range(made, made)}" if made else ""))

    doc.add_heading("Summary", level=1)
    status = ", ".join(f"{n} {s}" for s, n in report.visits_by_status) or "none found"
    kinds = ", ".join(f"{n} {k}" for k, n in report.ties_by_kind) or "none found"
    for label, value in (("Documents", f"{report.documents:,} from {report.outlets:,} source(s)"),
                         ("Travellers", f"{len(report.travelers):,}"),
                         ("Visits", f"{len(report.visits):,}: {status}"),
                         ("Ties", f"{len(report.ties):,}: {kinds}"),
                         ("Places", f"{report.places:,} ({report.mentions:,} mentions)"),
                         ("Visit records", f"{report.records:,} stops")):
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(f"{label}: ").bold = True
        p.add_run(_t(value))
    unused = [f"{len(report.skipped):,} skipped files or rows" if report.skipped else "",
              f"{len(report.unresolved):,} unplaced records or places" if report.unresolved else "",
              f"{len(report.not_mapped):,} visits without coordinates" if report.not_mapped else ""]
    unused = [u for u in unused if u]
    doc.add_paragraph(("Could not be used: " + ", ".join(unused) + "; see the appendix.") if unused
                      else "Every input was used: no file or row skipped, every record and place placed.")

    doc.add_heading("Map", level=1)
    if map_png:
        doc.add_picture(io.BytesIO(map_png), width=text_width)
    else:
        note("(No map picture: Chromium was not available.)")

    doc.add_heading("Timeline", level=1)
    if timeline_png:
        doc.add_picture(io.BytesIO(timeline_png), width=text_width)
        note("One row per traveller, one mark per dated visit; hollow marks are planned or cancelled.")
    else:
        note("No dated visit to show.")

    doc.add_heading(f"Visits ({len(report.visits)})", level=1)
    if report.visits:
        marker = object()
        rows: list = []
        for trip in report.trips:
            label = "trip " + str(trip.number) if trip.number is not None else "not part of a trip"
            rows.append([marker, f"{trip.traveler} · {label} · {trip.dates} · "
                                 + ", ".join(trip.countries)])
            for v in trip.visits:
                evidence = _cite(v.evidence) if v.evidence else ""
                if v.also:
                    evidence += " also " + " ".join(f"[{n}]" for n in v.also)
                if v.how:
                    evidence += f"\nread as {v.how}"
                rows.append([v.traveler, v.country_name, v.place or "", v.dates, v.status,
                             ORIGINS.get(v.origin, v.origin), evidence])
        table(["Traveller", "Host country", "City", "Dates", "Status", "Origin", "Evidence"],
              rows, [3, 2.6, 2.4, 2.6, 2, 2, 8], groups=marker)
    else:
        note("No visit was found.")

    doc.add_heading(f"Ties ({len(report.ties)})", level=1)
    if report.ties:
        rows = []
        for t in report.ties:
            evidence = "\n".join(_cite(c) for c in t.evidence)
            if t.more_evidence:
                evidence += f"\nand {t.more_evidence} more"
            kind = t.kind + "".join(f"\n{x}" for x in (t.plover, t.quad_class) if x)
            rows.append([f"{t.a_name} – {t.b_name}", kind, str(t.weight),
                         date_range(t.first_date, t.first_date),
                         date_range(t.last_date, t.last_date), evidence])
        table(["Countries", "Kind", "Weight", "First", "Last", "Strongest evidence"], rows,
              [3.4, 2, 1.4, 2.2, 2.2, 9])
    else:
        note("No tie was found.")

    doc.add_page_break()
    doc.add_heading("Appendix", level=1)
    doc.add_heading("A. Sources", level=2)
    for s in report.sources:
        if s.kind == "records":
            text = f"[{s.number}] Visit records: {s.ref}"
        else:
            parts = [s.title or s.ref, s.outlet, date_range(s.published, s.published) or None, s.url]
            text = f"[{s.number}] " + ", ".join(p for p in parts if p) + f" ({s.ref})"
        doc.add_paragraph(_t(text))
    for title, items in (("B. Places and records that could not be placed", report.unresolved),
                         ("C. Skipped files and rows", report.skipped)):
        doc.add_heading(title, level=2)
        if not items:
            note("None.")
            continue
        table(["File or document", "Row", "Stage", "Reason"],
              [[p.source, "" if p.row is None else str(p.row), p.stage, p.reason]
               for p in items[:MAX_LISTED]], [5, 1, 1.6, 6])
        if len(items) > MAX_LISTED:
            note(f"… and {len(items) - MAX_LISTED} more: write them all with --report FILE.")
    doc.add_heading("D. How this report was made", level=2)
    prov = report.provenance
    lines = [("Made with", f"diplomap {prov.version}" + (f", {date_range(made, made)}" if made else ""))]
    if prov.command:
        lines.append(("Command", prov.command))
    lines += [(k[:1].upper() + k[1:], v) for k, v in prov.inputs] + list(prov.options)
    if prov.software:
        lines.append(("Software", ", ".join(f"{n} {v}" for n, v in prov.software)))
    for label, value in lines:
        p = doc.add_paragraph()
        p.add_run(_t(f"{label}: ")).bold = True
        p.add_run(_t(value))
    return doc


def _row_flag(row, flag: str) -> None:
    """Set a table row property that python-docx has no API for (``tblHeader``, ``cantSplit``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(f"w:{flag}")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(key), value)
    cell._tc.get_or_add_tcPr().append(shd)


def save_report_docx(report: Report, path: str | os.PathLike, *, map_png: bytes | None = None,
                     timeline_png: bytes | None = None, paper: str = "A4") -> Path:
    """Write the report as a ``.docx`` (atomically)."""
    buf = io.BytesIO()
    report_docx(report, map_png=map_png, timeline_png=timeline_png, paper=paper).save(buf)
    return atomic_write(path, buf.getvalue())
