"""A local Dask cluster whose worker processes are forked warm, without nannies.

:class:`distributed.LocalCluster` runs a :class:`distributed.Nanny` for each
worker: an object in this process that starts the worker process through
``distributed``'s own multiprocessing context, watches its memory and
restarts it when it dies. For diplomap's batch runs on one machine that costs
start-up and CPU in the collecting process (the nanny's monitors, queues and
heartbeats run beside the scheduler), and the context's forkserver preloads
are ``distributed``'s, not ours. :func:`forked_cluster` instead starts each
:class:`distributed.Worker` in a process of the caller's multiprocessing
context -- the engines' forkserver, which has loaded ``distributed``, the
geoparser and the gazetteer index already -- and keeps what a nanny does for
us: a worker that dies unasked is started again (its tasks go to the others
meanwhile, or wait for it), and a worker whose collecting process has gone
away exits.

Examples
--------
>>> from distributed import Client
>>> from geo.engine.server import forkserver_context
>>> cluster = forked_cluster(1, forkserver_context(dask=True))
>>> client = Client(cluster)
>>> client.submit(sum, [1, 2]).result()
3
>>> client.close(); cluster.close()
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import threading
from typing import Any

__all__ = ["forked_cluster", "serve_worker", "worker_usage", "load_distributed",
           "CLUSTER_CONFIG"]

log = logging.getLogger("geo.engine")

#: Dask settings of a local cluster for batch geoparsing (pure Python holding the GIL).
#: Every server's event loop otherwise wakes every 20 ms to time itself and every
#: 0.5 s to sample the process with psutil, and each worker's memory every 0.1 s; each
#: wake takes the GIL from the task thread (measured on 16 MB of news with 2 workers:
#: the workers' CPU beside their tasks fell from ~0.2 s to ~0.06 s each, and the
#: collecting process's by ~0.1-0.2 s). How tasks are handed out is Dask's default.
CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,  # a stack sampler every 10 ms
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def load_distributed(html: bool = True) -> None:
    """Import ``distributed`` without importing numpy (unless it is loaded already).

    At import, ``distributed`` loads numpy for one thing only: to allocate
    its receive buffers without zeroing them
    (``distributed.protocol.utils.host_array``; a ``bytearray`` otherwise).
    diplomap's messages are small (a partition's documents out, its results
    back, ~1 MB), and nothing else the scheduler, the client and the workers
    run for diplomap needs numpy, so numpy is held back while ``distributed``
    loads (:func:`geo.engine.lean.import_without_numpy`): the workers' server
    then loads in ~0.05-0.15 s less CPU (numpy and the threads of its BLAS
    library), on the way to a local cluster's first task, on the cores where
    the collecting process starts its scheduler (which saves as much, and
    ~11 MB of memory). Code that imports numpy afterwards (a user's task)
    gets it as usual; a ``distributed`` that cannot load without numpy is
    loaded with it; one that is not installed raises :class:`ImportError`.
    In a process that keeps its start-up objects out of the garbage
    collector's walks (the command line), ``distributed``'s are kept out too
    (:func:`geo.engine.lean.frozen_as_loaded`). Without ``html`` (the
    workers' server: its workers never show a notebook's HTML), jinja2 is
    held back too: dask loads it only for those HTML views (``dask.widgets``,
    which then has none), ~0.01-0.025 s of CPU on the way to the first task.
    Its ~150 regular expressions are built from their stored code
    (:func:`geo.engine.regex_cache.cached_patterns`), ~0.05 s less CPU.

    Examples
    --------
    >>> load_distributed()
    >>> import distributed, numpy  # both load as usual afterwards
    """
    from .lean import frozen_as_loaded, import_without_numpy
    from .regex_cache import cached_patterns

    with frozen_as_loaded(), cached_patterns():  # its ~150 regular expressions from their code
        import_without_numpy("distributed", also=() if html else ("jinja2",))


def serve_worker(scheduler: str, name: Any, conn: Any, config: dict,
                 log_level: int = logging.WARNING) -> None:
    """Run one single-threaded Dask worker in this process until it is stopped.

    The worker's address goes back through ``conn`` once it has joined the
    scheduler (nothing is sent if it cannot start: the parent then reads an
    end of file). The process exits when its parent does.
    """
    import gc

    import dask
    from distributed import Worker

    gc.enable()  # off while the forkserver loaded (geo.engine.warm_begin); on for the tasks
    dask.config.set(config)
    logging.getLogger("distributed").setLevel(log_level)  # as a nanny's silence_logs
    parent = multiprocessing.parent_process()
    if parent is not None:  # orphaned workers of a killed run must not linger
        def watch() -> None:
            parent.join()
            os._exit(1)

        threading.Thread(target=watch, name="diplomap parent watch", daemon=True).start()

    async def run() -> None:
        async with Worker(scheduler, name=name, nthreads=1, memory_limit=0,
                          host="127.0.0.1", dashboard=False) as worker:
            conn.send(worker.address)
            conn.close()
            await worker.finished()

    asyncio.run(run())


def worker_usage(dask_worker: Any, prefix: str = "diplomap-partition-") -> dict:
    """Where one Dask worker's time went: run it with :meth:`distributed.Client.run`.

    Returns the worker's tasks whose keys start with ``prefix`` that it has
    run (``tasks``), the seconds they ran (``busy``, from the worker's
    transition log), the span from the first start to the last end
    (``span``: ``span - busy`` is the time the worker waited between them)
    and its ends (``first`` and ``last``, seconds since the epoch),
    and the CPU seconds of its threads: ``task_cpu`` (the threads that run
    tasks) and ``other_cpu`` (the event loop -- comms, heartbeats, results'
    serialisation -- and the rest), which takes the GIL from the tasks.
    Measured on 2 cores it showed where ``--engine dask --workers 2`` loses
    time against a process pool (see ``benchmarks/scale_out.py``).
    """
    import psutil

    runs: dict[str, list[float]] = {}
    for entry in dask_worker.state.log:  # (key, start, finish, recs, stimulus, time)
        if len(entry) < 6 or not isinstance(entry[0], str) or not entry[0].startswith(prefix):
            continue
        if entry[2] == "executing":
            runs.setdefault(entry[0], [entry[-1], entry[-1]])[0] = entry[-1]
        elif entry[1] == "executing":
            runs.setdefault(entry[0], [entry[-1], entry[-1]])[1] = entry[-1]
    names = {t.native_id: t.name for t in threading.enumerate()}
    task_cpu = other_cpu = 0.0
    for thread in psutil.Process().threads():
        cpu = thread.user_time + thread.system_time
        if "Dask-Default-Threads" in names.get(thread.id, ""):
            task_cpu += cpu
        else:
            other_cpu += cpu
    spans = list(runs.values())
    first = min((s for s, _e in spans), default=0.0)
    last = max((e for _s, e in spans), default=0.0)
    return {"tasks": len(spans), "busy": sum(end - start for start, end in spans),
            "span": last - first, "first": first, "last": last,
            "task_cpu": task_cpu, "other_cpu": other_cpu}


def forked_cluster(workers: int, context: Any, config: dict | None = None,
                   wait: bool = True) -> Any:
    """A :class:`distributed.SpecCluster`: a scheduler here, ``workers`` worker processes.

    Parameters
    ----------
    workers : int
        Worker processes, one thread each.
    context : multiprocessing context
        Starts the worker processes (the engines' forkserver: they start warm).
    config : dict, optional
        Dask settings for the scheduler and the workers (default
        :data:`CLUSTER_CONFIG`).
    wait : bool
        Return once every worker has joined (default), or as soon as the
        scheduler runs, the workers starting meanwhile: a client connects at
        once (it does not wait for them either) and may submit tasks (each goes
        to a worker as it joins, the first worker starting before the second
        has joined). The cluster's ``wait_for_start()`` then blocks until every
        worker has started once and raises the error of one that could not.
    """
    from concurrent.futures import Future

    import dask
    from distributed import SpecCluster
    from distributed.deploy.spec import ProcessInterface
    from distributed.versions import get_versions

    settings = dict(CLUSTER_CONFIG if config is None else config)
    # The scheduler answers a joining worker only once it has compared their packages'
    # versions; its own (the metadata of ~9 packages read and parsed, ~10-15 ms, which
    # distributed then keeps) are read now, while the workers' server may still load,
    # not while the first worker waits for that answer on the way to its first task.
    get_versions()

    class ForkedWorker(ProcessInterface):
        """A worker process of ``context``, started again if it dies unasked."""

        def __init__(self, scheduler: str, name: Any = None) -> None:
            super().__init__(scheduler, name)
            self.scheduler, self.name = scheduler, name
            self.process: Any = None
            self._closing = False

        async def _launch(self) -> None:
            loop = asyncio.get_running_loop()
            here, there = context.Pipe(duplex=False)
            process = context.Process(target=serve_worker, daemon=True,
                                      args=(self.scheduler, self.name, there, settings),
                                      name=f"diplomap-dask-worker-{self.name}")
            await loop.run_in_executor(None, process.start)
            there.close()
            try:
                self.address = await loop.run_in_executor(None, here.recv)
            except EOFError as err:
                process.join(1)
                raise RuntimeError(f"dask worker {self.name} exited as it started (exit "
                                   f"code {process.exitcode})") from err
            finally:
                here.close()
            self.process = process
            try:
                loop.add_reader(process.sentinel, self._exited, process)
            except NotImplementedError:  # pragma: no cover - an event loop without readers
                log.debug("dask worker %s will not be restarted if it dies", self.name)

        def _exited(self, process: Any) -> None:
            loop = asyncio.get_running_loop()
            loop.remove_reader(process.sentinel)
            if self._closing or process is not self.process:
                return
            log.warning("dask worker %s died (exit code %s); starting another", self.name,
                        process.exitcode)
            task = loop.create_task(self._launch())
            task.add_done_callback(lambda t: t.cancelled() or t.exception() is None or
                                   log.error("could not restart dask worker %s: %s",
                                             self.name, t.exception()))

        async def start(self) -> None:
            first = launched.get(self.name)
            try:
                await self._launch()
            except Exception as err:
                if first is None or first.done():
                    raise
                first.set_exception(err)
                if wait:
                    raise
                # wait_for_start() raises it (the cluster's event loop would only log it);
                # the cluster, closed then, finds no process to end.
            else:
                if first is not None and not first.done():
                    first.set_result(None)
            await super().start()

        async def close(self) -> None:
            self._closing = True
            process = self.process
            if process is not None:
                loop = asyncio.get_running_loop()
                with contextlib.suppress(Exception):
                    loop.remove_reader(process.sentinel)
                # The scheduler has retired the worker already (the cluster does that
                # first); what is left of the process holds nothing to keep.
                process.terminate()
                await loop.run_in_executor(None, process.join, 5)
                if process.exitcode is None:
                    process.kill()
                    await loop.run_in_executor(None, process.join, 5)
            await super().close()

    class ForkedCluster(SpecCluster):
        """A SpecCluster of :class:`ForkedWorker` processes."""

        def __await__(self) -> Any:
            """What a client connecting to the cluster waits for: without ``wait``, the
            scheduler only (a SpecCluster's waits for every worker to have joined, so a
            client would submit nothing until then)."""
            if wait:
                return super().__await__()

            async def running() -> Any:
                await self.scheduler
                return self

            return running().__await__()

        def wait_for_start(self) -> None:
            """Block until every worker asked for has started once; raise the error of
            one that could not."""
            for first in launched.values():
                first.result()

    # The workers are named 0, 1, ... (a SpecCluster names those it adds by scaling so too).
    launched: dict[Any, Future] = {i: Future() for i in range(workers)}
    spec = {i: {"cls": ForkedWorker} for i in range(workers)}
    # No dashboard: with bokeh installed it costs ~1 s of imports to every batch run (a
    # `dask scheduler` started apart has one). The scheduler's small HTTP server stays,
    # on a free port (its default, 8787, is often taken by another run), as its own does.
    scheduler = {"cls": "distributed.Scheduler",
                 "options": {"host": "127.0.0.1", "port": 0, "dashboard": False,
                             "dashboard_address": ":0"}}
    with dask.config.set(settings):
        cluster = ForkedCluster(workers=spec if wait else {}, worker={"cls": ForkedWorker},
                                scheduler=scheduler, name="diplomap",
                                silence_logs=logging.WARNING)
    if not wait:
        cluster.scale(workers)  # started by the cluster's event loop, meanwhile
    return cluster
