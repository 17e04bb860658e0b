"""Geoparse a corpus on several cores or a Dask cluster; keep mentions as Parquet.

Geoparsing is the costly, embarrassingly parallel step of the pipeline; visits,
ties and the map work on its far smaller output. :func:`geoparse_corpus` runs
it with one of three engines and always yields ``(document, mentions)`` pairs
in the order :func:`geo.ingest.read_corpus` would:

``local``, 1 worker
    The reference: :func:`geo.ingest.read_corpus`, then each document is
    geoparsed in turn, in this process.
``local``, N workers
    A :class:`concurrent.futures.ProcessPoolExecutor`; each worker process
    loads the gazetteer once, in its initializer.
``dask``
    A ``distributed`` cluster: a :class:`distributed.LocalCluster` of N
    single-threaded worker processes, or an existing scheduler's address.
    A worker plugin loads the gazetteer once per worker.

On an existing cluster, the workers read the corpus files themselves: give
them the same paths (shared storage) and the same diplomap version, one
thread per worker process (the geoparser holds the GIL)::

    dask scheduler                                  # tcp://HOST:8786, dashboard :8787
    dask worker tcp://HOST:8786 --nworkers 8 --nthreads 1   # on each machine

then pass ``scheduler="tcp://HOST:8786"`` (``--scheduler`` on the command line).

The parallel engines split the corpus into partitions of about
``partition_bytes``: runs of whole files (text, HTML, Markdown, small tables),
line ranges of large JSON Lines files and row groups of large Parquet files
are read *on the workers*; rows of a large CSV are read here and shipped as
documents. Duplicate ids, metadata and
:class:`~geo.values.Problem` reports are settled here, in corpus order, so
every engine gives the same documents, mentions and problems. Anything a
worker cannot do -- a file it cannot read, a document the geoparser chokes on,
a worker that dies -- becomes a Problem naming the file or document; the run
goes on.

:func:`write_mentions_parquet` and :func:`read_mentions_parquet` keep the
mentions as a folder of Parquet files (``part-00000.parquet``, ...) so that
``visits``, ``ties`` and ``build`` can start from them instead of
geoparsing again (``geoparse_corpus(..., mentions=folder)``).
:func:`geoparse_to_parquet` writes the same folder with the workers writing
their own partitions: the scale-out job, since only ids and counts come back
here (streaming every mention to one process caps 2 workers at ~1.5x one).

``dask``, ``distributed`` and ``pyarrow`` are imported only when used
(``pip install 'diplomap[dask]'``).

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

import dataclasses
import io
import itertools
import logging
import operator
import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigurationError, DiplomapError, InputError
from .values import Document, Mention, Problem

if TYPE_CHECKING:
    from .geocoders import Resolver
    from .ingest import _Ledger

__all__ = [
    "ENGINES",
    "DEFAULT_PARTITION_BYTES",
    "FileSlice",
    "Partition",
    "geoparse_corpus",
    "geoparse_to_parquet",
    "plan_partitions",
    "default_workers",
    "worker_info",
    "write_mentions_parquet",
    "read_mentions_parquet",
    "mention_schema",
]

log = logging.getLogger(__name__)

#: Engines accepted by :func:`geoparse_corpus` (and ``--engine``).
ENGINES = ("local", "dask")

#: Default size of a partition of the corpus sent to one worker at a time.
DEFAULT_PARTITION_BYTES = 256 * 1024

_PART_GLOB = "part-*.parquet"
_SCHEMA_TAG = {b"diplomap": b"mentions/1"}


# --------------------------------------------------------------------------- partitions

@dataclass(frozen=True, slots=True)
class FileSlice:
    """A file, a line range of a JSON Lines file or row groups of a Parquet file.

    ``path`` is absolute (workers may run in another folder); ``ident`` is
    the document id prefix. By default the whole file is read (with
    :func:`geo.ingest.read_documents`). With ``end``, bytes ``[start, end)``
    of a ``.jsonl`` file whose first line is row ``first_row``; with
    ``groups``, those row groups of a ``.parquet`` file, whose first row is
    ``first_row``.
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
    rows); they are reported with its results to keep the order stable.
    """

    index: int
    files: tuple[FileSlice, ...] = ()
    documents: tuple[Document, ...] = ()
    source: FileSlice | None = None
    problems: tuple[Problem, ...] = ()
    nbytes: int = 0


@dataclass(slots=True)
class _Done:
    """What a worker sends back for one partition.

    Per file: the documents read (``None`` for the partition's own
    ``documents``, which the driver has already), how many mentions each
    has, and all their mentions as columns (one list per field) -- plain
    lists pickle and unpickle several times faster than dataclasses or
    tuples, and the driver's time per document is what limits scaling on
    few cores.
    """

    index: int
    groups: list[tuple[FileSlice | None, list[Document] | None, list[int], list[list[Any]]]]
    problems: list[Problem] = field(default_factory=list)
    #: When the worker wrote the mentions itself (:func:`geoparse_to_parquet`): the
    #: document ids and mention counts, in order; ``groups`` is then empty.
    ids: list[str] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)
    #: Documents per file (``part.files``, then ``part.source``'s rows), for metadata.
    sizes: list[int] = field(default_factory=list)


_MENTION_FIELDS = tuple(f.name for f in dataclasses.fields(Mention))


def _jsonl_ranges(path: str, size: int, target: int) -> Iterator[tuple[int, int, int]]:
    """Yield ``(start, end, first_row)`` of consecutive runs of whole lines."""
    with open(path, "rb") as fh:
        start, row = 0, 1
        while start < size:
            fh.seek(start)
            chunk = fh.read(target)
            rest = fh.readline() if not chunk.endswith(b"\n") else b""
            end = start + len(chunk) + len(rest)
            if end == start:
                break
            yield start, end, row
            row += chunk.count(b"\n") + rest.count(b"\n")
            start = end


def _byte_lines(path: Path) -> bool:
    """Whether a JSON Lines file splits into lines at the byte ``\n`` (not UTF-16/32)."""
    from .ingest import _wide_encoding

    try:
        with open(path, "rb") as fh:
            return _wide_encoding(fh.read(4)) is None
    except OSError:
        return False  # read whole, so the reader reports why


def _parquet_slices(path: Path, text_column: str, target: int
                    ) -> list[tuple[int, tuple[int, ...], int]] | None:
    """Runs of row groups of about ``target`` bytes: ``(first_row, groups, bytes)``.

    ``None`` when the file has one row group, or when its footer or columns
    are not right: it is then read whole, so the problem is reported once.
    """
    from .ingest import _read_parquet, parquet_row_groups

    try:
        sizes = parquet_row_groups(path)
        for _ in _read_parquet(path, str(path), text_column, [], row_groups=()):
            pass  # checks the text column and the row count, reads no row
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


def plan_partitions(paths: Iterable[str | os.PathLike[str]], *, meta: str | os.PathLike[str] | None = None,
                    text_column: str = "text", partition_bytes: int = DEFAULT_PARTITION_BYTES,
                    metadata: dict[str, Any] | None = None) -> Iterator[Partition]:
    """Split a corpus into partitions of about ``partition_bytes`` (lazily).

    Files are taken in :func:`geo.ingest.read_corpus` order. Small files are
    grouped; a ``.jsonl`` file larger than ``partition_bytes`` is split into
    line ranges (unless it is UTF-16/32, whose newline is not one byte), a
    larger ``.parquet`` file into runs of row groups (by their uncompressed
    size, read from the footer); a larger ``.csv`` is read here and its
    documents grouped.

    Parameters
    ----------
    paths : iterable of path
        Files, folders or glob patterns.
    meta : path, optional
        Sidecar metadata CSV; skipped as a document, attached to files.
    text_column : str
        Text column of table rows.
    partition_bytes : int
        Rough size of a partition (file bytes or text characters).
    metadata : dict, optional
        Metadata already read with :func:`geo.ingest.read_metadata` (else
        ``meta`` is read here).

    Yields
    ------
    Partition
    """
    from .ingest import _expand, _file_meta, _with_meta, read_documents, read_metadata

    pending: list[Problem] = []
    meta_path = Path(meta).resolve() if meta is not None else None
    if metadata is None:
        metadata = read_metadata(meta_path, problems=pending) if meta_path is not None else {}
    index = 0
    files: list[FileSlice] = []
    docs: list[Document] = []
    size = 0
    source: FileSlice | None = None

    def flush() -> Partition:
        nonlocal index, files, docs, size
        part = Partition(index, tuple(files), tuple(docs), source if docs else None,
                         tuple(pending), size)
        index += 1
        files, docs, size = [], [], 0
        pending.clear()  # in place: the readers still hold this list
        return part

    for path, ident in _expand(paths, pending):
        if meta_path is not None and path.resolve() == meta_path:
            continue
        file_meta = _file_meta(metadata, path, ident)
        try:
            nbytes = path.stat().st_size
        except OSError:
            nbytes = 0
        suffix = path.suffix.lower()
        if nbytes > partition_bytes and suffix == ".jsonl" and _byte_lines(path):
            if files or docs:
                yield flush()
            for start, end, row in _jsonl_ranges(str(path), nbytes, partition_bytes):
                files.append(FileSlice(os.path.abspath(path), ident, file_meta, start, end,
                                       row))
                size = end - start
                yield flush()
            continue
        groups = (_parquet_slices(path, text_column, partition_bytes)
                  if nbytes > partition_bytes and suffix == ".parquet" else None)
        if groups:
            if files or docs:
                yield flush()
            for row, chunk, chunk_bytes in groups:
                files.append(FileSlice(os.path.abspath(path), ident, file_meta,
                                       first_row=row, groups=chunk))
                size = chunk_bytes
                yield flush()
            continue
        if nbytes > partition_bytes and suffix == ".csv":
            if files or docs:
                yield flush()
            source = FileSlice(os.path.abspath(path), ident, file_meta)
            try:
                for doc in read_documents(path, ident=ident, text_column=text_column,
                                          problems=pending):
                    docs.append(_with_meta(doc, file_meta))
                    size += len(doc.text)
                    if size >= partition_bytes:
                        yield flush()
            except InputError as err:
                pending.append(Problem(ident, str(err)))
            if docs:
                yield flush()
            continue
        if size and size + nbytes > partition_bytes:
            yield flush()
        files.append(FileSlice(os.path.abspath(path), ident, file_meta))
        size += nbytes
    if files or docs or pending:
        yield flush()


# --------------------------------------------------------------------------- worker side

_READY: dict[str, float] = {}

#: Modules a forkserver imports once so that forked workers start warm.
_PRELOAD = ("geo.parallel", "geo.geoparse", "geo.gazetteer")
#: Added when the workers write Parquet (a missing module is skipped by the forkserver).
_PRELOAD_WRITE = ("pyarrow.parquet",)


def _warm_up() -> None:
    """Load the geoparser and the gazetteer index once in this process.

    Raises
    ------
    ConfigurationError
        When they cannot be loaded: a fault of the installation, not of one
        document, so the run stops with this message instead of reporting
        every file as failed.
    """
    if _READY:
        return
    t0 = time.perf_counter()
    try:
        from . import geoparse  # noqa: F401  (import cost belongs to start-up)
        from .gazetteer import get_gazetteer

        get_gazetteer()
    except DiplomapError:
        raise
    except Exception as err:  # noqa: BLE001 - a broken index, a missing module...
        raise ConfigurationError(f"the geoparser cannot start in worker process "
                                 f"{os.getpid()}: {type(err).__name__}: {err}") from err
    _READY["load_seconds"] = time.perf_counter() - t0
    _READY["age_when_ready"] = _process_age()


def _process_age() -> float:
    """Seconds since this process started (Linux ``/proc``; ``nan`` elsewhere).

    Both ends are counted from boot, so the result is exact to a clock tick
    (``psutil``'s creation time is rounded to the boot second).
    """
    try:
        with open("/proc/self/stat", "rb") as fh:
            start_ticks = int(fh.read().rsplit(b")", 1)[1].split()[19])
        with open("/proc/uptime", "rb") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):  # pragma: no cover - not Linux
        return float("nan")


def _init_worker() -> None:
    """Pool initializer: warm up, but never kill the process (a dead one breaks the pool).

    If loading fails, the first task fails the same way and its error (a
    :class:`~geo.errors.ConfigurationError` naming the problem) reaches the caller.
    """
    try:
        _warm_up()
    except Exception:  # noqa: BLE001 - raised again by the first task
        pass


def worker_info() -> dict[str, float]:
    """Return this process's id, gazetteer load time and start-up time (seconds).

    ``startup_seconds`` runs from the process's creation to the gazetteer
    being ready (``nan`` where ``/proc`` is missing). Used by the benchmark.

    Examples
    --------
    >>> sorted(worker_info())
    ['load_seconds', 'pid', 'startup_seconds']
    """
    _warm_up()
    return {"pid": os.getpid(), "load_seconds": _READY["load_seconds"],
            "startup_seconds": _READY["age_when_ready"]}


def _read_slice(part: FileSlice, text_column: str, problems: list[Problem]) -> Iterator[Document]:
    """The documents of a slice: a line range of a byte-line JSON Lines file (ingest's
    line reader) or row groups of a Parquet file (ingest's Parquet reader)."""
    from .ingest import _jsonl_document, _read_parquet

    if part.groups is not None:
        try:
            yield from _read_parquet(Path(part.path), part.ident, text_column, problems,
                                     row_groups=part.groups)
        except OSError as err:
            raise InputError(f"cannot read file: {err.strerror or err}") from err
        return
    try:
        with open(part.path, "rb") as fh:
            fh.seek(part.start)
            data = fh.read(part.end - part.start)
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}") from err
    for row, raw in enumerate(io.BytesIO(data), start=part.first_row):
        doc = _jsonl_document(raw, ident=part.ident, row=row, text_column=text_column,
                              problems=problems)
        if doc is not None:
            yield doc


def _geoparse_docs(docs: Sequence[Document], problems: list[Problem]) -> list[list[Mention]]:
    """Mentions of each document: one batch call, else one call per document.

    A document the geoparser fails on gets no mentions and a Problem.
    """
    from .geoparse import geoparse, geoparse_many

    ids = [d.id for d in docs]
    if docs and len(set(ids)) == len(ids):
        try:
            by_doc: dict[str, list[Mention]] = {i: [] for i in ids}
            for m in geoparse_many(list(docs)):
                by_doc[m.doc].append(m)
            return [by_doc[i] for i in ids]
        except Exception:  # noqa: BLE001 - find the culprit document below
            pass
    out = []
    for doc in docs:
        try:
            out.append(list(geoparse(doc)))
        except Exception as err:  # noqa: BLE001 - one bad document must not stop the run
            problems.append(Problem(doc.id, f"geoparse failed: {type(err).__name__}: {err}",
                                    "geoparse"))
            out.append([])
    return out


def _run_partition(part: Partition, text_column: str, out: str | None = None) -> _Done:
    """Read and geoparse one partition (runs on a worker).

    With ``out`` (a folder the worker can write to), the mentions are written
    there as ``part-NNNNN.parquet`` (``NNNNN`` the partition index) and only
    document ids, mention counts and problems go back: the driver's time per
    document is what limits scaling on few cores.
    """
    from .ingest import _with_meta, read_documents

    _warm_up()
    problems: list[Problem] = []
    groups: list[tuple[FileSlice | None, list[Document]]] = []
    for fs in part.files:
        docs: list[Document] = []
        try:
            reader = (_read_slice(fs, text_column, problems) if fs.is_slice else
                      read_documents(fs.path, ident=fs.ident, text_column=text_column,
                                     problems=problems))
            for doc in reader:
                docs.append(_with_meta(doc, fs.meta))
        except InputError as err:
            problems.append(Problem(fs.ident, str(err)))
        groups.append((fs, docs))
    if part.documents:
        groups.append((part.source, list(part.documents)))
    flat = [d for _, docs in groups for d in docs]
    found = _geoparse_docs(flat, problems)
    if out is not None:
        if flat:
            _write_part(Path(out) / _part_name(part.index), [m for ms in found for m in ms])
        return _Done(part.index, [], problems, [d.id for d in flat], [len(ms) for ms in found],
                     [len(docs) for _, docs in groups])
    row = operator.attrgetter(*_MENTION_FIELDS)
    it = iter(found)
    groups_out = []
    for fs, docs in groups:
        per_doc = [next(it) for _ in docs]
        rows = [row(m) for ms in per_doc for m in ms]
        columns = [list(c) for c in zip(*rows)] if rows else []
        groups_out.append((fs, None if fs is part.source and part.documents else docs,
                           [len(ms) for ms in per_doc], columns))
    return _Done(part.index, groups_out, problems)


def _failed(part: Partition, err: BaseException) -> _Done:
    """Report every file or document of a partition whose worker failed."""
    reason = f"worker failed: {type(err).__name__}: {err}"
    problems = [Problem(fs.ident, reason, "geoparse",
                        fs.first_row if fs.is_slice else None) for fs in part.files]
    problems += [Problem(d.id, reason, "geoparse") for d in part.documents]
    return _Done(part.index, [], problems)


# --------------------------------------------------------------------------- engines

def default_workers() -> int:
    """The number of CPU cores this process may use (at least 1).

    Examples
    --------
    >>> default_workers() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _in_order(parts: Iterator[Partition], submit: Callable[[Partition], Any],
              result: Callable[[Any], _Done], window: Callable[[], int]
              ) -> Iterator[tuple[Partition, _Done]]:
    """Keep ``window()`` partitions in flight; yield results in partition order.

    The window is asked again every 32 partitions, as a cluster may grow.
    """
    queue: deque[tuple[Partition, Any]] = deque()
    size = window()
    for part in parts:
        queue.append((part, submit(part)))
        if part.index % 32 == 31:
            size = window()
        while len(queue) >= size:
            part0, fut = queue.popleft()
            yield part0, result(fut)
    while queue:
        part0, fut = queue.popleft()
        yield part0, result(fut)


def _run_pool(parts: Iterator[Partition], text_column: str, workers: int,
              out: str | None = None) -> Iterator[tuple[Partition, _Done]]:
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        # Workers fork from a server that has imported the geoparser already (it takes
        # effect when this process starts its first pool); each still loads the index.
        ctx.set_forkserver_preload([*_PRELOAD, *(_PRELOAD_WRITE if out else ())])

    def new_pool(old: ProcessPoolExecutor | None = None) -> ProcessPoolExecutor:
        if old is not None:
            old.shutdown(wait=False, cancel_futures=True)
        return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker)

    pool = new_pool()
    log.info("local engine: %d worker processes", workers)

    def submit(part: Partition) -> Future:
        try:
            return pool.submit(_run_partition, part, text_column, out)
        except BrokenProcessPool as err:  # noticed at submission: handled at its turn
            fut: Future = Future()
            fut.set_exception(err)
            return fut

    def broken(fut: Future) -> bool:
        return fut.done() and isinstance(fut.exception(), BrokenProcessPool)

    queue: deque[tuple[Partition, Future]] = deque()
    window = 2 * workers + 1
    it = iter(parts)
    try:
        while True:
            while len(queue) < window:
                part = next(it, None)
                if part is None:
                    break
                queue.append((part, submit(part)))
            if not queue:
                break
            part, fut = queue.popleft()
            try:
                fut.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory, crashed in C code) and took the
                # pool with it. Retry this partition alone so that the blame falls on
                # the right one, then resubmit the others that were lost.
                log.warning("a local worker process died; partition %d is retried alone on a "
                            "fresh pool, then the %d in flight", part.index, len(queue))
                pool = new_pool(pool)
                fut = submit(part)
                try:
                    fut.result()
                except BrokenProcessPool as err:
                    fut = Future()
                    fut.set_result(_failed(part, err))
                    pool = new_pool(pool)
                    try:
                        pool.submit(worker_info).result()
                    except BrokenProcessPool as again:
                        raise ConfigurationError(
                            "local worker processes die as they start (is the program run "
                            "from a file, with an `if __name__ == '__main__':` guard?); try "
                            "one worker") from again
                except Exception:  # noqa: BLE001 - handled below
                    pass
                queue = deque((p, submit(p) if broken(f) else f) for p, f in queue)
            except Exception:  # noqa: BLE001 - handled below
                pass
            try:
                done = fut.result()
            except DiplomapError:
                raise  # the setup is wrong (no gazetteer index...): every task would fail
            except Exception as err:  # noqa: BLE001 - reported, never raised
                done = _failed(part, err)
            yield part, done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _gazetteer_plugin() -> Any:
    from distributed import WorkerPlugin

    class GazetteerPlugin(WorkerPlugin):
        """Load the gazetteer index once when each worker starts."""

        name = "diplomap-gazetteer"

        def setup(self, worker: Any) -> None:
            _warm_up()

    return GazetteerPlugin()


def _version() -> str:
    from . import __version__

    return __version__


def _check_workers(client: Any, scheduler: str | None, timeout: float = 60.0) -> None:
    """Fail early, in plain words, when the cluster cannot run diplomap's tasks."""
    from . import __version__

    try:
        client.wait_for_workers(1, timeout=timeout)
    except (TimeoutError, OSError) as err:
        raise ConfigurationError(f"no Dask worker joined the scheduler at {scheduler} within "
                                 f"{timeout:.0f} s; start some with `dask worker "
                                 f"{scheduler}`") from err
    try:
        versions = client.run(_version)
    except ImportError as err:
        raise ConfigurationError(f"the Dask workers cannot import diplomap ({err}); install "
                                 "the same version on every worker") from err
    other = sorted({v for v in versions.values() if v != __version__})
    if other:
        log.warning("dask workers run diplomap %s, this process %s: results may differ",
                    ", ".join(other), __version__)


def _local_cluster(workers: int, writes: bool = False) -> Any:
    """A LocalCluster of ``workers`` single-threaded processes, forked warm when possible."""
    import multiprocessing

    import dask
    from distributed import LocalCluster

    method = dask.config.get("distributed.worker.multiprocessing-method")
    if "forkserver" in multiprocessing.get_all_start_methods():
        # Forked from a server that has imported distributed and the geoparser, a
        # worker starts in ~1.5 s instead of ~3-5 s when spawned (2 busy cores).
        multiprocessing.get_context("forkserver").set_forkserver_preload(
            [*_PRELOAD, *(_PRELOAD_WRITE if writes else ()), "distributed"])
        method = "forkserver"
    quiet = {  # geoparsing is pure Python: a stack sampler every 10 ms only slows it
        "distributed.worker.multiprocessing-method": method,
        "distributed.worker.profile.enabled": False,
    }
    with dask.config.set(quiet):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=":0")


def _run_dask(parts: Iterator[Partition], text_column: str, workers: int,
              scheduler: str | None, out: str | None = None
              ) -> Iterator[tuple[Partition, _Done]]:
    try:
        from distributed import Client
    except ImportError as err:
        raise ConfigurationError("the dask engine needs the 'dask' extra: "
                                 "pip install 'diplomap[dask]'") from err
    cluster = client = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as err:
                raise ConfigurationError(f"cannot reach the Dask scheduler at {scheduler!r}: "
                                         f"{err}") from err
        else:
            cluster = _local_cluster(workers, writes=out is not None)
            client = Client(cluster)
        _check_workers(client, client.scheduler.address)
        client.register_plugin(_gazetteer_plugin(), name="diplomap-gazetteer")
        log.info("dask engine: %d workers at %s; dashboard %s", len(client.nthreads()),
                 client.scheduler.address, client.dashboard_link)
        token = f"{os.getpid()}-{time.time_ns()}"

        def submit(part: Partition) -> Any:
            return client.submit(_run_partition, part, text_column, out, pure=False,
                                 key=f"diplomap-geoparse-{token}-{part.index}")

        def result(fut_part: Any) -> _Done:
            fut, part = fut_part
            try:
                return fut.result()
            except DiplomapError:
                raise  # the setup is wrong (no gazetteer index...): every task would fail
            except Exception as err:  # noqa: BLE001 - KilledWorker, lost data...: reported
                return _failed(part, err)
            finally:
                fut.release()

        def window() -> int:  # workers may join or leave (adaptive clusters)
            return 2 * max(1, sum(client.nthreads().values())) + 1

        yield from _in_order(parts, lambda p: (submit(p), p), result, window)
    finally:
        _close(client, cluster)


def _mute_shutdown_race() -> None:
    """Runs on each worker before its own cluster closes: a heartbeat sent while the
    scheduler goes away logs a harmless ERROR with a traceback (dask/distributed#7891)."""
    logging.getLogger("distributed.worker").setLevel(logging.CRITICAL)


def _close(client: Any, cluster: Any) -> None:
    """Close the client, then the local cluster this run started (if any), quietly."""
    if client is not None and cluster is not None:
        try:
            client.run(_mute_shutdown_race)
        except Exception:  # noqa: BLE001 - only cosmetic; closing must go on
            log.debug("could not quiet the workers before closing", exc_info=True)
    if client is not None:
        client.close()
    if cluster is not None:
        cluster.close()


# --------------------------------------------------------------------------- driver

def _settle(results: Iterator[tuple[Partition, _Done]], metadata: dict[str, Any],
            meta: str | os.PathLike[str] | None, problems: list[Problem]
            ) -> Iterator[tuple[Document, list[Mention]]]:
    """Rename duplicate ids, attach row metadata and report problems, in corpus order.

    The bookkeeping of :func:`geo.ingest.read_corpus` (its ``_Ledger``); file
    metadata was attached on the worker.
    """
    from .ingest import _Ledger, _with_meta

    ledger = _Ledger(metadata, meta, problems)
    for part, done in _checked_in(results, ledger):
        for fs, docs, counts, columns in done.groups:
            rows = zip(*columns)
            for doc, n in zip(part.documents if docs is None else docs, counts):
                found = itertools.islice(rows, n)
                doc_id, row_meta = ledger.document(doc.id, fs.meta if fs else None)
                if doc_id != doc.id:
                    doc = dataclasses.replace(doc, id=doc_id)
                    mentions = [Mention(doc_id, *r[1:]) for r in found]
                else:
                    mentions = [Mention(*r) for r in found]
                yield _with_meta(doc, row_meta), mentions
    ledger.finish()


def _checked_in(results: Iterator[tuple[Partition, _Done]], ledger: _Ledger
                ) -> Iterator[tuple[Partition, _Done]]:
    """Report each partition's problems and mark its files' metadata as used, in order."""
    for part, done in results:
        ledger.problems.extend(part.problems)
        ledger.problems.extend(done.problems)
        for fs in (*part.files, part.source):
            if fs is not None:
                ledger.use(fs.meta)
        yield part, done


def _reresolved(pairs: Iterator[tuple[Document, list[Mention]]], resolver: Resolver
                ) -> Iterator[tuple[Document, list[Mention]]]:
    """Re-resolve mentions with an online resolver, here: one cache, one polite rate."""
    from .pipeline import reresolve

    cache: dict[tuple[str, str | None], Any] = {}
    for doc, mentions in pairs:
        yield doc, reresolve(mentions, resolver, cache)


def geoparse_corpus(paths: Iterable[str | os.PathLike[str]], *,
                    meta: str | os.PathLike[str] | None = None, text_column: str = "text",
                    engine: str = "local", workers: int | None = None,
                    scheduler: str | None = None, resolver: Resolver | None = None,
                    mentions: str | os.PathLike[str] | None = None,
                    problems: list[Problem] | None = None,
                    on_document: Callable[[Document], None] | None = None,
                    partition_bytes: int = DEFAULT_PARTITION_BYTES,
                    ) -> Iterator[tuple[Document, list[Mention]]]:
    """Read and geoparse a corpus with the chosen engine, in corpus order.

    Parameters
    ----------
    paths : iterable of path
        Files, folders or glob patterns (see :func:`geo.ingest.read_corpus`).
    meta : path, optional
        Metadata sidecar CSV.
    text_column : str
        Column holding the text of ``.csv``/``.jsonl``/``.parquet`` rows.
    engine : {"local", "dask"}
        ``local`` runs here (1 worker) or in a process pool (N workers);
        ``dask`` runs on a Dask cluster.
    workers : int, optional
        Worker processes: default 1 for ``local``, the machine's cores for a
        ``dask`` local cluster. Not allowed with ``scheduler``.
    scheduler : str, optional
        Address of a running Dask scheduler (``tcp://host:8786``); the
        ``dask`` engine then uses that cluster's workers.
    resolver : Resolver, optional
        Online geocoder re-resolving mentions (run here, with one cache).
    mentions : path, optional
        Parquet mentions written by :func:`write_mentions_parquet`: read them
        instead of geoparsing (documents are still read, for evidence).
        Mentions that do not fit the corpus are reported and skipped; the
        engine and ``resolver`` are not used (the stored mentions were
        resolved when written).
    problems : list, optional
        Receives every :class:`~geo.values.Problem`: unreadable files and
        rows, documents the geoparser failed on, lost workers.
    on_document : callable, optional
        Called with each document as it is yielded (progress bars).
    partition_bytes : int
        Rough size of the partitions sent to parallel workers.

    Yields
    ------
    (Document, list of Mention)
        Every readable document, with its mentions, in corpus order whatever
        the engine.

    Raises
    ------
    ConfigurationError
        Unknown engine, bad worker count, ``scheduler`` without ``dask``,
        dask not installed, or a scheduler that cannot be reached.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Putin arrived in Tashkent.", encoding="utf-8")
    >>> _ = (folder / "b.txt").write_bytes(b"")
    >>> problems = []
    >>> for doc, found in geoparse_corpus([folder], problems=problems):
    ...     print(doc.id, [m.text for m in found])
    a.txt ['Tashkent']
    >>> [(p.source, p.reason) for p in problems]
    [('b.txt', 'empty file')]
    >>> geoparse_corpus([folder], engine="spark")
    Traceback (most recent call last):
    ...
    geo.errors.ConfigurationError: engine must be one of local, dask, not 'spark'
    """
    _check_options(engine, workers, scheduler, partition_bytes)
    if problems is None:
        problems = []
    paths = list(paths)
    if mentions is not None:
        stored = read_mentions_parquet(mentions)
        pairs = _with_stored(paths, stored, meta=meta, text_column=text_column,
                             problems=problems)
        return _notify(pairs, on_document)
    if engine == "local" and (workers or 1) == 1:
        from .ingest import read_corpus

        docs = read_corpus(paths, meta=meta, text_column=text_column, problems=problems)
        pairs = _serial(docs, problems)
        if resolver is not None:
            pairs = _reresolved(pairs, resolver)
        return _notify(pairs, on_document)
    return _parallel(paths, meta=meta, text_column=text_column, engine=engine,
                     workers=workers, scheduler=scheduler, resolver=resolver,
                     problems=problems, on_document=on_document,
                     partition_bytes=partition_bytes)


def _check_options(engine: str, workers: int | None, scheduler: str | None,
                   partition_bytes: int) -> None:
    if engine not in ENGINES:
        raise ConfigurationError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool)
                                or workers < 1):
        raise ConfigurationError(f"workers must be a whole number >= 1, not {workers!r}")
    if scheduler and engine != "dask":
        raise ConfigurationError("a scheduler address needs the dask engine (--engine dask)")
    if scheduler and workers is not None:
        raise ConfigurationError("workers are started only for a local Dask cluster; with a "
                                 "scheduler address the cluster's own workers are used")
    if not isinstance(partition_bytes, int) or partition_bytes < 1:
        raise ConfigurationError(f"partition_bytes must be >= 1, not {partition_bytes!r}")


def _serial(docs: Iterable[Document], problems: list[Problem]
            ) -> Iterator[tuple[Document, list[Mention]]]:
    """The reference engine: ingest order, one document at a time, in this process."""
    for doc in docs:
        yield doc, _geoparse_docs([doc], problems)[0]


def _notify(pairs: Iterator[tuple[Document, list[Mention]]],
            on_document: Callable[[Document], None] | None
            ) -> Iterator[tuple[Document, list[Mention]]]:
    for doc, found in pairs:
        if on_document is not None:
            on_document(doc)
        yield doc, found


def _parallel(paths: list[Any], *, meta: Any, text_column: str, engine: str,
              workers: int | None, scheduler: str | None, resolver: Resolver | None,
              problems: list[Problem], on_document: Callable[[Document], None] | None,
              partition_bytes: int) -> Iterator[tuple[Document, list[Mention]]]:
    from .ingest import read_metadata

    metadata = read_metadata(meta, problems=problems) if meta is not None else {}
    parts = plan_partitions(paths, meta=meta, text_column=text_column,
                            partition_bytes=partition_bytes, metadata=metadata)
    n = workers or (1 if engine == "local" else default_workers())
    results = (_run_pool(parts, text_column, n) if engine == "local"
               else _run_dask(parts, text_column, n, scheduler))
    pairs = _settle(results, metadata, meta, problems)
    if resolver is not None:
        pairs = _reresolved(pairs, resolver)
    yield from _notify(pairs, on_document)


def geoparse_to_parquet(paths: Iterable[str | os.PathLike[str]],
                        folder: str | os.PathLike[str], *,
                        meta: str | os.PathLike[str] | None = None, text_column: str = "text",
                        engine: str = "local", workers: int | None = None,
                        scheduler: str | None = None, resolver: Resolver | None = None,
                        problems: list[Problem] | None = None,
                        on_progress: Callable[[int], None] | None = None,
                        partition_bytes: int = DEFAULT_PARTITION_BYTES) -> tuple[int, int]:
    """Geoparse a corpus into a folder of Parquet mentions, written by the workers.

    The scale-out form of ``write_mentions_parquet(geoparse_corpus(...))``
    with the same files' content: each worker writes the mentions of its
    partition as ``part-NNNNN.parquet`` and sends back only document ids,
    counts and problems, so the driver's work per document is a few
    dictionary look-ups and adding a worker adds its core's throughput.
    Duplicate ids are renamed and metadata checked here, in corpus order,
    exactly as :func:`geoparse_corpus` does (a partition whose ids were
    renamed is rewritten here, which only duplicates cost).

    The folder is built beside ``folder`` and moved into place at the end;
    on a cluster it must be on storage every worker can write (as the
    corpus must be readable by every worker). With an online ``resolver``
    the mentions are re-resolved here, one cache and one rate limit, and
    written by this process.

    Parameters
    ----------
    paths, meta, text_column, engine, workers, scheduler, resolver, problems, partition_bytes
        As for :func:`geoparse_corpus`.
    folder : path
        Output folder (new, empty, or holding only ``part-*.parquet`` files,
        which are replaced).
    on_progress : callable, optional
        Called with the number of documents done, after each partition.

    Returns
    -------
    (int, int)
        Documents read and mentions written.

    Raises
    ------
    ConfigurationError
        Bad options (see :func:`geoparse_corpus`), an output folder holding
        other files, or a worker that cannot write to it.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Putin arrived in Tashkent from Minsk.",
    ...                                   encoding="utf-8")
    >>> geoparse_to_parquet([folder], folder.parent / (folder.name + "-mentions"))
    (1, 2)
    >>> [m.text for m in read_mentions_parquet(folder.parent / (folder.name + "-mentions"))]
    ['Tashkent', 'Minsk']
    """
    _check_options(engine, workers, scheduler, partition_bytes)
    if problems is None:
        problems = []
    paths = list(paths)
    folder = Path(folder)
    if resolver is not None:
        counts = [0, 0]

        def stream() -> Iterator[Mention]:
            for _doc, found in geoparse_corpus(paths, meta=meta, text_column=text_column,
                                               engine=engine, workers=workers,
                                               scheduler=scheduler, resolver=resolver,
                                               problems=problems,
                                               partition_bytes=partition_bytes):
                counts[0] += 1
                counts[1] += len(found)
                if on_progress is not None:
                    on_progress(1)
                yield from found

        write_mentions_parquet(stream(), folder)
        return counts[0], counts[1]

    from .ingest import read_metadata

    tmp = _new_folder(folder)
    try:
        metadata = read_metadata(meta, problems=problems) if meta is not None else {}
        parts = plan_partitions(paths, meta=meta, text_column=text_column,
                                partition_bytes=partition_bytes, metadata=metadata)
        n = workers or (1 if engine == "local" else default_workers())
        if engine == "local" and n == 1:
            results = ((p, _run_here(p, text_column, str(tmp))) for p in parts)
        elif engine == "local":
            results = _run_pool(parts, text_column, n, str(tmp))
        else:
            results = _run_dask(parts, text_column, n, scheduler, str(tmp))
        totals = _settle_written(results, metadata, meta, problems, tmp, on_progress)
        if not any(tmp.glob(_PART_GLOB)):
            _write_part(tmp / _part_name(0), [])
        _swap_in(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return totals


def _run_here(part: Partition, text_column: str, out: str) -> _Done:
    """One partition in this process, failing as a worker would (reported, not raised)."""
    try:
        return _run_partition(part, text_column, out)
    except DiplomapError:
        raise
    except Exception as err:  # noqa: BLE001 - one partition must not stop the run
        return _failed(part, err)


def _settle_written(results: Iterator[tuple[Partition, _Done]], metadata: dict[str, Any],
                    meta: str | os.PathLike[str] | None, problems: list[Problem], folder: Path,
                    on_progress: Callable[[int], None] | None) -> tuple[int, int]:
    """:func:`_settle` for partitions whose mentions the workers wrote to ``folder``."""
    from .ingest import _Ledger

    ledger = _Ledger(metadata, meta, problems)
    ndocs = nmentions = 0
    for part, done in _checked_in(results, ledger):
        path = folder / _part_name(part.index)
        if not done.ids:
            path.unlink(missing_ok=True)  # a worker that died after writing: reported
        sources = [*part.files, *([part.source] if part.documents else [])]
        ids = iter(done.ids)
        final = [ledger.document(doc_id, fs.meta if fs else None)[0]
                 for fs, size in zip(sources, done.sizes)
                 for doc_id in itertools.islice(ids, size)]
        if final != done.ids:
            _rename_docs(path, final, done.counts)
        ndocs += len(final)
        nmentions += sum(done.counts)
        if on_progress is not None and final:
            on_progress(len(final))
    ledger.finish()
    return ndocs, nmentions


def _rename_docs(path: Path, ids: list[str], counts: list[int]) -> None:
    """Give the mentions of a written partition their documents' settled ids."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    column = pa.array([i for i, n in zip(ids, counts) for _ in range(n)], pa.string())
    table = table.set_column(table.schema.get_field_index("doc"), "doc", column)
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table.cast(mention_schema()), tmp)
    os.replace(tmp, path)


# --------------------------------------------------------------------------- Parquet

_TYPES = {"doc": "string", "start": "int64", "end": "int64", "text": "string",
          "name": "string", "lat": "float64", "lon": "float64", "country": "string",
          "geonameid": "int64", "kind": "string", "score": "float64"}


def mention_schema() -> Any:
    """The :class:`pyarrow.Schema` of Parquet mentions (columns in field order).

    Examples
    --------
    >>> mention_schema().names[:4]
    ['doc', 'start', 'end', 'text']
    """
    import pyarrow as pa

    names = [f.name for f in dataclasses.fields(Mention)]
    return pa.schema([pa.field(n, getattr(pa, _TYPES[n])()) for n in names],
                     metadata=_SCHEMA_TAG)


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
    tmp = _new_folder(folder)
    total = 0
    try:
        batch: list[Mention] = []
        part = 0
        for m in mentions:
            batch.append(m)
            if len(batch) >= rows_per_file:
                _write_part(tmp / _part_name(part), batch)
                part += 1
                total += len(batch)
                batch = []
        if batch or part == 0:
            _write_part(tmp / _part_name(part), batch)
            total += len(batch)
        _swap_in(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return total


def _part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def _part_key(path: Path) -> tuple[int, str]:
    """Sort ``part-NNNNN.parquet`` files by number (``part-100000`` after ``part-99999``)."""
    digits = path.stem.rpartition("-")[2]
    return (int(digits) if digits.isdigit() else -1, path.name)


def _new_folder(folder: Path) -> Path:
    """Check that ``folder`` may be (re)written; return a fresh temporary folder beside it."""
    if folder.exists():
        if not folder.is_dir():
            raise ConfigurationError(f"{folder}: Parquet mentions go to a folder, and this is a "
                                     "file")
        others = [p.name for p in folder.iterdir() if not p.match(_PART_GLOB)]
        if others:
            raise ConfigurationError(f"{folder}: folder has other files ({', '.join(sorted(others)[:3])}"
                                     "); choose an empty or new folder")
    folder.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=folder.parent))


def _swap_in(tmp: Path, folder: Path) -> None:
    """Move the finished ``tmp`` folder to ``folder``, replacing an old one."""
    old = None
    if folder.exists():
        old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
        folder.rename(old)
    tmp.rename(folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _write_part(path: Path, rows: Sequence[Mention]) -> None:
    """Write mentions as one Parquet file, atomically (a killed writer leaves no part).

    Raises
    ------
    ConfigurationError
        When the file cannot be written (a worker without the shared folder,
        a full disk): every partition would fail the same way.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = mention_schema()
    # one C call per mention, then a transpose: ~10x faster than getattr per field
    values = zip(*map(operator.attrgetter(*schema.names), rows)) if rows else \
        ([] for _ in schema.names)
    table = pa.Table.from_pydict(dict(zip(schema.names, map(list, values))), schema=schema)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ConfigurationError(f"cannot write {path} (process {os.getpid()}): "
                                 f"{err.strerror or err}; the output folder must be writable "
                                 "by every worker (shared storage on a cluster)") from err


def read_mentions_parquet(path: str | os.PathLike[str]) -> list[Mention]:
    """Read mentions written by :func:`write_mentions_parquet` (a folder or one file).

    A folder without Parquet files of its own is searched for ``part-*.parquet``
    in its subfolders, in path order: runs over shards of a corpus
    (``-o mentions/2024-01``, ``-o mentions/2024-02``) are read back together.

    Raises
    ------
    InputError
        When the path is missing, holds no Parquet file, or a file lacks a
        mention column or cannot be read.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:
        raise ConfigurationError("reading Parquet mentions needs pyarrow: "
                                 "pip install 'diplomap[dask]'") from err
    path = Path(path)
    if path.is_dir():
        files = (sorted(path.glob(_PART_GLOB), key=_part_key) or sorted(path.glob("*.parquet"))
                 or sorted(path.rglob(_PART_GLOB),  # a folder of shards' folders
                           key=lambda p: (p.parent, _part_key(p))))
        if not files:
            raise InputError(f"{path}: no Parquet file in this folder (write one with "
                             "`diplomap mentions ... --format parquet -o FOLDER`)")
    elif path.is_file():
        files = [path]
    else:
        raise InputError(f"{path}: no such file or folder")
    schema = mention_schema()
    out: list[Mention] = []
    for f in files:
        try:
            table = pq.read_table(f)
        except (OSError, pa.ArrowException) as err:
            raise InputError(f"{f}: cannot read Parquet file: {err}") from err
        missing = [n for n in schema.names if n not in table.column_names]
        if missing:
            raise InputError(f"{f}: not a mentions file; missing columns: {', '.join(missing)}")
        try:
            table = table.select(schema.names).cast(schema)
        except (pa.ArrowException, ValueError) as err:
            raise InputError(f"{f}: mention columns have the wrong types: {err}") from err
        # column by column, then one positional call per row: ~4x faster than to_pylist()
        out.extend(map(Mention, *(table.column(n).to_pylist() for n in schema.names)))
    return out


def _with_stored(paths: list[Any], stored: list[Mention], *, meta: Any, text_column: str,
                 problems: list[Problem]) -> Iterator[tuple[Document, list[Mention]]]:
    """Pair the corpus's documents with stored mentions, reporting misfits."""
    from .ingest import read_corpus

    by_doc: dict[str, list[Mention]] = {}
    for m in stored:
        by_doc.setdefault(m.doc, []).append(m)
    for doc in read_corpus(paths, meta=meta, text_column=text_column, problems=problems):
        found = []
        for m in by_doc.pop(doc.id, ()):
            if doc.text[m.start:m.end] != m.text:
                problems.append(Problem(doc.id, f"stored mention {m.text!r} at {m.start}-{m.end} "
                                                "does not match the document text (corpus "
                                                "changed since the mentions were written?); "
                                                "skipped", "geoparse", text=m.text))
                continue
            found.append(m)
        yield doc, found
    for doc_id, ms in by_doc.items():
        problems.append(Problem(doc_id, f"{len(ms)} stored mention(s) of a document not in the "
                                        "corpus; skipped", "geoparse"))
