"""Rows kept on disk, not in memory: what the collecting process holds of a big corpus.

Mentions (ten or more per article) and the sentences the join may cite are
far too many to keep as Python objects for a corpus of a gigabyte. The
collecting process appends them, one packed batch per partition as the
workers sent it, to an anonymous temporary file (:class:`Spill`), and reads
them back batch by batch, as often as needed, through :class:`StoredRows`:
a sequence with a length whose items are made on the fly. The same class
reads the rows of Parquet parts (``build --from DIR``).
"""

from __future__ import annotations

import heapq
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, Generic, TypeVar, overload

from .worker import unpack

__all__ = ["Spill", "StoredRows", "sorted_rows"]

T = TypeVar("T")


class Spill:
    """Packed batches (:func:`~geo.engine.worker.pack`) in an anonymous temporary file.

    The file has no name (it is gone when closed or when the process ends)
    and batches are read with ``pread``, so several readers may go through it
    at once.

    Examples
    --------
    >>> from geo.engine.worker import pack
    >>> spill = Spill()
    >>> spill.append(pack([["a", "b"], [1, 2]]), 2)
    >>> spill.append(pack([["c"], [3]]), 1)
    >>> len(spill), [columns[0] for columns in spill.batches()]
    (3, [['a', 'b'], ['c']])
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="diplomap-spill-")
        self._batches: list[tuple[int, int]] = []
        self._end = 0
        self.rows = 0

    def append(self, blob: bytes, rows: int) -> None:
        """Add a packed batch of ``rows`` rows."""
        if rows:
            self._file.write(blob)
            self._batches.append((self._end, len(blob)))
            self._end += len(blob)
            self.rows += rows

    def batches(self) -> Iterator[list[list[Any]]]:
        """Each batch's columns, in the order appended."""
        self._file.flush()
        fd = self._file.fileno()
        for offset, size in self._batches:
            yield unpack(os.pread(fd, size, offset))

    def __len__(self) -> int:
        return self.rows

    def close(self) -> None:
        self._file.close()


class StoredRows(Sequence[T], Generic[T]):
    """A read-only sequence of values made batch by batch from rows kept on disk.

    Parameters
    ----------
    batches : callable
        Returns an iterator over lists of values, from the start, each call.
    count : int, optional
        How many values there are (else counted once, by reading them).
    keep : callable, optional
        Only the values it returns true for (see :meth:`where`).

    Iterating reads the rows again each time, holding one batch in memory;
    ``len()`` is known; indexing works but reads up to the index (it is
    there for convenience, not for loops).

    Examples
    --------
    >>> rows = StoredRows(lambda: iter([[1, 2], [3]]), 3)
    >>> len(rows), list(rows), rows[2], list(rows.where(lambda x: x % 2))
    (3, [1, 2, 3], 3, [1, 3])
    """

    def __init__(self, batches: Callable[[], Iterator[list[T]]], count: int | None = None,
                 keep: Callable[[T], bool] | None = None) -> None:
        self._batches = batches
        self._count = count
        self._keep = keep

    def __iter__(self) -> Iterator[T]:
        for batch in self._batches():
            yield from (batch if self._keep is None else filter(self._keep, batch))

    def __len__(self) -> int:
        if self._count is None:
            self._count = sum(1 for _ in self)
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return list(self)[index]
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("StoredRows index out of range")
        for i, value in enumerate(self):
            if i == index:
                return value
        raise IndexError("StoredRows index out of range")  # pragma: no cover - rows changed

    def __repr__(self) -> str:
        return f"<StoredRows of {len(self)}>"

    def where(self, keep: Callable[[T], bool]) -> StoredRows[T]:
        """The values ``keep`` returns true for, as another lazy sequence."""
        if self._keep is None:
            return StoredRows(self._batches, None, keep)
        first = self._keep
        return StoredRows(self._batches, None, lambda v: first(v) and keep(v))

    @classmethod
    def from_spill(cls, spill: Spill, make: Callable[..., T]) -> StoredRows[T]:
        """The rows of a :class:`Spill`, each made with ``make(*row)``."""
        return cls(lambda: (list(map(make, *columns)) for columns in spill.batches()),
                   len(spill))


def sorted_rows(values: Iterable[T], key: Callable[[T], Any], *, run: int = 200_000) -> Iterator[T]:
    """``values`` in the order of ``key``, holding at most ``run`` of them in memory.

    A list or tuple (already in memory) is simply sorted. Anything else (a
    :class:`StoredRows` of a big corpus, a generator) is read in runs of
    ``run`` values; each run is sorted and written to an anonymous temporary
    file, and the runs are merged as they are read back, so writing the
    mentions of a gigabyte of news in order costs a few runs of memory, not
    the whole corpus. Equal keys keep their input order (a stable sort).

    Examples
    --------
    >>> list(sorted_rows(iter([5, 3, 4, 1, 2]), key=lambda x: x, run=2))
    [1, 2, 3, 4, 5]
    >>> list(sorted_rows(iter(["b1", "a1", "b0", "a0"]), key=lambda s: s[0], run=3))
    ['a1', 'a0', 'b1', 'b0']
    """
    if isinstance(values, (list, tuple)):
        yield from sorted(values, key=key)
        return
    runs: list[Any] = []
    try:
        batch: list[T] = []
        for v in values:
            batch.append(v)
            if len(batch) >= run:
                runs.append(_write_run(sorted(batch, key=key)))
                batch = []
        if not runs:
            yield from sorted(batch, key=key)
            return
        if batch:
            runs.append(_write_run(sorted(batch, key=key)))
        # (key, run number, value): equal keys come from the earlier run first.
        streams = [_keyed(_read_run(fh), key, i) for i, fh in enumerate(runs)]
        for _, _, v in heapq.merge(*streams, key=lambda t: t[:2]):
            yield v
    finally:
        for fh in runs:
            fh.close()


def _write_run(values: list[Any]) -> IO[bytes]:
    fh = tempfile.TemporaryFile(prefix="diplomap-sort-")
    for start in range(0, len(values), 4096):
        pickle.dump(values[start:start + 4096], fh, protocol=pickle.HIGHEST_PROTOCOL)
    fh.seek(0)
    return fh


def _keyed(values: Iterator[Any], key: Callable[[Any], Any], i: int) -> Iterator[tuple[Any, int, Any]]:
    return ((key(v), i, v) for v in values)


def _read_run(fh: IO[bytes]) -> Iterator[Any]:
    while True:
        try:
            yield from pickle.load(fh)
        except EOFError:
            return
