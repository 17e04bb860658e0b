"""Paper from the report page: the map at print resolution, the PDF and a picture of page one.

All three go through the headless Chromium that ``--png`` already uses (Debian's
``chromium`` driven by Playwright, see :func:`maps.export.chromium_path`): the PDF is
Chromium's own print of the page, with the report's print styles, a running header
and page numbers.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import folium

from geo.errors import ConfigurationError, DiplomapError, InputError
from geo.output import atomic_write

from ..export import CHROMIUM_ARGS, chromium_path, save_png
from .model import Report
from .render import PRINT_WIDTH, render_print_frame

__all__ = ["PAPERS", "check_paper", "check_browser", "map_image", "print_report",
           "save_report_pdf", "MAP_IMAGE_SIZE", "MAP_IMAGE_SCALE"]

#: Paper sizes in millimetres (width, height).
PAPERS = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
#: Page margins (top, right, bottom, left) in millimetres; header and footer sit in top and bottom.
MARGINS = (20.0, 14.0, 18.0, 14.0)
#: The map picture: CSS pixels (3:2, 1.5 times the printed text width, so the map's legend
#: leaves room for the map and its labels print at about 5.5 pt) and pixel density
#: (2: about 290 dpi on paper).
MAP_IMAGE_SIZE = (PRINT_WIDTH * 3 // 2, PRINT_WIDTH)
MAP_IMAGE_SCALE = 2.0
#: Page one holds the summary and the map: when the summary leaves too little room, the map
#: picture shrinks to what is left, down to this share of its height; below that it starts
#: page two, as Chromium would break it, and the first-page PNG shows the summary alone.
MIN_MAP_SHARE = 0.6
_MM = 96 / 25.4  # CSS pixels per millimetre

# Where the map picture falls at the printed text width, page one being [0, room) pixels
# tall: {fits, height} with the height it must shrink to (null: as it is).
_MEASURE_MAP = """([left, right, room, share]) => {
  const img = document.querySelector('#map .rp-print img');
  if (!img) return {fits: true, height: null};
  const style = document.createElement('style');
  style.textContent = `body { padding: 0 ${right}px 0 ${left}px !important; }`;
  document.head.appendChild(style);
  const box = img.getBoundingClientRect(), top = box.top + window.scrollY;
  style.remove();
  if (top + box.height <= room) return {fits: true, height: null};
  const left_ = Math.floor(room - top - 4);
  return left_ >= share * box.height ? {fits: true, height: left_} : {fits: false, height: null};
}"""


def check_paper(paper: str) -> str:
    """The canonical name of a paper size (``a4`` -> ``A4``), or a ConfigurationError.

    Examples
    --------
    >>> check_paper("letter"), check_paper("A4")
    ('Letter', 'A4')
    """
    for name in PAPERS:
        if isinstance(paper, str) and paper.strip().lower() == name.lower():
            return name
    raise ConfigurationError(f"--paper must be one of {', '.join(PAPERS)}, not {paper!r}")


def check_browser() -> str:
    """Fail early, with what to install, when Playwright or Chromium is missing."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as err:
        raise ConfigurationError("the report's PDF, Word and print pictures need Playwright: "
                                 "pip install 'diplomap[report]'") from err
    return chromium_path()


def _in_own_thread(fn, *args):
    # Playwright's sync API refuses to run in a thread that has an asyncio loop (notebooks,
    # a test's own browser): the browser work runs in a short-lived thread of its own.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="diplomap-report") as pool:
        return pool.submit(fn, *args).result()


def map_image(m: folium.Map, *, size: tuple[int, int] = MAP_IMAGE_SIZE,
              scale: float = MAP_IMAGE_SCALE) -> bytes:
    """A PNG of the map for print: ``size`` CSS pixels at ``scale`` times the density."""
    with tempfile.TemporaryDirectory(prefix="diplomap-report-") as tmp:
        return save_png(m, Path(tmp) / "map.png", size=size, scale=scale).read_bytes()


@contextlib.contextmanager
def _opened(html_path: Path, viewport: tuple[int, int], scale: float = 1.0,
            timeout_s: float = 60.0) -> Iterator[Any]:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    if not html_path.is_file():
        raise InputError(f"{html_path}: no such report to print")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=check_browser(), args=list(CHROMIUM_ARGS))
            try:
                page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]},
                                        device_scale_factor=scale)
                page.goto(html_path.resolve().as_uri(), wait_until="load")
                page.wait_for_function("(window.diplomapRendered || 0) >= 1",
                                       timeout=timeout_s * 1000)
                page.evaluate("""async () => {
                  const r = window.diplomapReport;
                  if (r && r.timelineReady) await r.timelineReady;
                  await document.fonts.ready;
                  return null;
                }""")
                yield page
            finally:
                browser.close()
    except PlaywrightError as err:
        raise DiplomapError(f"Chromium could not print {html_path}: {err}") from err


def _print(report: Report | None, html_path: Path, paper: str, pdf: bool, png_scale: float | None
           ) -> tuple[bytes | None, bytes | None]:
    """The PDF and/or the first page's PNG, from one browser."""
    top, right, bottom, left = MARGINS
    w, h = PAPERS[paper]
    width, height = round(w * _MM), round(h * _MM)
    pdf_bytes = png_bytes = None
    with _opened(html_path, (width, height), png_scale or 1.0) as page:
        page.emulate_media(media="print")
        fit = page.evaluate(_MEASURE_MAP, [left * _MM, right * _MM, (h - top - bottom) * _MM,
                                           MIN_MAP_SHARE])
        if fit["height"]:
            page.add_style_tag(content="@media print { #map .rp-print img { width: auto; "
                                       f"height: {fit['height']}px; max-width: 100%; margin: 0 auto; }} }}")
        if pdf:
            # outline: PDF bookmarks from the headings; tagged: a structure screen readers follow
            pdf_bytes = page.pdf(format=paper, print_background=True, display_header_footer=True,
                                 header_template=render_print_frame(report, "header"),
                                 footer_template=render_print_frame(report, "footer"),
                                 margin={"top": f"{top}mm", "right": f"{right}mm",
                                         "bottom": f"{bottom}mm", "left": f"{left}mm"},
                                 outline=True, tagged=True)
        if png_scale:
            # page one ends after the map (print styles), or before it when it starts page two
            later = ".rp-map ~ *" + ("" if fit["fits"] else ", .rp-map")
            page.add_style_tag(content=f"body {{ padding: {top}mm {right}mm 0 {left}mm; }} "
                                       f"{later} {{ display: none; }}")
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(null)))")
            png_bytes = page.screenshot(type="png", clip={"x": 0, "y": 0, "width": width,
                                                          "height": height})
    return pdf_bytes, png_bytes


def print_report(report: Report, html_path: str | os.PathLike, *,
                 pdf: str | os.PathLike | None = None, png: str | os.PathLike | None = None,
                 paper: str = "A4", png_scale: float = 1.0) -> dict[str, Path]:
    """Print the report page at ``html_path`` to a PDF and/or a PNG of its first page.

    The PDF is on ``paper`` (``A4`` or ``Letter``) with page numbers and a running header
    with the title; tables break across pages with their headings repeated and no row
    split; the map and timeline are the print pictures. The PNG is the first page as
    printed (print styles, ``paper`` width, without the running header).
    """
    paper = check_paper(paper)
    if not (0.1 <= float(png_scale) <= 4):
        raise InputError(f"Expected png_scale between 0.1 and 4, instead got: {png_scale!r}")
    if pdf is None and png is None:
        return {}
    pdf_bytes, png_bytes = _in_own_thread(_print, report, Path(html_path), paper, pdf is not None,
                                          float(png_scale) if png is not None else None)
    out = {}
    if pdf is not None:
        out["pdf"] = atomic_write(pdf, pdf_bytes)
    if png is not None:
        out["png"] = atomic_write(png, png_bytes)
    return out


def save_report_pdf(report: Report, html_path: str | os.PathLike, path: str | os.PathLike, *,
                    paper: str = "A4") -> Path:
    """Print the report page at ``html_path`` to a PDF (see :func:`print_report`)."""
    return print_report(report, html_path, pdf=path, paper=paper)["pdf"]
