"""The collecting process: partitions' results settled in corpus order and kept small.

Whatever engine ran the partitions, their results arrive here in partition
order. :func:`settle` does the bookkeeping a one-process read does
(:class:`geo.ingest.CorpusLedger`): duplicate ids renamed -- in every value
and part that names them --, metadata rows checked, problems reported in
order. :func:`process_corpus` keeps what the rest of the pipeline needs:
the documents' metadata (not their texts), the per-document visits and tie
evidence, and the mentions and mention contexts on disk
(:class:`~geo.engine.spill.StoredRows`), so that memory does not grow with
the texts of the corpus.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..values import Document, Mention, Problem, Tie, Visit
from .engines import Results, check_options, run_dask, run_here, run_pool
from .lean import freeze_more
from .plan import Listing, Partition, list_corpus, partition_size, plan_partitions
from .regex_cache import cached_patterns
from .server import start_forkserver
from .spill import Spill, StoredRows
from .store import STORE_TABLES, columns_of, part_name, rename_docs
from .worker import (CONTEXT_FIELDS, MENTION_FIELDS, Job, PartResult, document_stage, pack,
                     remember_metadata, unpack, write_tables)

if TYPE_CHECKING:  # types only: no import at run time
    from ..geocoders.base import Resolver

__all__ = ["Collected", "process_corpus", "open_store", "run_job", "settle", "load_metadata",
           "stored_mentions"]


@dataclass(slots=True)
class Collected:
    """What the collecting process keeps of a corpus, for the merge, the join and the map.

    ``documents`` carry metadata only (``text`` is empty); ``visits`` and
    ``ties`` are the per-document results of :func:`geo.events.document_events`,
    in corpus order, before merging; ``mentions`` and ``contexts``
    (:class:`geo.join.MentionContext`) are read back from disk on demand.
    """

    documents: list[Document] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)
    mentions: Sequence[Mention] = ()
    contexts: Iterable[Any] = ()
    problems: list[Problem] = field(default_factory=list)
    #: How many mentions the documents have (also when ``mentions`` were not kept).
    mention_count: int = 0
    #: Each document's :func:`geo.ingest.text_digest` by id, when asked for.
    text_digests: dict[str, str] | None = None


def run_job(paths: Sequence[Any] | Listing, job: Job, *, meta: Any, engine: str,
            workers: int | None, scheduler: str | None, partition_bytes: int | None,
            metadata: Any, stored: Any = None) -> Results:
    """Plan the corpus and run ``job`` on every partition with the chosen engine."""
    here = stored is not None or (engine == "local" and (workers or 1) == 1)
    if not here and not scheduler:  # local workers: their server warms up meanwhile
        start_forkserver(writes=job.out is not None, dask=engine == "dask", events=job.events)
    listing = paths if isinstance(paths, Listing) else list_corpus(paths, meta=meta)
    if not here and job.events:
        # What the merge imports (geo.ties and the visits' modules it loads: ~0.1 s of CPU,
        # and ~0.25 s more to compile their ~640 regular expressions, which come from their
        # stored code instead) is loaded now, while the workers' server loads, not after the
        # last result; kept out of the run's garbage collections where the process keeps
        # its start-up frozen.
        with cached_patterns():
            from .. import ties  # noqa: F401

        freeze_more()

    def plan(n: int) -> Iterator[Partition]:
        size = partition_bytes or partition_size(listing.nbytes, n, engine)
        return plan_partitions(listing, text_column=job.text_column, partition_bytes=size,
                               metadata=metadata, taper=0 if partition_bytes else n)

    if here:
        return run_here(plan, job, stored)
    if engine == "local":
        return run_pool(plan, job, workers or 1)
    return run_dask(plan, job, workers, scheduler)


def _renamed_columns(columns: list[list[Any]], counts: Sequence[int],
                     ids: Sequence[str]) -> list[list[Any]]:
    """Columns whose first (``doc``) column is set, row by row, to each document's id."""
    return [[i for i, n in zip(ids, counts) for _ in range(n)], *columns[1:]]


def _rename(done: PartResult, ids: list[str], job: Job) -> None:
    """Give every value and part of a partition its documents' settled ids."""
    olds = [d.id for d in done.documents]
    done.documents = [d if d.id == i else replace(d, id=i) for d, i in zip(done.documents, ids)]
    if isinstance(done.mentions, list):
        done.mentions = _renamed_columns(done.mentions, done.counts, ids)
    elif isinstance(done.mentions, bytes):
        done.mentions = pack(_renamed_columns(unpack(done.mentions), done.counts, ids))
    if done.contexts is not None:
        done.contexts = pack(_renamed_columns(unpack(done.contexts), done.context_counts, ids))
    for per_doc in (done.visits, done.ties):
        if per_doc is not None:
            per_doc[:] = [[rename_docs(x, old, new) for x in xs] if old != new else xs
                          for xs, old, new in zip(per_doc, olds, ids)]
    if done.written:
        _rewrite_parts(done, ids, olds, job)


def _rewrite_parts(done: PartResult, ids: list[str], olds: list[str], job: Job) -> None:
    """Rewrite a partition's written parts with the settled ids (only duplicates cost this)."""
    from .store import read_table_values, schema_of, store_tables, table_of, write_part

    out = Path(job.out)  # type: ignore[arg-type]
    name = part_name(done.index)
    counts = {"": done.counts, "mentions": done.counts, "contexts": done.context_counts,
              "document-visits": [len(v) for v in done.visits or ()],
              "document-ties": [len(t) for t in done.ties or ()]}
    tables = store_tables() if job.store else {"": Mention}
    for folder, cls in tables.items():
        path = out / folder / name if folder else out / name
        if not path.exists():
            continue
        values = next(read_table_values([path], cls, what=folder or "mentions"))
        if folder == "documents":
            renamed = [replace(d, id=new) for d, new in zip(values, ids)]
        else:
            it = iter(values)
            renamed = [rename_docs(next(it), old, new)
                       for n, old, new in zip(counts[folder], olds, ids) for _ in range(n)]
        write_part(path, table_of(renamed, schema_of(cls), cls))


def settle(results: Results, ledger: Any, job: Job) -> Iterator[tuple[Partition, PartResult]]:
    """Rename duplicate ids and report problems, in corpus order, partition by partition."""
    for part, done in results:
        for fs in part.groups:
            if fs is not None:
                ledger.use(fs.meta)
        problems = _in_reading_order(part, done)
        ids = []
        it = iter(done.documents)
        for fs, n in zip(part.groups, done.sizes):
            for _ in range(n):
                key = (2 * len(ids) + 1,)  # what came before this document is reported first
                while problems and problems[-1][0] < key:
                    ledger.problems.append(problems.pop()[1])
                ids.append(ledger.document(next(it).id, fs.meta if fs is not None else None)[0])
        ledger.problems += [p for _, p in reversed(problems)]
        if ids != [d.id for d in done.documents]:
            _rename(done, ids, job)
        if job.out is not None and not done.documents:  # a worker that died after writing
            for folder in (*STORE_TABLES, "") if job.store else ("",):
                (Path(job.out) / folder / part_name(part.index)).unlink(missing_ok=True)
        yield part, done


def _in_reading_order(part: Partition, done: PartResult) -> list[tuple[tuple, Problem]]:
    """A partition's problems with their places among its documents, last first."""
    starts = [0]
    for n in done.sizes:
        starts.append(starts[-1] + n)
    keys = [(2 * at, 0, 0) if part.documents else (2 * starts[min(at, len(starts) - 1)], at, 0)
            for at in part.problem_at]
    keys += [(0, 0, 0)] * (len(part.problems) - len(keys))  # a partition made by hand
    keys += done.problem_keys
    keys += [(0, 0, 0)] * (len(part.problems) + len(done.problems) - len(keys))
    pairs = list(zip(keys, (*part.problems, *done.problems)))
    pairs.sort(key=lambda kp: kp[0])  # stable: ties keep the order they were met in
    pairs.reverse()
    return pairs


def load_metadata(meta: Any, problems: list[Problem]) -> tuple[Any, str | None]:
    """The sidecar's rows (problems reported) and its absolute path, for the workers."""
    from ..ingest import read_metadata

    if meta is None:
        return {}, None
    path = os.path.abspath(meta)
    metadata = read_metadata(path, problems=problems)
    remember_metadata(path, metadata)  # this process's runs need not read it again
    return metadata, path


def stored_mentions(folder: Any, problems: list[Problem]
                    ) -> tuple[Callable[[Document, list[Problem]], list[Mention]],
                               Callable[[], None]]:
    """Mentions read from Parquet, served document by document as a worker would find them.

    Returns the look-up and a function reporting the stored mentions of
    documents the corpus did not have (call it at the end).
    """
    from .store import read_mentions_parquet

    by_doc: dict[str, list[Mention]] = {}
    for m in read_mentions_parquet(folder):
        by_doc.setdefault(m.doc, []).append(m)

    def lookup(doc: Document, found: list[Problem]) -> list[Mention]:
        out = []
        for m in by_doc.pop(doc.id, ()):
            if doc.text[m.start:m.end] != m.text:
                found.append(Problem(doc.id, f"stored mention {m.text!r} at {m.start}-{m.end} "
                                             "does not match the document text (corpus "
                                             "changed since the mentions were written?); "
                                             "skipped", "geoparse", text=m.text))
                continue
            out.append(m)
        return out

    def leftovers() -> None:
        for doc_id, ms in by_doc.items():
            problems.append(Problem(doc_id, f"{len(ms)} stored mention(s) of a document not "
                                            "in the corpus; skipped", "geoparse"))
        by_doc.clear()

    return lookup, leftovers


def process_corpus(paths: Sequence[Any], *, meta: Any = None, text_column: str = "text",
                   engine: str = "local", workers: int | None = None,
                   scheduler: str | None = None, resolver: Resolver | None = None,
                   mentions_from: Any = None, events: bool = True, keep_mentions: bool = True,
                   partition_bytes: int | None = None, out: str | None = None,
                   problems: list[Problem] | None = None,
                   on_progress: Callable[[int], None] | None = None,
                   on_document: Callable[[Document], None] | None = None,
                   digests: bool = False) -> Collected:
    """Run the whole per-document stage over a corpus and collect what the merge needs.

    Workers read, geoparse, run :func:`geo.events.document_events` and find
    mention contexts; this process settles ids and keeps documents' metadata,
    visits and ties in memory and mentions and contexts on disk. With an
    online ``resolver``, mentions come back with the texts and are
    re-resolved here (one cache, one rate limit) before the events are found
    here; with ``mentions_from`` (stored Parquet mentions) everything runs
    here. With ``out``, the workers also write every table as Parquet parts
    there (a store, see :mod:`geo.engine.store`). With ``digests``, each
    document's :func:`geo.ingest.text_digest` is kept (for the corpus's fingerprint).
    """
    check_options(engine, workers, scheduler, partition_bytes)
    from ..ingest import CorpusLedger

    collected = Collected(problems=problems if problems is not None else [],
                          text_digests={} if digests else None)
    found = collected.problems
    metadata, meta_path = load_metadata(meta, found)
    here = resolver is not None  # mentions re-resolved here, then the events found here
    job = Job(text_column=text_column, events=events and not here, texts=here, meta=meta_path,
              mentions="send" if here else ("pack" if keep_mentions else "none"),
              out=None if here else out, store=out is not None, digests=digests)
    stored, leftovers = stored_mentions(mentions_from, found) if mentions_from else (None, None)
    results = run_job(list(paths), job, meta=meta, engine=engine, workers=workers,
                      scheduler=scheduler, partition_bytes=partition_bytes, metadata=metadata,
                      stored=stored)
    mention_spill, context_spill = Spill(), Spill()
    cache: dict = {}
    ledger = CorpusLedger(metadata, meta, found)
    for _part, done in settle(results, ledger, job):
        if here:
            mentions, contexts = _events_here(done, resolver, cache, found, events)
            if out is not None:
                write_tables(replace(job, out=out), done.index, done.documents, mentions,
                             contexts, done)
        if isinstance(done.mentions, bytes):
            mention_spill.append(done.mentions, sum(done.counts))
        if done.contexts is not None:
            context_spill.append(done.contexts, sum(done.context_counts))
        collected.mention_count += sum(done.counts)
        documents = [replace(d, text="") if d.text else d for d in done.documents]
        collected.documents += documents
        if collected.text_digests is not None:
            collected.text_digests.update(zip((d.id for d in documents), done.text_digests))
        if on_document is not None:
            for doc in documents:
                on_document(doc)
        for per_doc, into in ((done.visits, collected.visits), (done.ties, collected.ties)):
            for xs in per_doc or ():
                into += xs
        if on_progress is not None and done.documents:
            on_progress(len(done.documents))
    ledger.finish()
    if leftovers is not None:
        leftovers()
    from ..join import MentionContext

    collected.mentions = StoredRows.from_spill(mention_spill, Mention)
    collected.contexts = StoredRows.from_spill(context_spill, MentionContext)
    return collected


def _events_here(done: PartResult, resolver: Resolver | None, cache: dict, problems: list[Problem],
                 events: bool) -> tuple[list[Mention], list[Any]]:
    """Re-resolve a partition's mentions with an online geocoder, then find its events here."""
    from ..geocoders import reresolve

    rows = iter(zip(*done.mentions)) if done.mentions and done.mentions[0] else iter(())
    mentions: list[Mention] = []
    contexts: list[Any] = []
    if events:
        done.visits, done.ties, done.context_counts = [], [], []
    for doc, n in zip(done.documents, done.counts):
        ms = reresolve([Mention(*next(rows)) for _ in range(n)], resolver, cache)
        mentions += ms
        if events:
            visits, ties, cs = document_stage(doc, ms, problems)
            done.visits.append(visits)
            done.ties.append(ties)
            done.context_counts.append(len(cs))
            contexts += cs
    done.mentions = pack(columns_of(mentions, MENTION_FIELDS))
    done.contexts = pack(columns_of(contexts, CONTEXT_FIELDS)) if events else None
    return mentions, contexts


def open_store(folder: Any, digests: bool = False) -> Collected:
    """What a store (``visits --format parquet -o DIR``) kept, as :func:`process_corpus` gives it.

    Documents, per-document visits and ties and the problems of the run are
    read now (and each document's text digest, with ``digests``); mentions and
    contexts when they are iterated.

    Raises
    ------
    InputError
        When ``folder`` is not a store, or a part cannot be read.
    """
    from ..errors import InputError
    from .store import parquet_count, parquet_rows, read_table_values, store_tables

    folder = Path(folder)
    if not (folder / "documents").is_dir():
        what = "no such folder" if not folder.exists() else "not a store of diplomap parts"
        raise InputError(f"{folder}: {what} (write one with `diplomap visits CORPUS --format "
                         "parquet -o DIR`)")
    tables = {name: parquet_rows(folder / name, cls) for name, cls in store_tables().items()}
    collected = Collected(text_digests={} if digests else None)
    for records in tables["documents"]():
        collected.documents += [r.document() for r in records]
        if collected.text_digests is not None:
            collected.text_digests.update((r.id, r.text_sha256) for r in records)
    for name, into in (("document-visits", collected.visits), ("document-ties", collected.ties)):
        for values in tables[name]():
            into += values
    if (folder / "problems.parquet").is_file():
        for values in read_table_values([folder / "problems.parquet"], Problem,
                                        what="problems"):
            collected.problems += values
    collected.mention_count = parquet_count(folder / "mentions")
    collected.mentions = StoredRows(tables["mentions"], collected.mention_count)
    collected.contexts = StoredRows(tables["contexts"], parquet_count(folder / "contexts"))
    return collected
