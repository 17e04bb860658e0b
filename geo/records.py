"""Structured visit records: CSV rows -> geocoded :class:`~geo.values.RecordStop` values.

A record file has one row per stay in one country, with the columns of
``data/us_secretaries_travels.csv``: ``traveler, role, start_date, end_date,
country, locale, remarks`` (other names mappable with ``columns``). Each row
gives one stop per place its locale names, in the order written:

* ``"Moscow, Leningrad, Kiev"`` -> three stops; ``"Tel Aviv, Jerusalem"`` -> two.
* ``"Mexico, D.F."`` and ``"Calgary (Alberta)"`` -> one stop; the part in
  brackets (or a known qualifier after a comma) only helps to resolve it.
  A bracket naming a country (``France | Algiers (Algeria)``) moves the
  search to that country.
* The record's country, even a historic one (U.S.S.R., Yugoslavia, Zaire,
  "Germany, Federal Republic of"), constrains the search to the countries
  that now cover it (``data/record_aliases.csv`` keeps the multi-country ones
  and the places the gazetteer lacks: air bases, "West Berlin", ...).
* An empty locale gives the country's point with ``place`` ``None``, and
  ``reason`` says so.

Nothing is dropped silently: a stop that cannot be placed keeps ``lat``/
``lon`` ``None`` with a ``reason``; a row that cannot be used at all
(unparseable dates, end before start, ragged row, no traveller) is skipped and
reported. Both go to ``problems`` with the file and the 1-based data row.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .ingest import csv_rows, decode_bytes, parse_date
from .values import Place, Problem, RecordStop

if TYPE_CHECKING:  # types only: no import at run time
    from .geocoders.base import Resolver

__all__ = ["load_records", "split_locale", "COLUMNS", "REQUIRED"]

#: Our column names, in file order.
COLUMNS = ("traveler", "role", "start_date", "end_date", "country", "locale", "remarks", "lat", "lon")
#: Columns a record file must have (after mapping).
REQUIRED = ("traveler", "start_date", "country")

_STAGE = "records"
_BRACKET = re.compile(r"\(([^()]*)\)")
_TOWN = 10_000  # inhabitants: a city this big beats a region of the same name
_SUFFIX = re.compile(r"\s+(island|province|bay)$", re.I)


# ---------------------------------------------------------------------------
# locales


@dataclass(frozen=True, slots=True)
class _Part:
    name: str           # as written, brackets removed
    hint: str | None    # bracket or qualifier text that helps resolve it


def split_locale(locale: str, *, joined: Iterable[str] = ()) -> list[tuple[str, str | None]]:
    """Split a locale into ``(place, hint)`` pairs in the order written.

    Commas separate places, except where the comma belongs to one name
    (``joined``, folded, e.g. ``"mexico d.f."``) or the part after it is a
    qualifier rather than a place (``"D.F."``). A bracket gives a hint to the
    part it follows; a bracket ending the locale applies to every part
    without its own ("St. Thomas, St. Croix (Virgin Islands)").

    Examples
    --------
    >>> split_locale("Moscow, Leningrad, Kiev")
    [('Moscow', None), ('Leningrad', None), ('Kiev', None)]
    >>> split_locale("Mexico, D.F., Puerto Vallarta")
    [('Mexico, D.F.', None), ('Puerto Vallarta', None)]
    >>> split_locale("Halifax, Stellarton (Nova Scotia)")
    [('Halifax', 'Nova Scotia'), ('Stellarton', 'Nova Scotia')]
    >>> split_locale("")
    []
    """
    joined = {_fold(j) for j in joined} | {"mexico d.f."}
    raw = [p.strip() for p in str(locale).split(",")]
    raw = [p for p in raw if p]
    parts: list[_Part] = []
    i = 0
    while i < len(raw):
        piece = raw[i]
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        if nxt is not None and (_fold(f"{piece} {nxt}") in joined or _is_qualifier(nxt)):
            piece = f"{piece}, {nxt}"
            i += 1
        hint = None
        found = _BRACKET.findall(piece)
        if found:
            hint = found[-1].strip() or None
            piece = " ".join(_BRACKET.sub(" ", piece).split())
        parts.append(_Part(piece, hint))
        i += 1
    tail = parts[-1].hint if parts else None
    if tail:
        parts = [p if p.hint else _Part(p.name, tail) for p in parts]
    return [(p.name, p.hint) for p in parts if p.name]


def _is_qualifier(part: str) -> bool:
    """'D.F.', 'B.C.': dotted abbreviations that qualify the name before them."""
    return bool(re.fullmatch(r"(?:[A-Z]\.){1,3}", part.replace(" ", "")))


def _fold(text: str) -> str:
    from .gazetteer import fold

    return fold(text).replace(",", " ").replace("  ", " ").strip()


# ---------------------------------------------------------------------------
# aliases kept for records (historic countries, bases, misspellings)


@dataclass(frozen=True, slots=True)
class _Aliases:
    countries: Mapping[str, tuple[str, ...]]      # folded country string -> ISO2 codes, primary first
    places: Mapping[tuple[str, str], Place | str]  # (folded name, ISO2) -> place, or a name to look up


@lru_cache(maxsize=1)
def _aliases() -> _Aliases:
    from .tables import read_table

    countries: dict[str, tuple[str, ...]] = {}
    places: dict[tuple[str, str], Place] = {}
    for _, row in read_table(None, "record_aliases.csv", {"kind", "name", "codes"}):
        kind, name = row["kind"], row["name"]
        if kind == "country":
            countries[_fold(name)] = tuple(row["codes"].split())
        elif kind == "place":
            # codes: the country the place is in, then record countries it may appear under
            codes = tuple(row["codes"].upper().split())
            target = row.get("target") or name
            if row.get("lat"):
                place: Place | str = Place(
                    name=target, lat=float(row["lat"]), lon=float(row["lon"]),
                    country=codes[0] if codes else None,
                    geonameid=int(row["geonameid"]) if row.get("geonameid") else None,
                    kind=row.get("place_kind") or "other")
            else:
                place = target  # another spelling: look the target up in the gazetteer
            for cc in codes or ("",):
                places[(_fold(name), cc)] = place
    return _Aliases(countries, places)


# ---------------------------------------------------------------------------
# resolving one row's places


class _Placer:
    """Resolve record countries and locale parts, memoised per run."""

    def __init__(self, resolver: Resolver | None) -> None:
        from .gazetteer import get_gazetteer

        self.gaz = get_gazetteer()
        self.resolver = resolver if resolver is not None else self.gaz
        self.aliases = _aliases()
        self._countries: dict[str, tuple[str, ...]] = {}
        self._places: dict[tuple, tuple[Place | None, str | None]] = {}

    def country_codes(self, text: str) -> tuple[str, ...]:
        """ISO2 codes a record country covers, primary first; () when unknown."""
        if text in self._countries:
            return self._countries[text]
        codes: tuple[str, ...] = ()
        candidates = [text]
        outside = " ".join(_BRACKET.sub(" ", text).split())
        inside = [b.strip() for b in _BRACKET.findall(text)]
        candidates += [outside] + inside if inside else []
        for cand in candidates:
            codes = self.aliases.countries.get(_fold(cand), ())
            if not codes:
                cc = self.gaz.country_code(cand) if cand else None
                codes = (cc,) if cc else ()
            if codes:
                break
        # "Denmark (Greenland)": the bracket names where it is; "Congo (Zaire)": the same country
        for b in inside:
            extra = self.aliases.countries.get(_fold(b)) or ((self.gaz.country_code(b),) if self.gaz.country_code(b) else ())
            codes = tuple(dict.fromkeys(tuple(extra) + codes))
        self._countries[text] = codes
        return codes

    def _lookup(self, name: str, codes: tuple[str, ...]) -> list[Place]:
        folded = _fold(name)
        for cc in codes:
            alias = self.aliases.places.get((folded, cc))
            if isinstance(alias, Place):
                return [alias]
            if isinstance(alias, str):
                name = alias
                break
        out: list[Place] = []
        if not hasattr(self.resolver, "candidates") and len(codes) > 1:
            # an online resolver: ask only in the countries where the gazetteer knows the name
            # (one request, not one per successor state of the U.S.S.R.)
            known = [cc for cc in codes if self.gaz.candidates(name, country=cc)]
            codes = tuple(known[:1]) or codes[:1]
        for cc in codes:
            if hasattr(self.resolver, "candidates"):
                found = self.resolver.candidates(name, country=cc)
                found.sort(key=lambda p: p.kind == "country")  # "Gaza": the city before the territory
                if found and found[0].kind in ("admin", "region"):
                    # a record's locale is a town first: "Ramallah", "Jericho" the cities, not the
                    # governorates; a hamlet does not beat a province ("Hainan")
                    town = next((p for p in found if p.kind == "city" and p.population >= _TOWN), None)
                    if town is not None:
                        found.remove(town)
                        found.insert(0, town)
                out.extend(found)
            else:
                p = self.resolver.resolve(name, country=cc)
                if p is not None:
                    out.append(p)
            if out:
                return out
        # a locale naming a country or territory ("Bermuda", "Martinique", "Malta")
        cc = self.gaz.country_code(name)
        point = self.gaz.country(cc) if cc else None
        return [point] if point is not None else []

    def place(self, name: str, hint: str | None, codes: tuple[str, ...]) -> tuple[list[Place], str | None]:
        """Return ``(candidates best first, reason)``; ``reason`` is set when nothing fits."""
        key = (name, hint, codes)
        if key in self._places:
            return self._places[key]
        result = self._place(name, hint, codes)
        self._places[key] = result
        return result

    def _place(self, name: str, hint: str | None, codes: tuple[str, ...]) -> tuple[list[Place], str | None]:
        admin = None
        if hint:
            hcc = self.aliases.countries.get(_fold(hint)) or (
                (self.gaz.country_code(hint),) if self.gaz.country_code(hint) else ())
            if hcc:  # "Algiers (Algeria)", "Havana (Cuba)": the bracket says where it is
                codes = tuple(dict.fromkeys(tuple(hcc) + codes))
            else:  # "Calgary (Alberta)": a region of the record's country
                for cc in codes or (None,):
                    region = self.gaz.resolve(hint, country=cc, kinds=("admin", "region"))
                    if region is not None:
                        admin = region
                        break
        found = self._lookup(name, codes)
        if not found and "," in name:  # "Mexico, D.F." unknown as a whole: the head names it
            found = self._lookup(name.split(",")[0].strip(), codes)
        if not found and _SUFFIX.search(name):  # "Terceira Island", "Camau Province"
            found = self._lookup(_SUFFIX.sub("", name), codes)
        if admin is not None and len(found) > 1:  # "Halifax (Nova Scotia)": nearest the region
            found = sorted(found, key=lambda p: (p.lat - admin.lat) ** 2 + (p.lon - admin.lon) ** 2)
        if not found:
            if not codes:
                return [], f"place {name!r} not searched: unknown country"
            return [], f"place {name!r} not found in {'/'.join(codes)}"
        return found, None


# ---------------------------------------------------------------------------
# files


def _read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read the records file ({err.strerror or err})") from err
    try:
        text, _ = decode_bytes(data)  # one decoder for every text file (BOMs, UTF-16, cp1252)
    except InputError as err:
        raise InputError(f"{path}: not a text CSV file ({err})") from err
    try:
        rows = list(csv_rows(text))  # quoted newlines stay in their field; long cells are read
    except csv.Error as err:
        raise InputError(f"{path}: not a readable CSV file ({err})") from err
    rows = [r for r in rows if any(c.strip() for c in r)] if rows else rows
    if not rows:
        raise InputError(f"{path}: empty records file (no header row)")
    return [h.strip() for h in rows[0]], rows[1:]


def _resolve_columns(path: Path, header: list[str], columns: Mapping[str, str] | None) -> dict[str, int]:
    mapping = {name: name for name in COLUMNS}
    for ours, theirs in (columns or {}).items():
        if ours not in COLUMNS:
            raise InputError(f"unknown record column {ours!r} in the column mapping; "
                             f"known: {', '.join(COLUMNS)}")
        mapping[ours] = theirs
    folded = {h.casefold(): i for i, h in enumerate(header)}
    index = {ours: folded[theirs.casefold()] for ours, theirs in mapping.items() if theirs.casefold() in folded}
    missing = [f"{ours}" + (f" (as {mapping[ours]!r})" if mapping[ours] != ours else "")
               for ours in REQUIRED if ours not in index]
    if missing:
        raise InputError(f"{path}: missing required column(s) {', '.join(missing)}; "
                         f"found: {', '.join(repr(h) for h in header) or 'nothing'}")
    return index


def load_records(paths: Iterable[str | Path], *, columns: Mapping[str, str] | None = None,
                 resolver: Resolver | None = None, problems: list[Problem] | None = None) -> list[RecordStop]:
    """Load visit-record CSV files into geocoded stops, one per place named.

    Parameters
    ----------
    paths : iterable of str or Path
        Record CSV files (UTF-8, with or without BOM; UTF-16 with BOM; Latin-1).
    columns : mapping, optional
        Our column name -> the file's (``{"traveler": "Name", "start_date": "From"}``).
        Required: ``traveler``, ``start_date``, ``country``; optional:
        ``role``, ``end_date`` (defaults to the start), ``locale``, ``remarks``,
        and ``lat``/``lon`` (decimal degrees; used as given for a row naming
        one place, instead of geocoding it; out of range -> reported, geocoded).
    resolver : Resolver, optional
        Places the locales (``resolve(name, country=...)``); defaults to the
        offline gazetteer. Countries are always read with the gazetteer.
    problems : list of Problem, optional
        Receives one :class:`~geo.values.Problem` (stage ``records``) per
        skipped row and per stop that could not be placed.

    Returns
    -------
    list of RecordStop
        In file and row order, then locale order. Unplaced stops are kept,
        with ``lat``/``lon`` ``None`` and a ``reason``.

    Raises
    ------
    InputError
        A file that cannot be read, is empty, or lacks a required column (the
        message names the file, what is missing and what was found).

    Examples
    --------
    >>> import tempfile, os
    >>> d = tempfile.mkdtemp(); p = os.path.join(d, "v.csv")
    >>> _ = open(p, "w").write("traveler,role,start_date,end_date,country,locale,remarks\\n"
    ...     "Henry Kissinger,secretary,1974-03-24,1974-03-28,U.S.S.R.,\\"Moscow, Kiev\\",talks\\n"
    ...     "Henry Kissinger,secretary,next Tuesday,,Israel,Jerusalem,\\n")
    >>> problems = []
    >>> [(s.place, s.country, s.row) for s in load_records([p], problems=problems)]
    [('Moscow', 'RU', 1), ('Kyiv', 'UA', 1)]
    >>> problems[0].row, problems[0].reason
    (2, "unparseable start_date 'next Tuesday'")
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    sink = problems if problems is not None else []
    placer: _Placer | None = None
    stops: list[RecordStop] = []
    for path in paths:
        path = Path(path)
        header, rows = _read_rows(path)
        index = _resolve_columns(path, header, columns)
        if placer is None:
            placer = _Placer(resolver)
        for n, row in enumerate(rows, start=1):
            stops.extend(_row_stops(path, n, row, header, index, placer, sink))
    return stops


def _row_stops(path: Path, n: int, row: list[str], header: list[str], index: dict[str, int],
               placer: _Placer, problems: list[Problem]) -> list[RecordStop]:
    file = str(path)

    def skip(reason: str) -> list[RecordStop]:
        problems.append(Problem(file, reason, stage=_STAGE, row=n, text=",".join(row)[:200]))
        return []

    if len(row) != len(header):
        return skip(f"ragged row: {len(row)} field(s) where the header has {len(header)}")

    def get(name: str) -> str | None:
        i = index.get(name)
        value = row[i].strip() if i is not None else ""
        return value or None

    traveler = get("traveler")
    if not traveler:
        return skip("no traveler")
    raw_start, raw_end = get("start_date"), get("end_date")
    if not raw_start:
        return skip("no start_date")
    try:
        start = parse_date(raw_start)
    except ValueError:
        return skip(f"unparseable start_date {raw_start!r}")
    try:
        end = parse_date(raw_end) if raw_end else start
    except ValueError:
        return skip(f"unparseable end_date {raw_end!r}")
    if end < start:
        return skip(f"end_date {end.isoformat()} is before start_date {start.isoformat()}")
    country_text = get("country")
    if not country_text:
        return skip("no country")
    role, remarks, locale = get("role"), get("remarks"), get("locale")
    codes = placer.country_codes(country_text)
    primary = codes[0] if codes else None

    def stop(place: str | None, p: Place | None, reason: str | None) -> RecordStop:
        if reason and p is None:
            problems.append(Problem(file, reason, stage=_STAGE, row=n, text=place or country_text))
        return RecordStop(traveler=traveler, role=role, start_date=start, end_date=end,
                          country=(p.country if p is not None and p.country else primary),
                          place=place, lat=p.lat if p else None, lon=p.lon if p else None,
                          file=file, row=n, reason=reason, remarks=remarks,
                          geonameid=p.geonameid if p else None)

    parts = split_locale(locale or "")
    raw_lat, raw_lon = get("lat"), get("lon")
    if raw_lat or raw_lon:
        given = _coordinates(raw_lat, raw_lon)
        if isinstance(given, str):
            problems.append(Problem(file, f"{given}; geocoding the locale instead", stage=_STAGE, row=n,
                                    text=f"{raw_lat},{raw_lon}"))
        elif len(parts) > 1:
            problems.append(Problem(file, "one lat/lon pair for several places; geocoding each instead",
                                    stage=_STAGE, row=n, text=locale))
        else:
            name = parts[0][0] if parts else None
            return [RecordStop(traveler=traveler, role=role, start_date=start, end_date=end, country=primary,
                               place=name, lat=given[0], lon=given[1], file=file, row=n, remarks=remarks)]
    if not parts:
        point = placer.gaz.country(primary) if primary else None
        if point is None:
            return [stop(None, None, f"no locale and unknown country {country_text!r}")]
        return [stop(None, point, "no locale in the record: placed at the country's point")]
    found = [placer.place(name, hint, codes) for name, hint in parts]
    chosen = _choose([c for c, _ in found])
    out = []
    for (name, _hint), (_cands, reason), p in zip(parts, found, chosen):
        if p is None and not codes:
            reason = f"unknown country {country_text!r}: place {name!r} not searched"
        out.append(stop(p.name if p is not None else name, p, reason))
    return out


def _coordinates(lat: str | None, lon: str | None) -> tuple[float, float] | str:
    """``(lat, lon)`` from two cells, or the reason they cannot be used."""
    try:
        la, lo = float(lat), float(lon)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return f"unusable coordinates lat={lat!r} lon={lon!r}"
    if not (-90 <= la <= 90 and -180 <= lo <= 180):  # NaN fails too
        return f"coordinates out of range lat={lat!r} lon={lon!r}"
    return la, lo


_NEAR_KM = 400.0


def _km(a: Place, b: Place) -> float:
    import math

    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _choose(candidates: list[list[Place]]) -> list[Place | None]:
    """Pick one candidate per part; places of one row lie together.

    The best candidate wins unless it is far (> 400 km) from every other part's
    choice while another candidate is near one ("Ottawa, Montebello": the
    Montebello in Quebec, not the one in Nova Scotia).
    """
    picks = [c[0] if c else None for c in candidates]
    if sum(1 for c in candidates if c) < 2:
        return picks
    for i, cands in enumerate(candidates):
        if len(cands) < 2:
            continue
        others = [p for j, p in enumerate(picks) if j != i and p is not None]
        if not others or min(_km(picks[i], o) for o in others) <= _NEAR_KM:
            continue
        near = [c for c in cands[:10] if min(_km(c, o) for o in others) <= _NEAR_KM]
        if near:
            picks[i] = near[0]
    return picks
