"""The commands that draw: ``build`` (the map and its files) and ``report``.

The text package imports the map package only here, inside the commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ConfigurationError
from .console import console, errors, escape, fail, report
from .options import (CorpusOptions, EngineOptions, Filters, GeocoderOptions, MapExports,
                      MinConfidenceOpt, RecordOptions, Reporting, SampleArg, SourceOptions,
                      TitleOpt, grouped)
from .running import run_pipeline, with_sample

__all__ = ["build", "report_cmd", "command_line"]


@grouped
def build(
    paths: SampleArg = None, *, corpus: CorpusOptions, records: RecordOptions,
    output: Annotated[Path, typer.Option("--output", "-o", help="Map HTML to write.")] = Path(
        "map.html"),
    title: TitleOpt = None,
    show: Filters,
    tiles: Annotated[Optional[str], typer.Option(
        "--tiles", help="Tile layer: a folium name ('OpenStreetMap', 'CartoDB positron'), a URL "
                        "template, or 'none'. Default: OpenStreetMap online, none with "
                        "--offline.")] = None,
    attribution: Annotated[Optional[str], typer.Option(
        "--attribution", help="Attribution for a --tiles URL template.")] = None,
    offline: Annotated[bool, typer.Option(
        "--offline", help="No remote request at all: no tiles unless --tiles is given.")] = False,
    cdn: Annotated[bool, typer.Option(
        "--cdn", help="Link Leaflet and plugins from CDNs instead of inlining them.")] = False,
    files: MapExports, geocoding: GeocoderOptions, engine: EngineOptions, sources: SourceOptions,
    min_confidence: MinConfidenceOpt = 0.0, tell: Reporting,
) -> None:
    """Build the interactive map (and optional PNG, PDF, fragment, GeoJSON, CSVs).

    Example: diplomap build -o map.html   (the bundled sample)
    """
    from ..pipeline import filter_result

    with errors():
        if cdn and offline:
            raise ConfigurationError("--cdn and --offline contradict each other")
        size = files.pixels()
        paths, corpus, records, title = with_sample(paths, corpus, records, sources, title)
        window = show.arguments()
        resolver = geocoding.resolver()
        result = run_pipeline(paths, corpus, quiet=tell.quiet, records=records, resolver=resolver,
                              engine=engine, sources=sources, min_confidence=min_confidence)
        result = filter_result(result, **window)
        if not result.documents and not result.stops:
            report(result.problems, tell.report, tell.quiet)
            raise fail("no readable document or record in the input")

        import maps

        m = maps.build_map(result.visits, result.ties, result.mentions,
                           documents=result.documents_by_id, problems=result.problems,
                           title=title, tiles="none" if tiles is None and offline else tiles,
                           attribution=attribution, offline=not cdn)
        maps.save_map_files(m, output, visits=result.visits, ties=result.ties,
                            mentions=result.mentions, problems=result.problems,
                            fragment=files.fragment, height=files.height, png=files.png,
                            pdf=files.pdf, size=size, scale=files.scale, geojson=files.geojson,
                            csv_dir=files.csv_dir)
        report(result.problems, tell.report, tell.quiet, result.summary(), resolver)
        if not tell.quiet:
            console().print(f"wrote {escape(str(output))}")


@grouped
def report_cmd(
    ctx: typer.Context,
    paths: SampleArg = None, *, corpus: CorpusOptions, records: RecordOptions,
    output: Annotated[Path, typer.Option("--output", "-o", help="Report HTML to write.")] = Path(
        "report.html"),
    title: TitleOpt = None,
    show: Filters,
    pdf: Annotated[Optional[Path], typer.Option(
        "--pdf", help="Also write a PDF (Chromium print).")] = None,
    docx: Annotated[Optional[Path], typer.Option("--docx", help="Also write a Word document.")] = None,
    png: Annotated[Optional[Path], typer.Option(
        "--png", help="Also write a PNG of the first printed page.")] = None,
    paper: Annotated[str, typer.Option(
        "--paper", help="Paper for --pdf/--docx/--png: A4 or Letter.")] = "A4",
    geocoding: GeocoderOptions, engine: EngineOptions, sources: SourceOptions,
    min_confidence: MinConfidenceOpt = 0.0, tell: Reporting,
) -> None:
    """Write a report to read, print and send: summary, map, timeline, visits, ties, appendix.

    Example: diplomap report -o report.html --pdf report.pdf   (the bundled sample)
    """
    from ..pipeline import filter_result

    with errors():
        import maps.report as rp

        paper = rp.check_paper(paper)
        rp.check_needs(pdf=pdf is not None, docx=docx is not None, png=png is not None)
        paths, corpus, records, title = with_sample(paths, corpus, records, sources, title)
        window = show.arguments()
        resolver = geocoding.resolver()
        result = run_pipeline(paths, corpus, quiet=tell.quiet, records=records, resolver=resolver,
                              engine=engine, sources=sources, min_confidence=min_confidence,
                              digests=True)
        result = filter_result(result, **window)
        if not result.documents and not result.stops:
            report(result.problems, tell.report, tell.quiet)
            raise fail("no readable document or record in the input")
        provenance = rp.provenance(command=command_line(ctx), paths=paths, meta=corpus.meta,
                                   records=records.records or (), geocoder=geocoding.geocoder,
                                   filters={"traveller": show.traveler, "since": window["since"],
                                            "until": window["until"]})
        warn = (lambda m: None) if tell.quiet else (
            lambda m: console().print(f"[yellow]warning:[/] {escape(m)}"))
        written = rp.write_report(rp.build_report(result, title=title, provenance=provenance),
                                  output, pdf=pdf, docx=docx, png=png, paper=paper, on_warning=warn)
        report(result.problems, tell.report, tell.quiet, result.summary(), resolver)
        if not tell.quiet:
            console().print("wrote " + ", ".join(escape(str(p)) for p in written.values()))


def command_line(ctx: typer.Context) -> str:
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
