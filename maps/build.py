"""Build the map: one folium map, one payload per layer, deterministic page output."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import urlsplit

import folium
from branca.element import Element

from geo.errors import ConfigurationError, DiplomapError, InputError
from geo.output import atomic_write
from geo.values import Document, Mention, Problem, Tie, Visit

from .elements import Assets, Basemap, Controls, DiploMap, Finish, MentionLayer, Page, RouteLayer, TieLayer, pack
from .layers import plan_bounds, plan_mentions, plan_routes, plan_ties
from .payloads import country_names, mention_payload, public_ids, route_payload, tie_payload
from .sources import PublicIds
from .style import tie_dash, tie_width

__all__ = ["build_map", "save_html", "save_fragment", "default_home", "render_html",
           "render_fragment", "check_values"]


def check_values(values, cls: type, what: str) -> list:
    """``values`` as a list, or :class:`InputError` naming the first item that is not a ``cls``.

    Examples
    --------
    >>> check_values(None, int, "numbers"), check_values((1, 2), int, "numbers")
    ([], [1, 2])
    """
    values = list(values or ())
    for i, v in enumerate(values):
        if not isinstance(v, cls):
            raise InputError(f"Expected {what} to hold {cls.__name__} values, instead item {i} is: {v!r:.200}")
    return values


def default_home(codes: Sequence[str]) -> dict[str, tuple[float, float]]:
    """Capitals of ``codes`` (ISO2) from the gazetteer, or ``{}`` when it is not available.

    Examples
    --------
    >>> isinstance(default_home([]), dict)
    True
    """
    codes = sorted({c for c in codes if c})
    if not codes:
        return {}
    try:
        from geo import get_gazetteer

        gazetteer = get_gazetteer()
        out: dict[str, tuple[float, float]] = {}
        for code in codes:
            place = gazetteer.capital(code)
            if place is not None and place.lat is not None and place.lon is not None:
                out[code] = (float(place.lat), float(place.lon))
        return out
    except (ImportError, AttributeError, LookupError, OSError, ValueError, TypeError, DiplomapError):
        return {}


def _tile_layer(tiles: str | None, attribution: str | None = None) -> folium.TileLayer | None:
    if tiles is None:
        tiles = "OpenStreetMap"
    if not isinstance(tiles, str):
        raise ConfigurationError(f"Expected tiles as a name, a URL template or 'none', instead got: {tiles!r}")
    if tiles.strip().lower() == "none":
        return None
    attr = None
    if "{z}" in tiles or "://" in tiles:
        parts = urlsplit(tiles)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigurationError(f"Expected a tile URL template starting with http(s)://, instead got: {tiles!r}")
        attr = attribution or f"Tiles: {parts.netloc}"
    try:
        return folium.TileLayer(tiles=tiles, attr=attr, name="Tiles" if attr else tiles,
                                overlay=False, control=True)
    except (ValueError, KeyError) as err:
        raise ConfigurationError(f"Unknown tiles {tiles!r}: use a folium tile name, a URL template "
                                 f"or 'none' ({err})") from err


def _legend_spec(routes, ties, mentions, problems: int, not_drawn: int) -> dict:
    return {
        "routes": bool(routes.stops),
        "cancelled": any(s.visit.status == "cancelled" for s in routes.stops),
        "homes": any(routes.homes) and len(routes.travelers) <= 40,  # (routes.js marks at most 40)
        "kinds": [[k, c, tie_dash(k)] for k, c in ties.kinds.items()],
        "widths": [[w, tie_width(w)] for w in (1, 4, 16)],
        "mentions": [len(mentions.spots), mentions.total] if mentions.spots else None,
        "problems": problems,
        "notDrawn": not_drawn,
        "empty": not (routes.stops or ties.arcs or mentions.spots),
    }


def _credit(documents, visits, public: PublicIds) -> str:
    """Who the data comes from: outlets and record files, then the basemap and the tool."""
    outlets = sorted({d.source.strip() for d in (documents or {}).values() if d.source and d.source.strip()},
                     key=str.lower)
    files = sorted({public(e.doc).split("#")[0] for v in visits for e in v.sources if e.kind == "record" and e.doc})
    bits = []
    if documents:
        what = f"{len(documents):,} document{'s' if len(documents) != 1 else ''}"
        if outlets:
            what += " (" + ", ".join(outlets[:4]) + (f" and {len(outlets) - 4} more" if len(outlets) > 4 else "") + ")"
        bits.append(what)
    if files:
        bits.append("records " + ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else ""))
    source = ("Sources: " + "; ".join(bits) + " \u00b7 ") if bits else ""
    return source + "Basemap: Natural Earth \u00b7 Map: diplomap"


def _date_span(routes, ties) -> tuple[str, str] | None:
    dates = []
    for s in routes.stops:
        dates += [d for d in (s.visit.start_date, s.visit.end_date) if d]
    dates += [leg.date for leg in routes.legs if leg.date]
    for a in ties.arcs:
        dates += [d for t in a.ties for d in (t.first_date, t.last_date) if d]
    if not dates:
        return None
    return min(dates).isoformat(), max(dates).isoformat()


def _basemap_detail(bounds: list | None) -> str:
    """Natural Earth 1:50m outlines for regional maps, 1:110m (7x smaller, faster) for world-wide ones."""
    if not bounds:
        return "110m"
    (s, w), (n, e) = bounds
    return "110m" if (e - w) > 110 or (n - s) > 70 else "50m"


def _freeze_ids(root: Element, seed: str) -> None:
    """Replace branca's random element ids by ``seed`` + a counter, in tree order."""
    counter = itertools.count()

    def walk(el: Element) -> None:
        el._id = f"{seed}{next(counter):x}"
        for child in el._children.values():
            walk(child)

    walk(root)


def build_map(visits: Sequence[Visit] = (), ties: Sequence[Tie] = (), mentions: Sequence[Mention] = (), *,
              documents: Mapping[str, Document] | None = None,
              problems: Sequence[Problem] = (),
              title: str | None = None,
              tiles: str | None = None,
              attribution: str | None = None,
              offline: bool = True,
              home: Mapping[str, tuple[float, float]] | None = None) -> folium.Map:
    """Draw visits as routes, ties as arcs and mentions as clusters on one Leaflet map.

    Parameters
    ----------
    visits, ties, mentions : sequences of :class:`~geo.values.Visit`, :class:`~geo.values.Tie`,
        :class:`~geo.values.Mention`
        What to draw. Stops are ordered by (traveller, trip, start date).
    documents : mapping of document id to :class:`~geo.values.Document`, optional
        Titles, URLs and dates shown in popups.
    problems : sequence of :class:`~geo.values.Problem`
        Counted in the legend.
    title : str, optional
        Page title and a heading on the map (shown as plain text).
    tiles : str, optional
        ``None``: OpenStreetMap tiles over the outline basemap; ``"none"``: no tiles;
        otherwise a folium tile name or an http(s) URL template.
    attribution : str, optional
        Attribution shown for a URL-template ``tiles`` (default: its host name).
    offline : bool, default True
        Inline every JS/CSS file; ``False`` links the CDNs instead (smaller page).
    home : mapping of ISO2 to (lat, lon), optional
        Capitals: where trips start and end, and where tie arcs meet. By default
        from ``geo.get_gazetteer().capital(iso2)`` when that is available.

    Returns
    -------
    folium.Map
        Save it with :func:`save_html` / :func:`save_fragment`, or display it in Jupyter.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.values import Visit, Tie
    >>> v = Visit("Vladimir Putin", "RU", "president", "UZ", "Tashkent", 41.31, 69.28,
    ...           dt.date(2024, 5, 26), dt.date(2024, 5, 27), "completed", "a.txt",
    ...           "Putin arrived in Tashkent.", 0.9, trip=3)
    >>> t = Tie("RU", "UZ", "energy", 2, dt.date(2024, 5, 26), dt.date(2024, 5, 27))
    >>> m = build_map([v], [t], home={"RU": (55.7558, 37.6173), "UZ": (41.3111, 69.2797)},
    ...               title="Putin, May 2024", tiles="none")
    >>> html = render_html(m)
    >>> "DiploMap.routes(" in html and "https://" not in html.split("DiploMap.routes(")[-1]
    True
    """
    visits = check_values(visits, Visit, "visits")
    ties = check_values(ties, Tie, "ties")
    mentions = check_values(mentions, Mention, "mentions")
    problems = check_values(problems, Problem, "problems")
    if documents is not None and not isinstance(documents, Mapping):
        raise InputError(f"Expected documents as a mapping of id to Document, instead got: {documents!r:.200}")
    if title is not None and not isinstance(title, str):
        raise InputError(f"Expected title as a string, instead got: {title!r}")
    if home is None:
        home = default_home([v.traveler_country for v in visits] + [t.a for t in ties] + [t.b for t in ties])

    rplan = plan_routes(visits, home)
    tplan = plan_ties(ties, home)
    mplan = plan_mentions(mentions)
    public = public_ids(visits, ties, mentions)
    rdata, tdata, mdata = (pack(route_payload(rplan, documents, public)),
                           pack(tie_payload(tplan, documents, public)),
                           pack(mention_payload(mplan, documents, public)))
    not_drawn = len(rplan.skipped) + len(tplan.skipped) + mplan.skipped
    legend = _legend_spec(rplan, tplan, mplan, len(problems), not_drawn)
    bounds = plan_bounds(rplan, tplan, mplan)
    span = _date_span(rplan, tplan)
    codes = ([s.visit.country for s in rplan.stops] + list(rplan.countries)
             + [c for a in tplan.arcs for c in a.pair] + [s.country for s in mplan.spots])
    controls = {"names": country_names(codes), "legend": legend,
                "panel": bool(rplan.stops or tplan.arcs),
                "time": {"min": span[0], "max": span[1]} if span and span[0] != span[1] else None,
                "title": title or None, "credit": _credit(documents, visits, public)}

    m = DiploMap(location=[20, 10], zoom_start=2)
    page = Page(title=title)
    page.add_child(m)
    m.add_child(Assets(offline=offline), name="assets")
    m.add_child(Basemap(m, _basemap_detail(bounds)), name="basemap")
    tile_layer = _tile_layer(tiles, attribution)
    if tile_layer is not None:
        m.add_child(tile_layer, name="tiles")
    groups = (("Ties", "ties", tplan.arcs, TieLayer, tdata),
              ("Routes", "routes", rplan.stops, RouteLayer, rdata),
              ("Mentions", "mentions", mplan.spots, MentionLayer, mdata))
    for label, key, items, cls, data in groups:
        if not items:
            continue
        group = folium.FeatureGroup(name=label, overlay=True, control=True, show=True)
        group.add_child(cls(m, data), name=f"{key}_data")
        m.add_child(group, name=key)
    m.add_child(Controls(m, controls), name="controls")
    m.add_child(folium.LayerControl(position="topright", collapsed=False), name="layer_control")
    m.add_child(Finish(m, bounds), name="finish")

    digest = hashlib.sha256(json.dumps([rdata, tdata, mdata, controls, bounds, tiles, offline],
                                       sort_keys=True, default=str).encode("utf-8")).hexdigest()
    _freeze_ids(page, digest[:8] + "_")
    m.diplomap = {"routes": rplan, "ties": tplan, "mentions": mplan, "bounds": bounds}
    return m


def _page(m: folium.Map) -> Page:
    if not isinstance(m, folium.Map):
        raise InputError(f"Expected a folium.Map from maps.build_map, instead got: {m!r:.200}")
    root = m.get_root()
    if not isinstance(root, Page):
        raise InputError("Expected a map made by maps.build_map (its page is not a diplomap page)")
    return root


def render_html(m: folium.Map) -> str:
    """The standalone page of ``m`` as a string (what :func:`save_html` writes)."""
    return _page(m).render()


def save_html(m: folium.Map, path: str | os.PathLike) -> Path:
    """Write the standalone page atomically (temporary file, then rename).

    The same map input always gives the same bytes.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "map.html"
    >>> save_html(build_map(tiles="none"), out).read_text()[:15]
    '<!DOCTYPE html>'
    """
    return atomic_write(path, render_html(m).encode("utf-8"))


def save_fragment(m: folium.Map, path: str | os.PathLike, *, height: str = "600px") -> Path:
    """Write an embeddable fragment: no ``<html>``/``<head>``, its own styles and scripts.

    Scripts run in their own function scope and find their own container, so two
    fragments (even two copies of one) work on the same page. The map is as wide as
    the element it is put in and ``height`` high (a CSS length; ``"100%"`` fills that
    element's height).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "map.frag.html"
    >>> text = save_fragment(build_map(tiles="none"), out).read_text()
    >>> text.startswith('<div class="diplomap-fragment"'), "<html" in text
    (True, False)
    """
    return atomic_write(path, render_fragment(m, height=height).encode("utf-8"))


def render_fragment(m: folium.Map, *, height: str = "600px") -> str:
    """The embeddable fragment of ``m`` as a string (what :func:`save_fragment` writes)."""
    return _page(m).render_fragment(height=height)
