"""Where partitions run: this process, a pool of local processes, or a Dask cluster.

Each engine takes a planner (``plan(workers)`` yields the partitions, sized
for that many workers) and a :class:`~geo.engine.worker.Job`, runs
:func:`~geo.engine.worker.run_partition` on every partition and yields
``(partition, result)`` pairs in partition order, whatever order the workers
finish in. Anything a worker cannot do -- a document the geoparser chokes on,
a worker that dies, a lost Dask task -- becomes a
:class:`~geo.values.Problem` naming the files or documents; the run goes on.
A fault of the set-up (no gazetteer index, a worker that cannot write the
output folder) stops the run with its message.

``local``, 1 worker
    :func:`run_here`: in this process, one partition at a time.
``local``, N workers
    :func:`run_pool`: a :class:`concurrent.futures.ProcessPoolExecutor` whose
    processes fork from a server that has loaded the geoparser, the gazetteer
    index and the events' tables already, so they start warm.
``dask``
    :func:`run_dask`: a local cluster of N single-threaded worker processes
    (forked warm the same way, without nannies: :mod:`geo.engine.cluster`),
    or the cluster at a scheduler's address, whose workers load the index
    once each (a worker plugin).
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import ConfigurationError, DiplomapError
from .plan import Partition
from .server import (PRELOAD, PRELOAD_DASK, PRELOAD_GEOPARSE, PRELOAD_WRITE, forkserver_context,
                     start_forkserver)
from .worker import Job, PartResult, failed, run_partition, warm_up, worker_info

__all__ = ["ENGINES", "default_workers", "check_options", "run_here", "run_pool", "run_dask",
           "local_cluster", "gazetteer_plugin", "close_cluster", "forkserver_context",
           "start_forkserver", "log_usage", "close_later", "wait_closed",
           "PRELOAD", "PRELOAD_GEOPARSE", "PRELOAD_WRITE", "PRELOAD_DASK"]

log = logging.getLogger("geo.engine")

#: Engines accepted by :func:`geo.engine.geoparse_corpus` (and ``--engine``).
ENGINES = ("local", "dask")

Plan = Callable[[int], Iterator[Partition]]
Results = Iterator[tuple[Partition, PartResult]]


def default_workers() -> int:
    """The number of CPU cores this process may use (at least 1).

    Examples
    --------
    >>> default_workers() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def check_options(engine: str, workers: int | None, scheduler: str | None,
                  partition_bytes: int | None) -> None:
    """Refuse bad engine options at once, in plain words.

    Examples
    --------
    >>> check_options("spark", None, None, None)
    Traceback (most recent call last):
    ...
    geo.errors.ConfigurationError: engine must be one of local, dask, not 'spark'
    """
    if engine not in ENGINES:
        raise ConfigurationError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool)
                                or workers < 1):
        raise ConfigurationError(f"workers must be a whole number >= 1, not {workers!r}")
    if scheduler and engine != "dask":
        raise ConfigurationError("a scheduler address needs the dask engine (--engine dask)")
    if scheduler and workers is not None:
        raise ConfigurationError("workers are started only for a local Dask cluster; with a "
                                 "scheduler address the cluster's own workers are used")
    if partition_bytes is not None and (not isinstance(partition_bytes, int)
                                        or partition_bytes < 1):
        raise ConfigurationError(f"partition_bytes must be >= 1, not {partition_bytes!r}")


# --------------------------------------------------------------------------- this process

def run_here(plan: Plan, job: Job, stored: Any = None) -> Results:
    """Every partition in this process, failing as a worker would (reported, not raised)."""
    for part in plan(1):
        try:
            done = run_partition(part, job, stored)
        except DiplomapError:
            raise
        except Exception as err:  # noqa: BLE001 - one partition must not stop the run
            done = failed(part, err)
        yield part, done


# --------------------------------------------------------------------------- process pool

def _init_worker(events: bool = True) -> None:
    """Pool initializer: warm up, but never kill the process (a dead one breaks the pool).

    If loading fails, the first task fails the same way and its error (a
    :class:`~geo.errors.ConfigurationError` naming the problem) reaches the caller.
    """
    gc.enable()  # off while the forkserver loaded (geo.engine.warm_begin); on for the tasks
    try:
        warm_up(events)
    except Exception:  # noqa: BLE001 - raised again by the first task
        pass


def run_pool(plan: Plan, job: Job, workers: int) -> Results:
    """Partitions on a pool of ``workers`` local processes; a dead worker's are retried."""
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = forkserver_context(writes=job.out is not None, events=job.events)

    def new_pool(old: ProcessPoolExecutor | None = None) -> ProcessPoolExecutor:
        if old is not None:
            old.shutdown(wait=False, cancel_futures=True)
        return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                   initargs=(job.events,))

    pool = new_pool()
    log.info("local engine: %d worker processes", workers)

    def submit(part: Partition) -> Future:
        try:
            return pool.submit(run_partition, part, job)
        except BrokenProcessPool as err:  # noticed at submission: handled at its turn
            fut: Future = Future()
            fut.set_exception(err)
            return fut

    def broken(fut: Future) -> bool:
        return fut.done() and isinstance(fut.exception(), BrokenProcessPool)

    queue: deque[tuple[Partition, Future]] = deque()
    window = 2 * workers + 1
    it = plan(workers)
    try:
        while True:
            while len(queue) < window:
                part = next(it, None)
                if part is None:
                    break
                queue.append((part, submit(part)))
            if not queue:
                break
            part, fut = queue.popleft()
            try:
                fut.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory, crashed in C code) and took the
                # pool with it. Retry this partition alone so that the blame falls on
                # the right one, then resubmit the others that were lost.
                log.warning("a local worker process died; partition %d is retried alone on a "
                            "fresh pool, then the %d in flight", part.index, len(queue))
                pool = new_pool(pool)
                fut = submit(part)
                try:
                    fut.result()
                except BrokenProcessPool as err:
                    fut = Future()
                    fut.set_result(failed(part, err))
                    pool = new_pool(pool)
                    try:
                        pool.submit(worker_info).result()
                    except BrokenProcessPool as again:
                        raise ConfigurationError(
                            "local worker processes die as they start (is the program run "
                            "from a file, with an `if __name__ == '__main__':` guard?); try "
                            "one worker") from again
                except Exception:  # noqa: BLE001 - handled below
                    pass
                queue = deque((p, submit(p) if broken(f) else f) for p, f in queue)
            except Exception:  # noqa: BLE001 - handled below
                pass
            try:
                done = fut.result()
            except DiplomapError:
                raise  # the setup is wrong (no gazetteer index...): every task would fail
            except Exception as err:  # noqa: BLE001 - reported, never raised
                done = failed(part, err)
            yield part, done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- Dask

def gazetteer_plugin() -> Any:
    """A Dask worker plugin that warms each worker up once, as it joins."""
    from distributed import WorkerPlugin

    class GazetteerPlugin(WorkerPlugin):
        """Load the geoparser, the gazetteer index and the events' tables once per worker."""

        name = "diplomap-gazetteer"

        def setup(self, worker: Any) -> None:
            warm_up()

    return GazetteerPlugin()


def _version() -> str:
    from .. import __version__

    return __version__


def _check_workers(client: Any, scheduler: str | None, timeout: float = 60.0) -> None:
    """Fail early, in plain words, when the cluster cannot run diplomap's tasks."""
    from .. import __version__

    try:
        client.wait_for_workers(1, timeout=timeout)
    except (TimeoutError, OSError) as err:
        raise ConfigurationError(f"no Dask worker joined the scheduler at {scheduler} within "
                                 f"{timeout:.0f} s; start some with `dask worker "
                                 f"{scheduler}`") from err
    try:
        versions = client.run(_version)
    except ImportError as err:
        raise ConfigurationError(f"the Dask workers cannot import diplomap ({err}); install "
                                 "the same version on every worker") from err
    other = sorted({v for v in versions.values() if v != __version__})
    if other:
        log.warning("dask workers run diplomap %s, this process %s: results may differ",
                    ", ".join(other), __version__)


def local_cluster(workers: int, writes: bool = False, events: bool = True,
                  wait: bool = True) -> Any:
    """A local Dask cluster of ``workers`` single-threaded processes, forked warm.

    The workers fork from the engines' forkserver, which has loaded
    ``distributed``, the geoparser and the gazetteer index, so a worker is
    ready at once instead of loading for ~1 s; they run without nannies
    (:func:`geo.engine.cluster.forked_cluster`, which says what ``wait``
    does).
    """
    from .cluster import forked_cluster

    start_forkserver(writes, dask=True, events=events)
    return forked_cluster(workers, forkserver_context(writes, dask=True, events=events),
                          wait=wait)


def run_dask(plan: Plan, job: Job, workers: int | None, scheduler: str | None) -> Results:
    """Partitions on a Dask cluster: a local one of ``workers``, or the one at ``scheduler``.

    Once the last result is read, a local cluster closes in the background
    (:func:`close_later`) while the caller merges the results.
    """
    from .cluster import load_distributed
    from .lean import freeze_more

    wait_closed()  # a previous run's cluster, if it is still closing
    try:
        load_distributed()
        from distributed import Client
    except ImportError as err:
        raise ConfigurationError("the dask engine needs the 'dask' extra: "
                                 "pip install 'diplomap[dask]'") from err
    cluster = client = None
    finished = False
    began = time.time()
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as err:
                raise ConfigurationError(f"cannot reach the Dask scheduler at {scheduler!r}: "
                                         f"{err}") from err
            _check_workers(client, scheduler)
            client.register_plugin(gazetteer_plugin(), name="diplomap-gazetteer")
            n = max(1, sum(client.nthreads().values()))
            log.info("dask engine: %d workers at %s; dashboard %s", len(client.nthreads()),
                     client.scheduler.address, client.dashboard_link)
        else:
            # Our own workers run this very code and join warm: no version check or
            # warm-up plugin (two round trips before the first task). The client connects
            # and the first pieces are submitted while they start (the scheduler hands a
            # piece to each as it joins), not after both have joined.
            n = workers or default_workers()
            cluster = local_cluster(n, writes=job.out is not None, events=job.events,
                                    wait=False)
            client = Client(cluster)
            freeze_more()  # the scheduler, the client, the merge's modules: kept to the end
            log.info("dask engine: %d workers at %s", n, client.scheduler.address)
        token = f"{os.getpid()}-{time.time_ns()}"

        def submit(part: Partition) -> Any:
            return client.submit(run_partition, part, job, pure=False,
                                 key=f"diplomap-partition-{token}-{part.index}")

        def result(fut: Any, part: Partition) -> PartResult:
            if cluster is not None:
                cluster.wait_for_start()  # raises if a worker could not start
            try:
                return fut.result()
            except DiplomapError:
                raise  # the setup is wrong (no gazetteer index...): every task would fail
            except Exception as err:  # noqa: BLE001 - KilledWorker, lost data...: reported
                return failed(part, err)
            finally:
                fut.release()

        def window() -> int:  # workers may join or leave (adaptive clusters)
            if cluster is not None:  # ours: n of one thread each, joining meanwhile
                return 2 * n + 1
            return 2 * max(1, sum(client.nthreads().values())) + 1

        queue: deque[tuple[Partition, Any]] = deque()
        size = window()
        for part in plan(n):
            queue.append((part, submit(part)))
            if part.index % 32 == 31:
                size = window()
            while len(queue) >= size:
                part0, fut = queue.popleft()
                yield part0, result(fut, part0)
        while queue:
            part0, fut = queue.popleft()
            yield part0, result(fut, part0)
        finished = True
    finally:
        if cluster is not None and client is not None and log.isEnabledFor(logging.DEBUG):
            log_usage(client, began)
        if finished and cluster is not None:
            close_later(client, cluster)
        else:
            close_cluster(client, cluster)


def log_usage(client: Any, began: float | None = None) -> None:
    """Log, at debug level, where each worker of a local cluster spent its time
    (its first task's start and last task's end in seconds after ``began``, a
    :func:`time.time`: the engine's start in a run; by default the first task's start)."""
    from .cluster import worker_usage

    try:
        usage = client.run(worker_usage)
    except Exception as err:  # noqa: BLE001 - a diagnostic never fails a run
        log.debug("dask engine: no worker usage (%s)", err)
        return
    if began is None:
        began = min((u["first"] for u in usage.values() if u["tasks"]), default=0.0)
    for address, u in sorted(usage.items()):
        log.debug("dask worker %s: %d tasks, %.2f s running them over %.2f s (from %.2f to "
                  "%.2f s); CPU %.2f s in tasks, %.2f s beside them", address,
                  u["tasks"], u["busy"], u["span"], u["first"] - began, u["last"] - began,
                  u["task_cpu"], u["other_cpu"])


class _ClosedComms(logging.Filter):
    """Drops ``distributed``'s notes below warning level about the connections of
    local schedulers this process has closed (by their addresses); keeps the rest."""

    def __init__(self) -> None:
        super().__init__()
        self.addresses: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING or not isinstance(record.args, tuple):
            return True
        comm = record.args[0] if record.args else None
        ends = {getattr(comm, "local_address", None), getattr(comm, "peer_address", None)}
        return not ends & self.addresses


#: Installed on ``distributed.batched`` by the first :func:`close_cluster` of a local cluster.
_closed_comms = _ClosedComms()


def close_cluster(client: Any, cluster: Any) -> None:
    """Close the client, then the local cluster this run started (if any).

    The local cluster's workers are retired, then ended (nothing of theirs is
    kept), before its scheduler closes: no heartbeat meets a closed scheduler.
    Its scheduler's messages at info level (a traceback for each connection
    to a worker that ended: "Batched Comm Closed") stay quiet, as they are
    while it starts -- also those that the event loop, which outlives the
    cluster, logs after the cluster has closed (a write to a worker or to the
    client still under way meets the closed connection): notes below warning
    level of ``distributed.batched`` about a connection to that scheduler's
    address are dropped from then on. Its warnings and errors are kept.
    """
    import contextlib

    quiet: Any = contextlib.nullcontext()
    if cluster is not None:
        from distributed.utils import silence_logging_cmgr

        address = getattr(cluster, "scheduler_address", None)
        if isinstance(address, str) and "://" in address:
            _closed_comms.addresses.add(address)
            batched = logging.getLogger("distributed.batched")
            if _closed_comms not in batched.filters:
                batched.addFilter(_closed_comms)
        quiet = silence_logging_cmgr(logging.WARNING)
    with quiet:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


#: Local clusters closing in the background (:func:`close_later`), not yet waited for.
_closing: list[threading.Thread] = []


def close_later(client: Any, cluster: Any) -> None:
    """Close the client and the local cluster of a finished run in a thread of their own.

    Every result has been read: what is left -- retiring the workers, ending
    their processes, closing the scheduler, ~0.04 s of waiting and little CPU
    -- runs while the caller merges the results, instead of before (where
    both cores would idle). :func:`wait_closed` waits for it; it is called
    by the next Dask run, by the command line before it exits and, for any
    other caller, at the interpreter's exit.
    """
    atexit.unregister(wait_closed)
    atexit.register(wait_closed)  # after distributed's own handlers: run before them (LIFO)
    thread = threading.Thread(target=close_cluster, args=(client, cluster), daemon=True,
                              name="diplomap dask close")
    _closing.append(thread)
    thread.start()


def wait_closed(timeout: float = 60.0) -> None:
    """Wait until the clusters :func:`close_later` is closing have closed.

    Examples
    --------
    >>> wait_closed()  # nothing to wait for
    """
    while _closing:
        _closing.pop().join(timeout)
