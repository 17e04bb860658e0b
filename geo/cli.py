"""The ``diplomap`` command line: a thin layer over :mod:`geo` and :mod:`maps`.

Library errors become one readable line on stderr and exit code 1; skipped
files and unresolved places are summarised on stderr (and written in full
with ``--report``); exit code 1 also when nothing usable was produced.
"""

from __future__ import annotations

import datetime as dt
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from .errors import ConfigurationError, DiplomapError, InputError

__all__ = ["app", "main"]

app = typer.Typer(
    name="diplomap",
    help="Geoparse diplomatic news, extract visits and bilateral ties, and map them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# ----------------------------------------------------------------------------- shared options
PathsArg = Annotated[list[str], typer.Argument(
    help="Files, folders (read recursively) or glob patterns of .txt, .md, .html, .jsonl, "
         ".csv, .parquet.",
    show_default=False)]
MetaOpt = Annotated[Optional[Path], typer.Option(
    "--meta", help="Metadata CSV: a 'file' column plus title, source, url, published (ISO date).")]
TextColumnOpt = Annotated[str, typer.Option(
    "--text-column", help="Column holding the text in .csv/.jsonl/.parquet inputs.")]
FormatOpt = Annotated[str, typer.Option(
    "--format", "-f", help="Output format: jsonl, csv or geojson.")]
OutputOpt = Annotated[Optional[Path], typer.Option(
    "--output", "-o", help="Write here (atomically) instead of stdout.")]
ReportOpt = Annotated[Optional[Path], typer.Option(
    "--report", help="Write every skipped file/row and unresolved place to this CSV.")]
RecordsOpt = Annotated[Optional[list[Path]], typer.Option(
    "--records", help="Visit-record CSV (traveler, role, start_date, end_date, country, locale, "
                      "remarks) to geocode and join; repeatable.")]
ColumnsOpt = Annotated[Optional[str], typer.Option(
    "--columns", help="Map record columns to yours, e.g. 'traveler=Name,start_date=From'.")]
GeocoderOpt = Annotated[str, typer.Option(
    "--geocoder", help="'offline' (bundled gazetteer, no network) or 'nominatim'.")]
UserAgentOpt = Annotated[Optional[str], typer.Option(
    "--user-agent", help="Your application's user agent; required by online geocoders.")]
GeocoderDomainOpt = Annotated[Optional[str], typer.Option(
    "--geocoder-domain", help="Host[:port] of a self-hosted geocoder (e.g. your Nominatim).")]
GeocoderSchemeOpt = Annotated[str, typer.Option(
    "--geocoder-scheme", help="http or https for --geocoder-domain.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
EngineOpt = Annotated[str, typer.Option(
    "--engine", help="Where to geoparse: 'local' (this machine, --workers processes) or 'dask' "
                     "(a local Dask cluster of --workers processes, or the one at --scheduler).")]
WorkersOpt = Annotated[Optional[int], typer.Option(
    "--workers", min=1, help="Worker processes (default: 1 for local, every core for dask).",
    show_default=False)]
SchedulerOpt = Annotated[Optional[str], typer.Option(
    "--scheduler", help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 "
                        "(with --engine dask).")]
PartitionOpt = Annotated[float, typer.Option(
    "--partition-mb", min=0.001, help="Size of the pieces of corpus sent to each worker, in MiB "
    "(with --workers or --engine dask). Larger pieces cost the scheduler less per document; "
    "smaller ones balance better at the end of a run.")]
MentionsFromOpt = Annotated[Optional[Path], typer.Option(
    "--mentions", help="Parquet mentions from 'diplomap mentions --format parquet -o DIR': use "
                       "them instead of geoparsing again (the corpus is still read).")]
SampleArg = Annotated[Optional[list[str]], typer.Argument(
    help="Corpus files/folders/globs; none = the bundled sample.", show_default=False)]
TravelerOpt = Annotated[Optional[list[str]], typer.Option(
    "--traveler", help="Only this traveller's visits (repeatable; 'Putin' matches "
                       "'Vladimir Putin').")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="Only items on/after this ISO date.")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Only items on/before this ISO date.")]
MentionsFormatOpt = Annotated[str, typer.Option(
    "--format", "-f", help="Output format: jsonl, csv, geojson, or parquet (a folder of "
                           "part-NNNNN.parquet files; needs -o DIR).")]


def _console():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 1) -> typer.Exit:
    _console().print(f"[bold red]error:[/] {_escape(message)}")
    return typer.Exit(code)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@contextmanager
def _errors():
    try:
        yield
    except DiplomapError as err:
        raise _fail(str(err)) from None
    except BrokenPipeError:
        raise
    except OSError as err:
        raise _fail(f"{getattr(err, 'filename', '') or ''}: {err.strerror or err}".lstrip(": ")) \
            from None


def _check_format(fmt: str) -> str:
    from .output import FORMATS

    if fmt not in FORMATS:
        raise ConfigurationError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return fmt


def _parse_columns(spec: str | None) -> dict[str, str] | None:
    if not spec:
        return None
    out = {}
    for part in spec.split(","):
        ours, sep, theirs = part.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise ConfigurationError(f"--columns expects ours=theirs pairs separated by commas, "
                                     f"got {part!r}")
        out[ours.strip()] = theirs.strip()
    return out


def _parse_date(value: str | None, option: str) -> dt.date | None:
    from .ingest import parse_date

    try:
        return parse_date(value)
    except InputError as err:
        raise ConfigurationError(f"{option}: {err}") from err


def _resolver(geocoder: str, user_agent: str | None, domain: str | None, scheme: str):
    if geocoder == "offline":
        if user_agent or domain:
            raise ConfigurationError("--user-agent/--geocoder-domain need an online --geocoder")
        return None
    from .geocoders import make_resolver

    return make_resolver(geocoder, user_agent=user_agent, domain=domain, scheme=scheme)


@contextmanager
def _engine_messages(quiet: bool):
    """Show the parallel engine's messages (workers, Dask dashboard link) on stderr."""
    import logging

    logger = logging.getLogger("geo.parallel")
    if quiet:
        yield
        return

    class _Show(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            _console().print(f"[dim]{_escape(record.getMessage())}[/]")

    handler, level = _Show(logging.INFO), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


class _Progress:
    """A rich progress bar on stderr while documents are geoparsed (only on a terminal)."""

    def __init__(self, quiet: bool, label: str = "geoparsing") -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.label = label
        self._progress = None
        self._task = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                      TextColumn("{task.completed} documents"),
                                      TimeElapsedColumn(), console=_console(), transient=True)
            self._progress.__enter__()
            self._task = self._progress.add_task(self.label, total=None)
        return self

    def __call__(self, _doc: Any) -> None:
        self.advance(1)

    def advance(self, n: int) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)


def _report(problems, report: Path | None, quiet: bool, counts: dict[str, int] | None = None,
            resolver: Any = None):
    from .output import atomic_open, write_values

    problems = list(problems)
    if resolver is not None and hasattr(resolver, "problems"):
        problems += resolver.problems()
        counts = dict(counts or {})
        counts.update({f"geocoded from {how}": n for how, n in resolver.counts().items() if n})
    if report is not None:
        with atomic_open(report) as fh:
            write_values(problems, "csv", fh, fields=("source", "row", "stage", "reason", "text"))
    if quiet:
        return
    console = _console()
    shown = 0
    for p in problems:
        if shown >= 20:
            console.print(f"[yellow]warning:[/] ... and {len(problems) - shown} more"
                          + ("" if report else " (write them all with --report FILE)"))
            break
        where = p.source + (f", row {p.row}" if p.row else "")
        console.print(f"[yellow]warning:[/] {_escape(where)}: {_escape(p.reason)}")
        shown += 1
    if counts is not None:
        console.print(", ".join(f"{k} {v}" for k, v in counts.items()))


def _write(values, fmt: str, output: Path | None, *, fields=None, locate=None) -> int:
    from .output import atomic_open, write_values

    if output is None:
        encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")  # JSON, CSV, GeoJSON: UTF-8 on any terminal
        n = write_values(values, fmt, sys.stdout, fields=fields, locate=locate)
        sys.stdout.flush()
        return n
    with atomic_open(output) as fh:
        return write_values(values, fmt, fh, fields=fields, locate=locate)


def _capital_locator():
    from .gazetteer import get_gazetteer

    gaz = get_gazetteer()

    def locate(iso2: str):
        place = gaz.capital(iso2) or gaz.country(iso2)
        return None if place is None else (place.lat, place.lon)

    return locate


# ----------------------------------------------------------------------------- commands
@app.command()
def mentions(
    paths: PathsArg,
    meta: MetaOpt = None,
    text_column: TextColumnOpt = "text",
    fmt: MentionsFormatOpt = "jsonl",
    output: OutputOpt = None,
    report: ReportOpt = None,
    geocoder: GeocoderOpt = "offline",
    user_agent: UserAgentOpt = None,
    geocoder_domain: GeocoderDomainOpt = None,
    geocoder_scheme: GeocoderSchemeOpt = "https",
    engine: EngineOpt = "local",
    workers: WorkersOpt = None,
    scheduler: SchedulerOpt = None,
    partition_mb: PartitionOpt = 0.25,
    quiet: QuietOpt = False,
) -> None:
    """Find every place mention with offsets and coordinates.

    Example: diplomap mentions data/sample --meta data/sample/meta.csv --format csv -o mentions.csv
    """
    from .output import MENTION_FIELDS
    from .parallel import geoparse_corpus

    with _errors():
        if fmt != "parquet":
            _check_format(fmt)
        elif output is None:
            raise ConfigurationError("--format parquet writes a folder of files: name it with "
                                     "-o DIR")
        resolver = _resolver(geocoder, user_agent, geocoder_domain, geocoder_scheme)
        problems: list = []
        counts = {"documents": 0, "mentions": 0}

        def stream(progress):
            pairs = geoparse_corpus(paths, meta=meta, text_column=text_column, engine=engine,
                                    workers=workers, scheduler=scheduler, resolver=resolver,
                                    problems=problems, on_document=progress,
                                    partition_bytes=_mib(partition_mb))
            for _doc, found in pairs:
                counts["documents"] += 1
                counts["mentions"] += len(found)
                yield from found

        with _engine_messages(quiet), _Progress(quiet) as progress:
            if fmt == "parquet":  # the workers write the files (the scale-out job)
                from .parallel import geoparse_to_parquet

                ndocs, nmentions = geoparse_to_parquet(
                    paths, output, meta=meta, text_column=text_column, engine=engine,
                    workers=workers, scheduler=scheduler, resolver=resolver,
                    problems=problems, on_progress=progress.advance,
                    partition_bytes=_mib(partition_mb))
                counts.update(documents=ndocs, mentions=nmentions)
            else:
                _write(stream(progress), fmt, output, fields=MENTION_FIELDS)
        counts["skipped"] = len(problems)
        _report(problems, report, quiet, counts, resolver)
        if counts["documents"] == 0:
            raise _fail("no readable document in the input")


def _mib(size: float) -> int:
    return max(1, int(size * 1024 * 1024))


def _sample_defaults(paths, meta, records, title, mentions_from=None):
    """Nothing to read (no PATH, --records or --mentions): the bundled sample, its metadata,
    data/visits.csv and a title; else the PATHs given (maybe none: records alone)."""
    from ._paths import data_path

    if paths or records or mentions_from:
        return list(paths or []), meta, records, title
    return ([str(data_path("sample"))], meta or data_path("sample", "meta.csv"),
            [data_path("visits.csv")], title or "Putin's foreign trips, 2022-2024 (diplomap sample)")


def _run(paths, meta, text_column, records, columns, resolver, quiet, label="reading", *,
         engine="local", workers=None, scheduler=None, mentions_from=None, partition_mb=0.25):
    from .pipeline import run

    with _engine_messages(quiet), _Progress(quiet, label) as progress:
        return run(paths, meta=meta, records=records or (), columns=_parse_columns(columns),
                   text_column=text_column, resolver=resolver, on_document=progress,
                   engine=engine, workers=workers, scheduler=scheduler,
                   mentions_from=mentions_from, partition_bytes=_mib(partition_mb))


@app.command()
def visits(
    paths: PathsArg,
    meta: MetaOpt = None,
    records: RecordsOpt = None,
    columns: ColumnsOpt = None,
    text_column: TextColumnOpt = "text",
    fmt: FormatOpt = "jsonl",
    output: OutputOpt = None,
    report: ReportOpt = None,
    geocoder: GeocoderOpt = "offline",
    user_agent: UserAgentOpt = None,
    geocoder_domain: GeocoderDomainOpt = None,
    geocoder_scheme: GeocoderSchemeOpt = "https",
    engine: EngineOpt = "local",
    workers: WorkersOpt = None,
    scheduler: SchedulerOpt = None,
    partition_mb: PartitionOpt = 0.25,
    mentions_from: MentionsFromOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Extract visits (who travelled where, when), joined with visit records if given.

    Example: diplomap visits data/sample --meta data/sample/meta.csv --records data/visits.csv
    """
    from .output import VISIT_FIELDS

    with _errors():
        _check_format(fmt)
        resolver = _resolver(geocoder, user_agent, geocoder_domain, geocoder_scheme)
        result = _run(paths, meta, text_column, records, columns, resolver, quiet, engine=engine,
                      workers=workers, scheduler=scheduler, mentions_from=mentions_from,
                      partition_mb=partition_mb)
        _write(result.visits, fmt, output, fields=VISIT_FIELDS)
        _report(result.problems, report, quiet, result.summary(), resolver)
        if not result.documents and not result.stops:
            raise _fail("no readable document or record in the input")


@app.command()
def ties(
    paths: PathsArg,
    meta: MetaOpt = None,
    text_column: TextColumnOpt = "text",
    fmt: FormatOpt = "jsonl",
    output: OutputOpt = None,
    report: ReportOpt = None,
    engine: EngineOpt = "local",
    workers: WorkersOpt = None,
    scheduler: SchedulerOpt = None,
    partition_mb: PartitionOpt = 0.25,
    mentions_from: MentionsFromOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Extract bilateral ties (country pair, kind, weight, dates, evidence).

    Example: diplomap ties data/sample --meta data/sample/meta.csv --format csv
    """
    from .output import TIE_FIELDS

    with _errors():
        _check_format(fmt)
        result = _run(paths, meta, text_column, None, None, None, quiet, engine=engine,
                      workers=workers, scheduler=scheduler, mentions_from=mentions_from,
                      partition_mb=partition_mb)
        locate = _capital_locator() if fmt == "geojson" else None
        _write(result.ties, fmt, output, fields=TIE_FIELDS, locate=locate)
        _report(result.problems, report, quiet, result.summary())
        if not result.documents:
            raise _fail("no readable document in the input")


@app.command("records")
def records_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Visit-record CSV files.",
                                                show_default=False)],
    columns: ColumnsOpt = None,
    fmt: FormatOpt = "jsonl",
    output: OutputOpt = None,
    report: ReportOpt = None,
    geocoder: GeocoderOpt = "offline",
    user_agent: UserAgentOpt = None,
    geocoder_domain: GeocoderDomainOpt = None,
    geocoder_scheme: GeocoderSchemeOpt = "https",
    quiet: QuietOpt = False,
) -> None:
    """Load and geocode structured visit records: one row out per stop.

    Example: diplomap records data/us_secretaries_travels.csv --format csv -o stops.csv
    """
    from .output import RECORD_FIELDS
    from .records import load_records
    from .values import Problem

    with _errors():
        _check_format(fmt)
        resolver = _resolver(geocoder, user_agent, geocoder_domain, geocoder_scheme)
        problems: list = []
        stops: list = []
        mapping = _parse_columns(columns)
        for path in paths:  # an unusable file is reported; the other files still count
            try:
                stops += load_records([path], columns=mapping, resolver=resolver,
                                      problems=problems)
            except InputError as err:
                problems.append(Problem(str(path), str(err).removeprefix(f"{path}: "),
                                        "records"))
        _write(stops, fmt, output, fields=RECORD_FIELDS)
        placed = sum(1 for s in stops if s.lat is not None)
        _report(problems, report, quiet,
                {"stops": len(stops), "placed": placed, "unplaced": len(stops) - placed},
                resolver)
        if not stops:
            raise _fail("no usable record in the input")


@app.command()
def build(
    paths: SampleArg = None,
    meta: MetaOpt = None,
    records: RecordsOpt = None,
    columns: ColumnsOpt = None,
    text_column: TextColumnOpt = "text",
    output: Annotated[Path, typer.Option("--output", "-o", help="Map HTML to write.")] = Path(
        "map.html"),
    title: Annotated[Optional[str], typer.Option("--title", help="Map title.")] = None,
    traveler: TravelerOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    tiles: Annotated[Optional[str], typer.Option(
        "--tiles", help="Tile layer: a folium name ('OpenStreetMap', 'CartoDB positron'), a URL "
                        "template, or 'none'. Default: OpenStreetMap online, none with --offline.")] = None,
    attribution: Annotated[Optional[str], typer.Option(
        "--attribution", help="Attribution for a --tiles URL template.")] = None,
    offline: Annotated[bool, typer.Option(
        "--offline", help="No remote request at all: no tiles unless --tiles is given.")] = False,
    cdn: Annotated[bool, typer.Option(
        "--cdn", help="Link Leaflet and plugins from CDNs instead of inlining them.")] = False,
    png: Annotated[Optional[Path], typer.Option("--png", help="Also write a PNG screenshot.")] = None,
    pdf: Annotated[Optional[Path], typer.Option("--pdf", help="Also write a PDF (Chromium print).")] = None,
    size: Annotated[str, typer.Option("--size", help="PNG/PDF size in CSS pixels, WIDTHxHEIGHT.")] = "1600x1000",
    scale: Annotated[float, typer.Option("--scale", help="PNG/PDF device scale factor.")] = 1.0,
    fragment: Annotated[Optional[Path], typer.Option(
        "--fragment", help="Also write an embeddable HTML fragment.")] = None,
    fragment_height: Annotated[str, typer.Option(
        "--height", help="Height of the --fragment map: a CSS length ('600px', '70vh') or '100%' "
                         "to fill the element it is put in.")] = "600px",
    geojson: Annotated[Optional[Path], typer.Option(
        "--geojson", help="Also write routes, stops, ties and mentions as GeoJSON.")] = None,
    csv_dir: Annotated[Optional[Path], typer.Option(
        "--csv-dir", help="Also write visits.csv, ties.csv, mentions.csv, unresolved.csv here.")] = None,
    report: ReportOpt = None,
    geocoder: GeocoderOpt = "offline",
    user_agent: UserAgentOpt = None,
    geocoder_domain: GeocoderDomainOpt = None,
    geocoder_scheme: GeocoderSchemeOpt = "https",
    engine: EngineOpt = "local",
    workers: WorkersOpt = None,
    scheduler: SchedulerOpt = None,
    partition_mb: PartitionOpt = 0.25,
    mentions_from: MentionsFromOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Build the interactive map (and optional PNG, PDF, fragment, GeoJSON, CSVs).

    Example: diplomap build -o map.html   (the bundled sample)
    """
    from .pipeline import filter_result

    with _errors():
        if cdn and offline:
            raise ConfigurationError("--cdn and --offline contradict each other")
        try:
            width, height = (int(x) for x in size.lower().split("x"))
        except ValueError:
            raise ConfigurationError(f"--size expects WIDTHxHEIGHT, e.g. 1600x1000, not {size!r}") \
                from None
        paths, meta, records, title = _sample_defaults(paths, meta, records, title, mentions_from)
        since_d, until_d = _parse_date(since, "--since"), _parse_date(until, "--until")
        resolver = _resolver(geocoder, user_agent, geocoder_domain, geocoder_scheme)
        result = _run(paths, meta, text_column, records, columns, resolver, quiet, engine=engine,
                      workers=workers, scheduler=scheduler, mentions_from=mentions_from,
                      partition_mb=partition_mb)
        result = filter_result(result, travelers=traveler or (), since=since_d, until=until_d)
        if not result.documents and not result.stops:
            _report(result.problems, report, quiet)
            raise _fail("no readable document or record in the input")

        import maps

        if tiles is None:
            tiles = "none" if offline else None
        m = maps.build_map(result.visits, result.ties, result.mentions,
                           documents=result.documents_by_id, problems=result.problems,
                           title=title, tiles=tiles, attribution=attribution,
                           offline=not cdn)
        maps.save_html(m, output)
        if fragment:
            maps.save_fragment(m, fragment, height=fragment_height)
        if png:
            maps.save_png(output, png, size=(width, height), scale=scale)
        if pdf:
            maps.save_pdf(output, pdf, size=(width, height), scale=scale)
        if geojson:
            import json

            from .output import atomic_open

            with atomic_open(geojson) as fh:
                json.dump(maps.to_geojson(result.visits, result.ties, result.mentions), fh,
                          ensure_ascii=False, sort_keys=True)
        if csv_dir:
            maps.write_csvs(csv_dir, result.visits, result.ties, result.mentions,
                            result.problems)
        _report(result.problems, report, quiet, result.summary(), resolver)
        if not quiet:
            _console().print(f"wrote {_escape(str(output))}")


@app.command("report")
def report_cmd(
    ctx: typer.Context,
    paths: SampleArg = None,
    meta: MetaOpt = None,
    records: RecordsOpt = None,
    columns: ColumnsOpt = None,
    text_column: TextColumnOpt = "text",
    output: Annotated[Path, typer.Option("--output", "-o", help="Report HTML to write.")] = Path(
        "report.html"),
    title: Annotated[Optional[str], typer.Option("--title", help="Report title.")] = None,
    traveler: TravelerOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    pdf: Annotated[Optional[Path], typer.Option("--pdf", help="Also write a PDF (Chromium print).")] = None,
    docx: Annotated[Optional[Path], typer.Option("--docx", help="Also write a Word document.")] = None,
    png: Annotated[Optional[Path], typer.Option(
        "--png", help="Also write a PNG of the first printed page.")] = None,
    paper: Annotated[str, typer.Option("--paper", help="Paper for --pdf/--docx/--png: A4 or Letter.")] = "A4",
    report: ReportOpt = None,
    geocoder: GeocoderOpt = "offline",
    user_agent: UserAgentOpt = None,
    geocoder_domain: GeocoderDomainOpt = None,
    geocoder_scheme: GeocoderSchemeOpt = "https",
    engine: EngineOpt = "local",
    workers: WorkersOpt = None,
    scheduler: SchedulerOpt = None,
    partition_mb: PartitionOpt = 0.25,
    mentions_from: MentionsFromOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Write a report to read, print and send: summary, map, timeline, visits, ties, appendix.

    Example: diplomap report -o report.html --pdf report.pdf   (the bundled sample)
    """
    from .pipeline import filter_result

    with _errors():
        import maps.report as rp

        paper = rp.check_paper(paper)
        rp.check_needs(pdf=pdf is not None, docx=docx is not None, png=png is not None)
        paths, meta, records, title = _sample_defaults(paths, meta, records, title, mentions_from)
        since_d, until_d = _parse_date(since, "--since"), _parse_date(until, "--until")
        resolver = _resolver(geocoder, user_agent, geocoder_domain, geocoder_scheme)
        result = _run(paths, meta, text_column, records, columns, resolver, quiet, engine=engine,
                      workers=workers, scheduler=scheduler, mentions_from=mentions_from,
                      partition_mb=partition_mb)
        result = filter_result(result, travelers=traveler or (), since=since_d, until=until_d)
        if not result.documents and not result.stops:
            _report(result.problems, report, quiet)
            raise _fail("no readable document or record in the input")
        provenance = rp.provenance(command=_command_line(ctx), paths=paths, meta=meta,
                                   records=records or (), geocoder=geocoder,
                                   filters={"traveller": traveler, "since": since_d, "until": until_d})
        warn = (lambda m: None) if quiet else (
            lambda m: _console().print(f"[yellow]warning:[/] {_escape(m)}"))
        written = rp.write_report(rp.build_report(result, title=title, provenance=provenance),
                                  output, pdf=pdf, docx=docx, png=png, paper=paper, on_warning=warn)
        _report(result.problems, report, quiet, result.summary(), resolver)
        if not quiet:
            _console().print("wrote " + ", ".join(_escape(str(p)) for p in written.values()))


def _command_line(ctx: typer.Context) -> str:
    """The command as given (options left at their defaults omitted), for the report."""
    import shlex

    words = ["diplomap", ctx.info_name or ""]
    for param in ctx.command.params:
        value = ctx.params.get(param.name)
        if value in (None, (), [], False) or str(value) == str(param.default):
            continue
        values = [str(v) for v in (value if isinstance(value, (list, tuple)) else [value])]
        if param.param_type_name == "argument":
            words += values
        else:
            words += [param.opts[0]] if value is True else [w for v in values for w in (param.opts[0], v)]
    return shlex.join(words)


def main() -> None:
    """Console-script entry point."""
    import os

    try:
        app()
    except BrokenPipeError:  # `diplomap mentions ... | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    main()
