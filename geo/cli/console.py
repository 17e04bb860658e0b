"""What the command line shows and writes around a command: errors, progress, problems, tables.

Library errors become one readable line on stderr and exit code 1; problems
(:mod:`geo.problems`) are summarised on stderr and written in full with
``--report``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from ..errors import DiplomapError
from ..problems import Problem, problem_lines

#: How many problems are shown on stderr (all of them go to ``--report``).
SHOWN = 20

__all__ = ["SHOWN", "console", "fail", "escape", "errors", "engine_messages", "Progress", "report",
           "write_table"]


def console() -> Any:
    """A rich console on stderr (stdout carries the data)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def escape(text: str) -> str:
    """``text`` with rich markup escaped."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``error: message`` and return the exit to raise."""
    console().print(f"[bold red]error:[/] {escape(message)}")
    return typer.Exit(code)


@contextmanager
def errors() -> Iterator[None]:
    """Turn the library's errors and OS errors into one line and exit code 1."""
    try:
        yield
    except DiplomapError as err:
        raise fail(str(err)) from None
    except BrokenPipeError:
        raise
    except OSError as err:
        raise fail(f"{getattr(err, 'filename', '') or ''}: {err.strerror or err}".lstrip(": ")) \
            from None


@contextmanager
def engine_messages(quiet: bool) -> Iterator[None]:
    """Show the parallel engine's messages (workers, Dask dashboard link) on stderr."""
    logger = logging.getLogger("geo.engine")
    if quiet:
        yield
        return

    class _Show(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            console().print(f"[dim]{escape(record.getMessage())}[/]")

    handler, level = _Show(logging.INFO), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


class Progress:
    """A rich progress bar on stderr while documents are read (only on a terminal)."""

    def __init__(self, quiet: bool, label: str = "geoparsing") -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.label = label
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.progress import Progress as RichProgress
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = RichProgress(SpinnerColumn(), TextColumn("{task.description}"),
                                          TextColumn("{task.completed} documents"),
                                          TimeElapsedColumn(), console=console(), transient=True)
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


def report(problems: Iterable[Problem], path: Path | None, quiet: bool,
           counts: dict[str, int] | None = None, resolver: Any = None) -> None:
    """Write every problem to ``path`` (``--report``); show the first ones and the counts."""
    from ..output import PROBLEM_FIELDS, atomic_open, write_values

    problems = list(problems)
    if resolver is not None and hasattr(resolver, "problems"):
        problems += resolver.problems()
        counts = dict(counts or {})
        counts.update({f"geocoded from {how}": n for how, n in resolver.counts().items() if n})
    if path is not None:
        with atomic_open(path) as fh:
            write_values(problems, "csv", fh, fields=PROBLEM_FIELDS)
    if quiet:
        return
    out = console()
    lines = problem_lines(problems, limit=SHOWN)
    if len(problems) > SHOWN and path is None:
        lines[-1] += " (write them all with --report FILE)"
    for line in lines:
        out.print(f"[yellow]warning:[/] {escape(line)}")
    if counts is not None:
        out.print(", ".join(f"{k} {v}" for k, v in counts.items()))


def write_table(values: Iterable[Any], fmt: str, output: Path | None, *,
                fields: Sequence[str] | None = None, locate: Any = None) -> int:
    """Write ``values`` as a table to ``output`` (atomically) or to stdout in UTF-8."""
    from ..output import atomic_open, write_values

    fields = tuple(fields) if fields is not None else None
    if output is None:
        encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")  # JSON, CSV, GeoJSON: UTF-8 on any terminal
        n = write_values(values, fmt, sys.stdout, fields=fields, locate=locate)
        sys.stdout.flush()
        return n
    with atomic_open(output) as fh:
        return write_values(values, fmt, fh, fields=fields, locate=locate)
