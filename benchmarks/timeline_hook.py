"""Stamps for ``benchmarks/timeline.py`` (see there): imported first by the workers' server
(it stamps the server's start), and by the collecting process to wrap the engine's steps."""

from __future__ import annotations

import os
import sys
import time

ENV = "DIPLOMAP_TIMELINE_DIR"
profile_until_piece: list = []


def stamp(label: str, extra: object = "") -> None:
    """Append ``label`` with the time and this process's CPU seconds to this process's file."""
    folder = os.environ.get(ENV)
    if not folder:
        return
    now, cpu = time.time(), time.process_time()
    with open(os.path.join(folder, f"{os.getpid()}.txt"), "a", encoding="utf-8") as fh:
        fh.write(f"{label}\t{now:.6f}\t{cpu:.4f}\t{extra}\n")


def hook_workers() -> None:
    """In the workers' server (imported last of its preloads): stamp it loaded, wrap what
    the workers run."""
    from geo.engine import cluster, engines, worker

    stamp("server loaded")
    run_partition = worker.run_partition

    def timed_partition(part, job, *args, **kwargs):  # type: ignore[no-untyped-def]
        stamp("piece start", part.index)
        while profile_until_piece:
            prof = profile_until_piece.pop()
            prof.disable()
            prof.dump_stats(os.path.join(os.environ[ENV], f"{os.getpid()}.prof"))
        try:
            return run_partition(part, job, *args, **kwargs)
        finally:
            stamp("piece end", part.index)

    worker.run_partition = timed_partition
    serve_worker = cluster.serve_worker

    def timed_serve(*args, **kwargs):  # type: ignore[no-untyped-def]
        stamp("worker start", "dask")
        if os.environ.get("DIPLOMAP_TIMELINE_PROFILE"):  # the worker's start, profiled
            import cProfile
            import threading

            prof = cProfile.Profile()
            prof.enable()
            threading.Timer(0.0, lambda: None)  # nothing: the profile ends at the first piece
            profile_until_piece.append(prof)
        return serve_worker(*args, **kwargs)

    cluster.serve_worker = timed_serve
    warm_up = engines.warm_up  # what a pool worker's initializer calls first

    def timed_warm_up(*args, **kwargs):  # type: ignore[no-untyped-def]
        if not getattr(timed_warm_up, "done", False):
            timed_warm_up.done = True  # type: ignore[attr-defined]
            stamp("worker start", "pool")
        return warm_up(*args, **kwargs)

    engines.warm_up = timed_warm_up


def hook_collector() -> None:
    """In the collecting process, before the command line starts: wrap the engine's steps."""
    import atexit
    import concurrent.futures

    stamp("start")
    def at_exit() -> None:  # registered first: runs last; which threads may hold the exit
        import threading

        stamp("exit handlers", ",".join(t.name for t in threading.enumerate()
                                        if not t.daemon and t is not threading.main_thread()))

    atexit.register(at_exit)
    import multiprocessing.context as mpc

    from geo import engine as package
    from geo.engine import cluster, collect, engines
    try:
        from geo.engine import server
    except ImportError:  # an older diplomap: the server's start lived in engines
        server = engines

    preload = mpc.ForkServerContext.set_forkserver_preload

    def timed_preload(self, names):  # type: ignore[no-untyped-def]
        return preload(self, ["timeline_hook", *names, "timeline_loaded"])

    mpc.ForkServerContext.set_forkserver_preload = timed_preload
    early = server.start_forkserver

    def timed_start(*args, **kwargs):  # type: ignore[no-untyped-def]
        stamp("server asked for")
        return early(*args, **kwargs)

    for module in (server, engines, collect):  # wherever the name is used
        module.start_forkserver = timed_start

    def wrap_results(run):  # type: ignore[no-untyped-def]
        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            stamp("engine called")
            n = 0
            try:
                for item in run(*args, **kwargs):
                    n += 1
                    stamp("first result" if n == 1 else "result", n)
                    yield item
            finally:  # after the engine's own clean-up (cluster or pool closed)
                stamp("engine closed")
        return timed

    collect.run_dask = wrap_results(collect.run_dask)
    collect.run_pool = wrap_results(collect.run_pool)
    load = cluster.load_distributed

    def timed_load(*args, **kwargs):  # type: ignore[no-untyped-def]
        stamp("distributed loading")
        load(*args, **kwargs)
        stamp("distributed loaded")
        import distributed

        submit, init = distributed.Client.submit, distributed.Client.__init__
        made = engines.local_cluster

        def timed_cluster(*a, **k):  # type: ignore[no-untyped-def]
            got = made(*a, **k)
            stamp("cluster up")
            return got

        engines.local_cluster = timed_cluster

        def timed_init(self, *a, **k):  # type: ignore[no-untyped-def]
            init(self, *a, **k)
            stamp("client connected")

        def timed_submit(self, *a, **k):  # type: ignore[no-untyped-def]
            if not getattr(timed_submit, "done", False):
                timed_submit.done = True  # type: ignore[attr-defined]
                stamp("first submit")
            return submit(self, *a, **k)

        distributed.Client.__init__ = timed_init
        distributed.Client.submit = timed_submit

    cluster.load_distributed = timed_load
    pool_submit = concurrent.futures.ProcessPoolExecutor.submit

    def timed_pool_submit(self, *a, **k):  # type: ignore[no-untyped-def]
        if not getattr(timed_pool_submit, "done", False):
            timed_pool_submit.done = True  # type: ignore[attr-defined]
            stamp("first submit")
        return pool_submit(self, *a, **k)

    concurrent.futures.ProcessPoolExecutor.submit = timed_pool_submit
    process_corpus = package.process_corpus

    def timed_corpus(*args, **kwargs):  # type: ignore[no-untyped-def]
        got = process_corpus(*args, **kwargs)
        stamp("corpus collected")
        tables = sys.modules.get("geo.cli.tables")
        if tables is not None:
            write = tables.write_table

            def timed_write(*a, **k):  # type: ignore[no-untyped-def]
                stamp("merge done")
                write(*a, **k)
                stamp("output written")

            tables.write_table = timed_write
        return got

    package.process_corpus = timed_corpus


if "multiprocessing.forkserver" in sys.modules and "geo" not in sys.modules:
    stamp("server start")  # the workers' server imports this module first
