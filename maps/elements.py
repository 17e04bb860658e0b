"""The map's pieces as branca elements with Jinja templates.

Every value reaches JavaScript through ``|tojson`` (HTML-safe, sorted keys, compact);
the drawing code lives in ``assets/`` as one file per layer (``core.js`` with
``view.js`` for the filter and the view, ``basemap.js``, ``routes.js``, ``ties.js``,
``mentions.js``, ``controls.js``). Each element class
declares the files it needs in ``default_js``, as folium's ``JSCSSMixin`` does, but
the files are inlined (once per page, whatever the number of maps), so pages open
from disk with no network. Nothing here concatenates HTML or JS.
"""

from __future__ import annotations

import base64
import functools
import gzip
import json
import re
from pathlib import Path
from typing import Any

import folium
import folium.template
from branca.element import Element, Figure, MacroElement

from geo.errors import ConfigurationError

__all__ = [
    "Template",
    "Page",
    "DiploMap",
    "Assets",
    "Call",
    "Basemap",
    "RouteLayer",
    "TieLayer",
    "MentionLayer",
    "Controls",
    "Finish",
    "asset_text",
    "JS_FILES",
]

ASSETS = Path(__file__).resolve().parent / "assets"

#: Where ``offline=False`` pages load the libraries from (same versions as the inlined files).
CDN_JS = (
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
    "https://cdn.jsdelivr.net/npm/topojson-client@3.1.0/dist/topojson-client.min.js",
)
CDN_CSS = (
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css",
)
_CSS_SIZE = re.compile(r"^\d{1,5}(\.\d{1,3})?(px|vh|vw|em|rem|%)$")


_TEMPLATE_START = re.compile(r"\{(?=[{%#])")

#: diplomap's own scripts, in the order a page needs them.
JS_FILES = ("core.js", "view.js", "basemap.js", "routes.js", "ties.js", "mentions.js", "controls.js")


def _dumps(obj: Any, **kwargs: Any) -> str:
    # Compact and key-sorted (small, reproducible). "{{", "{%" and "{#" can only occur
    # inside JSON strings; spelling their brace as \u007b keeps the text inert even if
    # some later step took the output for a Jinja template.
    return _TEMPLATE_START.sub(r"\\u007b", json.dumps(obj, **kwargs))


class _Environment(folium.template.Environment):
    """folium's environment with compact, key-sorted, template-inert ``tojson``."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.policies["json.dumps_function"] = _dumps
        self.policies["json.dumps_kwargs"] = {"sort_keys": True, "separators": (",", ":")}


class Template(folium.template.Template):
    """A folium template rendered in :class:`_Environment`."""

    environment_class = _Environment


def _xstatic_dir(module: str) -> Path:
    mod = __import__(f"xstatic.pkg.{module}", fromlist=["BASE_DIR"])
    return Path(mod.BASE_DIR)


def asset_text(name: str) -> str:
    """Text of one packaged asset, by short name.

    Names: ``leaflet.js``, ``leaflet.css``, ``topojson.js``, ``diplomap.css`` and the
    map's own scripts (:data:`JS_FILES`).

    Examples
    --------
    >>> "data:image/png;base64," in asset_text("leaflet.css")
    True
    """
    return _asset_text(name)


@functools.lru_cache(maxsize=None)
def _asset_text(name: str) -> str:
    try:
        if name == "leaflet.js":
            return (_xstatic_dir("leaflet") / "leaflet.js").read_text("utf-8")
        if name == "leaflet.css":
            base = _xstatic_dir("leaflet")
            css = (base / "leaflet.css").read_text("utf-8")

            def inline(match: re.Match) -> str:
                data = (base / match.group(1)).read_bytes()
                return "url(data:image/png;base64," + base64.b64encode(data).decode("ascii") + ")"

            return re.sub(r"url\((images/[a-z0-9-]+\.png)\)", inline, css)
        if name == "topojson.js":
            return (ASSETS / "topojson-client" / "topojson-client.min.js").read_text("utf-8")
        if name == "diplomap.css" or name in JS_FILES:
            return (ASSETS / name).read_text("utf-8")
    except (ImportError, OSError) as err:
        raise ConfigurationError(f"packaged map asset {name!r} is missing: {err}; reinstall diplomap "
                                 "(it needs XStatic-Leaflet)") from err
    raise ConfigurationError(f"unknown map asset {name!r}")


def _script_safe(code: str) -> str:
    # A literal "</script" would end the inline element early; "<\/" means the same in JS.
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE).replace("<!--", "<\\!--")


@functools.lru_cache(maxsize=None)
def world_topology(detail: str = "50m") -> dict:
    """Natural Earth country outlines (world-atlas 2.0.2 TopoJSON, ``50m`` or ``110m``), parsed."""
    if detail not in ("50m", "110m"):
        raise ConfigurationError(f"Expected basemap detail '50m' or '110m', instead got: {detail!r}")
    with (ASSETS / "world-atlas" / f"countries-{detail}.json").open("r", encoding="utf-8") as f:
        return json.load(f)


#: Payloads larger than this (JSON bytes) travel gzipped and base64-encoded.
PACK_THRESHOLD = 48_000


def pack(data: Any, threshold: int = PACK_THRESHOLD) -> Any:
    """Return ``data`` itself when small, else ``{"__gz": base64(gzip(JSON))}``.

    gzip runs with a fixed timestamp, so the same data always packs to the same
    text; ``core.js`` unpacks it with the browser's ``DecompressionStream``.

    Examples
    --------
    >>> pack({"a": 1})
    {'a': 1}
    >>> sorted(pack({"a": "x" * 100_000}))
    ['__gz']
    """
    text = json.dumps(data, separators=(",", ":"))  # (payload dicts are built in a fixed order)
    if len(text) < threshold:
        return data
    blob = gzip.compress(text.encode("utf-8"), compresslevel=4, mtime=0)
    return {"__gz": base64.b64encode(blob).decode("ascii")}


class Raw(Element):
    """Literal text in the page, never parsed as a template (branca would compile it)."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Raw"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


def _render_direct(element: MacroElement, **kwargs: Any) -> None:
    """``MacroElement.render`` without re-parsing the output as a Jinja template.

    branca wraps each macro's output in ``Element(text)``, which compiles ``text`` as a
    template: slow for megabytes of data, and a template injection if data held
    ``{{ }}``. Here the output is added as :class:`Raw` text. The files the element
    declares in ``default_js`` go into the page's header first, each once.
    """
    figure = element.get_root()
    if not isinstance(figure, Figure):
        raise ConfigurationError(f"{type(element).__name__} can only be rendered inside a diplomap page")
    _add_scripts(element, figure)
    module = element._template.module.__dict__
    for part in ("header", "html", "script"):
        macro = module.get(part)
        if macro is not None:
            getattr(figure, part).add_child(Raw(str(macro(element, kwargs))), name=element.get_name())
    for child in element._children.values():
        child.render(**kwargs)


def _add_scripts(element: Element, figure: Figure) -> None:
    """Put the files an element declares in ``default_js`` into the page header, each once."""
    for name in getattr(element, "default_js", None) or ():
        if name not in JS_FILES:
            raise ConfigurationError(f"{type(element).__name__} declares an unknown script {name!r}")
        figure.header.add_child(Raw(_script_tag(name)), name=f"diplomap-{name}")


@functools.lru_cache(maxsize=None)
def _script_tag(name: str) -> str:
    return f"<script>\n{_script_safe(asset_text(name))}\n</script>"


@functools.lru_cache(maxsize=None)
def _packed_topology(detail: str) -> Any:
    return pack(world_topology(detail))


class Page(Figure):
    """The standalone page (or, with :meth:`render_fragment`, an embeddable fragment).

    All map scripts run inside one function scope, so nothing but ``window.DiploMap``,
    the libraries and ``window.diplomapMaps`` becomes global.
    """

    _template = Template(
        "<!DOCTYPE html>\n"
        "<html lang=\"en\">\n"
        "<head>\n"
        "<meta charset=\"utf-8\" />\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />\n"
        "{% if this.title %}<title>{{ this.title|e }}</title>\n{% endif %}"
        "{{ this.header.render(**kwargs) }}\n"
        "</head>\n"
        "<body>\n"
        "{{ this.html.render(**kwargs) }}\n"
        "<script>\n(function () {\n{{ this.script.render(**kwargs) }}\n})();\n</script>\n"
        "</body>\n"
        "</html>\n"
    )
    _fragment = Template(
        "<div class=\"diplomap-fragment\" style=\"position: relative; width: 100%; "
        "height: {{ kwargs.get('height')|e }};\">\n"
        "{{ this.header.render(**kwargs) }}\n"
        "{{ this.html.render(**kwargs) }}\n"
        "<script>\n(function () {\n{{ this.script.render(**kwargs) }}\n})();\n</script>\n"
        "</div>\n"
    )

    def __init__(self, title: str | None = None):
        super().__init__(title=title)
        self.header._children.pop("meta_http", None)

    def _reset(self) -> None:
        # Every render fills header/html/script afresh; folium adds some pieces under
        # random names at render time, so leftovers of an earlier render would reorder.
        for part in (self.header, self.html, self.script):
            part._children.clear()

    def render(self, **kwargs: Any) -> str:
        """Render the standalone page (the same bytes every time)."""
        self._reset()
        return super().render(**kwargs)

    def render_fragment(self, height: str = "600px") -> str:
        """Render as an HTML fragment (no ``<html>``/``<head>``) of the given CSS height.

        ``100%`` fills the element the fragment is put in (give that a height).
        """
        if not isinstance(height, str) or not _CSS_SIZE.match(height):
            raise ConfigurationError(f"Expected a CSS height such as '600px', '70vh' or '100%', "
                                     f"instead got: {height!r}")
        self._reset()
        kwargs = {"fragment": True, "height": height}
        for child in self._children.values():
            child.render(**kwargs)
        return self._fragment.render(this=self, kwargs=kwargs)


class DiploMap(folium.Map):
    """A :class:`folium.Map` that links no CDN by itself and draws on a canvas.

    Its assets come from :class:`Assets`; its container is found at run time so two
    copies of the same fragment on one page each get their own map.
    """

    default_js: list = []
    default_css: list = []

    _template = Template("""
{% macro header(this, kwargs) %}
<style>
{%- if kwargs.get('fragment') %}
#{{ this.get_name() }} { position: absolute; top: 0; bottom: 0; left: 0; right: 0; }
{%- else %}
html, body { width: 100%; height: 100%; margin: 0; padding: 0; }
#{{ this.get_name() }} { position: absolute; top: 0; bottom: 0; left: 0; right: 0; }
{%- endif %}
</style>
{% endmacro %}

{% macro html(this, kwargs) %}
<div class="folium-map diplomap" id="{{ this.get_name() }}"></div>
{% endmacro %}

{% macro script(this, kwargs) %}
var {{ this.get_name() }} = DiploMap.init(L.map(DiploMap.container({{ this.get_name()|tojson }}), {{ this.map_options|tojson }}));
{% endmacro %}
""")

    def render(self, **kwargs: Any) -> None:
        _render_direct(self, **kwargs)

    def __init__(self, **kwargs: Any):
        super().__init__(tiles=None, prefer_canvas=True, **kwargs)
        self.map_options = {
            "center": self.location, "zoom": self.options.get("zoom", 2), "preferCanvas": True,
            "zoomSnap": 0.25, "minZoom": 1, "maxZoom": 18, "worldCopyJump": False,
        }


class _OnMap(MacroElement):
    """An element whose script needs the name of the map it belongs to."""

    def __init__(self, map: folium.Map):
        super().__init__()
        self._map = map

    def render(self, **kwargs: Any) -> None:
        _render_direct(self, **kwargs)


class Assets(MacroElement):
    """Leaflet, topojson-client, diplomap's stylesheet, ``core.js`` and ``view.js``.

    ``offline=True`` inlines every file (guarded so a second fragment on the same page
    reuses the libraries already loaded); ``offline=False`` links the CDNs for the
    libraries and still inlines diplomap's own small files.
    """

    default_js = ("core.js", "view.js")
    _template = Template("""
{% macro header(this, kwargs) %}
{%- for code in this.css %}
<style>{{ code }}</style>
{%- endfor %}
{%- for href in this.css_links %}
<link rel="stylesheet" href="{{ href|e }}" />
{%- endfor %}
{%- for src in this.js_links %}
<script src="{{ src|e }}"></script>
{%- endfor %}
{%- for guard, code in this.js %}
<script>
if (!({{ guard }})) {
{{ code }}
}
</script>
{%- endfor %}
{% endmacro %}
""")

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise ConfigurationError("Assets can only be rendered inside a diplomap page")
        header = self._template.module.__dict__["header"]  # the libraries before diplomap's own files
        figure.header.add_child(Raw(str(header(self, kwargs))), name=self.get_name())
        _add_scripts(self, figure)

    def __init__(self, offline: bool = True):
        super().__init__()
        self._name = "DiplomapAssets"
        self.offline = offline
        if offline:
            self.css = [asset_text("leaflet.css"), asset_text("diplomap.css")]
            self.css_links: list[str] = []
            self.js_links: list[str] = []
            self.js = [
                ("window.L && window.L.version", _script_safe(asset_text("leaflet.js"))),
                ("window.topojson && window.topojson.feature", _script_safe(asset_text("topojson.js"))),
            ]
        else:
            self.css = [asset_text("diplomap.css")]
            self.css_links = list(CDN_CSS)
            self.js_links = list(CDN_JS)
            self.js = []


class Call(_OnMap):
    """One call of a ``DiploMap`` function with the map (its layer group) and one JSON value.

    The one element behind every drawn piece: subclasses only name the function and
    declare the script file that defines it (``default_js``).
    """

    function = ""
    default_js: tuple[str, ...] = ("core.js",)
    _template = Template("""
{% macro script(this, kwargs) %}
DiploMap.{{ this.function }}({{ this._map.get_name() }}{% if this.group %}, {{ this._parent.get_name() }}{% endif %}, {{ this.data|tojson }});
{% endmacro %}
""")

    def __init__(self, map: folium.Map, data: Any, *, group: bool = False):
        super().__init__(map)
        self._name = type(self).__name__
        self.data = data  # payloads come already packed (see :func:`pack`)
        self.group = group


class RouteLayer(Call):
    """Legs, arrows, numbered stops and home capitals of every traveller (one payload)."""

    function = "routes"
    default_js = ("routes.js",)

    def __init__(self, map: folium.Map, data: Any):
        super().__init__(map, data, group=True)


class TieLayer(Call):
    """One arc per country pair (one payload)."""

    function = "ties"
    default_js = ("ties.js",)

    def __init__(self, map: folium.Map, data: Any):
        super().__init__(map, data, group=True)


class MentionLayer(Call):
    """Clustered places mentioned in the corpus (one payload)."""

    function = "mentions"
    default_js = ("mentions.js",)

    def __init__(self, map: folium.Map, data: Any):
        super().__init__(map, data, group=True)


class Controls(Call):
    """Legend, filter panel (travellers, country, itinerary, ties), time control, title, credit."""

    function = "controls"
    default_js = ("controls.js",)


class Basemap(Call):
    """Country outlines and names from packaged Natural Earth data, below everything."""

    function = "basemap"
    default_js = ("basemap.js",)
    _template = Template("""
{% macro script(this, kwargs) %}
DiploMap.basemap({{ this._map.get_name() }}, {{ this.data|tojson }}, {{ this.style|tojson }});
{% endmacro %}
""")

    def __init__(self, map: folium.Map, detail: str = "50m"):
        super().__init__(map, _packed_topology(detail))
        self.detail = detail
        self.style = {"color": "#8f9ba3", "weight": 0.7, "fillColor": "#f4f1ea", "fillOpacity": 1,
                      "opacity": 1}


class Finish(_OnMap):
    """Fit the bounds, draw every layer and raise the render flag; add it after everything else."""

    default_js = ("view.js",)
    _template = Template("""
{% macro script(this, kwargs) %}
DiploMap.ready({{ this._map.get_name() }}, {{ this.bounds|tojson }}, {{ this.max_zoom|tojson }});
{% endmacro %}
""")

    def __init__(self, map: folium.Map, bounds: list | None, max_zoom: int = 6):
        super().__init__(map)
        self._name = "Finish"
        self.bounds = bounds
        self.max_zoom = max_zoom
