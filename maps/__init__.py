"""diplomap's map: routes, ties and mentions on an offline-ready Leaflet map.

Build with :func:`build_map`; write with :func:`save_html`, :func:`save_fragment`,
:func:`save_png`, :func:`save_pdf` (or all that ``diplomap build`` writes
with :func:`save_map_files`); export data with :func:`to_geojson`,
:func:`save_geojson` and :func:`write_csvs`.

Layout: ``layers`` turns values into plans and one compact payload per layer,
``geometry`` holds the pure line maths (geodesics, antimeridian, arcs),
``elements`` the branca elements (templates pass data only through ``|tojson``),
``build`` assembles and saves pages, ``export`` writes PNG/PDF/GeoJSON/CSV, and
``assets/`` the inlined JavaScript/CSS and Natural Earth outlines (see its NOTICE).

Examples
--------
>>> import datetime as dt
>>> from geo.values import Visit
>>> v = Visit("Vladimir Putin", "RU", "president", "BY", "Minsk", 53.9, 27.56,
...           dt.date(2024, 5, 23), dt.date(2024, 5, 24), "completed", "minsk.txt",
...           "Putin arrived in Minsk.", 1.0, trip=1)
>>> m = build_map([v], home={"RU": (55.7558, 37.6173)}, tiles="none")
>>> [leg.dst for leg in m.diplomap["routes"].legs]   # Moscow -> Minsk -> Moscow
[0, -1]
"""

from __future__ import annotations

from .build import build_map, default_home, render_fragment, render_html, save_fragment, save_html
from .export import save_geojson, save_map_files, save_pdf, save_png, to_geojson, write_csvs

__all__ = [
    "build_map",
    "default_home",
    "render_html",
    "render_fragment",
    "save_html",
    "save_fragment",
    "save_png",
    "save_pdf",
    "to_geojson",
    "save_geojson",
    "save_map_files",
    "write_csvs",
]
