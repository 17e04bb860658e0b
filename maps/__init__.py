"""diplomap's map: routes, ties and mentions on an offline-ready Leaflet map.

Build with :func:`build_map`; write with :func:`save_html`, :func:`save_fragment`,
:func:`save_png`, :func:`save_pdf`; export data with :func:`to_geojson` and
:func:`write_csvs`.
"""

from __future__ import annotations

from .build import build_map, default_home, render_html, save_fragment, save_html
from .export import save_pdf, save_png, to_geojson, write_csvs

__all__ = [
    "build_map",
    "default_home",
    "render_html",
    "save_html",
    "save_fragment",
    "save_png",
    "save_pdf",
    "to_geojson",
    "write_csvs",
]
