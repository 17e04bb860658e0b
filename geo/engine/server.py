"""The local workers' warm server: a forkserver that loads what every worker needs, once.

Worker processes (a process pool's or a local Dask cluster's) fork from a
server that has loaded the geoparser, the gazetteer index and the events'
tables (and ``distributed`` or pyarrow's writer when they need them), so
they start warm instead of loading for about a second each. The server
takes ~0.5 s to load, on the way to the first task, so the command line
starts it first of all (:mod:`geo.cli.early`): this module imports nothing
of diplomap's, so that asking for the server costs no more than
:mod:`multiprocessing`.

Examples
--------
>>> forkserver_context().get_start_method() in ("forkserver", "spawn")
True
"""

from __future__ import annotations

import multiprocessing
from typing import Any

__all__ = ["forkserver_context", "start_forkserver", "PRELOAD", "PRELOAD_GEOPARSE",
           "PRELOAD_WRITE", "PRELOAD_DASK"]

#: Modules a forkserver imports once so that forked workers start warm
#: (``geo.engine.warm_begin`` turns garbage collection off while the server loads;
#: ``geo.engine.warm`` loads the gazetteer index and the events' tables; it is imported
#: last, after the modules below, freezes what was loaded out of the garbage collector and
#: turns collection on again).
PRELOAD = ("geo.engine.warm_begin", "geo.engine.worker", "geo.engine.warm")
#: Instead, for jobs that find no events (``geo.engine.warm_geoparse``: no events' tables).
PRELOAD_GEOPARSE = ("geo.engine.warm_begin", "geo.engine.worker", "geo.engine.warm_geoparse")
#: Added when the workers write Parquet (``geo.engine.warm_write``: pyarrow's writer,
#: without numpy, so that the workers' first tables do not import pandas).
PRELOAD_WRITE = ("geo.engine.warm_write",)
#: Added for a local Dask cluster (``geo.engine.warm_dask``: ``distributed``, without numpy).
PRELOAD_DASK = ("geo.engine.warm_dask",)


def forkserver_context(writes: bool = False, dask: bool = False, events: bool = True) -> Any:
    """A multiprocessing context whose processes start warm (forkserver; spawn elsewhere).

    The preloads take effect when this process starts its first forkserver:
    the geoparser, with ``events`` the events' tables, with ``writes`` pyarrow's
    Parquet writer, with ``dask`` ``distributed``.
    """
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        *first, warm = PRELOAD if events else PRELOAD_GEOPARSE
        ctx.set_forkserver_preload([*first, *(PRELOAD_WRITE if writes else ()),
                                    *(PRELOAD_DASK if dask else ()), warm])
    return ctx


def start_forkserver(writes: bool = False, dask: bool = False, events: bool = True) -> None:
    """Start the forkserver now: it loads the geoparser while this process lists the
    corpus and (for Dask) imports distributed and starts the scheduler, so that the
    workers fork warm as soon as they are asked for."""
    if forkserver_context(writes, dask, events).get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()
