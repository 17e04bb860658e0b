"""Parquet corpora: one document per row, streamed one row group at a time.

Needs ``pyarrow`` (the ``dask`` extra). Large files can be read in runs of
row groups (:func:`parquet_row_groups`, ``read_parquet(row_groups=...)``);
rows keep their number in the whole file, so ids and problems do not depend
on how a file was split.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..values import Document, Problem
from .decode import decode_bytes
from .metadata import META_FIELDS
from .tables import row_document

if TYPE_CHECKING:  # pragma: no cover - pyarrow is optional
    import pyarrow.parquet as pq

__all__ = ["parquet_row_groups", "read_parquet"]

_PARQUET_FIELDS = ("id",) + META_FIELDS + ("date",)
_PARQUET_BATCH_ROWS = 1024  # documents can be long: a batch of 64k rows may be gigabytes


def _open_parquet(path: Path) -> pq.ParquetFile:
    """Open a Parquet file for reading, or raise :class:`~geo.errors.InputError`."""
    try:
        import pyarrow.parquet as pq
    except ImportError as err:
        raise InputError("reading .parquet needs pyarrow: pip install 'diplomap[dask]'") from err
    # Open it ourselves first: a missing or unreadable file is "cannot read file", not corrupt.
    with open(path, "rb"):
        pass
    try:
        # page checksums, when the writer stored them, catch corrupt pages that would
        # otherwise decode into garbage text
        return pq.ParquetFile(path, page_checksum_verification=True)
    except Exception as err:  # pyarrow raises ArrowInvalid, OSError, EOFError...
        raise InputError(f"not a readable Parquet file: {_arrow_reason(err)}") from err


def _arrow_reason(err: BaseException) -> str:
    """One line of a pyarrow error (they can span lines and repeat the file name)."""
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    return lines[0] if lines else type(err).__name__


def parquet_row_groups(path: str | Path, *,
                       text_column: str | None = None) -> list[tuple[int, int]]:
    """``(num_rows, total_byte_size)`` of each row group of a Parquet file.

    Read from the file's footer only, for splitting big files between workers
    (pass the indices to read as ``row_groups``). ``total_byte_size`` is the
    uncompressed size of the group's data. With ``text_column``, the columns
    and the row count are checked as :func:`read_parquet` checks them, without
    reading a row.

    Raises
    ------
    InputError
        When pyarrow is not installed or the file is missing, unreadable or
        not Parquet (or, with ``text_column``, not a corpus). The message does not repeat the path: report it with the
        file's id, as :func:`read_corpus` does.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> pq = __import__("pytest").importorskip("pyarrow.parquet")
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "c.parquet"
    >>> pq.write_table(__import__("pyarrow").table({"text": ["a", "b", "c"]}), f,
    ...                row_group_size=2)
    >>> [rows for rows, _ in parquet_row_groups(f)]
    [2, 1]
    """
    path = Path(path)
    try:
        if text_column is not None:
            for _ in read_parquet(path, str(path), text_column, [], row_groups=()):
                pass  # checks the columns and the row count, reads no row
        with _open_parquet(path) as pf:
            meta = pf.metadata
            return [(meta.row_group(i).num_rows, meta.row_group(i).total_byte_size)
                    for i in range(meta.num_row_groups)]
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}") from err


class _NotUtf8(bytes):
    """The bytes of a Parquet string value that are not UTF-8 (Parquet strings must be)."""


def _parquet_cells(column: Any) -> list[object]:
    """Python values of an Arrow column. A string that is not UTF-8 comes back as
    :class:`_NotUtf8` bytes, and a value Python cannot hold (a date in year 10000)
    as an :class:`InputError`, instead of failing the whole batch."""
    try:
        return column.to_pylist()
    except (ValueError, OverflowError, ArithmeticError):
        import pyarrow as pa

        cells: list[object] = []
        for scalar in column:
            try:
                cells.append(scalar.as_py())
            except UnicodeDecodeError as err:
                try:
                    value = scalar.value if isinstance(scalar, pa.DictionaryScalar) else scalar
                    cells.append(_NotUtf8(value.cast(pa.large_binary()).as_py()))
                except Exception:  # noqa: BLE001 - the decoding error says more
                    cells.append(InputError(f"not UTF-8 text ({err.reason} at byte "
                                            f"{err.start})"))
            except (ValueError, OverflowError, ArithmeticError) as err:
                cells.append(InputError(f"cannot be read ({err})"))
        return cells


def _parquet_record(record: dict[str, object], *, ident: str, row: int, text_column: str,
                    problems: list[Problem]) -> dict[str, object] | None:
    """Make one Parquet row ready for :func:`~geo.ingest.tables.row_document`: bytes decoded, integral
    float ids (pandas writes nullable ints as floats) made ints, bad cells reported."""
    for name, value in record.items():
        reason = None
        if isinstance(value, InputError):
            reason = str(value)
        elif isinstance(value, (bytes, bytearray)):
            try:
                record[name], encoding = decode_bytes(bytes(value))
            except InputError as err:
                reason = str(err)
            else:
                if isinstance(value, _NotUtf8):
                    problems.append(Problem(ident, f"'{name}' value is not valid UTF-8; read as "
                                                   f"{encoding}", "ingest", row))
        if reason is not None:
            if name == text_column:
                problems.append(Problem(ident, f"unreadable '{name}' value: {reason}", "ingest",
                                        row))
                return None
            problems.append(Problem(ident, f"unreadable '{name}' value: {reason}; left empty",
                                    "ingest", row))
            record[name] = None
    ident_value = record.get("id")
    if isinstance(ident_value, float) and ident_value.is_integer():
        record["id"] = int(ident_value)
    return record


def read_parquet(path: Path, ident: str, text_column: str, problems: list[Problem],
                 row_groups: Sequence[int] | None = None) -> Iterator[Document]:
    """Documents of the rows of a Parquet file, streamed one row group at a time.

    ``row_groups`` (indices, as from :func:`parquet_row_groups`) limits the read to
    those groups; rows keep their 1-based number in the whole file either way, so
    ids and problems match a whole-file read.

    Raises
    ------
    InputError
        A file that is not Parquet, has no (or a nested) text column, no rows,
        repeated columns, or pages that cannot be read (the rows before are
        kept); ``OSError`` when it cannot be opened.
    """
    with _open_parquet(path) as pf:
        meta = pf.metadata
        schema = pf.schema_arrow
        names = list(schema.names)
        columns = [c.strip() for c in names]
        if text_column not in columns:
            shown = ", ".join(columns[:50]) + (f", ... ({len(columns) - 50} more)"
                                               if len(columns) > 50 else "")
            raise InputError(f"missing text column '{text_column}'; found columns: "
                             f"{shown or '(none)'} (choose one with --text-column)")
        text_type = schema.field(columns.index(text_column)).type
        if _arrow_nested(text_type):
            raise InputError(f"text column '{text_column}' holds {text_type} values, not text "
                             "(choose another with --text-column)")
        if meta.num_rows == 0:
            raise InputError(f"no data rows, only the columns ({', '.join(columns[:50])})")
        wanted = {text_column, *_PARQUET_FIELDS}
        read = [(name, clean) for name, clean in zip(names, columns) if clean in wanted]
        twice = sorted({clean for _, clean in read if [c for _, c in read].count(clean) > 1})
        if twice:
            same = ", ".join(repr(name) for name, clean in read if clean == twice[0])
            raise InputError(f"column '{twice[0]}' appears more than once ({same}; names are "
                             "read without surrounding spaces)")
        starts = [0]
        for i in range(meta.num_row_groups):
            starts.append(starts[-1] + meta.row_group(i).num_rows)
        if row_groups is None:
            groups = list(range(meta.num_row_groups))
            rest = "the rest of the file is skipped"
        else:
            groups = list(row_groups)
            bad = [g for g in groups if not 0 <= g < meta.num_row_groups]
            if bad:
                raise InputError(f"no row group {bad[0]}: the file has {meta.num_row_groups} "
                                 "(did it change since it was planned?)")
            rest = f"the rest of row groups {', '.join(map(str, groups))} is skipped"
        for group in groups:
            row = starts[group]
            # no Arrow threads: the local engine forks worker processes from this one
            batches = pf.iter_batches(batch_size=_PARQUET_BATCH_ROWS, row_groups=[group],
                                      columns=[name for name, _ in read], use_threads=False)
            while True:
                try:
                    batch = next(batches, None)
                    if batch is None:
                        break
                    cells = [_parquet_cells(batch.column(name)) for name, _ in read]
                except Exception as err:  # corrupt or truncated pages: ArrowInvalid, OSError...
                    raise InputError(f"not a readable Parquet file after row {row} "
                                     f"({_arrow_reason(err)}); {rest}") from err
                for values in zip(*cells):
                    row += 1
                    record = _parquet_record(dict(zip((c for _, c in read), values)),
                                             ident=ident, row=row, text_column=text_column,
                                             problems=problems)
                    if record is None:
                        continue
                    doc = row_document(record, source=ident, row=row, text_column=text_column,
                                       problems=problems)
                    if doc is not None:
                        yield doc
            if row != starts[group + 1]:
                raise InputError(f"not a readable Parquet file after row {row} (row group "
                                 f"{group} has {row - starts[group]} rows, its footer says "
                                 f"{starts[group + 1] - starts[group]}); {rest}")


def _arrow_nested(arrow_type: Any) -> bool:
    import pyarrow as pa

    if pa.types.is_dictionary(arrow_type):
        arrow_type = arrow_type.value_type
    return bool(pa.types.is_nested(arrow_type))
