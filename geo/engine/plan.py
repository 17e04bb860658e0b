"""Partitions: the corpus cut into pieces that workers read and process on their own.

Files are listed once (:func:`list_corpus`), in :func:`geo.ingest.read_corpus`
order; :func:`partition_size` picks a size from the corpus size and the number
of workers, and :func:`plan_partitions` cuts the listing into
:class:`Partition` values of about that size, lazily. Small files are
grouped; a large ``.jsonl`` file is cut into line ranges and a large
``.parquet`` file into runs of row groups, read *on the workers*; the rows of
a large ``.csv`` (a quoted field may span lines) are read here and shipped.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.jsonl").write_text('{"text": "Putin flew to Minsk."}\\n{oops\\n',
...                                     encoding="utf-8")
>>> parts = list(plan_partitions([folder], partition_bytes=1))
>>> [(p.index, [f.ident for f in p.files]) for p in parts]
[(0, ['a.jsonl']), (1, ['a.jsonl'])]
>>> [(f.start, f.end, f.first_row) for p in parts for f in p.files]
[(0, 33, 1), (33, 39, 2)]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..values import Document, Problem

__all__ = ["FileSlice", "Partition", "Listing", "list_corpus", "plan_partitions",
           "partition_size", "tapered_size", "MIN_PARTITION_BYTES", "MAX_PARTITION_BYTES",
           "PIECES_PER_WORKER", "DASK_PIECES_PER_WORKER", "TAPER_FLOOR", "TAPER_MIN_BYTES"]

#: Smallest partition chosen by default: the process pool's cost per piece is
#: ~1 ms, a Dask scheduler's ~10 ms (so its floor is four times higher).
MIN_PARTITION_BYTES = 256 * 1024
#: Largest partition chosen by default: what one worker holds at a time (its text, mentions
#: and events take about eight times its size in memory); the Dask scheduler's ~10 ms a
#: piece is then well under 1 % of the piece's work.
MAX_PARTITION_BYTES = 8 * 1024 * 1024
#: Pieces per worker: enough that the last ones keep every worker busy to the end.
PIECES_PER_WORKER = 16
#: Pieces per Dask worker: half as many, larger. The scheduler runs in the collecting
#: process and costs it ~6 ms of CPU a piece, on the cores the workers use (mentions to
#: Parquet, 64 MB, 2 workers: its event loop's CPU 0.30-0.33 s with 32 pieces, 0.16-0.26 s
#: with 16); the tapered last pieces (:func:`tapered_size`) still end the workers together.
DASK_PIECES_PER_WORKER = 8


@dataclass(frozen=True, slots=True)
class FileSlice:
    """A file, a line range of a JSON Lines file or row groups of a Parquet file.

    ``path`` is absolute (workers may run in another folder); ``ident`` is
    the document id prefix; ``meta`` the sidecar row naming the file. By
    default the whole file is read (with :func:`geo.ingest.read_documents`).
    With ``end``, bytes ``[start, end)`` of a ``.jsonl`` file whose first line
    is row ``first_row``; with ``groups``, those row groups of a ``.parquet``
    file, whose first row is ``first_row``.
    """

    path: str
    ident: str
    meta: Any = None
    start: int = 0
    end: int | None = None
    first_row: int = 1
    groups: tuple[int, ...] | None = None

    @property
    def is_slice(self) -> bool:
        """Whether this is part of a file (reported with its first row)."""
        return self.end is not None or self.groups is not None


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work: files to read (``files``) or documents read already.

    ``documents`` are rows of one large CSV (``source``) read while planning;
    ``problems`` are the ones met while planning (missing paths, bad CSV
    rows); they are reported with its results, where ``problem_at`` says:
    before that file of ``files`` (before that document of ``documents``
    for a large CSV's partition).
    """

    index: int
    files: tuple[FileSlice, ...] = ()
    documents: tuple[Document, ...] = ()
    source: FileSlice | None = None
    problems: tuple[Problem, ...] = ()
    nbytes: int = 0
    problem_at: tuple[int, ...] = ()

    @property
    def groups(self) -> tuple[FileSlice | None, ...]:
        """Where the partition's documents come from, in order: its files, then ``source``."""
        return (*self.files, *((self.source,) if self.documents else ()))


@dataclass(frozen=True, slots=True)
class Listing:
    """The files of a corpus in reading order, with the problems met listing them.

    ``entries`` holds ``(path, id, bytes)`` tuples and :class:`~geo.values.Problem`
    values in the order they were met, so problems are reported where a
    one-process read would report them.
    """

    entries: tuple[tuple[Path, str, int] | Problem, ...]

    @property
    def nbytes(self) -> int:
        """The corpus size in bytes."""
        return sum(e[2] for e in self.entries if not isinstance(e, Problem))


def list_corpus(paths: Iterable[str | os.PathLike[str]], *,
                meta: str | os.PathLike[str] | None = None) -> Listing:
    """List the files of a corpus (the sidecar ``meta`` left out) with their sizes.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Talks in Minsk.", encoding="utf-8")
    >>> listing = list_corpus([folder, folder / "nowhere"])
    >>> listing.nbytes, [e.reason for e in listing.entries if isinstance(e, Problem)]
    (15, ['no such file or folder'])
    """
    from ..ingest import expand_paths

    meta_path = Path(meta).resolve() if meta is not None else None
    problems: list[Problem] = []
    entries: list[tuple[Path, str, int] | Problem] = []
    for path, ident in expand_paths(paths, problems):
        entries.extend(problems)
        problems.clear()
        if meta_path is not None and path.resolve() == meta_path:
            continue
        try:
            nbytes = path.stat().st_size
        except OSError:
            nbytes = 0  # read anyway: the reader reports why it cannot
        entries.append((path, ident, nbytes))
    entries.extend(problems)
    return Listing(tuple(entries))


def partition_size(corpus_bytes: int, workers: int, engine: str = "local") -> int:
    """The default partition size for a corpus of ``corpus_bytes`` on ``workers`` workers.

    About :data:`PIECES_PER_WORKER` pieces per worker (:data:`DASK_PIECES_PER_WORKER`
    for Dask, whose scheduler costs ~6-10 ms a piece), so that the last pieces
    balance the workers' loads, within :data:`MIN_PARTITION_BYTES` (four times
    that for Dask) and
    :data:`MAX_PARTITION_BYTES`; then the pieces are made equal and their
    number a multiple of ``workers``, so that every worker gets the same
    share and the last round ends on all of them at once (not one worker
    finishing a remainder, or one piece too many, while the others wait).

    Examples
    --------
    >>> partition_size(64 * 2**20, 2) // 2**20, partition_size(2**40, 64) // 2**20
    (2, 8)
    >>> partition_size(16_000_000, 2, "dask")  # 16 pieces of 1 MB, not 15 of 1 MiB and a rest
    1000000
    >>> partition_size(64 * 2**20, 2, "dask") // 2**20  # 8 pieces a Dask worker
    4
    >>> partition_size(10_000, 2), partition_size(10_000, 1, "dask")  # a small corpus
    (5000, 10000)
    """
    workers = max(1, workers)
    floor = MIN_PARTITION_BYTES * (4 if engine == "dask" else 1)
    per_worker = DASK_PIECES_PER_WORKER if engine == "dask" else PIECES_PER_WORKER
    target = -(-corpus_bytes // (per_worker * workers))  # rounded up: 16, not 17
    size = int(min(MAX_PARTITION_BYTES, max(floor, target)))
    if corpus_bytes <= 0:
        return size
    pieces = -(-corpus_bytes // size)
    pieces = -(-pieces // workers) * workers
    return -(-corpus_bytes // pieces)


#: The smallest piece the taper cuts, as a fraction of the partition size (one over this)...
TAPER_FLOOR = 4
#: ... and in bytes: smaller pieces are not worth a task (a small corpus is not tapered).
TAPER_MIN_BYTES = 64 * 1024


def tapered_size(size: int, left: int, workers: int) -> int:
    """The size of the next partition when ``left`` bytes of the corpus are still to plan.

    Pieces keep ``size`` until the last ``2 * workers`` pieces' worth of the
    corpus; from there each is one ``2 * workers``-th of what is left, down
    to a :data:`TAPER_FLOOR`-th of ``size`` (and not under
    :data:`TAPER_MIN_BYTES` when ``size`` is larger). Pieces of equal bytes do not take
    equal time, so with equal pieces one worker may still run a whole last
    piece while the others wait; small last pieces end the run on every
    worker at about the same time, and the early pieces stay large (the Dask
    scheduler's cost is per piece).

    Examples
    --------
    >>> [tapered_size(1_000_000, left, 2) for left in (16_000_000, 4_000_000, 2_000_000, 1)]
    [1000000, 1000000, 500000, 250000]
    >>> tapered_size(5_000, 1, 2)  # a small corpus's pieces stay whole
    5000
    """
    floor = max(1, size // TAPER_FLOOR, min(size, TAPER_MIN_BYTES))
    return max(floor, min(size, -(-left // (2 * max(1, workers)))))


def _jsonl_ranges(path: str, size: int, target: int | Callable[[int], int]
                  ) -> Iterator[tuple[int, int, int]]:
    """Yield ``(start, end, first_row)`` of consecutive runs of whole lines.

    ``target`` is the bytes of a run, or a function of the run's start giving them.
    """
    with open(path, "rb") as fh:
        start, row = 0, 1
        while start < size:
            fh.seek(start)
            chunk = fh.read(target(start) if callable(target) else target)
            rest = fh.readline() if not chunk.endswith(b"\n") else b""
            end = start + len(chunk) + len(rest)
            if end == start:
                break
            yield start, end, row
            row += chunk.count(b"\n") + rest.count(b"\n")
            start = end


def _parquet_slices(path: Path, text_column: str, target: int
                    ) -> list[tuple[int, tuple[int, ...], int]] | None:
    """Runs of row groups of about ``target`` bytes: ``(first_row, groups, bytes)``.

    ``None`` when the file has one row group, or when its footer or columns
    are not right: it is then read whole, so the problem is reported once.
    """
    from ..ingest import parquet_row_groups

    try:
        sizes = parquet_row_groups(path, text_column=text_column)
    except (InputError, OSError):
        return None
    if len(sizes) < 2:
        return None
    out: list[tuple[int, tuple[int, ...], int]] = []
    chunk: list[int] = []
    row = first = 1
    nbytes = 0
    for i, (rows, size) in enumerate(sizes):
        if chunk and nbytes + size > target:
            out.append((first, tuple(chunk), nbytes))
            chunk, nbytes, first = [], 0, row
        chunk.append(i)
        nbytes += size
        row += rows
    out.append((first, tuple(chunk), nbytes))
    return out


def plan_partitions(paths: Iterable[str | os.PathLike[str]] | Listing, *,
                    meta: str | os.PathLike[str] | None = None, text_column: str = "text",
                    partition_bytes: int = MIN_PARTITION_BYTES,
                    metadata: Mapping[str, Any] | None = None,
                    taper: int = 0) -> Iterator[Partition]:
    """Split a corpus into partitions of about ``partition_bytes`` (lazily).

    Files are taken in :func:`geo.ingest.read_corpus` order. Small files are
    grouped; a ``.jsonl`` file larger than ``partition_bytes`` is split into
    line ranges (unless it is UTF-16/32, whose newline is not one byte), a
    larger ``.parquet`` file into runs of row groups (by their uncompressed
    size, read from the footer); a larger ``.csv`` is read here and its
    documents grouped.

    Parameters
    ----------
    paths : iterable of path, or Listing
        Files, folders or glob patterns, or what :func:`list_corpus` made of them.
    meta : path, optional
        Sidecar metadata CSV; skipped as a document, attached to files.
    text_column : str
        Text column of table rows.
    partition_bytes : int
        Rough size of a partition (file bytes or text characters).
    metadata : dict, optional
        Metadata already read with :func:`geo.ingest.read_metadata` (else
        ``meta`` is read here).
    taper : int, optional
        The number of workers, to make the last partitions smaller (see
        :func:`tapered_size`); 0 (the default) keeps them all about
        ``partition_bytes``.

    Yields
    ------
    Partition
    """
    from ..ingest import apply_metadata, file_metadata, read_documents, read_metadata

    pending: list[Problem] = []
    pending_at: list[int] = []  # where each pending problem stands (see Partition.problem_at)
    if metadata is None:
        metadata = read_metadata(meta, problems=pending) if meta is not None else {}
    listing = paths if isinstance(paths, Listing) else list_corpus(paths, meta=meta)
    left = listing.nbytes  # file bytes not planned yet, for the taper

    def target(ahead: int = 0) -> int:
        """The size of the next partition, ``ahead`` bytes into the file at hand."""
        return tapered_size(partition_bytes, left - ahead, taper) if taper else partition_bytes

    index = 0
    files: list[FileSlice] = []
    docs: list[Document] = []
    size = 0
    source: FileSlice | None = None

    def mark() -> None:
        """Problems met since the last mark stand before the next file (or CSV row) taken."""
        at = len(docs) if docs else len(files)  # a large CSV's partition holds rows, not files
        pending_at.extend([at] * (len(pending) - len(pending_at)))

    def flush() -> Partition:
        nonlocal index, files, docs, size
        mark()
        part = Partition(index, tuple(files), tuple(docs), source if docs else None,
                         tuple(pending), size, tuple(pending_at))
        index += 1
        files, docs, size = [], [], 0
        pending.clear()  # in place: the readers still hold this list
        pending_at.clear()
        return part

    for entry in listing.entries:
        if isinstance(entry, Problem):
            pending.append(entry)
            mark()
            continue
        path, ident, nbytes = entry
        file_meta = file_metadata(metadata, path, ident)
        suffix = path.suffix.lower()
        limit = target()
        big = nbytes > limit
        left -= nbytes
        if big and suffix == ".jsonl":
            from ..ingest import splits_at_byte_newlines

            if splits_at_byte_newlines(path):
                if files or docs:
                    yield flush()
                for start, end, row in _jsonl_ranges(str(path), nbytes, lambda at: target(
                        at - nbytes)):
                    files.append(FileSlice(os.path.abspath(path), ident, file_meta, start,
                                           end, row))
                    size = end - start
                    yield flush()
                continue
        groups = _parquet_slices(path, text_column, limit) \
            if big and suffix == ".parquet" else None
        if groups:
            if files or docs:
                yield flush()
            for row, chunk, chunk_bytes in groups:
                files.append(FileSlice(os.path.abspath(path), ident, file_meta,
                                       first_row=row, groups=chunk))
                size = chunk_bytes
                yield flush()
            continue
        if big and suffix == ".csv":
            if files or docs:
                yield flush()
            source = FileSlice(os.path.abspath(path), ident, file_meta)
            try:
                for doc in read_documents(path, ident=ident, text_column=text_column,
                                          problems=pending):
                    mark()
                    docs.append(apply_metadata(doc, file_meta))
                    size += len(doc.text)
                    if size >= limit:
                        yield flush()
            except InputError as err:
                pending.append(Problem(ident, str(err)))
            if docs:
                yield flush()
            continue
        if size and size + nbytes > limit:
            yield flush()
        files.append(FileSlice(os.path.abspath(path), ident, file_meta))
        size += nbytes
    if files or docs or pending:
        yield flush()
