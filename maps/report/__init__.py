"""Reports people read, print and send: summary, map, timeline, visits, ties and appendix.

:func:`build_report` turns the text side's :class:`~geo.pipeline.Result` into a
:class:`Report` (plain values); :func:`write_report` writes it as one self-contained HTML
page (no request outside the file) and, on demand, a PDF (Chromium print), a Word
document and a picture of the first page.

Layout: ``model`` (what the report says), ``timeline`` (Vega-Lite via altair and
vl-convert), ``render`` (Jinja2, one template per section in ``templates/``),
``printing`` (Chromium: map picture, PDF, first page), ``word`` (python-docx).

Examples
--------
>>> import datetime as dt
>>> from geo.pipeline import Result
>>> from geo.values import Visit
>>> v = Visit("Vladimir Putin", "RU", "president", "BY", "Minsk", 53.9, 27.56,
...           dt.date(2024, 5, 23), dt.date(2024, 5, 24), "completed", "m.txt",
...           "Putin flew to Minsk.", 1.0, trip=4)
>>> rep = build_report(Result(visits=(v,)), title="Putin in Minsk")
>>> html = render_report(rep)
>>> ">Belarus</td>" in html and "<h1>Putin in Minsk</h1>" in html
True
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from pathlib import Path

from geo.errors import ConfigurationError, DiplomapError
from geo.output import atomic_write

from .model import (Cited, Provenance, Report, Source, TieRow, Trip, VisitRow, build_report,
                    date_range, provenance)
from .printing import PAPERS, check_browser, check_paper, map_image, print_report, save_report_pdf
from .render import PRINT_WIDTH, render_report, report_map
from .timeline import timeline_png, timeline_rows, timeline_spec
from .word import save_report_docx

__all__ = ["Report", "Provenance", "Source", "Cited", "VisitRow", "Trip", "TieRow",
           "build_report", "render_report", "report_map", "write_report", "print_report",
           "save_report_pdf", "save_report_docx", "map_image", "timeline_spec",
           "check_needs", "check_paper", "provenance", "PAPERS", "date_range"]


def check_needs(*, pdf: bool = False, docx: bool = False, png: bool = False) -> None:
    """Fail before any work, saying what to install, when a part of the report cannot be made.

    The HTML needs altair and vl-convert-python (the timeline); the PDF, the first-page
    PNG and the Word document's map picture need Playwright and Chromium; ``docx`` needs
    python-docx. All are in ``pip install 'diplomap[report]'``.
    """
    import importlib

    wanted = [("altair", "altair"), ("vl_convert", "vl-convert-python")]
    if docx:
        wanted.append(("docx", "python-docx"))
    missing = []
    for module, package in wanted:
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(package)
    if missing:
        raise ConfigurationError(f"the report needs {', '.join(missing)}: pip install "
                                 f"'diplomap[report]'")
    if pdf or docx or png:
        check_browser()


def write_report(report: Report, path: str | os.PathLike, *, pdf: str | os.PathLike | None = None,
                 docx: str | os.PathLike | None = None, png: str | os.PathLike | None = None,
                 paper: str = "A4", on_warning: Callable[[str], None] | None = None) -> dict[str, Path]:
    """Write the report's HTML page and, when asked, its PDF, Word document and first-page PNG.

    The page's print version shows a picture of the map made with Chromium; when no
    Chromium is at hand (and only the HTML is asked for) the page is written without it,
    the live map prints instead, and ``on_warning`` (default :func:`warnings.warn`) says so.

    Returns
    -------
    dict
        ``{"html": path, "pdf": path, ...}`` of the files written.
    """
    warn = on_warning or (lambda message: warnings.warn(message, stacklevel=3))
    paper = check_paper(paper)
    check_needs(pdf=pdf is not None, docx=docx is not None, png=png is not None)
    m = report_map(report)
    try:
        picture = map_image(m)
    except DiplomapError as err:  # no Playwright, no Chromium, or Chromium failed
        if pdf or docx or png:
            raise
        picture = None
        warn(f"no print picture of the map ({err}); printing the page shows the live map")
    out = {"html": atomic_write(path, render_report(report, map=m, map_png=picture).encode("utf-8"))}
    out.update(print_report(report, out["html"], pdf=pdf, png=png, paper=paper))
    if docx is not None:
        chart = (timeline_png(timeline_spec(report, width=PRINT_WIDTH))
                 if timeline_rows(report.visits) else None)
        out["docx"] = save_report_docx(report, docx, map_png=picture, timeline_png=chart,
                                       paper=paper)
    return out
