"""Parquet parts: every stage of the text side kept as columns on disk.

Two layouts, both folders of ``part-NNNNN.parquet`` files (one per partition,
written by the worker that made it, atomically):

*mentions* (``diplomap mentions --format parquet -o DIR``)
    ``DIR/part-*.parquet``: :class:`~geo.values.Mention` columns.
*store* (``diplomap visits|ties --format parquet -o DIR``)
    ``DIR/documents/`` (id, title, source, url, published: no text),
    ``DIR/mentions/``, ``DIR/contexts/`` (each place named in its sentence,
    :class:`~geo.join.MentionContext`), ``DIR/document-visits/`` and
    ``DIR/document-ties/`` (what :func:`geo.events.document_events` found in
    each document, before anything is merged), ``DIR/problems.parquet``,
    and the command's own result (``DIR/visits.parquet`` or ``DIR/ties.parquet``).
    ``diplomap build --from DIR`` draws a map from it without the corpus.

Schemas are derived from the dataclasses' fields (:func:`schema_of`), so a
field added to a value is stored without touching this module: ``str``,
``int``, ``float``, ``bool`` and dates map to Arrow types, ``X | None`` to a
nullable column, ``tuple[X, ...]`` to a list and a dataclass to a struct;
anything else is stored pickled (exact, but only Python reads it back).

``pyarrow`` is imported only when used (``pip install 'diplomap[dask]'``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
import os
import pickle
import shutil
import tempfile
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError, InputError
from ..values import Document, Mention, Tie, Visit

__all__ = ["schema_of", "columns_of", "table_of", "values_of", "mention_schema", "part_name", "part_files",
           "write_part", "new_folder", "swap_in", "write_mentions_parquet",
           "read_mentions_parquet", "read_table_values", "parquet_rows", "rename_docs",
           "parquet_count", "store_tables", "DocumentRecord", "StoreWriter", "PART_GLOB",
           "STORE_TABLES"]

PART_GLOB = "part-*.parquet"

#: Folders of a store, one per table.
STORE_TABLES = ("documents", "mentions", "contexts", "document-visits", "document-ties")


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A document as a store keeps it: its metadata and its text's SHA-256, not its text."""

    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    text_sha256: str

    @classmethod
    def of(cls, doc: Document, text_sha256: str) -> DocumentRecord:
        return cls(doc.id, doc.title, doc.source, doc.url, doc.published, text_sha256)

    def document(self) -> Document:
        """The document, without its text."""
        return Document(self.id, "", self.title, self.source, self.url, self.published)


def store_tables() -> dict[str, type]:
    """The tables of a store: ``folder -> class of its rows``."""
    from ..join import MentionContext

    return {"documents": DocumentRecord, "mentions": Mention, "contexts": MentionContext,
            "document-visits": Visit, "document-ties": Tie}

_PLAIN = {str: "string", int: "int64", float: "float64", bool: "bool_", dt.date: "date32"}


# --------------------------------------------------------------------------- schemas

def _arrow_type(hint: Any) -> tuple[Any, Any]:
    """``(arrow type, how to convert back)`` of a type hint; ``how`` is ``None`` for plain.

    ``how`` is a dataclass (a struct), ``("tuple", how)`` / ``("list", how)``
    for sequences, or ``"pickle"``.
    """
    import pyarrow as pa

    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return _arrow_type(args[0])
    elif origin in (tuple, list):
        args = typing.get_args(hint)
        if origin is list or (len(args) == 2 and args[1] is Ellipsis):
            item, how = _arrow_type(args[0])
            return pa.list_(item), ("tuple" if origin is tuple else "list", how)
    elif hint in _PLAIN:
        return getattr(pa, _PLAIN[hint])(), None
    elif hint is dt.datetime:
        return pa.timestamp("us"), None
    elif dataclasses.is_dataclass(hint):
        return pa.struct(_fields(hint)), hint
    return pa.binary(), "pickle"


def _fields(cls: type) -> list[Any]:
    import pyarrow as pa

    hints = typing.get_type_hints(cls)
    return [pa.field(f.name, _arrow_type(hints[f.name])[0]) for f in dataclasses.fields(cls)]


def schema_of(cls: type) -> Any:
    """The :class:`pyarrow.Schema` of a dataclass's fields, in order.

    The schema's metadata names what the rows are (``diplomap: visits/1``).

    Examples
    --------
    >>> from geo.values import Tie
    >>> schema = schema_of(Tie)
    >>> schema.names[:7]
    ['a', 'b', 'kind', 'weight', 'first_date', 'last_date', 'evidence']
    >>> str(schema.field("weight").type), str(schema.field("first_date").type)
    ('int64', 'date32[day]')
    """
    import pyarrow as pa

    meta = {b"diplomap": f"{cls.__name__.lower()}s/1".encode()}  # "mentions/1", "visits/1"...
    return pa.schema(_fields(cls), metadata=meta)


@functools.lru_cache(maxsize=None)
def _converters(cls: type, names: tuple[str, ...]) -> tuple[Any, ...]:
    """How each of ``names`` converts to and from Arrow (``None``: as it is)."""
    hints = typing.get_type_hints(cls)
    return tuple(_arrow_type(hints[n])[1] for n in names)


def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _to_arrow(value: Any, how: Any) -> Any:
    if value is None or how is None:
        return value
    if how == "pickle":
        return pickle.dumps(value, protocol=5)
    if isinstance(how, tuple):
        return [_to_arrow(v, how[1]) for v in value]
    names = _names(how)
    return {n: _to_arrow(getattr(value, n), h) for n, h in zip(names, _converters(how, names))}


def _from_arrow(value: Any, how: Any) -> Any:
    if value is None or how is None:
        return value
    if how == "pickle":
        return pickle.loads(value)
    if isinstance(how, tuple):
        items = [_from_arrow(v, how[1]) for v in value]
        return tuple(items) if how[0] == "tuple" else items
    names = _names(how)
    return how(*(_from_arrow(value[n], h) for n, h in zip(names, _converters(how, names))))


def columns_of(rows: Sequence[Any], names: Sequence[str]) -> list[list[Any]]:
    """Rows (dataclass values) as one list per field.

    Examples
    --------
    >>> from geo.values import Problem
    >>> columns_of([Problem("a", "x"), Problem("b", "y")], ["source", "reason"])
    [['a', 'b'], ['x', 'y']]
    """
    getter = operator.attrgetter(*names)
    if len(names) == 1:
        return [list(map(getter, rows))]
    if not rows:
        return [[] for _ in names]
    # one C call per row, then a transpose: ~10x faster than getattr per field
    return [list(c) for c in zip(*map(getter, rows))]


def table_of(rows: Sequence[Any], schema: Any, cls: type) -> Any:
    """A :class:`pyarrow.Table` of dataclass values (``schema`` from :func:`schema_of`)."""
    import pyarrow as pa

    names = tuple(schema.names)
    columns = columns_of(rows, names)
    for i, how in enumerate(_converters(cls, names)):
        if how is not None:
            columns[i] = [_to_arrow(v, how) for v in columns[i]]
    return pa.Table.from_arrays([pa.array(c, type=schema.field(n).type)
                                 for c, n in zip(columns, names)], schema=schema)


def values_of(table: Any, cls: type) -> list[Any]:
    """The dataclass values of a table's rows (a table made by :func:`table_of`)."""
    names = _names(cls)
    columns = []
    for name, how in zip(names, _converters(cls, names)):
        values = table.column(name).to_pylist()
        columns.append(values if how is None else [_from_arrow(v, how) for v in values])
    # column by column, then one positional call per row: ~4x faster than to_pylist()
    return list(map(cls, *columns))


def mention_schema() -> Any:
    """The :class:`pyarrow.Schema` of Parquet mentions (columns in field order).

    Examples
    --------
    >>> mention_schema().names[:4]
    ['doc', 'start', 'end', 'text']
    """
    return schema_of(Mention)


# --------------------------------------------------------------------------- parts

def part_name(index: int) -> str:
    """The file name of partition ``index``'s part.

    Examples
    --------
    >>> part_name(7)
    'part-00007.parquet'
    """
    return f"part-{index:05d}.parquet"


def _part_key(path: Path) -> tuple[int, str]:
    """Sort ``part-NNNNN.parquet`` files by number (``part-100000`` after ``part-99999``)."""
    digits = path.stem.rpartition("-")[2]
    return (int(digits) if digits.isdigit() else -1, path.name)


def part_files(folder: Path) -> list[Path]:
    """The parts of a folder in partition order."""
    return sorted(folder.glob(PART_GLOB), key=_part_key)


def new_folder(folder: Path) -> Path:
    """Check that ``folder`` may be (re)written; return a fresh temporary folder beside it.

    A folder may be replaced when it holds only what diplomap writes there
    (parts, a store's table folders and files).
    """
    if folder.exists():
        if not folder.is_dir():
            raise ConfigurationError(f"{folder}: Parquet output goes to a folder, and this is "
                                     "a file")
        ours = {*STORE_TABLES, "problems.parquet", "visits.parquet", "ties.parquet"}
        others = [p.name for p in folder.iterdir()
                  if not p.match(PART_GLOB) and p.name not in ours]
        if others:
            raise ConfigurationError(f"{folder}: folder has other files ({', '.join(sorted(others)[:3])}"
                                     "); choose an empty or new folder")
    folder.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=folder.parent))


def swap_in(tmp: Path, folder: Path) -> None:
    """Move the finished ``tmp`` folder to ``folder``, replacing an old one."""
    old = None
    if folder.exists():
        old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
        folder.rename(old)
    tmp.rename(folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def write_part(path: Path, table: Any) -> None:
    """Write a table as one Parquet file, atomically (a killed writer leaves no part).

    Raises
    ------
    ConfigurationError
        When the file cannot be written (a worker without the shared folder,
        a full disk): every partition would fail the same way.
    """
    import pyarrow.parquet as pq

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ConfigurationError(f"cannot write {path} (process {os.getpid()}): "
                                 f"{err.strerror or err}; the output folder must be writable "
                                 "by every worker (shared storage on a cluster)") from err


def rename_docs(value: Any, old: str, new: str) -> Any:
    """``value`` (a dataclass) with every ``doc`` field equal to ``old``, nested too, set to ``new``.

    Examples
    --------
    >>> from geo.values import Evidence, Tie
    >>> t = Tie("RU", "UZ", "trade", 1, None, None, (Evidence("a#1", "Deal signed."),))
    >>> rename_docs(t, "a#1", "a#1~2").evidence[0].doc
    'a#1~2'
    """
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(value):
        x = getattr(value, f.name)
        if f.name == "doc" and x == old:
            changes["doc"] = new
        elif isinstance(x, tuple) and x and dataclasses.is_dataclass(x[0]):
            items = tuple(rename_docs(e, old, new) for e in x)
            if items != x:
                changes[f.name] = items
    return dataclasses.replace(value, **changes) if changes else value


# --------------------------------------------------------------------------- mentions

def write_mentions_parquet(mentions: Iterable[Mention], folder: str | os.PathLike[str], *,
                           rows_per_file: int = 200_000) -> int:
    """Write mentions as a folder of Parquet files, in order; return how many.

    Files are ``part-00000.parquet``, ``part-00001.parquet``... of at most
    ``rows_per_file`` rows (one empty file when there is no mention). The
    folder is built beside ``folder`` and moved into place at the end; an
    existing folder is replaced only if it holds nothing but such parts.

    Raises
    ------
    ConfigurationError
        When ``folder`` is a file, or a folder with other files in it.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "mentions"
    >>> m = Mention("a.txt", 17, 25, "Tashkent", "Tashkent", 41.26, 69.22, "UZ", 1512569,
    ...             "city", 0.9)
    >>> write_mentions_parquet([m, m], out, rows_per_file=1)
    2
    >>> sorted(p.name for p in out.iterdir())
    ['part-00000.parquet', 'part-00001.parquet']
    >>> read_mentions_parquet(out) == [m, m]
    True
    """
    if rows_per_file < 1:
        raise ConfigurationError(f"rows_per_file must be >= 1, not {rows_per_file!r}")
    folder = Path(folder)
    tmp = new_folder(folder)
    schema = mention_schema()
    total = 0
    try:
        batch: list[Mention] = []
        part = 0
        for m in mentions:
            batch.append(m)
            if len(batch) >= rows_per_file:
                write_part(tmp / part_name(part), table_of(batch, schema, Mention))
                part += 1
                total += len(batch)
                batch = []
        if batch or part == 0:
            write_part(tmp / part_name(part), table_of(batch, schema, Mention))
            total += len(batch)
        swap_in(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return total


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:
        raise ConfigurationError("reading Parquet needs pyarrow: "
                                 "pip install 'diplomap[dask]'") from err
    return pa, pq


def read_table_values(files: Iterable[Path], cls: type, *, what: str) -> Iterator[list[Any]]:
    """The values of each Parquet file, one list per file, checked against ``cls``'s schema.

    Raises
    ------
    InputError
        When a file cannot be read, lacks a column or has the wrong types.
    """
    pa, pq = _pyarrow()
    schema = schema_of(cls)
    for f in files:
        try:
            table = pq.read_table(f)
        except (OSError, pa.ArrowException) as err:
            raise InputError(f"{f}: cannot read Parquet file: {err}") from err
        missing = [n for n in schema.names if n not in table.column_names]
        if missing:
            raise InputError(f"{f}: not a {what} file; missing columns: {', '.join(missing)}")
        try:
            table = table.select(schema.names).cast(schema)
        except (pa.ArrowException, ValueError) as err:
            raise InputError(f"{f}: {what} columns have the wrong types: {err}") from err
        yield values_of(table, cls)


def parquet_rows(folder: Path, cls: type) -> Callable[[], Iterator[list[Any]]]:
    """A function giving, each time it is called, the values of a folder's parts, part by part.

    Raises
    ------
    InputError
        When a part cannot be read (when it is reached).
    """
    files = part_files(folder)

    def batches() -> Iterator[list[Any]]:
        return read_table_values(files, cls, what=folder.name)

    return batches


def parquet_count(folder: Path) -> int:
    """The number of rows of a folder's parts, from their footers."""
    _pa, pq = _pyarrow()
    return sum(pq.ParquetFile(f).metadata.num_rows for f in part_files(folder))


class StoreWriter:
    """A store being written: parts go to a temporary folder beside ``folder``.

    The workers write their partitions' parts under :attr:`tmp`;
    :meth:`finish` adds the collecting process's tables (problems, the
    merged results) and moves the folder into place; :meth:`abort` removes
    it. An existing ``folder`` is replaced only if it holds what diplomap
    writes there.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        _pyarrow()
        self.folder = Path(folder)
        self.tmp = new_folder(self.folder)

    def finish(self, tables: dict[str, tuple[Sequence[Any], type]]) -> None:
        """Write ``name -> (values, class)`` as ``name.parquet`` each, then move the store in."""
        try:
            for folder, cls in store_tables().items():
                if not part_files(self.tmp / folder):  # no document: every table, empty
                    write_part(self.tmp / folder / part_name(0), table_of([], schema_of(cls), cls))
            for name, (values, cls) in tables.items():
                write_part(self.tmp / f"{name}.parquet",
                           table_of(list(values), schema_of(cls), cls))
            swap_in(self.tmp, self.folder)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Remove the temporary folder (the old ``folder``, if any, stays)."""
        shutil.rmtree(self.tmp, ignore_errors=True)


def read_mentions_parquet(path: str | os.PathLike[str]) -> list[Mention]:
    """Read mentions written by :func:`write_mentions_parquet` (a folder or one file).

    A store's folder (``visits --format parquet -o DIR``) gives its
    ``mentions/``. A folder without Parquet files of its own is searched for
    ``part-*.parquet`` in its subfolders, in path order: runs over shards of
    a corpus (``-o mentions/2024-01``, ``-o mentions/2024-02``) are read back
    together.

    Raises
    ------
    InputError
        When the path is missing, holds no Parquet file, or a file lacks a
        mention column or cannot be read.
    """
    _pyarrow()
    path = Path(path)
    if path.is_dir():
        if (path / "documents").is_dir() and (path / "mentions").is_dir():
            path = path / "mentions"
        files = (part_files(path) or sorted(path.glob("*.parquet"))
                 or sorted(path.rglob(PART_GLOB),  # a folder of shards' folders
                           key=lambda p: (p.parent, _part_key(p))))
        if not files:
            raise InputError(f"{path}: no Parquet file in this folder (write one with "
                             "`diplomap mentions ... --format parquet -o FOLDER`)")
    elif path.is_file():
        files = [path]
    else:
        raise InputError(f"{path}: no such file or folder")
    out: list[Mention] = []
    for values in read_table_values(files, Mention, what="mentions"):
        out.extend(values)
    return out
