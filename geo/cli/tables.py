"""The commands that write tables: ``mentions``, ``visits``, ``ties`` and ``records``."""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from .console import Progress, engine_messages, errors, fail, report, write_table
from .options import (ColumnsOpt, CorpusOptions, EngineOptions, GeocoderOptions, MinConfidenceOpt,
                      OptionalPathsArg, PathsArg, RecordOptions, RecordPathsArg, RecordsOutput,
                      Reporting, SourceOptions, TableOutput, check_format, grouped, parse_columns)
from .running import run_pipeline

__all__ = ["mentions", "visits", "ties", "records"]


@grouped
def mentions(paths: PathsArg, *, corpus: CorpusOptions, out: TableOutput,
             geocoding: GeocoderOptions, engine: EngineOptions, tell: Reporting) -> None:
    """Find every place mention with offsets and coordinates.

    Example: diplomap mentions data/sample --meta data/sample/meta.csv --format csv -o mentions.csv
    """
    from ..engine import geoparse_corpus, geoparse_to_parquet
    from ..output import MENTION_FIELDS

    with errors():
        folder = out.parquet_folder()
        resolver = geocoding.resolver()
        problems: list = []
        counts = {"documents": 0, "mentions": 0}
        run = dict(meta=corpus.meta, text_column=corpus.text_column, resolver=resolver,
                   problems=problems, **engine.arguments())

        def stream(progress: Progress) -> Any:
            for _doc, found in geoparse_corpus(paths, on_document=progress, **run):
                counts["documents"] += 1
                counts["mentions"] += len(found)
                yield from found

        with engine_messages(tell.quiet), Progress(tell.quiet) as progress:
            if folder is not None:  # the workers write the files (the scale-out job)
                ndocs, nmentions = geoparse_to_parquet(paths, folder, on_progress=progress.advance,
                                                       **run)
                counts.update(documents=ndocs, mentions=nmentions)
            else:
                write_table(stream(progress), out.fmt, out.output, fields=MENTION_FIELDS)
        counts["skipped"] = len(problems)
        report(problems, tell.report, tell.quiet, counts, resolver)
        if counts["documents"] == 0:
            raise fail("no readable document in the input")


@grouped
def visits(paths: OptionalPathsArg = None, *, corpus: CorpusOptions, records: RecordOptions,
           out: TableOutput, geocoding: GeocoderOptions, engine: EngineOptions,
           sources: SourceOptions, min_confidence: MinConfidenceOpt = 0.0,
           tell: Reporting) -> None:
    """Extract visits (who travelled where, when), joined with visit records if given.

    Example: diplomap visits data/sample --meta data/sample/meta.csv --records data/visits.csv
    """
    from ..output import VISIT_FIELDS

    with errors():
        store = out.parquet_folder()
        resolver = geocoding.resolver()
        result = run_pipeline(paths, corpus, quiet=tell.quiet, records=records, resolver=resolver,
                              engine=engine, sources=sources, min_confidence=min_confidence,
                              store_to=store, keep_mentions=False)
        if store is None:
            write_table(result.visits, out.fmt, out.output, fields=VISIT_FIELDS)
        report(result.problems, tell.report, tell.quiet, result.summary(), resolver)
        if not result.documents and not result.stops:
            raise fail("no readable document or record in the input")


@grouped
def ties(paths: OptionalPathsArg = None, *, corpus: CorpusOptions, out: TableOutput,
         engine: EngineOptions, sources: SourceOptions, min_confidence: MinConfidenceOpt = 0.0,
         tell: Reporting) -> None:
    """Extract bilateral ties (country pair, kind, weight, dates, evidence).

    Example: diplomap ties data/sample --meta data/sample/meta.csv --format csv
    """
    from ..output import TIE_FIELDS

    with errors():
        store = out.parquet_folder()
        result = run_pipeline(paths, corpus, quiet=tell.quiet, engine=engine, sources=sources,
                              min_confidence=min_confidence, store_to=store, keep_mentions=False)
        if store is None:
            locate = _capital_locator() if out.fmt == "geojson" else None
            write_table(result.ties, out.fmt, out.output, fields=TIE_FIELDS, locate=locate)
        report(result.problems, tell.report, tell.quiet, result.summary())
        if not result.documents:
            raise fail("no readable document in the input")


def _capital_locator() -> Any:
    """Where a tie's line ends in GeoJSON: the country's capital (else its centre)."""
    from ..gazetteer import get_gazetteer

    gaz = get_gazetteer()

    def locate(iso2: str) -> tuple[float, float] | None:
        place = gaz.capital(iso2) or gaz.country(iso2)
        return None if place is None else (place.lat, place.lon)

    return locate


@grouped
def records(paths: RecordPathsArg, *, columns: ColumnsOpt = None, out: RecordsOutput,
            geocoding: GeocoderOptions, tell: Reporting) -> None:
    """Load and geocode structured visit records: one row out per stop.

    Example: diplomap records data/us_secretaries_travels.csv --format csv -o stops.csv
    """
    from ..output import RECORD_FIELDS
    from ..problems import Problem
    from ..records import load_records

    with errors():
        check_format(out.fmt)
        resolver = geocoding.resolver()
        problems: list = []
        stops: list = []
        mapping = parse_columns(columns)
        for path in paths:  # an unusable file is reported; the other files still count
            try:
                stops += load_records([path], columns=mapping, resolver=resolver,
                                      problems=problems)
            except InputError as err:
                problems.append(Problem(str(path), str(err).removeprefix(f"{path}: "),
                                        "records"))
        write_table(stops, out.fmt, out.output, fields=RECORD_FIELDS)
        placed = sum(1 for s in stops if s.lat is not None)
        report(problems, tell.report, tell.quiet,
               {"stops": len(stops), "placed": placed, "unplaced": len(stops) - placed},
               resolver)
        if not stops:
            raise fail("no usable record in the input")
