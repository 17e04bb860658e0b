"""The report as one self-contained HTML page: Jinja2 templates, one per section, autoescaped.

Everything that comes from documents and records reaches the page through
autoescaping (text) or ``|tojson`` (the chart's data); only the map fragment (made
by :mod:`maps.build`, which escapes its own data), the packaged scripts and styles,
and ``data:`` images built here are inserted as they are. Links are kept only for
http(s) URLs (:func:`maps.sources.safe_url`).
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import re
from pathlib import Path
from typing import Any

import folium
import jinja2
from markupsafe import Markup

from ..build import build_map, render_fragment
from ..sources import safe_url
from .model import MAX_LISTED, Report, date_range
from .timeline import timeline_rows, timeline_spec, timeline_svg, vega_bundle

__all__ = ["report_map", "render_report", "render_print_frame", "environment", "data_uri",
           "PRINT_WIDTH", "MAP_HEIGHT"]

HERE = Path(__file__).resolve().parent
#: Width in CSS pixels of the static images (the printed page's text width, about 180 mm).
PRINT_WIDTH = 680
#: Height of the interactive map in the page.
MAP_HEIGHT = "640px"

ORIGINS = {"text": "news", "record": "record", "both": "news + record"}


def data_uri(data: bytes | str, mime: str) -> str:
    """A ``data:`` URI of ``data`` (no request when the page shows it).

    Examples
    --------
    >>> data_uri(b"<svg/>", "image/svg+xml")
    'data:image/svg+xml;base64,PHN2Zy8+'
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return f"data:{mime};base64,{base64.b64encode(raw).decode('ascii')}"


def _day(d: dt.date | None) -> str:
    return date_range(d, d)


def _script(code: str) -> Markup:
    # a literal "</script" or "<!--" in packaged code must not end or confuse the element
    return Markup(re.sub(r"</(script)", r"<\\/\1", code, flags=re.I).replace("<!--", "<\\!--"))


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The templates' environment: autoescape on, undefined names are errors."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(day=_day, url=safe_url, plural=_plural, iso=lambda d: d.isoformat() if d else "")
    env.globals.update(ORIGINS=ORIGINS, MAX_LISTED=MAX_LISTED)
    return env


def _plural(n: int, one: str, many: str | None = None) -> str:
    """``3 visits``, ``1 visit``."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def report_map(report: Report) -> folium.Map:
    """The report's map: :func:`maps.build_map` of its visits, ties and mentions, fully offline."""
    r = report.result
    return build_map(r.visits, r.ties, r.mentions, documents={d.id: d for d in r.documents},
                     problems=r.problems, tiles="none", offline=True)


def _asset(name: str) -> str:
    return (HERE / "templates" / name).read_text("utf-8")


def render_report(report: Report, *, map: folium.Map | None = None,
                  map_png: bytes | None = None) -> str:
    """The report page as a string.

    Parameters
    ----------
    map : folium.Map, optional
        The map to embed (default: :func:`report_map`).
    map_png : bytes, optional
        A print-resolution picture of the map (:func:`maps.report.map_image`), shown
        instead of the live map when the page is printed; without it the live map prints.
    """
    m = map if map is not None else report_map(report)
    rows = timeline_rows(report.visits)
    timeline = None
    if rows:
        svg = timeline_svg(timeline_spec(report, width=PRINT_WIDTH - 120))
        timeline = {"spec": timeline_spec(report), "svg": data_uri(svg, "image/svg+xml"),
                    "marks": len(rows), "undated": [v for v in report.visits
                                                    if not (v.start_date or v.end_date)]}
    context: dict[str, Any] = {
        "report": report,
        "map_html": Markup(render_fragment(m, height=MAP_HEIGHT)),
        "map_png": data_uri(map_png, "image/png") if map_png else None,
        "timeline": timeline,
        "vega_js": _script(vega_bundle()) if timeline else None,
        "css": Markup(_asset("report.css")),
        "js": _script(_asset("report.js")),
    }
    return environment().get_template("report.html.j2").render(**context)


def render_print_frame(report: Report, part: str) -> str:
    """The PDF's running header (``part="header"``) or footer with page numbers."""
    return environment().get_template(f"print_{part}.html.j2").render(report=report)
