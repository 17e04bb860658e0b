"""Files from a map: PNG/PDF through headless Chromium, GeoJSON, CSV tables."""

from __future__ import annotations

import contextlib
import json
import datetime as dt
import io
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import folium

from geo.errors import ConfigurationError, DiplomapError, InputError
from geo.output import (MENTION_FIELDS, PROBLEM_FIELDS, TIE_FIELDS, VISIT_FIELDS, atomic_open, atomic_write,
                       safe_cell, write_values)
from geo.engine.spill import sorted_rows
from geo.values import Mention, Problem, Tie, Visit, valid_point

from .build import check_values, checked, default_home, render_html, save_fragment, save_html
from .geometry import to_lonlat
from .layers import plan_routes, plan_ties
from .style import tie_color

__all__ = ["save_map_files", "save_png", "save_pdf", "to_geojson", "save_geojson", "write_csvs", "chromium_path", "CHROMIUM_ARGS",
           "safe_cell"]

#: Flags for headless Chromium on machines without a GPU or network (and as root).
CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run")


def chromium_path() -> str:
    """The Chromium to drive: ``$DIPLOMAP_CHROMIUM``, ``/usr/bin/chromium`` or one on ``PATH``."""
    env = os.environ.get("DIPLOMAP_CHROMIUM")
    candidates = [env] if env else ["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"]
    for c in candidates:
        found = c if os.path.isfile(c) else shutil.which(c)
        if found:
            return found
    raise ConfigurationError("No Chromium found for PNG/PDF export: install it (apt-get install -y chromium) "
                             "or set DIPLOMAP_CHROMIUM to its path")


@contextlib.contextmanager
def _loaded_page(m_or_path: folium.Map | str | os.PathLike, size: tuple[int, int], scale: float,
                 timeout_s: float = 60.0) -> Iterator[Any]:
    try:
        w, h = (int(v) for v in size)
    except (TypeError, ValueError) as err:
        raise InputError(f"Expected size as (width, height) in pixels, instead got: {size!r}") from err
    if not (100 <= w <= 10000 and 100 <= h <= 10000):
        raise InputError(f"Expected size between 100 and 10000 pixels each way, instead got: {size!r}")
    if not (0.1 <= float(scale) <= 8):
        raise InputError(f"Expected scale between 0.1 and 8, instead got: {scale!r}")
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        raise ConfigurationError("PNG/PDF export needs Playwright: pip install 'diplomap[png]'") from err
    with tempfile.TemporaryDirectory(prefix="diplomap-") as tmp:
        if isinstance(m_or_path, folium.Map):
            page_path = Path(tmp) / "map.html"
            page_path.write_text(render_html(m_or_path), encoding="utf-8")
        else:
            page_path = Path(m_or_path)
            if not page_path.is_file():
                raise InputError(f"{page_path}: no such HTML file to render")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_ARGS))
                try:
                    page = browser.new_page(viewport={"width": w, "height": h}, device_scale_factor=float(scale))
                    page.goto(page_path.resolve().as_uri())
                    page.wait_for_function("(window.diplomapRendered || 0) >= 1", timeout=timeout_s * 1000)
                    page.evaluate("document.documentElement.classList.add('dm-static');"
                                  "(window.diplomapMaps || []).forEach(m => window.DiploMap.print(m))")
                    with contextlib.suppress(PlaywrightError):
                        page.wait_for_load_state("networkidle", timeout=5000)  # tiles, when online
                    page.wait_for_timeout(100)
                    yield page
                finally:
                    browser.close()
        except PlaywrightError as err:
            raise DiplomapError(f"Chromium could not render {page_path}: {err}") from err


def _in_own_thread(fn, *args):
    # Playwright's sync API refuses to start inside a thread that already runs an
    # asyncio loop (a notebook, or another sync Playwright such as a test's browser),
    # so the browser work always runs in a short-lived thread of its own.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="diplomap-chromium") as pool:
        return pool.submit(fn, *args).result()


def _png(m_or_path, size, scale) -> bytes:
    with _loaded_page(m_or_path, size, scale) as page:
        return page.screenshot(type="png", full_page=False)


def _pdf(m_or_path, size, scale) -> bytes:
    with _loaded_page(m_or_path, size, scale) as page:
        page.emulate_media(media="screen")
        w, h = (int(v) for v in size)
        return page.pdf(width=f"{w}px", height=f"{h}px", print_background=True, page_ranges="1",
                        margin={"top": "0", "right": "0", "bottom": "0", "left": "0"})


def save_png(m_or_html_path: folium.Map | str | os.PathLike, path: str | os.PathLike, *,
             size: tuple[int, int] = (1600, 1000), scale: float = 1.0) -> Path:
    """Screenshot the rendered map with headless Chromium (Playwright) into a PNG.

    Waits for the map's render flag; zoom, layer, filter and time controls are hidden;
    the title, the source credit and the whole legend (every traveller) stay. ``scale`` multiplies the pixel density (2 for print), so
    the PNG is ``size`` times ``scale`` pixels.
    """
    return atomic_write(path, _in_own_thread(_png, m_or_html_path, size, scale))


def save_pdf(m_or_html_path: folium.Map | str | os.PathLike, path: str | os.PathLike, *,
             size: tuple[int, int] = (1600, 1000), scale: float = 1.0) -> Path:
    """Print the rendered map to a one-page PDF of ``size`` CSS pixels (Chromium print).

    ``scale`` is the pixel density of the canvas-drawn layers in the PDF.
    """
    return atomic_write(path, _in_own_thread(_pdf, m_or_html_path, size, scale))


# ----------------------------------------------------------------------------- GeoJSON

def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _line(parts) -> dict:
    if len(parts) == 1:
        return {"type": "LineString", "coordinates": to_lonlat(parts[0])}
    return {"type": "MultiLineString", "coordinates": [to_lonlat(p) for p in parts]}


def to_geojson(visits: Sequence[Visit] = (), ties: Sequence[Tie] = (), mentions: Sequence[Mention] = (), *,
               home: Mapping[str, tuple[float, float]] | None = None) -> dict:
    """A GeoJSON FeatureCollection of route legs, stops, home capitals, tie arcs and mentions.

    Every feature has a ``layer`` property (``route``, ``stop``, ``home``, ``tie``,
    ``mention``) and flat, scalar properties (readable by geopandas and QGIS).
    Legs follow the geodesic and are MultiLineStrings where they cross the
    antimeridian (RFC 7946, section 3.1.9). Coordinates have 5 decimals.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.values import Visit
    >>> v = Visit("Putin", "RU", None, "BY", "Minsk", 53.9, 27.56, dt.date(2024, 5, 23), None,
    ...           "completed", "m.txt", "Putin arrived in Minsk.", 1.0, trip=1)
    >>> fc = to_geojson([v], home={"RU": (55.7558, 37.6173)})
    >>> [(f["properties"]["layer"], f["geometry"]["type"]) for f in fc["features"]]
    [('route', 'LineString'), ('route', 'LineString'), ('stop', 'Point'), ('home', 'Point')]
    """
    return {"type": "FeatureCollection", "features": list(_features(visits, ties, mentions, home))}


def _features(visits: Sequence[Visit], ties: Sequence[Tie], mentions: Iterable[Mention],
              home: Mapping[str, tuple[float, float]] | None) -> Iterator[dict]:
    """The features of :func:`to_geojson`, one at a time (mentions are never all in memory)."""
    visits = check_values(visits, Visit, "visits")
    ties = check_values(ties, Tie, "ties")
    if home is None:
        home = default_home([v.traveler_country for v in visits] + [t.a for t in ties] + [t.b for t in ties])
    routes, arcs = plan_routes(visits, home), plan_ties(ties, home)

    def name(i: int) -> str | None:
        if i < 0:
            return None
        v = routes.stops[i].visit
        return v.place or v.country

    for leg in routes.legs:
        yield {"type": "Feature", "geometry": _line(leg.parts), "properties": {
            "layer": "route", "traveler": routes.travelers[leg.traveler], "trip": leg.trip,
            "from": name(leg.src) or "home", "to": name(leg.dst) or "home", "date": _iso(leg.date),
            "status": leg.status, "planned": leg.status != "completed" and leg.status != "ongoing",
            "color": routes.colors[leg.traveler]}}
    for s in routes.stops:
        v = s.visit
        yield {"type": "Feature", "geometry": {"type": "Point", "coordinates": to_lonlat([s.point])[0]},
               "properties": {
                   "layer": "stop", "traveler": v.traveler, "role": v.role, "seq": s.seq,
                   "trip": s.trip, "place": v.place, "country": v.country,
                   "start_date": _iso(v.start_date), "end_date": _iso(v.end_date),
                   "status": v.status, "confidence": v.confidence, "origin": v.origin,
                   "doc": v.doc, "evidence": v.evidence, "n_sources": len(v.sources),
                   "color": routes.colors[s.traveler]}}
    for t, hp in enumerate(routes.homes):
        if hp:
            yield {"type": "Feature", "geometry": {"type": "Point", "coordinates": to_lonlat([hp])[0]},
                   "properties": {"layer": "home", "traveler": routes.travelers[t],
                                  "country": routes.countries[t]}}
    for arc in arcs.arcs:  # one feature per tie (pair and kind), on its pair's one arc
        geometry = _line([arc.path])
        for t in arc.ties:
            yield {"type": "Feature", "geometry": geometry, "properties": {
                "layer": "tie", "a": t.a, "b": t.b, "kind": t.kind, "weight": t.weight,
                "first_date": _iso(t.first_date), "last_date": _iso(t.last_date),
                "n_evidence": len(t.evidence), "evidence": t.evidence[0].text if t.evidence else None,
                "docs": ";".join(sorted({e.doc for e in t.evidence})), "color": tie_color(t.kind),
                "pair_kind": arc.kind, "pair_weight": arc.weight, "width": arc.width}}
    for m in sorted_rows(checked(mentions, Mention, "mentions"), key=mention_order):
        if valid_point(m.lat, m.lon):
            yield {"type": "Feature", "geometry": {"type": "Point", "coordinates": to_lonlat([(m.lat, m.lon)])[0]},
                   "properties": {"layer": "mention", "doc": m.doc, "start": m.start, "end": m.end,
                                  "text": m.text, "name": m.name, "country": m.country,
                                  "geonameid": m.geonameid, "kind": m.kind, "score": m.score}}


def mention_order(m: Mention) -> tuple:
    """The order mentions are written in (document, offsets, name): the same input, the same bytes."""
    return (m.doc, m.start, m.end, m.name or "")


def save_geojson(path: str | os.PathLike, visits: Sequence[Visit] = (), ties: Sequence[Tie] = (),
                 mentions: Sequence[Mention] = (), *,
                 home: Mapping[str, tuple[float, float]] | None = None) -> Path:
    """Write :func:`to_geojson` to ``path`` (atomically, UTF-8, keys sorted) and return the path."""
    # Written feature by feature, byte for byte what json.dump(to_geojson(...), sort_keys=True)
    # writes, so the mentions of a big corpus stream through instead of filling memory.
    with atomic_open(path) as fh:
        fh.write('{"features": [')
        for i, feature in enumerate(_features(visits, ties, mentions, home)):
            fh.write((", " if i else "") + json.dumps(feature, ensure_ascii=False, sort_keys=True))
        fh.write('], "type": "FeatureCollection"}')
    return Path(path)


# ----------------------------------------------------------------------------- CSV



def _table_bytes(values: Sequence[Any], fields: tuple[str, ...]) -> bytes:
    """One CSV table in the layout :mod:`geo.output` gives every command."""
    buf = io.StringIO()
    write_values(values, "csv", buf, fields=fields)
    return buf.getvalue().encode("utf-8")


def write_csvs(directory: str | os.PathLike, visits: Sequence[Visit] = (), ties: Sequence[Tie] = (),
               mentions: Sequence[Mention] = (), problems: Sequence[Problem] = ()) -> dict[str, Path]:
    """Write ``visits.csv``, ``ties.csv``, ``mentions.csv`` and ``unresolved.csv`` (atomically).

    Each table has the columns ``diplomap visits|ties|mentions -f csv`` writes
    (:mod:`geo.output` owns the layouts); rows are sorted, so the same input
    gives the same bytes. ``unresolved.csv`` lists the problems, then mentions
    and visits that have no coordinates, as problem rows. Cells are guarded
    against formula injection (:func:`safe_cell`).

    Examples
    --------
    >>> import tempfile
    >>> out = write_csvs(tempfile.mkdtemp(), problems=[Problem("a.txt", "=1+1")])
    >>> sorted(out), out["unresolved"].read_text().splitlines()
    (['mentions', 'ties', 'unresolved', 'visits'], ['source,row,stage,reason,text', "a.txt,,ingest,'=1+1,"])
    """
    visits = check_values(visits, Visit, "visits")
    ties = check_values(ties, Tie, "ties")
    problems = check_values(problems, Problem, "problems")
    directory = Path(directory)
    vrows = sorted(visits, key=lambda v: (v.traveler, v.trip if v.trip is not None else -1,
                                          v.start_date or dt.date.max, v.place or "", v.country))
    trows = sorted(ties, key=lambda t: (t.a, t.b, t.kind, t.first_date or dt.date.min))
    out = {"visits": atomic_write(directory / "visits.csv", _table_bytes(vrows, VISIT_FIELDS)),
           "ties": atomic_write(directory / "ties.csv", _table_bytes(trows, TIE_FIELDS))}
    unplaced: list[Problem] = []

    def noting_unplaced(rows: Iterable[Mention]) -> Iterator[Mention]:
        for m in rows:
            if m.lat is None or m.lon is None:
                unplaced.append(Problem(m.doc, "place not resolved", "geoparse", None, m.text))
            yield m

    # Mentions stream through (sorted in runs on disk when they come from disk), never all in memory.
    with atomic_open(directory / "mentions.csv") as fh:
        write_values(noting_unplaced(sorted_rows(checked(mentions, Mention, "mentions"), key=mention_order)),
                     "csv", fh, fields=MENTION_FIELDS)
    out["mentions"] = directory / "mentions.csv"
    unresolved = sorted(problems, key=lambda p: (p.source, p.row or 0, p.stage, p.reason, p.text or ""))
    unresolved += unplaced
    unresolved += [Problem(v.doc or v.traveler, "visit without coordinates (not drawn)", "map", None,
                           v.place or v.country) for v in vrows if v.lat is None or v.lon is None]
    out["unresolved"] = atomic_write(directory / "unresolved.csv", _table_bytes(unresolved, PROBLEM_FIELDS))
    return out


# ----------------------------------------------------------------------------- all at once

def save_map_files(m: folium.Map, html: str | os.PathLike, *, visits: Sequence[Visit] = (),
                   ties: Sequence[Tie] = (), mentions: Sequence[Mention] = (),
                   problems: Sequence[Problem] = (), fragment: str | os.PathLike | None = None,
                   height: str = "600px", png: str | os.PathLike | None = None,
                   pdf: str | os.PathLike | None = None, size: tuple[int, int] = (1600, 1000),
                   scale: float = 1.0, geojson: str | os.PathLike | None = None,
                   csv_dir: str | os.PathLike | None = None) -> dict[str, Path]:
    """Write the map page and every file asked for beside it (what ``diplomap build`` writes).

    The PNG and PDF are taken from the written page, so they show what a
    reader opens. The values are those the map was built from: GeoJSON and
    CSV tables carry them whole.

    Returns
    -------
    dict
        The paths written, by kind (``html``, ``fragment``, ``png``, ``pdf``,
        ``geojson`` and, for ``csv_dir``, ``visits``, ``ties``, ``mentions``,
        ``unresolved``).

    Examples
    --------
    >>> import tempfile
    >>> from maps import build_map
    >>> d = Path(tempfile.mkdtemp())
    >>> written = save_map_files(build_map(tiles="none"), d / "map.html", geojson=d / "map.geojson")
    >>> sorted(written), json.loads(written["geojson"].read_text())["features"]
    (['geojson', 'html'], [])
    """
    out = {"html": save_html(m, html)}
    if fragment is not None:
        out["fragment"] = save_fragment(m, fragment, height=height)
    if png is not None:
        out["png"] = save_png(html, png, size=size, scale=scale)
    if pdf is not None:
        out["pdf"] = save_pdf(html, pdf, size=size, scale=scale)
    if geojson is not None:
        out["geojson"] = save_geojson(geojson, visits, ties, mentions)
    if csv_dir is not None:
        out.update(write_csvs(csv_dir, visits, ties, mentions, problems))
    return out
