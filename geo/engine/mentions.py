"""Geoparsing alone: mentions streamed to this process, or written as Parquet by the workers.

:func:`geoparse_corpus` (``diplomap mentions``) yields every document with
its mentions in corpus order; :func:`geoparse_to_parquet` (``diplomap
mentions --format parquet -o DIR``) has the workers write the mentions and
send back only ids and counts, the scale-out job.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..values import Document, Mention, Problem
from .collect import load_metadata, run_job, settle, stored_mentions
from .engines import check_options
from .store import new_folder, part_files, part_name, schema_of, swap_in, table_of, write_part
from .worker import Job

if TYPE_CHECKING:  # types only: no import at run time
    from ..geocoders.base import Resolver

__all__ = ["geoparse_corpus", "geoparse_to_parquet"]


def geoparse_corpus(paths: Iterable[str | os.PathLike[str]], *,
                    meta: str | os.PathLike[str] | None = None, text_column: str = "text",
                    engine: str = "local", workers: int | None = None,
                    scheduler: str | None = None, resolver: Resolver | None = None,
                    mentions: str | os.PathLike[str] | None = None,
                    problems: list[Problem] | None = None,
                    on_document: Callable[[Document], None] | None = None,
                    partition_bytes: int | None = None,
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
        Parquet mentions written by :func:`geo.engine.write_mentions_parquet`:
        read them instead of geoparsing (documents are still read, for
        evidence). Mentions that do not fit the corpus are reported and
        skipped; everything runs here and ``resolver`` is not used (the
        stored mentions were resolved when written).
    problems : list, optional
        Receives every :class:`~geo.values.Problem`: unreadable files and
        rows, documents the geoparser failed on, lost workers.
    on_document : callable, optional
        Called with each document as it is yielded (progress bars).
    partition_bytes : int, optional
        Size of the partitions sent to workers (default: from the corpus
        size and the number of workers, :func:`geo.engine.partition_size`).

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
    check_options(engine, workers, scheduler, partition_bytes)
    return _geoparse(list(paths), meta, text_column, engine, workers, scheduler,
                     None if mentions is not None else resolver, mentions,
                     problems if problems is not None else [], on_document, partition_bytes)


def _geoparse(paths: list[Any], meta: Any, text_column: str, engine: str, workers: int | None,
              scheduler: str | None, resolver: Resolver | None, mentions: Any, problems: list[Problem],
              on_document: Callable[[Document], None] | None, partition_bytes: int | None
              ) -> Iterator[tuple[Document, list[Mention]]]:
    from ..geocoders import reresolve
    from ..ingest import CorpusLedger

    metadata, meta_path = load_metadata(meta, problems)
    stored, leftovers = stored_mentions(mentions, problems) if mentions else (None, None)
    job = Job(text_column=text_column, texts=True, meta=meta_path)
    results = run_job(paths, job, meta=meta, engine=engine, workers=workers,
                      scheduler=scheduler, partition_bytes=partition_bytes, metadata=metadata,
                      stored=stored)
    cache: dict = {}
    ledger = CorpusLedger(metadata, meta, problems)
    for _part, done in settle(results, ledger, job):
        rows = zip(*done.mentions) if done.mentions and done.mentions[0] else iter(())
        for doc, n in zip(done.documents, done.counts):
            found = [Mention(*next(rows)) for _ in range(n)]
            if resolver is not None:
                found = reresolve(found, resolver, cache)
            if on_document is not None:
                on_document(doc)
            yield doc, found
    ledger.finish()
    if leftovers is not None:
        leftovers()


def geoparse_to_parquet(paths: Iterable[str | os.PathLike[str]],
                        folder: str | os.PathLike[str], *,
                        meta: str | os.PathLike[str] | None = None, text_column: str = "text",
                        engine: str = "local", workers: int | None = None,
                        scheduler: str | None = None, resolver: Resolver | None = None,
                        problems: list[Problem] | None = None,
                        on_progress: Callable[[int], None] | None = None,
                        partition_bytes: int | None = None) -> tuple[int, int]:
    """Geoparse a corpus into a folder of Parquet mentions, written by the workers.

    The scale-out form of ``write_mentions_parquet(geoparse_corpus(...))``
    with the same files' content: each worker writes the mentions of its
    partition as ``part-NNNNN.parquet`` and sends back only document ids,
    counts and problems, so the collecting process's work per document is a
    few dictionary look-ups and adding a worker adds its core's throughput.
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
    >>> from geo.engine import read_mentions_parquet
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Putin arrived in Tashkent from Minsk.",
    ...                                   encoding="utf-8")
    >>> geoparse_to_parquet([folder], folder.parent / (folder.name + "-mentions"))
    (1, 2)
    >>> [m.text for m in read_mentions_parquet(folder.parent / (folder.name + "-mentions"))]
    ['Tashkent', 'Minsk']
    """
    check_options(engine, workers, scheduler, partition_bytes)
    if problems is None:
        problems = []
    paths = list(paths)
    folder = Path(folder)
    if resolver is not None:
        from .store import write_mentions_parquet

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

    from ..ingest import CorpusLedger

    tmp = new_folder(folder)
    try:
        metadata, meta_path = load_metadata(meta, problems)
        job = Job(text_column=text_column, mentions="none", meta=meta_path, out=str(tmp))
        results = run_job(paths, job, meta=meta, engine=engine, workers=workers,
                          scheduler=scheduler, partition_bytes=partition_bytes,
                          metadata=metadata)
        ndocs = nmentions = 0
        ledger = CorpusLedger(metadata, meta, problems)
        for _part, done in settle(results, ledger, job):
            ndocs += len(done.documents)
            nmentions += sum(done.counts)
            if on_progress is not None and done.documents:
                on_progress(len(done.documents))
        ledger.finish()
        if not part_files(tmp):
            write_part(tmp / part_name(0), table_of([], schema_of(Mention),
                                                    Mention))
        swap_in(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ndocs, nmentions
