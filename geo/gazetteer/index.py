"""The runtime gazetteer index: its format, the name key, and a read-only view by entry.

The index is the mapping stored in ``data/gazetteer/index.pkl.xz`` by
:func:`geo.gazetteer.build.build_index`. Places ("entries") are kept in
parallel arrays and addressed by their position, the *entry id*; folded
names map to entry ids, best first. :func:`load_index` reads the file (and
keeps an uncompressed copy in :func:`geo._paths.cache_dir`, which loads in a
fraction of a second); :class:`IndexView` is the read-only face of a loaded
index that the geoparser's hot loops read. Questions by name ("which places
could *Perth* be?") go to :class:`geo.gazetteer.Gazetteer`.

Examples
--------
>>> from geo.gazetteer import get_gazetteer
>>> view = get_gazetteer().index
>>> i = view.ids(fold("Tashkent"))[0]
>>> view.names[i], KIND_CODES[view.kind[i]], view.country[i]
('Tashkent', 'city', 'UZ')
"""

from __future__ import annotations

import lzma
import math
import os
import pickle
import unicodedata
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo._paths import cache_dir, data_path
from geo.errors import ConfigurationError
from geo.values import Place

__all__ = [
    "KIND_CODES", "CITY", "COUNTRY", "ADMIN", "REGION", "DEMONYM",
    "FLAG_CAPITAL", "FLAG_MINOR_ADMIN", "INDEX_FORMAT", "REBUILD",
    "fold", "prior", "city_prior", "IndexView", "index_path", "load_index",
]

#: Kinds of index entries, in the order of their one-byte codes.
KIND_CODES = ("city", "country", "admin", "region", "demonym", "other")
#: One-byte kind codes of :attr:`IndexView.kind`.
CITY, COUNTRY, ADMIN, REGION, DEMONYM = range(5)

#: Flags of index entries.
FLAG_CAPITAL = 1      # national capital
FLAG_MINOR_ADMIN = 4  # a second-level subdivision (US county)

#: Format of the stored mapping; a loaded index of another format is refused.
INDEX_FORMAT = 8
#: How to rebuild the index, as error messages say it.
REBUILD = "python -m geo.gazetteer build"
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


def city_prior(population: int, capital: bool) -> float:
    """Importance of a city before any context: grows with the log of its population.

    Examples
    --------
    >>> round(city_prior(1_000_000, False), 2), round(city_prior(1_000_000, True), 2)
    (1.5, 1.95)
    """
    return 0.25 * math.log10(population + 10) + (0.45 if capital else 0.0)


_KIND_PRIOR = {COUNTRY: 3.0, DEMONYM: 2.9, REGION: 2.5}


def prior(kind: int, population: int, flags: int) -> float:
    """Importance of an entry before any context (about 0.5-3).

    Countries come first, then demonyms, regions, states and provinces, and
    cities by population (capitals a little higher); counties below states.

    Examples
    --------
    >>> prior(COUNTRY, 0, 0), prior(ADMIN, 0, 0), prior(ADMIN, 0, FLAG_MINOR_ADMIN)
    (3.0, 1.6, 0.9)
    """
    if kind == CITY:
        return city_prior(population, bool(flags & FLAG_CAPITAL))
    if kind == ADMIN:
        return 0.9 if flags & FLAG_MINOR_ADMIN else 1.6
    return _KIND_PRIOR.get(kind, 0.5)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class IndexView:
    """A read-only view of a loaded index, by entry id.

    Built once per :class:`~geo.gazetteer.Gazetteer` (its ``index``
    attribute). This is the low-level side, for loops that visit many
    entries (the geoparser); ask the gazetteer itself for places by name.
    Entry ids are positions in the index: stable for one index file, changed
    by a rebuild. Nothing here can be reassigned; the arrays are read-only
    memory views, and the mappings are the index's own (read them, never
    write: every lookup shares them).

    Attributes
    ----------
    names : tuple of str
        Entry names ("Tashkent"); a demonym entry carries its country's name.
    lat, lon : sequence of int
        Points, in degrees x 100,000 (see :meth:`point`).
    country : tuple of str
        ISO 3166-1 alpha-2 code of each entry, ``""`` for regions and continents.
    geonameid : sequence of int
        GeoNames ids, 0 when there is none.
    kind : bytes
        Kind of each entry, an index into :data:`KIND_CODES` (:data:`CITY`, ...).
    population : sequence of int
        0 when unknown.
    admin1 : tuple of str or None
        GeoNames admin-1 code of cities and admin areas ("TX", "02").
    flags : bytes
        :data:`FLAG_CAPITAL`, :data:`FLAG_MINOR_ADMIN`.
    keys : mapping of str to int or tuple of int
        Folded name (:func:`fold`) to entry ids, best first; a single id is
        stored as an int (:meth:`ids` always gives a tuple).
    heads : mapping of str to int
        First word of a key of several words to the most words of a key
        starting with it ("new" -> 5), so a scan knows how far to look.
    zipf : mapping of str to int
        Single-word key to its Zipf frequency in English x 10 (2.5 and up).
    alias_keys : frozenset of str
        Keys that came from the alias table or abbreviations ("peking", "ky").
    common : frozenset of str
        Lower-case English words in common use ("police", "overall").
    person_names : frozenset of str
        Popular first names and surnames, lower case (US census lists).

    Examples
    --------
    >>> from geo.gazetteer import get_gazetteer
    >>> view = get_gazetteer().index
    >>> [view.country[i] for i in view.ids(fold("Perth"))][:2]
    ['AU', 'GB']
    >>> view.heads["bosnia"], "police" in view.common
    (3, True)
    >>> view.names = ()
    Traceback (most recent call last):
    ...
    dataclasses.FrozenInstanceError: cannot assign to field 'names'
    """

    names: tuple[str, ...]
    lat: Sequence[int]
    lon: Sequence[int]
    country: tuple[str, ...]
    geonameid: Sequence[int]
    kind: bytes
    population: Sequence[int]
    admin1: tuple[str | None, ...]
    flags: bytes
    keys: Mapping[str, int | tuple[int, ...]]
    heads: Mapping[str, int]
    zipf: Mapping[str, int]
    alias_keys: frozenset[str]
    common: frozenset[str]
    person_names: frozenset[str]
    _priors: dict[int, float] = field(default_factory=dict, init=False)
    _places: dict[int, Place] = field(default_factory=dict, init=False)

    @classmethod
    def from_index(cls, index: Mapping[str, Any]) -> IndexView:
        """Return the view of a loaded index mapping (as :func:`load_index` gives it).

        Examples
        --------
        >>> from geo.gazetteer import get_gazetteer
        >>> len(IndexView.from_index(load_index(index_path()))) == len(get_gazetteer())
        True
        """
        return cls(
            names=tuple(index["names"].split("\0")),
            lat=_read_only(index["lat"]), lon=_read_only(index["lon"]),
            country=tuple(index["cc"]), geonameid=_read_only(index["gid"]),
            kind=bytes(index["kind"]), population=_read_only(index["pop"]),
            admin1=tuple(index["admin1"]), flags=bytes(index["flags"]),
            keys=dict(zip(index["keys"].split("\0"), index["vals"])),
            heads=index["heads"], zipf=index["zipf"],
            alias_keys=frozenset(index["alias_keys"]),
            common=frozenset(index["common"].split("\0")),
            person_names=frozenset(index["person_names"].split("\0")))

    def __len__(self) -> int:
        """Number of entries (countries, regions, admin areas, cities, demonyms).

        Examples
        --------
        >>> from geo.gazetteer import get_gazetteer
        >>> len(get_gazetteer().index) == len(get_gazetteer())
        True
        """
        return len(self.names)

    def __repr__(self) -> str:
        return f"<IndexView of {len(self.names):,} entries>"

    def ids(self, key: str) -> tuple[int, ...]:
        """Return the entry ids stored under a folded key, best first (``()`` if none).

        Examples
        --------
        >>> from geo.gazetteer import get_gazetteer
        >>> view = get_gazetteer().index
        >>> [view.place(i).country for i in view.ids(fold("Perth"))][:2]
        ['AU', 'GB']
        >>> view.ids("qqqxyz")
        ()
        """
        v = self.keys.get(key)
        if v is None:
            return ()
        return (v,) if isinstance(v, int) else v

    def place(self, i: int) -> Place:
        """Return entry ``i`` as a :class:`~geo.values.Place` (memoised; places are immutable).

        Examples
        --------
        >>> from geo.gazetteer import get_gazetteer
        >>> view = get_gazetteer().index
        >>> p = view.place(view.ids("dushanbe")[0])
        >>> (p.name, p.country, p.kind)
        ('Dushanbe', 'TJ', 'city')
        """
        p = self._places.get(i)
        if p is None:
            if len(self._places) > 100_000:
                self._places.clear()
            p = self._places[i] = self.new_place(i)
        return p

    def new_place(self, i: int) -> Place:
        """Build entry ``i`` as a new :class:`~geo.values.Place` (not memoised).

        Examples
        --------
        >>> from geo.gazetteer import get_gazetteer
        >>> view = get_gazetteer().index
        >>> i = view.ids("minsk")[0]
        >>> view.new_place(i) == view.place(i)
        True
        """
        gid = self.geonameid[i]
        return Place(
            name=self.names[i], lat=self.lat[i] / 1e5, lon=self.lon[i] / 1e5,
            country=self.country[i] or None, geonameid=gid or None,
            kind=KIND_CODES[self.kind[i]], population=self.population[i],
            admin1=self.admin1[i])

    def point(self, i: int) -> tuple[float, float]:
        """``(lat, lon)`` of entry ``i`` in degrees.

        Examples
        --------
        >>> from geo.gazetteer import get_gazetteer
        >>> view = get_gazetteer().index
        >>> view.point(view.ids("minsk")[0])
        (53.90019, 27.56653)
        """
        return (self.lat[i] / 1e5, self.lon[i] / 1e5)

    def prior(self, i: int) -> float:
        """Importance of entry ``i`` before any context, by :func:`prior` (memoised).

        Examples
        --------
        >>> from geo.gazetteer import get_gazetteer
        >>> view = get_gazetteer().index
        >>> view.prior(view.ids("uzbekistan")[0])
        3.0
        """
        p = self._priors.get(i)
        if p is None:
            p = self._priors[i] = prior(self.kind[i], self.population[i], self.flags[i])
        return p


def _read_only(values: Sequence[int]) -> Sequence[int]:
    """A read-only memory view of an :class:`array.array` (as fast to index)."""
    return memoryview(values).toreadonly() if isinstance(values, array) else tuple(values)


# ---------------------------------------------------------------------------
# loading
def index_path() -> Path:
    """Return the path of the bundled index, ``data/gazetteer/index.pkl.xz``.

    Examples
    --------
    >>> index_path().name
    'index.pkl.xz'
    """
    return data_path("gazetteer", _INDEX_FILE)


_PICKLE_ERRORS = (EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError,
                  IndexError, KeyError, ImportError)


def load_index(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a stored index; keep an uncompressed copy in the cache (unpacking takes ~0.5 s).

    Parameters
    ----------
    path : str or path-like
        An index written by :func:`geo.gazetteer.build.build_index`.

    Returns
    -------
    dict
        The stored mapping, for :class:`~geo.gazetteer.Gazetteer` or
        :meth:`IndexView.from_index`.

    Raises
    ------
    ConfigurationError
        When the index is missing, truncated or garbled, saying how to
        rebuild it; a broken cached copy is ignored and replaced.

    Examples
    --------
    >>> load_index(index_path())["format"] == INDEX_FORMAT
    True
    >>> load_index("/nowhere/index.pkl.xz")
    Traceback (most recent call last):
    ...
    geo.errors.ConfigurationError: gazetteer index missing at /nowhere/index.pkl.xz ([Errno 2] No such file or directory: '/nowhere/index.pkl.xz'); rebuild it with `python -m geo.gazetteer build`
    """
    path = Path(path)
    try:
        st = path.stat()
    except OSError as err:
        raise ConfigurationError(f"gazetteer index missing at {path} ({err}); rebuild it with "
                                 f"`{REBUILD}`") from err
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
                                 f"rebuild it with `{REBUILD}`") from err
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
