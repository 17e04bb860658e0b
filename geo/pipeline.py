"""The whole text side in one call: ingest -> geoparse -> events -> records -> join.

:func:`run` is what ``diplomap build`` and friends call; it keeps every
:class:`~geo.values.Problem` met on the way so callers can report them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .values import Document, Mention, Problem, RecordStop, Tie, Visit

__all__ = ["Result", "run", "iter_mentions", "filter_result"]


@dataclass(frozen=True, slots=True)
class Result:
    """Everything the text side produced for one corpus.

    ``documents`` carry their metadata only (``text`` is empty: texts are not
    kept, so memory does not grow with them); ``mentions`` may be read from
    disk as they are iterated (:class:`geo.engine.StoredRows`), with a length.
    ``mention_count`` is how many mentions were found, also when ``mentions``
    were not kept (``run(keep_mentions=False)``); ``text_digests`` each
    document's :func:`geo.ingest.text_digest` by id (``run(digests=True)``),
    for :func:`geo.ingest.corpus_digest`.
    """

    documents: tuple[Document, ...] = ()
    mentions: Sequence[Mention] = ()
    visits: tuple[Visit, ...] = ()
    ties: tuple[Tie, ...] = ()
    stops: tuple[RecordStop, ...] = ()
    problems: tuple[Problem, ...] = field(default=())
    mention_count: int | None = None
    text_digests: Mapping[str, str] | None = None

    @property
    def documents_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    def summary(self) -> dict[str, int]:
        """Counts for the one-line summary."""
        unresolved = sum(1 for p in self.problems if p.stage != "ingest")
        mentions = len(self.mentions) if self.mention_count is None else self.mention_count
        return {"documents": len(self.documents), "mentions": mentions,
                "visits": len(self.visits), "ties": len(self.ties), "records": len(self.stops),
                "unresolved": unresolved, "skipped": len(self.problems) - unresolved}


def iter_mentions(documents: Iterable[Document], *, resolver=None,
                  on_document: Callable[[Document], None] | None = None
                  ) -> Iterator[tuple[Document, list[Mention]]]:
    """Geoparse documents one at a time (streaming), optionally re-resolving with ``resolver``.

    ``resolver`` is any :class:`geo.geocoders.Resolver` (an online geocoder);
    a mention it resolves takes its point and loses the GeoNames id
    (:func:`geo.geocoders.reresolve`).
    """
    from .geocoders import reresolve
    from .geoparse import geoparse

    cache: dict[tuple[str, str | None], object] = {}
    for doc in documents:
        mentions = geoparse(doc)
        if resolver is not None:
            mentions = reresolve(mentions, resolver, cache)
        if on_document is not None:
            on_document(doc)
        yield doc, mentions


def run(paths: Sequence[str | Path] = (), *, meta: str | Path | None = None,
        records: Sequence[str | Path] = (), columns: Mapping[str, str] | None = None,
        text_column: str = "text", resolver=None, events: bool = True,
        on_document: Callable[[Document], None] | None = None, engine: str = "local",
        workers: int | None = None, scheduler: str | None = None,
        mentions_from: str | Path | None = None, partition_bytes: int | None = None,
        store_from: str | Path | None = None, store_to: str | Path | None = None,
        keep_mentions: bool = True, on_progress: Callable[[int], None] | None = None,
        digests: bool = False, min_confidence: float = 0.0) -> Result:
    """Run ingest, geoparse, events, records and join over a corpus.

    The per-document stage (reading, geoparsing, each document's visits and
    tie evidence) runs on the engine's workers; this process merges
    (:func:`geo.events.finish_events`), loads the records and joins.

    Parameters
    ----------
    paths : sequence of path
        Files, folders or globs (see :func:`geo.ingest.read_corpus`).
    meta : path, optional
        Metadata sidecar CSV.
    records : sequence of path
        Structured visit-record CSVs to load and join.
    columns : mapping, optional
        Column mapping for the records (``{"traveler": "Name"}``).
    resolver : Resolver, optional
        Geocoder for record locales and mention re-resolution (default: the
        offline gazetteer).
    events : bool
        Extract visits and ties (``False`` stops after geoparsing).
    on_document : callable, optional
        Called with each document (its metadata) as it is collected.
    engine, workers, scheduler : optional
        Where to run the per-document stage: ``local`` (``workers``
        processes) or ``dask`` (a local cluster of ``workers``, or the
        cluster at ``scheduler``); see :mod:`geo.engine`. Same results either way.
    mentions_from : path, optional
        Parquet mentions (``diplomap mentions --format parquet``) to use
        instead of geoparsing; the documents are still read from ``paths``.
    partition_bytes : int, optional
        Size of the pieces of corpus sent to the workers (default: chosen
        from the corpus size and the number of workers).
    store_from : path, optional
        A store written with ``store_to``: start from it instead of a corpus.
    store_to : path, optional
        Also write every stage as Parquet parts in this folder (a store,
        see :mod:`geo.engine.store`), with the merged visits and ties.
    keep_mentions : bool
        Keep the mentions in the result (on disk; ``False`` when nothing
        needs them, e.g. ``diplomap visits``).
    on_progress : callable, optional
        Called with the number of documents done, after each partition.
    digests : bool
        Keep each document's text digest (:attr:`Result.text_digests`).
    min_confidence : float
        Leave out visits found in the text that are less sure than this
        (see :func:`geo.events.finish_events`); record visits are kept.
    """
    from .engine import StoreWriter, open_store, process_corpus
    from .errors import ConfigurationError
    from .events import finish_events

    if store_from is not None and (paths or mentions_from is not None or meta is not None):
        raise ConfigurationError("a store (--from) replaces the corpus: give no corpus, --meta "
                                 "or --mentions with it")
    problems: list[Problem] = []
    writer = StoreWriter(store_to) if store_to is not None else None
    try:
        if store_from is not None:
            collected = open_store(store_from, digests=digests)
            problems += collected.problems
            if on_document is not None:
                for doc in collected.documents:
                    on_document(doc)
        else:
            collected = process_corpus(
                paths, meta=meta, text_column=text_column, engine=engine, workers=workers,
                scheduler=scheduler, resolver=resolver, mentions_from=mentions_from,
                events=events, keep_mentions=keep_mentions,
                partition_bytes=partition_bytes, out=str(writer.tmp) if writer else None,
                problems=problems, on_progress=on_progress, on_document=on_document,
                digests=digests)
        corpus_problems = list(problems)
        documents = collected.documents
        visits: list[Visit] = []
        ties: list[Tie] = []
        if events and documents:
            visits, ties = finish_events(collected.visits, collected.ties,
                                         min_confidence=min_confidence)
        stops: list[RecordStop] = []
        if records:
            from .errors import InputError
            from .records import load_records

            for path in records:  # one unusable records file is reported; the others count
                try:
                    stops.extend(load_records([path], columns=columns, resolver=resolver,
                                              problems=problems))
                except InputError as err:
                    reason = str(err).removeprefix(f"{path}: ")
                    problems.append(Problem(str(path), reason, "records"))
        if events and (visits or stops):
            from .join import join

            visits = join(visits, stops, documents={d.id: d for d in documents},
                          contexts=collected.contexts)
        if writer is not None:
            writer.finish({"problems": (corpus_problems, Problem), "visits": (visits, Visit),
                           "ties": (ties, Tie)})
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    return Result(tuple(documents), collected.mentions if keep_mentions else (), tuple(visits),
                  tuple(ties), tuple(stops), tuple(problems), collected.mention_count,
                  collected.text_digests)


def _overlaps(start: dt.date | None, end: dt.date | None, since: dt.date | None,
              until: dt.date | None) -> bool:
    if start is None and end is None:
        return since is None and until is None
    start = start or end
    end = end or start
    return (since is None or end >= since) and (until is None or start <= until)


def filter_result(result: Result, *, travelers: Sequence[str] = (), since: dt.date | None = None,
                  until: dt.date | None = None) -> Result:
    """Keep visits of the named travellers (any word match, e.g. "Putin") and items in a date window.

    Examples
    --------
    >>> v = Visit("Vladimir Putin", "RU", None, "UZ", None, None, None,
    ...           dt.date(2024, 5, 26), None, "completed", None, None, 1.0)
    >>> len(filter_result(Result(visits=(v,)), travelers=["putin"]).visits)
    1
    >>> len(filter_result(Result(visits=(v,)), until=dt.date(2024, 1, 1)).visits)
    0
    """
    from .leaders import fold_name

    wanted = [fold_name(t) for t in travelers if t.strip()]

    def keep_traveler(name: str) -> bool:
        if not wanted:
            return True
        norm = fold_name(name)
        words = set(norm.split())
        return any(w == norm or set(w.split()) <= words for w in wanted)

    visits = tuple(v for v in result.visits if keep_traveler(v.traveler)
                   and _overlaps(v.start_date, v.end_date, since, until))
    stops = tuple(s for s in result.stops if keep_traveler(s.traveler)
                  and _overlaps(s.start_date, s.end_date, since, until))
    ties = tuple(t for t in result.ties if _overlaps(t.first_date, t.last_date, since, until))
    docs = result.documents
    if since or until:
        from .engine import StoredRows

        docs = tuple(d for d in docs if d.published is None
                     or _overlaps(d.published, d.published, since, until))
        keep = {d.id for d in docs}
        if isinstance(result.mentions, StoredRows):  # read from disk: filtered as it is read
            mentions = result.mentions.where(lambda m: m.doc in keep)
        else:
            mentions = tuple(m for m in result.mentions if m.doc in keep)
    else:
        mentions = result.mentions
    count = result.mention_count if mentions is result.mentions else None  # filtered: len()
    return dataclasses.replace(result, documents=docs, mentions=mentions, visits=visits,
                               ties=ties, stops=stops, mention_count=count)
