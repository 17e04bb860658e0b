"""The local Dask cluster of ``--engine dask``: worker processes forked warm, no nannies.

What a nanny did for us must still hold: a worker that dies unasked is
replaced and the run loses nothing; closing the cluster ends its worker
processes; workers do not outlive a collecting process that was killed.
Each test starts real worker processes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")

from geo.engine import geoparse_corpus  # noqa: E402
from geo.engine.engines import PRELOAD, PRELOAD_GEOPARSE, close_cluster, local_cluster  # noqa: E402
from geo.engine.worker import worker_info  # noqa: E402

TRAVEL = ("President {n} arrived in Nairobi on Monday for talks with the Kenyan president, "
          "then flew on to Addis Ababa and Cairo. ")


def _gone(pids: list[int], within: float = 60.0) -> bool:
    """Whether every process of ``pids`` has ended (or is a zombie) within ``within`` s."""
    end = time.monotonic() + within
    while time.monotonic() < end:
        alive = []
        for pid in pids:
            try:
                if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                    alive.append(pid)
            except psutil.NoSuchProcess:
                pass
        if not alive:
            return True
        time.sleep(0.1)
    return False


def test_workers_are_forked_warm_and_end_with_the_cluster():
    cluster = local_cluster(2)
    client = distributed.Client(cluster)
    try:
        infos = client.run(worker_info)
        assert len(infos) == 2
        # forked from the server that loaded the index (geo.engine.warm, or warm_geoparse when this test
        # process's forkserver was started by a geoparse-only job): what only that server imports is here.
        # Not a load time: how long loading takes depends on the machine.
        last = (PRELOAD[-1], PRELOAD_GEOPARSE[-1])  # what only the warm server imports
        warm = client.run(lambda: sorted(m for m in last if m in sys.modules))
        assert all(found for found in warm.values()), warm
        pids = [i["pid"] for i in infos.values()]
        assert all(psutil.Process(p).is_running() for p in pids)
    finally:
        close_cluster(client, cluster)
    assert _gone(pids)


def test_a_cluster_closed_later_is_closed_once_waited_for():
    """A finished run's cluster closes in a thread while the results are merged
    (close_later); wait_closed returns once its client, scheduler and worker processes
    are gone, and a second wait finds nothing to wait for."""
    from geo.engine.engines import close_later, wait_closed

    cluster = local_cluster(2)
    client = distributed.Client(cluster)
    pids = [i["pid"] for i in client.run(worker_info).values()]
    close_later(client, cluster)
    wait_closed()
    assert client.status == "closed"
    assert cluster.status.name == "closed"
    assert _gone(pids, within=5.0)
    wait_closed()


def test_runs_one_after_another_each_with_its_own_cluster(tmp_path):
    """The next Dask run waits for the previous run's cluster to close, then starts its own."""
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(TRAVEL.format(n=i), encoding="utf-8")
    first = list(geoparse_corpus([tmp_path], engine="dask", workers=1))
    second = list(geoparse_corpus([tmp_path], engine="dask", workers=1))
    assert first == second and first


def test_a_killed_dask_worker_is_replaced_and_the_run_loses_nothing(tmp_path):
    for i in range(40):
        (tmp_path / f"a{i:02d}.txt").write_text(TRAVEL.format(n=i) * 20, encoding="utf-8")
    reference = list(geoparse_corpus([tmp_path]))
    cluster = local_cluster(1)
    client = distributed.Client(cluster)
    try:
        [pid] = [i["pid"] for i in client.run(worker_info).values()]
        got = []
        problems: list = []
        for pair in geoparse_corpus([tmp_path], engine="dask", scheduler=cluster.scheduler_address,
                                    partition_bytes=2_000, problems=problems):
            got.append(pair)
            if len(got) == 3:  # the only worker: without a replacement the run would hang
                os.kill(pid, signal.SIGKILL)
        assert problems == []
        assert got == reference
        client.wait_for_workers(1, timeout=60)
        [again] = [i["pid"] for i in client.run(worker_info).values()]
        assert again != pid
    finally:
        close_cluster(client, cluster)


def test_workers_do_not_outlive_a_killed_collecting_process(tmp_path):
    code = (
        "import sys\n"
        "from distributed import Client\n"
        "from geo.engine.engines import local_cluster\n"
        "from geo.engine.worker import worker_info\n"
        "if __name__ == '__main__':\n"
        "    cluster = local_cluster(2)\n"
        "    client = Client(cluster)\n"
        "    print(*[i['pid'] for i in client.run(worker_info).values()], flush=True)\n"
        "    sys.stdin.read()\n")
    script = tmp_path / "run.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    pids: list[int] = []
    try:
        pids = [int(p) for p in proc.stdout.readline().split()]
        assert len(pids) == 2
        proc.kill()  # no chance to close anything
        proc.wait(timeout=60)
        assert _gone(pids), "worker processes outlived their collecting process"
    finally:
        proc.kill()
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def _settings() -> dict:
    import dask

    from geo.engine.cluster import CLUSTER_CONFIG

    return {key: dask.config.get(key) for key in CLUSTER_CONFIG}


def _periods(dask_scheduler) -> dict:
    return {name: pc.callback_time for name, pc in dask_scheduler.periodic_callbacks.items()}


def test_the_batch_settings_reach_the_forked_workers():
    """Forked from a server that imported distributed with its defaults, the workers
    still run with the cluster's settings (no stack sampler, slow ticks...), and the
    scheduler here was built with them."""
    from geo.engine.cluster import CLUSTER_CONFIG

    cluster = local_cluster(1)
    client = distributed.Client(cluster)
    try:
        [got] = client.run(_settings).values()
        assert got == CLUSTER_CONFIG
        periods = client.run_on_scheduler(_periods)
        assert periods["tick"] == 1000 and periods["monitor"] == 2000   # ms; 20 and 500 by default
    finally:
        close_cluster(client, cluster)


def test_worker_usage_counts_the_partitions_each_worker_ran():
    from geo.engine.cluster import worker_usage

    cluster = local_cluster(1)
    client = distributed.Client(cluster)
    try:
        # tasks long enough (~0.1 s) for the kernel's thread clocks (10 ms ticks) to count them
        futures = [client.submit(sum, range(2_000_000 * (i + 1)), key=f"diplomap-partition-t-{i}")
                   for i in range(3)]
        other = client.submit(sum, [1, 2], key="someone-else")
        assert [f.result() for f in futures] == [sum(range(2_000_000 * (i + 1))) for i in range(3)]
        assert other.result() == 3
        (usage,) = client.run(worker_usage).values()
        assert usage["tasks"] == 3  # ours only, not the other key
        assert 0 < usage["busy"] <= usage["span"] + 1e-6
        # the event loop's own CPU may stay under one clock tick on a quiet worker: it is counted, not guessed
        assert usage["task_cpu"] > 0 and usage["other_cpu"] >= 0
        assert usage["first"] <= usage["last"] and usage["last"] - usage["first"] == usage["span"]
    finally:
        close_cluster(client, cluster)


def test_a_cluster_not_waited_for_takes_tasks_before_its_workers_join():
    """``--engine dask`` connects its client and submits the first pieces while the
    workers start: the scheduler holds them and hands them out as the workers join."""
    cluster = local_cluster(2, wait=False)
    client = distributed.Client(cluster)
    try:
        futures = [client.submit(sum, [i, 1], key=f"early-{i}") for i in range(5)]
        cluster.wait_for_start()
        assert [f.result() for f in futures] == [i + 1 for i in range(5)]
        assert len(client.run(worker_info)) == 2
    finally:
        close_cluster(client, cluster)


def test_a_client_of_a_cluster_not_waited_for_connects_before_any_worker_joins(tmp_path):
    """The client of ``--engine dask`` connects as soon as the scheduler runs, not once
    every worker has joined (a SpecCluster's client waits for them), so the first worker
    to join runs a piece at once. Here the worker cannot join until the test opens a
    gate (a worker preload that waits for a file)."""
    from geo.engine.cluster import CLUSTER_CONFIG, forked_cluster
    from geo.engine.engines import forkserver_context

    gate = tmp_path / "open"
    preload = tmp_path / "gate.py"
    preload.write_text(
        "import os, time\n"
        "def dask_setup(worker):\n"
        "    end = time.monotonic() + 120\n"
        f"    while not os.path.exists({str(gate)!r}) and time.monotonic() < end:\n"
        "        time.sleep(0.01)\n", encoding="utf-8")
    config = dict(CLUSTER_CONFIG, **{"distributed.worker.preload": [str(preload)]})
    cluster = forked_cluster(1, forkserver_context(dask=True), config=config, wait=False)
    client = None
    try:
        client = distributed.Client(cluster)
        assert client.scheduler_info()["workers"] == {}  # connected while the gate is shut
        future = client.submit(sum, [1, 2], key="before-the-join")
        gate.touch()
        cluster.wait_for_start()
        assert future.result(timeout=120) == 3
    finally:
        gate.touch()
        close_cluster(client, cluster)


@pytest.mark.parametrize("wait", [True, False])
def test_a_worker_that_cannot_start_fails_the_start_in_plain_words(wait):
    """A worker process that exits as it starts (here: a preload that does not exist) is
    an error of the set-up, raised where the cluster starts or where the run waits for
    its workers, never a run that waits forever for a worker that will not come."""
    from geo.engine.cluster import CLUSTER_CONFIG, forked_cluster
    from geo.engine.engines import forkserver_context

    broken = dict(CLUSTER_CONFIG, **{"distributed.worker.preload": ["no_such_module_for_diplomap"]})
    cluster = None
    with pytest.raises(RuntimeError, match="exited as it started"):
        cluster = forked_cluster(1, forkserver_context(dask=True), config=broken, wait=wait)
        cluster.wait_for_start()
    if cluster is not None:
        close_cluster(None, cluster)


def test_notes_about_a_closed_clusters_connections_stay_quiet_and_its_errors_do_not():
    """Once a local cluster is closed, distributed's event loop may still log, at info level
    with a traceback, that a write to one of its scheduler's connections met the closed
    connection ("Batched Comm Closed", seen at the end of `-q` runs): those notes are dropped;
    its warnings and errors, and notes about other connections, are kept."""
    import logging
    from types import SimpleNamespace

    cluster = local_cluster(1)
    client = distributed.Client(cluster)
    address = cluster.scheduler_address
    close_cluster(client, cluster)

    class Keep(logging.Handler):
        def __init__(self) -> None:
            super().__init__(logging.DEBUG)
            self.records: list[logging.LogRecord] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.records.append(record)

    logger = logging.getLogger("distributed.batched")
    keep, level = Keep(), logger.level
    logger.addHandler(keep)
    logger.setLevel(logging.DEBUG)
    try:
        ours = SimpleNamespace(local_address=address, peer_address="tcp://127.0.0.1:1")
        client_end = SimpleNamespace(local_address="tcp://127.0.0.1:2", peer_address=address)
        other = SimpleNamespace(local_address="tcp://127.0.0.1:3", peer_address="tcp://127.0.0.1:4")
        logger.info("Batched Comm Closed %r", ours)
        logger.info("Batched Comm Closed %r", client_end)
        logger.info("Batched Comm Closed %r", other)
        logger.error("Error in batched write %r", ours)
    finally:
        logger.removeHandler(keep)
        logger.setLevel(level)
    assert [(r.levelname, r.args[0]) for r in keep.records] == [("INFO", other), ("ERROR", ours)]
