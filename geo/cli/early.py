"""What the command line starts before typer parses it: the local workers' server.

Typer and the commands' modules take ~0.04 s to import and ~0.1 s to parse
a command's options; the warm workers' server
(:func:`geo.engine.server.start_forkserver`) takes ~0.5 s to load, on the
way to the first task. :func:`geo.cli.main` therefore reads the words of the
command line here first, in a module that imports neither typer nor the
commands, and starts the server, which loads while the rest starts.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["early_workers", "start_workers_early"]


#: Commands that may run the per-document stage on workers, and whether those find events.
_WORKER_COMMANDS = {"mentions": False, "visits": True, "ties": True, "build": True,
                    "report": True}
#: Options :func:`early_workers` reads (with a value each), by the name it files them under.
_EARLY_OPTIONS = {"--engine": "engine", "--workers": "workers", "--scheduler": "scheduler",
                  "--format": "format", "-f": "format", "--mentions": "mentions",
                  "--from": "from", "--geocoder": "geocoder"}


def early_workers(argv: Sequence[str]) -> dict[str, bool] | None:
    """The local workers a command line will start, told from its words before typer parses it.

    :func:`start_workers_early` starts the server with what this returns, so
    that it loads while typer and the commands load and parse the options
    (see the module's text). Returns the server's
    keyword arguments, or ``None`` when the command runs in this process, at a
    scheduler's address, from stored parts or with an online geocoder (its
    mentions are re-resolved here), or when the words are not plain enough to
    tell. A wrong guess costs time only: the run starts the server it needs
    either way.

    Examples
    --------
    >>> early_workers(["visits", "news/", "--engine", "dask", "--workers", "2"])
    {'writes': False, 'dask': True, 'events': True}
    >>> early_workers(["mentions", "news/", "--workers=4", "-f", "parquet", "-o", "out"])
    {'writes': True, 'dask': False, 'events': False}
    >>> early_workers(["visits", "news/"]) is None  # one process: no workers
    True
    """
    if not argv or argv[0] not in _WORKER_COMMANDS:
        return None
    seen: dict[str, str] = {}
    words = iter(argv[1:])
    for word in words:
        if word == "--":
            break
        name, eq, value = word.partition("=")
        if name in _EARLY_OPTIONS:
            seen[_EARLY_OPTIONS[name]] = value if eq else next(words, "")
    engine = seen.get("engine", "local")
    if (engine not in ("local", "dask") or seen.get("scheduler") or "mentions" in seen
            or "from" in seen or seen.get("geocoder", "offline") != "offline"):
        return None
    try:
        workers = int(seen["workers"]) if "workers" in seen else None
    except ValueError:
        return None
    if engine == "local" and (workers or 1) <= 1:
        return None
    writes = seen.get("format") == "parquet" and argv[0] in ("mentions", "visits", "ties")
    return {"writes": writes, "dask": engine == "dask", "events": _WORKER_COMMANDS[argv[0]]}


def start_workers_early(argv: Sequence[str]) -> None:
    """Start the warm workers' server now if the command line asks for local workers
    (:func:`early_workers`): it loads while typer and the commands load and parse the
    options. A failure is left to the run, which starts the server again and reports it."""
    preload = early_workers(argv)
    if preload is None:
        return
    from ..engine.server import start_forkserver

    try:
        start_forkserver(**preload)
    except Exception:  # noqa: BLE001 - the run starts it again and reports what fails
        pass
