"""The command line's options, each declared once, and the groups several commands share.

A group is a frozen dataclass whose fields are typer options; a command asks
for one by annotating a parameter with the class, and :func:`grouped` spreads
the group's fields into the command's options and hands the command one
value:

>>> @grouped
... def cmd(quiet: bool = False, *, engine: EngineOptions) -> None: ...
>>> list(inspect.signature(cmd).parameters)
['quiet', 'engine', 'workers', 'scheduler', 'partition_mb']
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import inspect
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Callable, ClassVar, Optional

import typer

from ..errors import ConfigurationError

__all__ = ["OptionGroup", "grouped", "CorpusOptions", "RecordOptions", "GeocoderOptions",
           "EngineOptions", "SourceOptions", "TableOutput", "RecordsOutput", "Reporting",
           "Filters", "MapExports"]

_PATHS = ("Files, folders (read recursively) or glob patterns of .txt, .md, .html, .jsonl, "
          ".csv, .parquet")
PathsArg = Annotated[list[str], typer.Argument(help=_PATHS + ".", show_default=False)]
OptionalPathsArg = Annotated[Optional[list[str]], typer.Argument(
    help=_PATHS + " (none with --from).", show_default=False)]
SampleArg = Annotated[Optional[list[str]], typer.Argument(
    help="Corpus files/folders/globs; none = the bundled sample.", show_default=False)]
RecordPathsArg = Annotated[list[Path], typer.Argument(help="Visit-record CSV files.",
                                                      show_default=False)]
MinConfidenceOpt = Annotated[float, typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Leave out visits found in text that are less sure than this (0-1; a visit several "
         "articles report is surer; record visits stay). On real news 0.8 keeps about half "
         "the visits at precision 0.95-0.99 (README: 'Visits and ties on real news').")]
TitleOpt = Annotated[Optional[str], typer.Option("--title", help="Title of the page.")]


class OptionGroup:
    """Base of the option groups: frozen dataclasses whose fields are typer options.

    ``PANEL`` names the group's box in ``--help`` (``None``: the plain options).
    """

    PANEL: ClassVar[str | None] = None


def _in_panel(annotation: Any, panel: str | None) -> Any:
    """``Annotated[T, typer.Option(...)]`` with the option shown in ``panel`` of ``--help``."""
    if panel is None:
        return annotation
    base, info, *rest = typing.get_args(annotation)
    info = copy.copy(info)
    info.rich_help_panel = panel
    return Annotated[(base, info, *rest)]


def grouped(func: Callable[..., Any]) -> Callable[..., Any]:
    """Spread each :class:`OptionGroup` parameter of ``func`` into its fields' options.

    The wrapper typer sees takes every field as an option (with its help and
    default); it builds the group value and calls ``func`` with it.
    """
    sig = inspect.signature(func, eval_str=True)
    params: list[inspect.Parameter] = []
    groups: dict[str, tuple[type, list[str]]] = {}
    for p in sig.parameters.values():
        cls = p.annotation
        if isinstance(cls, type) and issubclass(cls, OptionGroup):
            hints = typing.get_type_hints(cls, include_extras=True)
            names = [f.name for f in dataclasses.fields(cls)]
            params += [inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=f.default,
                                         annotation=_in_panel(hints[f.name], cls.PANEL))
                       for f in dataclasses.fields(cls)]
            groups[p.name] = (cls, names)
        else:
            params.append(p)

    @functools.wraps(func)
    def wrapper(**kwargs: Any) -> Any:
        for name, (cls, names) in groups.items():
            kwargs[name] = cls(**{n: kwargs.pop(n) for n in names})
        return func(**kwargs)

    del wrapper.__wrapped__  # typer must see the spread signature, not func's
    wrapper.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper


def mib(size: float | None) -> int | None:
    """``--partition-mb`` as bytes."""
    return None if size is None else max(1, int(size * 1024 * 1024))


@dataclass(frozen=True)
class CorpusOptions(OptionGroup):
    """How to read the corpus: its metadata sidecar and the text column of tables."""

    meta: Annotated[Optional[Path], typer.Option(
        "--meta", help="Metadata CSV: a 'file' column plus title, source, url, published "
                       "(a full date).")] = None
    text_column: Annotated[str, typer.Option(
        "--text-column", help="Column holding the text in .csv/.jsonl/.parquet inputs.")] = "text"


def parse_columns(spec: str | None) -> dict[str, str] | None:
    """``--columns 'traveler=Name,start_date=From'`` as a mapping.

    >>> parse_columns("traveler=Name, start_date=From")
    {'traveler': 'Name', 'start_date': 'From'}
    """
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


ColumnsOpt = Annotated[Optional[str], typer.Option(
    "--columns", help="Map record columns to yours, e.g. 'traveler=Name,start_date=From'.",
    rich_help_panel="Visit records")]


@dataclass(frozen=True)
class RecordOptions(OptionGroup):
    """Structured visit records to geocode and join with what the text says."""

    PANEL = "Visit records"

    records: Annotated[Optional[list[Path]], typer.Option(
        "--records", help="Visit-record CSV (traveler, role, start_date, end_date, country, "
                          "locale, remarks) to geocode and join; repeatable.")] = None
    columns: ColumnsOpt = None

    def mapping(self) -> dict[str, str] | None:
        return parse_columns(self.columns)


@dataclass(frozen=True)
class GeocoderOptions(OptionGroup):
    """Which geocoder resolves record locales and re-resolves mentions."""

    PANEL = "Geocoder"

    geocoder: Annotated[str, typer.Option(
        "--geocoder", help="'offline' (bundled gazetteer, no network) or 'nominatim'.")] = "offline"
    user_agent: Annotated[Optional[str], typer.Option(
        "--user-agent", help="Your application's user agent; required by online geocoders.")] = None
    geocoder_domain: Annotated[Optional[str], typer.Option(
        "--geocoder-domain", help="Host[:port] of a self-hosted geocoder (e.g. your Nominatim).")] = None
    geocoder_scheme: Annotated[str, typer.Option(
        "--geocoder-scheme", help="http or https for --geocoder-domain.")] = "https"

    def resolver(self) -> Any:
        """The online geocoder asked for, or ``None`` for the offline gazetteer."""
        if self.geocoder == "offline":
            if self.user_agent or self.geocoder_domain:
                raise ConfigurationError("--user-agent/--geocoder-domain need an online --geocoder")
            return None
        from ..geocoders import make_resolver

        return make_resolver(self.geocoder, user_agent=self.user_agent,
                             domain=self.geocoder_domain, scheme=self.geocoder_scheme)


@dataclass(frozen=True)
class EngineOptions(OptionGroup):
    """Where the per-document work runs (see :mod:`geo.engine`)."""

    PANEL = "Engine (scale-out)"

    engine: Annotated[str, typer.Option(
        "--engine", help="Where to geoparse: 'local' (this machine, --workers processes) or "
                         "'dask' (a local Dask cluster of --workers processes, or the one at "
                         "--scheduler).")] = "local"
    workers: Annotated[Optional[int], typer.Option(
        "--workers", min=1, help="Worker processes (default: 1 for local, every core for dask).",
        show_default=False)] = None
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 "
                            "(with --engine dask).")] = None
    partition_mb: Annotated[Optional[float], typer.Option(
        "--partition-mb", min=0.001, help="Size of the pieces of corpus sent to each worker, in "
        "MiB (default: from the corpus size and the number of workers, 0.25-8 MiB). Larger "
        "pieces cost the scheduler less per document; smaller ones balance better at the end "
        "of a run.", show_default=False)] = None

    def arguments(self) -> dict[str, Any]:
        """Keyword arguments of :func:`geo.pipeline.run` and :mod:`geo.engine`."""
        return {"engine": self.engine, "workers": self.workers, "scheduler": self.scheduler,
                "partition_bytes": mib(self.partition_mb)}


@dataclass(frozen=True)
class SourceOptions(OptionGroup):
    """Start from earlier work instead of geoparsing the corpus again."""

    PANEL = "Start from earlier work"

    mentions_from: Annotated[Optional[Path], typer.Option(
        "--mentions", help="Parquet mentions from 'diplomap mentions --format parquet -o DIR': "
                           "use them instead of geoparsing again (the corpus is still read).")] = None
    store_from: Annotated[Optional[Path], typer.Option(
        "--from", help="A folder written with '--format parquet -o DIR' by 'visits' or 'ties': "
                       "start from its documents, mentions, visits and ties instead of a "
                       "corpus.")] = None


_OUTPUT_HELP = "Write here (atomically) instead of stdout."


@dataclass(frozen=True)
class TableOutput(OptionGroup):
    """A table to write: its format and file (or a folder of Parquet parts)."""

    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="Output format: jsonl, csv, geojson, or parquet (a folder of "
                               "Parquet parts; from visits and ties, every stage, for 'build "
                               "--from DIR'; needs -o DIR).")] = "jsonl"
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help=_OUTPUT_HELP)] = None

    def parquet_folder(self) -> Path | None:
        """The folder of ``--format parquet -o DIR`` (``None`` for the other formats)."""
        if self.fmt != "parquet":
            check_format(self.fmt)
            return None
        if self.output is None:
            raise ConfigurationError("--format parquet writes a folder of files: name it with -o DIR")
        return self.output


@dataclass(frozen=True)
class RecordsOutput(OptionGroup):
    """The stops of ``diplomap records``: a table in a text format."""

    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="Output format: jsonl, csv or geojson.")] = "jsonl"
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help=_OUTPUT_HELP)] = None


def check_format(fmt: str) -> str:
    """Refuse a ``--format`` the table writer does not know."""
    from ..output import FORMATS

    if fmt not in FORMATS:
        raise ConfigurationError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return fmt


@dataclass(frozen=True)
class Reporting(OptionGroup):
    """What the command tells: the problems file and the summary on stderr."""

    PANEL = "Problems and progress"

    report: Annotated[Optional[Path], typer.Option(
        "--report", help="Write every skipped file/row and unresolved place to this CSV.")] = None
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False


@dataclass(frozen=True)
class Filters(OptionGroup):
    """Which travellers and dates a map or report shows."""

    PANEL = "Filters"

    traveler: Annotated[Optional[list[str]], typer.Option(
        "--traveler", help="Only this traveller's visits (repeatable; 'Putin' matches "
                           "'Vladimir Putin').")] = None
    since: Annotated[Optional[str], typer.Option(
        "--since", help="Only items on/after this date.")] = None
    until: Annotated[Optional[str], typer.Option(
        "--until", help="Only items on/before this date.")] = None

    def arguments(self) -> dict[str, Any]:
        """Keyword arguments of :func:`geo.pipeline.filter_result`."""
        return {"travelers": self.traveler or (), "since": _date(self.since, "--since"),
                "until": _date(self.until, "--until")}


def _date(value: str | None, option: str) -> Any:
    from ..errors import InputError
    from ..ingest import parse_date

    try:
        return parse_date(value)
    except InputError as err:
        raise ConfigurationError(f"{option}: {err}") from err


@dataclass(frozen=True)
class MapExports(OptionGroup):
    """The files ``build`` writes besides the map page."""

    PANEL = "Other files"

    png: Annotated[Optional[Path], typer.Option("--png", help="Also write a PNG screenshot.")] = None
    pdf: Annotated[Optional[Path], typer.Option(
        "--pdf", help="Also write a PDF (Chromium print).")] = None
    size: Annotated[str, typer.Option(
        "--size", help="PNG/PDF size in CSS pixels, WIDTHxHEIGHT.")] = "1600x1000"
    scale: Annotated[float, typer.Option("--scale", help="PNG/PDF device scale factor.")] = 1.0
    fragment: Annotated[Optional[Path], typer.Option(
        "--fragment", help="Also write an embeddable HTML fragment.")] = None
    height: Annotated[str, typer.Option(
        "--height", help="Height of the --fragment map: a CSS length ('600px', '70vh') or '100%' "
                         "to fill the element it is put in.")] = "600px"
    geojson: Annotated[Optional[Path], typer.Option(
        "--geojson", help="Also write routes, stops, ties and mentions as GeoJSON.")] = None
    csv_dir: Annotated[Optional[Path], typer.Option(
        "--csv-dir", help="Also write visits.csv, ties.csv, mentions.csv, unresolved.csv here "
                          "(the columns of 'visits|ties|mentions -f csv').")] = None

    def pixels(self) -> tuple[int, int]:
        """``--size`` as ``(width, height)``."""
        try:
            width, height = (int(x) for x in self.size.lower().split("x"))
        except ValueError:
            raise ConfigurationError(f"--size expects WIDTHxHEIGHT, e.g. 1600x1000, not "
                                     f"{self.size!r}") from None
        return width, height
