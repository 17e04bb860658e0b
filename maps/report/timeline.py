"""The report's timeline: one row per traveller, one mark per dated visit (Vega-Lite via altair).

The interactive chart runs on the Vega, Vega-Lite and vega-embed bundle that
``vl-convert-python`` ships (inlined in the page: no request); the print and Word
versions are the same spec rendered to SVG / PNG by ``vl-convert``, no browser needed.
Planned and cancelled visits are drawn hollow; colour is the host country, or the
status when there are more host countries than the palette tells apart.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from geo.errors import ConfigurationError

from .model import Report, VisitRow

__all__ = ["timeline_spec", "timeline_rows", "timeline_svg", "timeline_png", "vega_bundle",
           "MAX_COUNTRY_COLORS", "STATUS_COLORS", "chart_versions"]

#: Above this many host countries the timeline colours by status instead.
MAX_COUNTRY_COLORS = 20
#: Colours of visit statuses (used when colouring by status).
STATUS_COLORS = {"completed": "#1f5fbf", "ongoing": "#0f8a7e", "planned": "#7a3fbf",
                 "cancelled": "#d32f2f"}
_HOLLOW = ("planned", "cancelled")
ROW_HEIGHT = 36
# how vl-convert's bundle ends (a cached copy cut short is made again)
_BUNDLE_END = "window.vegaLite=__default1;"


def _need(module: str, package: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise ConfigurationError(f"the report's timeline needs {package}: pip install "
                                 f"'diplomap[report]' ({err})") from err


def timeline_rows(visits: Sequence[VisitRow], *, plot_width: int = 800) -> list[dict[str, Any]]:
    """The chart's data: one dict per visit that has a date (undated ones cannot be placed).

    ``lane`` (0, -1 or 1) moves marks that would sit on top of each other (closer than
    a mark's width on a ``plot_width``-pixel axis) above and below their traveller's line.

    Examples
    --------
    >>> import datetime as dt
    >>> v = VisitRow("Putin", None, "BY", "Belarus", "Minsk", dt.date(2024, 5, 23),
    ...              dt.date(2024, 5, 24), "planned", "text", 1, None, (), True)
    >>> row = timeline_rows([v])[0]
    >>> row["when"], row["hollow"], row["lane"]
    ('2024-05-23', True, 0)
    """
    dated = [(v.start_date or v.end_date, v) for v in visits if v.start_date or v.end_date]
    if not dated:
        return []
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    near = max(1.0, (last - first).days * 14 / plot_width)  # days one mark covers
    lanes: dict[int, int] = {}
    ends: dict[tuple[str, int], float] = {}  # (traveller, lane) -> last day used
    for i, (d, v) in sorted(enumerate(dated), key=lambda x: (x[1][1].traveler, x[1][0], x[0])):
        day = (d - first).days
        for lane in (0, -1, 1):
            if day - ends.get((v.traveler, lane), -1e9) >= near:
                break
        else:
            lane = 0
        ends[(v.traveler, lane)] = day
        lanes[i] = lane
    return [{"traveler": v.traveler, "when": d.isoformat(), "country": v.country_name,
             "place": v.place or v.country_name, "dates": v.dates, "status": v.status,
             "origin": v.origin, "hollow": v.status in _HOLLOW, "lane": lanes[i],
             "label": f"{v.traveler} in {', '.join(dict.fromkeys(filter(None, (v.place, v.country_name))))}"
                      f", {v.dates} ({v.status})"}
            for i, (d, v) in enumerate(dated)]


def timeline_spec(report: Report, *, width: int | str = "container",
                  color_by: str = "auto") -> dict[str, Any]:
    """A Vega-Lite spec (a dict) of the report's visits on a time axis.

    Parameters
    ----------
    width : int or "container"
        ``"container"`` fills the page width (HTML); a number of pixels for images.
    color_by : {"auto", "country", "status"}
        ``auto``: host country when there are at most :data:`MAX_COUNTRY_COLORS`, else status.
    """
    alt = _need("altair", "altair")
    if color_by not in ("auto", "country", "status"):
        raise ConfigurationError(f"Expected color_by 'auto', 'country' or 'status', instead got: {color_by!r}")
    rows = timeline_rows(report.visits, plot_width=width if isinstance(width, int) else 800)
    travelers = list(dict.fromkeys(r["traveler"] for r in rows))
    countries = sorted({r["country"] for r in rows})
    if color_by == "auto":
        color_by = "country" if len(countries) <= MAX_COUNTRY_COLORS else "status"
    if color_by == "country":
        scale = alt.Scale(domain=countries, scheme="tableau10" if len(countries) <= 10 else "tableau20")
        field, title = "country", "Host country"
    else:
        statuses = [s for s in STATUS_COLORS if any(r["status"] == s for r in rows)]
        statuses += sorted({r["status"] for r in rows} - set(statuses))
        scale = alt.Scale(domain=statuses, range=[STATUS_COLORS.get(s, "#8d8d8d") for s in statuses])
        field, title = "status", "Status"
    color = alt.Color(f"{field}:N", scale=scale, title=title,
                      legend=alt.Legend(orient="bottom", columns=4, symbolStrokeWidth=2,
                                        labelLimit=220))
    fill = alt.condition("datum.hollow", alt.value("white"), alt.Fill(f"{field}:N", scale=scale))
    chart = alt.Chart(alt.Data(values=rows)).mark_point(
        filled=True, size=100, strokeWidth=2.2, opacity=1, shape="circle").encode(
        x=alt.X("when:T", title=None, scale=alt.Scale(padding=14),
                axis=alt.Axis(format="%b %Y", labelOverlap=True, grid=True, tickCount=8)),
        y=alt.Y("traveler:N", title=None, sort=travelers, axis=alt.Axis(labelLimit=220)),
        yOffset=alt.YOffset("lane:Q", scale=alt.Scale(domain=[-1.5, 1.5])),
        stroke=color,
        fill=fill,
        description=alt.Description("label:N"),  # what a screen reader says for each mark
        tooltip=[alt.Tooltip("traveler:N", title="Traveller"),
                 alt.Tooltip("place:N", title="Place"),
                 alt.Tooltip("country:N", title="Host country"),
                 alt.Tooltip("dates:N", title="Dates"),
                 alt.Tooltip("status:N", title="Status"),
                 alt.Tooltip("origin:N", title="From")],
    ).properties(width=width, height=max(1, len(travelers)) * ROW_HEIGHT)
    spec = chart.configure_view(stroke=None).configure_axis(labelFontSize=11).configure_legend(
        labelFontSize=11, titleFontSize=11).to_dict()
    spec["description"] = "Timeline: one row per traveller, one mark per dated visit"
    return spec


def _vl():
    return _need("vl_convert", "vl-convert-python")


def timeline_svg(spec: dict[str, Any]) -> str:
    """The chart as an SVG document (print version; needs a numeric ``width``)."""
    return _vl().vegalite_to_svg(spec)


def timeline_png(spec: dict[str, Any], *, scale: float = 2.0) -> bytes:
    """The chart as a PNG (Word version; needs a numeric ``width``)."""
    return _vl().vegalite_to_png(spec, scale=scale)


@functools.lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one script that sets ``window.vegaEmbed`` (~0.9 MB).

    vl-convert takes about a second and a half to bundle it, so the result is kept in
    diplomap's cache folder, one file per vl-convert version.
    """
    from importlib.metadata import PackageNotFoundError, version

    from geo._paths import cache_dir
    from geo.output import atomic_write

    vl = _vl()
    try:
        key = version("vl-convert-python")
    except PackageNotFoundError:
        key = getattr(vl, "__version__", "unknown")
    path = None
    try:
        path = cache_dir() / f"vega-bundle-{key}.js"
        text = path.read_text("utf-8")
        if text.rstrip().endswith(_BUNDLE_END):
            return text
    except (OSError, UnicodeDecodeError):
        pass
    text = vl.javascript_bundle()
    if path is not None:
        try:
            atomic_write(path, text.encode("utf-8"))
        except OSError:  # a read-only cache is no reason to fail
            pass
    return text


def chart_versions() -> dict[str, str]:
    """Versions of the charting libraries, for the report's provenance."""
    vl = _vl()
    alt = _need("altair", "altair")
    return {"altair": alt.__version__, "vl-convert-python": getattr(vl, "__version__", "?"),
            "Vega": vl.get_vega_version(), "vega-embed": vl.get_vega_embed_version()}
