"""Table files: JSON Lines and CSV, one document per row.

A row gives ``text`` (or ``--text-column``) and optional ``id``, ``title``,
``source``, ``url`` and ``published`` (or ``date``). A bad row is reported
with its 1-based row number and skipped; a bad file is reported once.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..errors import InputError
from ..values import Document, Problem
from .decode import csv_rows, decode_bytes, wide_encoding
from .metadata import clean_cell, parse_date

__all__ = ["TABLE_SUFFIXES", "row_document", "read_jsonl", "read_csv", "splits_at_byte_newlines"]

#: File types read as one document per row.
TABLE_SUFFIXES = (".jsonl", ".csv", ".parquet")


def row_document(record: Mapping[str, object], *, source: str, row: int, text_column: str,
                 problems: list[Problem]) -> Document | None:
    """The document of one table row (a mapping of column to value), or ``None``.

    ``None`` after reporting why (no text, empty text) to ``problems``; a bad
    date is reported and left empty. The id is ``source#id`` with an ``id``
    column, else ``source#row``.

    Examples
    --------
    >>> problems = []
    >>> row_document({"id": 7, "text": "Talks in Minsk."}, source="a.csv", row=3,
    ...              text_column="text", problems=problems).id
    'a.csv#7'
    >>> row_document({"text": " "}, source="a.csv", row=4, text_column="text",
    ...              problems=problems), problems[0].reason
    (None, 'empty text')
    """
    text = record.get(text_column)
    if text is None or (isinstance(text, float) and text != text):
        problems.append(Problem(source, f"no '{text_column}' value", "ingest", row))
        return None
    if not isinstance(text, str):
        text = str(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        problems.append(Problem(source, "empty text", "ingest", row))
        return None
    ident = clean_cell(record.get("id"))
    try:
        published = parse_date(record.get("published") or record.get("date"))
    except InputError as err:
        problems.append(Problem(source, f"{err}; published left empty", "ingest", row))
        published = None
    return Document(id=f"{source}#{ident}" if ident else f"{source}#{row}", text=text,
                    title=clean_cell(record.get("title")), source=clean_cell(record.get("source")),
                    url=clean_cell(record.get("url")), published=published)


def splits_at_byte_newlines(path: str | Path) -> bool:
    """Whether a JSON Lines file splits into lines at the byte ``\\n`` (not UTF-16/32).

    Only such files can be read in byte ranges (``read_jsonl(byte_range=...)``);
    ``False`` too when the file cannot be opened (it is then read whole, and
    the reader reports why).
    """
    try:
        with open(path, "rb") as fh:
            return wide_encoding(fh.read(4)) is None
    except OSError:
        return False


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str | bytes]]:
    """``(row, line)`` of a JSON Lines file, streamed; UTF-16/32 files (PowerShell's
    default) are decoded before splitting, as their newline is not the byte ``\n``."""
    with open(path, "rb") as fh:
        wide = wide_encoding(fh.read(4))
    if wide is None:
        with open(path, "rb") as fh:
            yield from enumerate(fh, start=1)
        return
    row = 0
    try:
        with open(path, encoding=wide, newline="") as fh:
            for row, line in enumerate(fh, start=1):
                yield row, line
    except UnicodeDecodeError as err:
        raise InputError(f"invalid {wide} text after row {row}: {err.reason}; the rest of the "
                         "file is skipped") from err


def _jsonl_document(raw: str | bytes, *, ident: str, row: int, text_column: str,
                    problems: list[Problem]) -> Document | None:
    """The document of one JSON line (bytes or text), or ``None`` after reporting why not.

    Shared by the whole-file and the line-range reader.
    """
    if not raw.strip():
        return None
    try:
        line = decode_bytes(raw)[0] if isinstance(raw, bytes) else raw
        record = json.loads(line)
    except (InputError, ValueError) as err:
        problems.append(Problem(ident, f"invalid JSON line: {err}", "ingest", row))
        return None
    except RecursionError:  # "[[[[..." thousands deep
        problems.append(Problem(ident, "invalid JSON line: nested too deeply", "ingest", row))
        return None
    if not isinstance(record, dict):
        problems.append(Problem(ident, f"JSON line is a {type(record).__name__}, "
                                       "not an object", "ingest", row))
        return None
    return row_document(record, source=ident, row=row, text_column=text_column,
                        problems=problems)


def read_jsonl(path: Path, ident: str, text_column: str, problems: list[Problem], *,
               byte_range: tuple[int, int] | None = None,
               first_row: int = 1) -> Iterator[Document]:
    """The documents of a JSON Lines file, one per line, streamed.

    With ``byte_range`` only the lines in bytes ``[start, end)`` are read (a
    piece the engine planned: it starts and ends at line breaks), numbered
    from ``first_row`` as in a whole-file read. Lines that are not JSON
    objects with a text are reported to ``problems``.

    Raises
    ------
    InputError
        A whole file with no line at all, or a UTF-16/32 file that stops
        decoding.
    """
    if byte_range is not None:
        start, end = byte_range
        with open(path, "rb") as fh:
            fh.seek(start)
            data = fh.read(end - start)
        for row, raw in enumerate(io.BytesIO(data), start=first_row):
            doc = _jsonl_document(raw, ident=ident, row=row, text_column=text_column,
                                  problems=problems)
            if doc is not None:
                yield doc
        return
    lines = 0
    for row, raw in _jsonl_lines(path):
        lines += bool(raw.strip())
        doc = _jsonl_document(raw, ident=ident, row=row, text_column=text_column,
                              problems=problems)
        if doc is not None:
            yield doc
    if not lines:
        raise InputError("empty file")


def read_csv(path: Path, ident: str, text_column: str,
             problems: list[Problem]) -> Iterator[Document]:
    """The documents of a CSV file, one per row (read whole: a quoted field may span lines).

    Raises
    ------
    InputError
        No text column, no data row, or a file the CSV reader gives up on
        (rows before it are kept).
    """
    text, _ = decode_bytes(path.read_bytes())
    reader = csv_rows(text, header=True)
    columns = [c.strip() for c in (reader.fieldnames or [])]
    reader.fieldnames = columns
    if text_column not in columns:
        raise InputError(f"missing text column '{text_column}'; found columns: "
                         f"{', '.join(columns) or '(none)'} (choose one with --text-column)")
    row = 0
    try:
        for row, record in enumerate(reader, start=1):
            if None in record:
                problems.append(Problem(ident, "ragged row: more fields than columns; extra "
                                               "fields ignored", "ingest", row))
                record.pop(None)
            if any(v is None for v in record.values()):
                problems.append(Problem(ident, "ragged row: fewer fields than columns",
                                        "ingest", row))
            doc = row_document(record, source=ident, row=row, text_column=text_column,
                               problems=problems)
            if doc is not None:
                yield doc
    except csv.Error as err:
        raise InputError(f"not a readable CSV file after row {row} ({err}); the rest of the "
                         "file is skipped") from err
    if row == 0:
        raise InputError(f"no data rows, only the header ({', '.join(columns)})")
