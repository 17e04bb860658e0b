"""Metadata of documents: the sidecar CSV, publication dates, and how metadata attaches.

A sidecar CSV (``--meta``) names files (or documents of a table, ``file.csv#3``)
in its ``file`` column and gives ``title, source, url, published``. A row
naming a file applies to every document of that file; otherwise a row naming a
document's id applies to that document (:func:`file_metadata`,
:meth:`geo.ingest.CorpusLedger.document`).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from ..values import Document, Problem
from .decode import csv_rows, decode_bytes

__all__ = ["MetaRow", "parse_date", "clean_cell", "read_metadata", "file_metadata",
           "row_metadata", "apply_metadata", "META_FIELDS"]

#: Metadata fields of a document besides its id and text.
META_FIELDS = ("title", "source", "url", "published")


_D1 = dt.datetime(2001, 1, 1)
_D2 = dt.datetime(2002, 2, 2)


def parse_date(value: object) -> dt.date | None:
    """Parse a date given as data (metadata, table cells, visit records, ``--since``).

    ISO dates and date-times first, then other spellings of a complete date
    ("16 May 2024", "May 16, 2024"). Empty values give ``None``; relative or
    partial dates ("next Tuesday", "May 2024"), impossible ones and
    placeholder years raise :class:`~geo.errors.InputError`: a document or a
    record would otherwise be silently dated to today or to the 1st.

    Examples
    --------
    >>> parse_date("2024-05-27T09:30:00Z"), parse_date("27 May 2024")
    (datetime.date(2024, 5, 27), datetime.date(2024, 5, 27))
    >>> parse_date("") is None
    True
    >>> parse_date("2024-13-45")
    Traceback (most recent call last):
    ...
    geo.errors.InputError: invalid date '2024-13-45' (expected a full date such as 2024-05-27)
    >>> parse_date("May 2024")
    Traceback (most recent call last):
    ...
    geo.errors.InputError: invalid date 'May 2024' (expected a full date such as 2024-05-27)
    >>> parse_date("0001-01-01")
    Traceback (most recent call last):
    ...
    geo.errors.InputError: implausible date '0001-01-01' (a placeholder? expected a year 1000-2999)
    """
    if value is None or (isinstance(value, dt.date) and value != value):  # pandas NaT
        return None
    if isinstance(value, dt.datetime):  # also pandas.Timestamp (Parquet nanoseconds)
        return _plausible(value.date(), value)
    if isinstance(value, dt.date):
        return _plausible(value, value)
    s = " ".join(str(value).split())
    if not s or s.lower() in {"nan", "none", "null", "nat"}:
        return None
    try:
        day = dt.datetime.fromisoformat(s).date()  # a whole date: "2024" or "2024-05" is refused
    except ValueError:
        from dateutil import parser

        try:
            # parse twice with different defaults: a part the text lacks shows up as a difference
            a, b = parser.parse(s, default=_D1), parser.parse(s, default=_D2)
        except (ValueError, OverflowError) as err:
            raise InputError(f"invalid date {s!r} (expected a full date such as 2024-05-27)") from err
        if a.date() != b.date():
            raise InputError(f"invalid date {s!r} (expected a full date such as 2024-05-27)")
        day = a.date()
    return _plausible(day, s)


def _plausible(day: dt.date, given: object) -> dt.date:
    """Refuse placeholder dates (0001-01-01, 9999-12-31): date arithmetic on them overflows."""
    if not 1000 <= day.year <= 2999:
        shown = given if isinstance(given, str) else day.isoformat()
        raise InputError(f"implausible date {shown!r} (a placeholder? expected a year 1000-2999)")
    return day


@dataclass(frozen=True, slots=True)
class MetaRow:
    """One row of a metadata sidecar: what it says about a file or a document."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None


def clean_cell(value: object) -> str | None:
    """A table cell as text without surrounding spaces, ``None`` when empty.

    Examples
    --------
    >>> clean_cell("  Minsk "), clean_cell("   "), clean_cell(12)
    ('Minsk', None, '12')
    """
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def read_metadata(path: str | Path, *, problems: list[Problem] | None = None) -> dict[str, MetaRow]:
    """Read a metadata sidecar CSV keyed by its ``file`` column.

    Keys are the file names as written and their paths resolved against the
    CSV's folder; values carry ``title, source, url, published``.

    Raises
    ------
    InputError
        When the file cannot be read or has no ``file`` column.
    """
    path = Path(path)
    problems = problems if problems is not None else []
    try:
        text, _ = decode_bytes(path.read_bytes())
    except OSError as err:
        raise InputError(f"{path}: cannot read metadata file: {err.strerror or err}") from err
    except InputError as err:
        raise InputError(f"{path}: {err}") from err
    reader = csv_rows(text, header=True)  # long titles are not an error
    try:
        return _metadata_rows(path, reader, problems)
    except csv.Error as err:
        raise InputError(f"{path}: not a readable CSV file ({err})") from err


def _metadata_rows(path: Path, reader: csv.DictReader, problems: list[Problem]) -> dict[str, MetaRow]:
    found = [c.strip().lower() for c in (reader.fieldnames or [])]
    if "file" not in found:
        raise InputError(f"{path}: metadata CSV needs a 'file' column; found columns: "
                         f"{', '.join(found) or '(none)'}")
    reader.fieldnames = found
    out: dict[str, MetaRow] = {}
    for row_no, row in enumerate(reader, start=1):
        if None in row:
            problems.append(Problem(str(path), "ragged row: more fields than columns", "ingest", row_no))
        name = clean_cell(row.get("file"))
        if not name:
            problems.append(Problem(str(path), "empty 'file' value", "ingest", row_no))
            continue
        try:
            published = parse_date(row.get("published"))
        except InputError as err:
            problems.append(Problem(str(path), f"{err}; published left empty", "ingest", row_no))
            published = None
        meta = MetaRow(clean_cell(row.get("title")), clean_cell(row.get("source")), clean_cell(row.get("url")),
                     published)
        out[name] = meta
        out[str((path.parent / name).resolve())] = meta
    return out


def file_metadata(metadata: Mapping[str, MetaRow], path: Path, ident: str) -> MetaRow | None:
    """The metadata row naming a file: by absolute path, by id, or by file name."""
    return metadata.get(str(path.resolve())) or metadata.get(ident) or metadata.get(path.name)


def row_metadata(metadata: Mapping[str, MetaRow], doc_id: str,
                 file_meta: MetaRow | None) -> MetaRow | None:
    """The metadata row naming a document by the id it was read with, when its file has none.

    Examples
    --------
    >>> rows = {"feed.jsonl#7": MetaRow(title="Seven")}
    >>> row_metadata(rows, "feed.jsonl#7", None).title, row_metadata(rows, "feed.jsonl#8", None)
    ('Seven', None)
    """
    return None if file_meta is not None else metadata.get(doc_id)


def apply_metadata(doc: Document, meta: MetaRow | None) -> Document:
    """``doc`` with the values ``meta`` gives (the sidecar wins over the file's own).

    Examples
    --------
    >>> apply_metadata(Document("a.txt", "text", title="Own"), MetaRow(title="Sidecar")).title
    'Sidecar'
    """
    if meta is None:
        return doc
    return replace(doc, title=meta.title or doc.title, source=meta.source or doc.source,
                   url=meta.url or doc.url, published=meta.published or doc.published)
