"""Immutable values passed between the stages of the pipeline.

Data flows one way: :class:`Document` (ingest) -> :class:`Mention` (geoparse)
-> :class:`Visit` / :class:`Tie` (events) -> joined :class:`Visit` (join) ->
map and files. Every value is a frozen, slotted dataclass; ``to_frame`` turns
a list of any of them into a :class:`pandas.DataFrame` with the columns in
field order.

Coordinates are kept as ``(lat, lon)`` like geopy; :func:`lonlat` gives the
GeoJSON order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .problems import Problem

__all__ = [
    "Document",
    "DateMatch",
    "Place",
    "Mention",
    "Evidence",
    "Person",
    "Visit",
    "Tie",
    "RecordStop",
    "Problem",
    "KINDS",
    "VISIT_STATUSES",
    "lonlat",
    "valid_point",
    "to_records",
    "to_frame",
]

#: Feature kinds of a resolved place or mention.
KINDS = ("city", "country", "admin", "region", "demonym", "other")

#: Statuses of a visit.
VISIT_STATUSES = ("completed", "ongoing", "planned", "cancelled")


@dataclass(frozen=True, slots=True)
class Document:
    """One article or text of a corpus.

    Parameters
    ----------
    id : str
        Path relative to the input directory, or as given; ``file.csv#3`` for
        row 3 of a table (or the row's ``id`` column when it has one).
    text : str
        Visible text. Offsets of mentions index into this string.
    title, source, url : str or None
        Metadata from the file itself or the sidecar CSV.
    published : datetime.date or None
        Publication date, used to resolve relative dates.
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a text.

    Parameters
    ----------
    text : str
        The expression as written (``text == source[offset:offset_end]``).
    offset, offset_end : int
        Character offsets in the searched text.
    start, end : datetime.date
        The first and last day it denotes.
    """

    text: str
    offset: int
    offset_end: int
    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: something with a name and a point.

    ``raw`` keeps the provider's payload (a GeoNames row, a Nominatim reply)
    as geopy's ``Location.raw`` does; it takes no part in equality.
    """

    name: str
    lat: float
    lon: float
    country: str | None = None
    geonameid: int | None = None
    kind: str = "city"
    population: int = 0
    admin1: str | None = None
    raw: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)

    @property
    def point(self) -> tuple[float, float]:
        """``(lat, lon)``."""
        return (self.lat, self.lon)


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in a document, with character offsets.

    ``text == document.text[start:end]`` always holds. ``name``, ``lat``,
    ``lon``, ``country`` and ``geonameid`` describe the place it resolved to;
    ``kind`` is one of :data:`KINDS` (``demonym`` for "Russian", "Tajik",
    resolved to the country). ``score`` is the resolver's confidence (0-1).
    """

    doc: str
    start: int
    end: int
    text: str
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    geonameid: int | None
    kind: str
    score: float


@dataclass(frozen=True, slots=True)
class Person:
    """A reference to a person in a document, resolved as far as the text allows.

    ``kind`` is ``name`` (a full name as written), ``surname`` ("Putin",
    "Mr Putin"), ``descriptor`` ("the Russian leader", "the president of
    Kenya", "the visiting minister") or ``pronoun``; ``name`` is the full name
    it resolved to, ``via`` how (``None`` for a name as written); ``listed`` says it is one of the holders an
    office of several countries stands for ("the presidents of Lithuania and Estonia", :mod:`geo.office_lists`).
    """

    start: int
    end: int
    text: str
    name: str | None
    country: str | None
    role: str | None
    kind: str
    gender: str | None = None
    via: str | None = None
    listed: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why we believe a visit or a tie: a sentence of a document or a record row."""

    doc: str
    text: str
    kind: str = "text"  # "text" | "record" | "mention"
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    row: int | None = None


@dataclass(frozen=True, slots=True)
class Visit:
    """Someone was (or will be) in a country, maybe at a named place.

    The first fields, in order, are the output columns of ``diplomap visits``.
    ``sources`` keeps every piece of evidence after merging duplicates;
    ``doc`` and ``evidence`` are the first of them. ``origin`` says where the
    visit came from: ``text``, ``record`` or ``both`` (after a join).
    ``how`` says how the text told it: the cue family and words, the date
    expression that gave its day, and how its traveller was named when not by
    name ("'the Kenyan president' = president of KE on 2023-05-01 (leaders
    table)"); its ``confidence`` follows from these.
    """

    traveler: str
    traveler_country: str | None
    role: str | None
    country: str
    place: str | None
    lat: float | None
    lon: float | None
    start_date: dt.date | None
    end_date: dt.date | None
    status: str
    doc: str | None
    evidence: str | None
    confidence: float
    origin: str = "text"
    trip: int | None = None
    sources: tuple[Evidence, ...] = ()
    how: str | None = None


@dataclass(frozen=True, slots=True)
class Tie:
    """A bilateral tie of one kind between two countries (ISO2, ``a < b``).

    ``weight`` counts independent evidence (distinct sentences); ``plover`` is
    the PLOVER event type most of the evidence gives and ``quad_class`` its
    CAMEO quad class ("verbal cooperation", "material conflict", ...).
    """

    a: str
    b: str
    kind: str
    weight: int
    first_date: dt.date | None
    last_date: dt.date | None
    evidence: tuple[Evidence, ...] = ()
    plover: str | None = None
    quad_class: str | None = None


@dataclass(frozen=True, slots=True)
class RecordStop:
    """One stop of a structured visit record (one place of one CSV row).

    A row naming several places ("Tel Aviv, Jerusalem") gives one stop per
    place in the order written. A stop that could not be placed keeps
    ``lat``/``lon`` as ``None`` and says why in ``reason``.
    """

    traveler: str
    role: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    country: str | None
    place: str | None
    lat: float | None
    lon: float | None
    file: str
    row: int
    reason: str | None = None
    remarks: str | None = None
    geonameid: int | None = None


def valid_point(lat: float | None, lon: float | None) -> bool:
    """True for finite coordinates on Earth (``None`` and NaN are not).

    Examples
    --------
    >>> valid_point(41.3, 69.2), valid_point(None, 1.0), valid_point(float("nan"), 0), valid_point(0, 181)
    (True, False, False, False)
    """
    return lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180


def lonlat(lat: float, lon: float) -> tuple[float, float]:
    """Return a ``(lat, lon)`` pair in GeoJSON's ``(lon, lat)`` order.

    Examples
    --------
    >>> lonlat(41.3, 69.28)
    (69.28, 41.3)
    """
    return (lon, lat)


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name != "raw"}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def to_records(values: Iterable[Any], *, fields: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Turn dataclass values into plain dicts (dates as ISO strings).

    Examples
    --------
    >>> to_records([Problem("a.txt", "empty file")])
    [{'source': 'a.txt', 'reason': 'empty file', 'stage': 'ingest', 'row': None, 'text': None}]
    """
    out = []
    for v in values:
        d = _plain(v)
        if fields is not None:
            d = {k: d.get(k) for k in fields}
        out.append(d)
    return out


def to_frame(values: Iterable[Any], *, cls: type | None = None):
    """Return a :class:`pandas.DataFrame` of dataclass values, one row each.

    ``cls`` gives the columns when ``values`` may be empty.

    Examples
    --------
    >>> to_frame([Problem("a.txt", "empty file")]).columns.tolist()
    ['source', 'reason', 'stage', 'row', 'text']
    >>> to_frame([], cls=Problem).shape
    (0, 5)
    """
    import pandas as pd

    values = list(values)
    if values:
        cls = type(values[0])
    names = [f.name for f in dataclasses.fields(cls) if f.name != "raw"] if cls else None
    rows = [{n: getattr(v, n) for n in names} for v in values] if names else []
    return pd.DataFrame(rows, columns=names)
