"""The per-document stage, as a worker runs it on one partition of the corpus.

:func:`run_partition` reads a partition's files, geoparses each document,
finds its visits and tie evidence (:func:`geo.events.document_events`) and
the places it names in their sentences (:func:`geo.join.mention_contexts`),
and either sends all that back as a :class:`PartResult` or writes it as
Parquet parts (:mod:`geo.engine.store`) and sends back only ids, counts and
problems. Every engine runs this same function -- in this process, in a pool
of processes, on Dask workers -- so their outputs are the same by construction.

What a worker sends back is what the collecting process needs and no more:
documents without their texts (unless :attr:`Job.texts`), visits and ties
(few per document), and mentions and contexts as columns, optionally packed
into one pickled blob that the collecting process stores without unpacking.
"""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError, DiplomapError, InputError
from ..values import Document, Mention, Problem, Tie, Visit
from .plan import Partition
from .regex_cache import cached_patterns
from .store import columns_of

__all__ = ["Job", "PartResult", "run_partition", "failed", "geoparse_documents",
           "document_stage", "write_tables", "warm_up", "worker_info", "remember_metadata",
           "pack", "unpack", "MENTION_FIELDS", "CONTEXT_FIELDS"]

MENTION_FIELDS = tuple(f.name for f in fields(Mention))
CONTEXT_FIELDS = ("doc", "country", "kind", "name", "text", "sentence")


@dataclass(frozen=True, slots=True)
class Job:
    """What the workers do with each partition of one run.

    Parameters
    ----------
    text_column : str
        Column holding the text of table rows.
    events : bool
        Run :func:`geo.events.document_events` and :func:`geo.join.mention_contexts`.
    mentions : {"send", "pack", "none"}
        Mentions sent back as columns, packed into one blob, or not at all.
    texts : bool
        Send the documents' texts back (otherwise only their metadata).
    out : str, optional
        Folder the workers write Parquet parts to.
    store : bool
        With ``out``: write every table of a store (documents, mentions,
        contexts, document visits and ties) in its own folder; otherwise
        only the mentions, in ``out`` itself.
    meta : str, optional
        The sidecar CSV (absolute path): its rows naming documents (``a.jsonl#7``)
        are applied on the workers, since events depend on publication dates.
    digests : bool
        Send back each text's :func:`geo.ingest.text_digest` (a store keeps
        them whether asked or not).
    """

    text_column: str = "text"
    events: bool = False
    mentions: str = "send"
    texts: bool = False
    out: str | None = None
    store: bool = False
    meta: str | None = None
    digests: bool = False


@dataclass(slots=True)
class PartResult:
    """What a worker sends back for one partition.

    ``documents`` in order, with their texts only when asked; ``sizes``:
    documents per file of the partition (:attr:`Partition.groups`), for
    their metadata rows. Mentions and contexts are columns (one list per
    field: plain lists pickle several times faster than dataclasses), or
    such columns packed into bytes; ``counts`` and ``context_counts`` say how
    many rows belong to each document. ``visits`` and ``ties`` hold one list
    per document.
    """

    index: int
    documents: list[Document] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: Where each problem stands among the documents, so that the collecting
    #: process reports them in the order a one-process read would:
    #: ``(2k, file, 1)`` while reading up to document ``k``, ``(2k + 1, file, 1)``
    #: while geoparsing or finding the events of document ``k``.
    problem_keys: list[tuple[int, int, int]] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)
    #: Each document's :func:`geo.ingest.text_digest`, for the corpus's fingerprint
    #: (with :attr:`Job.digests` or :attr:`Job.store`, else empty).
    text_digests: list[str] = field(default_factory=list)
    mentions: list[list[Any]] | bytes | None = None
    context_counts: list[int] = field(default_factory=list)
    contexts: bytes | None = None
    visits: list[list[Visit]] | None = None
    ties: list[list[Tie]] | None = None
    written: bool = False

    def __reduce__(self) -> tuple:
        """Pickle the documents as rows of plain values: a frozen dataclass unpickles
        through :func:`dataclasses.fields` once per object, which made reading the
        results the collecting process's largest cost beside the workers (mentions to
        Parquet: ~30,000 documents in 64 MB; rows pickle and load 2-3x faster)."""
        state = [getattr(self, name) for name in _RESULT_FIELDS]
        state[1] = [_document_row(d) for d in self.documents]
        return _part_result, tuple(state)


_RESULT_FIELDS = tuple(f.name for f in fields(PartResult))
_document_row = attrgetter(*(f.name for f in fields(Document)))


def _part_result(index: int, rows: list[tuple], *state: Any) -> PartResult:
    """A :class:`PartResult` from its pickled state (see :meth:`PartResult.__reduce__`)."""
    return PartResult(index, [Document(*row) for row in rows], *state)


def pack(columns: list[list[Any]]) -> bytes:
    """Columns as one blob (the collecting process keeps it as it is)."""
    return pickle.dumps(columns, protocol=pickle.HIGHEST_PROTOCOL)


def unpack(blob: bytes) -> list[list[Any]]:
    """The columns of a :func:`pack` blob."""
    return pickle.loads(blob)


# --------------------------------------------------------------------------- start-up

_READY: dict[str, float] = {}


def warm_up(events: bool = True) -> None:
    """Load the geoparser, the gazetteer index and (with ``events``) the events tables
    once in this process.

    A worker forked from a warm process (the engines' forkserver) finds them
    loaded already. Jobs that find no events (mentions to Parquet) need not
    load the events' tables (~0.15 s on the way to the first task). Raises
    :class:`~geo.errors.ConfigurationError` when they cannot be loaded: a
    fault of the installation, not of one document, so the run stops with
    this message instead of reporting every file as failed.
    """
    if _READY.get("pid") == os.getpid() and (_READY.get("events") or not events):
        return
    t0 = time.perf_counter()
    try:
        from ..gazetteer import get_gazetteer

        get_gazetteer()
        with cached_patterns():  # the modules' ~650 regular expressions, from their stored code
            from ..geoparse import geoparse

            if events:
                from ..events import document_events

                document_events(Document("warm-up", "Talks in Minsk on Friday."),
                                geoparse("Talks in Minsk on Friday."))  # loads the events' tables
    except DiplomapError:
        raise
    except Exception as err:  # noqa: BLE001 - a broken index, a missing module...
        raise ConfigurationError(f"the geoparser cannot start in worker process "
                                 f"{os.getpid()}: {type(err).__name__}: {err}") from err
    _READY.update(pid=os.getpid(), events=events, load_seconds=time.perf_counter() - t0,
                  age_when_ready=_process_age())


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


def worker_info() -> dict[str, float]:
    """Return this process's id, load time and start-up time (seconds).

    ``startup_seconds`` runs from the process's creation to the geoparser
    being ready (``nan`` where ``/proc`` is missing); ``load_seconds`` is the
    time this process spent loading (about 0 when it was forked warm). Used
    by the benchmark and the tests.

    Examples
    --------
    >>> sorted(worker_info())
    ['load_seconds', 'pid', 'startup_seconds']
    """
    warm_up()
    return {"pid": os.getpid(), "load_seconds": _READY["load_seconds"],
            "startup_seconds": _READY["age_when_ready"]}


_METADATA: dict[tuple, Any] = {}


def _metadata(path: str | None) -> Any:
    """The sidecar's rows, read once per process (and again if the file changes)."""
    if path is None:
        return {}
    from ..ingest import read_metadata

    try:
        st = os.stat(path)
    except OSError as err:
        raise InputError(f"{path}: cannot read metadata file: {err.strerror or err}") from err
    key = (path, st.st_size, st.st_mtime_ns)
    if key not in _METADATA:
        _METADATA.clear()
        _METADATA[key] = read_metadata(path)  # problems are reported by the collecting side
    return _METADATA[key]


def remember_metadata(path: str | None, metadata: Any) -> None:
    """Let this process use metadata it has read already (the collecting process)."""
    if path is not None:
        st = os.stat(path)
        _METADATA.clear()
        _METADATA[(path, st.st_size, st.st_mtime_ns)] = metadata


# --------------------------------------------------------------------------- the stage

def geoparse_documents(docs: Sequence[Document], problems: list[Problem],
                       after: Callable[[int], None] | None = None) -> list[list[Mention]]:
    """Mentions of each document: one batch call, else one call per document.

    A document the geoparser fails on gets no mentions and a Problem;
    ``after(i)`` is called after each document when they are taken one by one.
    """
    from ..geoparse import geoparse, geoparse_many

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
    for i, doc in enumerate(docs):
        try:
            out.append(list(geoparse(doc)))
        except Exception as err:  # noqa: BLE001 - one bad document must not stop the run
            problems.append(Problem(doc.id, f"geoparse failed: {type(err).__name__}: {err}",
                                    "geoparse"))
            out.append([])
        if after is not None:
            after(i)
    return out


def document_stage(doc: Document, mentions: Sequence[Mention], problems: list[Problem]
                   ) -> tuple[list[Visit], list[Tie], list[Any]]:
    """The events of one document and its mention contexts (a failure is a Problem)."""
    from ..events import document_events
    from ..join import mention_contexts

    try:
        visits, ties = document_events(doc, mentions)
    except Exception as err:  # noqa: BLE001 - one bad document must not stop the run
        problems.append(Problem(doc.id, f"events failed: {type(err).__name__}: {err}",
                                "events"))
        visits, ties = [], []
    return list(visits), list(ties), mention_contexts(mentions, {doc.id: doc.text})


def _read(part: Partition, job: Job, problems: list[Problem], keys: list[tuple[int, int, int]]
          ) -> tuple[list[Document], list[int], list[int]]:
    """The partition's documents with their metadata, how many each file gave, and the
    file (index in :attr:`Partition.groups`) of each document."""
    from ..ingest import apply_metadata, read_documents, row_metadata

    metadata = _metadata(job.meta)
    docs: list[Document] = []
    sizes: list[int] = []
    for f, fs in enumerate(part.files):
        n = len(docs)
        try:
            for doc in read_documents(fs.path, ident=fs.ident, text_column=job.text_column,
                                      problems=problems, first_row=fs.first_row,
                                      row_groups=fs.groups,
                                      byte_range=None if fs.end is None else (fs.start, fs.end)):
                keys += [(2 * len(docs), f, 1)] * (len(problems) - len(keys))
                docs.append(apply_metadata(doc, fs.meta or row_metadata(metadata, doc.id, None)))
        except InputError as err:
            problems.append(Problem(fs.ident, str(err)))
        keys += [(2 * len(docs), f, 1)] * (len(problems) - len(keys))
        sizes.append(len(docs) - n)
    file_of = [f for f, n in enumerate(sizes) for _ in range(n)]
    if part.documents:
        meta = part.source.meta if part.source is not None else None
        docs += [apply_metadata(d, row_metadata(metadata, d.id, meta)) for d in part.documents]
        sizes.append(len(part.documents))
        file_of += [len(part.files)] * len(part.documents)
    return docs, sizes, file_of


def run_partition(part: Partition, job: Job,
                  stored: Callable[[Document, list[Problem]], list[Mention]] | None = None
                  ) -> PartResult:
    """Read, geoparse and find the events of one partition (runs on a worker).

    ``stored`` gives a document's mentions instead of the geoparser (mentions
    read from Parquet; this process only).
    """
    from ..ingest import text_digest

    warm_up(events=job.events)
    problems: list[Problem] = []
    keys: list[tuple[int, int, int]] = []
    docs, sizes, file_of = _read(part, job, problems, keys)

    def after(i: int) -> None:  # problems of document i's geoparsing or events
        keys.extend([(2 * i + 1, file_of[i], 1)] * (len(problems) - len(keys)))

    if stored is not None:
        found = []
        for i, doc in enumerate(docs):
            found.append(stored(doc, problems))
            after(i)
    else:
        found = geoparse_documents(docs, problems, after)
    done = PartResult(part.index, sizes=sizes, problems=problems, problem_keys=keys,
                      counts=[len(ms) for ms in found],
                      text_digests=[text_digest(d.text) for d in docs]
                      if job.digests or job.store else [])
    contexts: list[Any] = []
    if job.events:
        done.visits, done.ties = [], []
        for i, (doc, ms) in enumerate(zip(docs, found)):
            visits, ties, cs = document_stage(doc, ms, problems)
            after(i)
            done.visits.append(visits)
            done.ties.append(ties)
            done.context_counts.append(len(cs))
            contexts += cs
    mentions = [m for ms in found for m in ms]
    if job.out is not None:
        write_tables(job, part.index, docs, mentions, contexts, done)
    if job.mentions == "send":
        done.mentions = columns_of(mentions, MENTION_FIELDS)
    elif job.mentions == "pack":
        done.mentions = pack(columns_of(mentions, MENTION_FIELDS))
    if job.events:  # the join needs them, written or not
        done.contexts = pack(columns_of(contexts, CONTEXT_FIELDS))
    done.documents = docs if job.texts else [replace(d, text="") for d in docs]
    return done


def write_tables(job: Job, index: int, docs: list[Document], mentions: list[Mention],
                 contexts: list[Any], done: PartResult) -> None:
    """Write a partition's tables as Parquet parts under ``job.out`` (``done`` has its visits)."""
    from .store import DocumentRecord, part_name, schema_of, store_tables, table_of, write_part

    out = Path(job.out)  # type: ignore[arg-type]
    name = part_name(index)
    if not job.store:
        if docs:
            write_part(out / name, table_of(mentions, schema_of(Mention),
                                            Mention))
            done.written = True
        return
    rows = {"documents": list(map(DocumentRecord.of, docs, done.text_digests)),
            "mentions": mentions, "contexts": contexts,
            "document-visits": [v for vs in done.visits or () for v in vs],
            "document-ties": [t for ts in done.ties or () for t in ts]}
    for folder, cls in store_tables().items():
        write_part(out / folder / name, table_of(rows[folder], schema_of(cls), cls))
    done.written = True


def failed(part: Partition, err: BaseException) -> PartResult:
    """Report every file or document of a partition whose worker failed."""
    reason = f"worker failed: {type(err).__name__}: {err}"
    problems = [Problem(fs.ident, reason, "geoparse",
                        fs.first_row if fs.is_slice else None) for fs in part.files]
    problems += [Problem(d.id, reason, "geoparse") for d in part.documents]
    return PartResult(part.index, problems=problems, problem_keys=[(0, 0, 0)] * len(problems),
                      sizes=[0] * len(part.groups))
