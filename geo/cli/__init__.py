"""The ``diplomap`` command line: a thin layer over :mod:`geo` and :mod:`maps`.

Library errors become one readable line on stderr and exit code 1; skipped
files and unresolved places are summarised on stderr (and written in full
with ``--report``); exit code 1 also when nothing usable was produced.

Where things are: :mod:`.application` gathers the commands (loaded on first use of
``app``: ``main`` first starts the local workers, :mod:`.early`, while typer
loads), :mod:`.options` declares every option once (and the groups
several commands share), :mod:`.console` what a command shows and writes
around its work, :mod:`.running` the pipeline run with the bundled sample as
default input, :mod:`.tables` the commands that write tables (``mentions``,
``visits``, ``ties``, ``records``) and :mod:`.pages` those that draw
(``build``, ``report``).
"""

from __future__ import annotations

import gc
import os
import sys
from typing import Any

from .early import start_workers_early

__all__ = ["app", "main"]


def __getattr__(name: str) -> Any:
    """``app``, the typer application (:mod:`.application`), loaded on first use: ``main``
    starts the workers' server before typer and the commands are imported."""
    if name == "app":
        from .application import app

        globals()["app"] = app
        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Console-script entry point."""
    start_workers_early(sys.argv[1:])
    command_line = globals()["app"] if "app" in globals() else __getattr__("app")
    # What has loaded by now (typer, the commands) lives until the process exits: the run's
    # garbage collections need not walk it (nor what the engines load after it in this
    # process, see geo.engine.lean). Only here, in a process that ends with its command.
    gc.freeze()
    try:
        command_line()
    except BrokenPipeError:  # `diplomap mentions ... | head`: the reader left, not an error
        _leave_pipe()
        sys.exit(0)
    except SystemExit as done:
        _engine_closed()
        _exit_now(done.code)
        raise


def _engine_closed() -> None:
    """Wait for a Dask run's local cluster that closes while the command finishes (its
    threads would otherwise keep :func:`_exit_now` from leaving at once)."""
    engines = sys.modules.get("geo.engine.engines")  # never imported for nothing
    if engines is not None:
        engines.wait_closed()


def _leave_pipe() -> None:
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _exit_now(code: object) -> None:
    """End the process without tearing the interpreter down, once the command is done.

    Freeing every module and object at exit is pure waste for a command line
    (~0.1 s with ``distributed`` loaded, ~0.25 s of CPU after a Dask run, on
    the way out of every run), so, as mypy does, the exit handlers are run,
    the standard streams flushed and the process left with ``os._exit``.
    Nothing is skipped that a command needs: its files are closed by then,
    the exit handlers (multiprocessing's finalizers, logging, temporary
    folders) still run; with a non-daemon thread still alive, or a message as
    the exit code, the ordinary exit is taken.
    """
    import threading

    run_handlers = getattr(__import__("atexit"), "_run_exitfuncs", None)
    if (not (code is None or isinstance(code, int)) or run_handlers is None
            or any(t is not threading.main_thread() and not t.daemon and t.is_alive()
                   for t in threading.enumerate())):
        return
    run_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:
            _leave_pipe()
        except (OSError, ValueError):  # closed or gone: nothing more can be written to it
            pass
    os._exit(code or 0)
