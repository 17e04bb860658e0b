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

__all__ = ["Result", "run", "iter_mentions", "reresolve", "filter_result"]


@dataclass(frozen=True, slots=True)
class Result:
    """Everything the text side produced for one corpus."""

    documents: tuple[Document, ...] = ()
    mentions: tuple[Mention, ...] = ()
    visits: tuple[Visit, ...] = ()
    ties: tuple[Tie, ...] = ()
    stops: tuple[RecordStop, ...] = ()
    problems: tuple[Problem, ...] = field(default=())

    @property
    def documents_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    def summary(self) -> dict[str, int]:
        """Counts for the one-line summary."""
        unresolved = sum(1 for p in self.problems if p.stage != "ingest")
        return {"documents": len(self.documents), "mentions": len(self.mentions),
                "visits": len(self.visits), "ties": len(self.ties), "records": len(self.stops),
                "unresolved": unresolved, "skipped": len(self.problems) - unresolved}


def iter_mentions(documents: Iterable[Document], *, resolver=None,
                  on_document: Callable[[Document], None] | None = None
                  ) -> Iterator[tuple[Document, list[Mention]]]:
    """Geoparse documents one at a time (streaming), optionally re-resolving with ``resolver``.

    ``resolver`` is any :class:`geo.gazetteer.Resolver` (an online geocoder);
    a mention it resolves takes its point and loses the GeoNames id.
    """
    from .geoparse import geoparse

    cache: dict[tuple[str, str | None], object] = {}
    for doc in documents:
        mentions = geoparse(doc)
        if resolver is not None:
            mentions = reresolve(mentions, resolver, cache)
        if on_document is not None:
            on_document(doc)
        yield doc, mentions


def reresolve(mentions: Iterable[Mention], resolver, cache: dict | None = None) -> list[Mention]:
    """Re-resolve city and admin mentions with ``resolver`` (an online geocoder).

    Countries, regions and demonyms keep the gazetteer's point; a mention the
    resolver places elsewhere takes its point and loses the GeoNames id.
    ``cache`` (``(name, country) -> Place | None``) spares repeated queries.
    """
    cache = {} if cache is None else cache
    out = []
    for m in mentions:
        if m.kind not in ("demonym", "country", "region"):
            key = (m.name, m.country)
            if key not in cache:
                cache[key] = resolver.resolve(m.name, country=m.country)
            place = cache[key]
            if place is not None and (place.lat, place.lon) != (m.lat, m.lon):
                m = dataclasses.replace(m, lat=place.lat, lon=place.lon, geonameid=None)
        out.append(m)
    return out


def run(paths: Sequence[str | Path], *, meta: str | Path | None = None,
        records: Sequence[str | Path] = (), columns: Mapping[str, str] | None = None,
        text_column: str = "text", resolver=None, events: bool = True,
        on_document: Callable[[Document], None] | None = None, engine: str = "local",
        workers: int | None = None, scheduler: str | None = None,
        mentions_from: str | Path | None = None, partition_bytes: int | None = None) -> Result:
    """Run ingest, geoparse, events, records and join over a corpus.

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
        Called after each document is geoparsed (progress bars).
    engine, workers, scheduler : optional
        Where to geoparse: ``local`` (``workers`` processes) or ``dask``
        (a local cluster of ``workers``, or the cluster at ``scheduler``);
        see :func:`geo.parallel.geoparse_corpus`. Same results either way.
    mentions_from : path, optional
        Parquet mentions (``diplomap mentions --format parquet``) to use
        instead of geoparsing; the documents are still read from ``paths``.
    partition_bytes : int, optional
        Size of the parallel engines' partitions (default
        :data:`geo.parallel.DEFAULT_PARTITION_BYTES`).
    """
    from .parallel import geoparse_corpus

    partition = {} if partition_bytes is None else {"partition_bytes": partition_bytes}
    from .events import document_events, finish_events

    problems: list[Problem] = []
    documents: list[Document] = []
    mentions: list[Mention] = []
    visits: list[Visit] = []
    ties: list[Tie] = []
    for doc, found in geoparse_corpus(paths, meta=meta, text_column=text_column, engine=engine,
                                      workers=workers, scheduler=scheduler, resolver=resolver,
                                      mentions=mentions_from, problems=problems,
                                      on_document=on_document, **partition):
        documents.append(doc)
        mentions.extend(found)
        if events:
            found_visits, found_ties = document_events(doc, found)
            visits.extend(found_visits)
            ties.extend(found_ties)
    if events and documents:
        visits, ties = finish_events(visits, ties)
    stops: list[RecordStop] = []
    if records:
        from .errors import InputError
        from .records import load_records

        for path in records:  # one unusable records file is reported; the others still count
            try:
                stops.extend(load_records([path], columns=columns, resolver=resolver,
                                          problems=problems))
            except InputError as err:
                reason = str(err).removeprefix(f"{path}: ")
                problems.append(Problem(str(path), reason, "records"))
    if events and (visits or stops):
        from .join import join

        visits = join(visits, stops, mentions, documents={d.id: d for d in documents})
    return Result(tuple(documents), tuple(mentions), tuple(visits), tuple(ties), tuple(stops),
                  tuple(problems))


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
        docs = tuple(d for d in docs if d.published is None
                     or _overlaps(d.published, d.published, since, until))
        keep = {d.id for d in docs}
        mentions = tuple(m for m in result.mentions if m.doc in keep)
    else:
        mentions = result.mentions
    return dataclasses.replace(result, documents=docs, mentions=mentions, visits=visits,
                               ties=ties, stops=stops)
