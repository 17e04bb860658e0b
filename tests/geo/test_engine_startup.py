"""What a run with workers does before and around its first piece: start-up that scales.

A run's fixed costs (starting the workers' warm server, a local Dask
cluster, what the collecting process imports and sends for) are paid once
whatever the number of workers, so they decide how much a second worker
buys. These tests hold the behaviour that keeps them small: the server
starts as soon as the command line names an engine, the collecting process
of a local cluster does not import what only distributed's own preloads
would need, and workers hash texts only when asked. Checks that need a
fresh interpreter (the forkserver is started once per process) run in a
subprocess.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from geo._paths import data_path
from geo.cli.options import early_engine

SAMPLE = data_path("sample")


def _python(code: str, stderr: bool = False) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=300)
    return (out.stderr if stderr else out.stdout).strip()


# ----------------------------------------------------------------------------- the hint

@pytest.mark.parametrize(("argv", "expected"), [
    (["visits", "news", "--workers", "2"], ("local", 2, None, False)),
    (["visits", "news", "--workers=4", "--engine", "local"], ("local", 4, None, False)),
    (["mentions", "news", "--engine=dask", "--format", "parquet", "-o", "out"],
     ("dask", None, None, True)),
    (["visits", "news", "--engine", "dask", "-f", "parquet", "-o", "out", "--workers", "1"],
     ("dask", 1, None, True)),
    (["build", "news", "--engine", "dask", "--scheduler", "tcp://h:8786"],
     ("dask", None, "tcp://h:8786", False)),
    (["visits", "news", "--workers", "two"], ("local", None, None, False)),  # parsed later
])
def test_the_engine_is_read_from_the_raw_command_line(argv, expected):
    engine, writes = early_engine(argv)
    assert (engine.engine, engine.workers, engine.scheduler, writes) == expected


@pytest.mark.parametrize("argv", [
    ["visits", "news"],
    ["visits", "news", "-o", "out.jsonl", "--format", "parquet"],
    ["visits", "--engine", "dask", "--help"],
    ["visits", "-h", "--workers", "2"],
    ["visits", "--", "--engine", "dask"],           # after "--": a file named so
])
def test_no_hint_without_an_engine_or_with_help(argv):
    assert early_engine(argv) is None


def test_only_runs_with_local_workers_start_a_server():
    from geo.engine.engines import prepare_workers

    assert not prepare_workers("local", None, None)
    assert not prepare_workers("local", 1, None)
    assert not prepare_workers("dask", None, "tcp://127.0.0.1:8786")  # the cluster's workers
    assert not prepare_workers("spark", 2, None)                       # refused later


def test_prepared_server_holds_the_geoparser_and_distributed_for_dask():
    """Called first (as the command line does), the server preloads what Dask workers need."""
    code = (
        "import sys\n"
        "from geo.engine.engines import forkserver_context, prepare_workers\n"
        "if forkserver_context().get_start_method() != 'forkserver':\n"
        "    print('skip'); raise SystemExit\n"
        "assert prepare_workers('dask', 2, None, writes=True)\n"
        "ctx = forkserver_context(writes=True, dask=True)\n"
        "with ctx.Pool(1) as pool:\n"
        "    print(sorted(pool.apply(eval, ('[m for m in (\"geo.engine.warm\", \"distributed\","
        " \"pyarrow.parquet\") if m in __import__(\"sys\").modules]',))))\n")
    out = _python(code)
    if out == "skip":
        pytest.skip("no forkserver on this platform")
    assert out == "['distributed', 'geo.engine.warm', 'pyarrow.parquet']"


def test_the_command_line_starts_the_server_before_the_command_runs(tmp_path):
    """``main()`` starts it from the raw arguments: it is running when the command begins."""
    out = tmp_path / "visits.jsonl"
    code = (
        "import sys, psutil\n"
        "import geo.cli, geo.cli.tables as tables\n"
        "seen = []\n"
        "real = tables.run_pipeline\n"
        "def spy(*a, **k):\n"
        "    seen.append([c for c in psutil.Process().children()\n"
        "                 if 'multiprocessing.forkserver' in ' '.join(c.cmdline())])\n"
        "    return real(*a, **k)\n"
        "tables.run_pipeline = spy\n"
        f"sys.argv = ['diplomap', 'visits', {str(SAMPLE)!r}, '-q', '-o', {str(out)!r},\n"
        "            '--workers', '2']\n"
        "try:\n"
        "    geo.cli.main()\n"
        "except SystemExit as end:\n"
        "    assert not end.code, end.code\n"
        "print(len(seen[0]), file=sys.stderr)\n")
    assert _python(code, stderr=True) == "1"


# ----------------------------------------------------------------------------- local cluster

def test_a_local_cluster_leaves_pandas_out_of_the_collecting_process():
    """distributed's first use would import numpy, pandas and lz4 here only to name them
    as its forkserver preloads (~0.2-0.5 s of every run, and more to tear down)."""
    pytest.importorskip("distributed")
    code = (
        "import sys\n"
        "from distributed import Client\n"
        "from geo.engine.engines import close_cluster, local_cluster\n"
        "cluster = local_cluster(1)\n"
        "client = Client(cluster)\n"
        "assert client.submit(sum, [1, 2]).result() == 3\n"
        "print('pandas' in sys.modules)\n"
        "close_cluster(client, cluster)\n")
    assert _python(code) == "False"


# ----------------------------------------------------------------------------- what is sent

def test_workers_hash_texts_only_when_asked(tmp_path):
    from geo.engine import list_corpus, plan_partitions
    from geo.engine.worker import Job, run_partition
    from geo.ingest import text_digest

    from geo.engine.store import store_tables

    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    for table in store_tables():
        (store / table).mkdir(parents=True)
    (corpus / "a.txt").write_text("Putin arrived in Tashkent.", encoding="utf-8")
    (corpus / "b.txt").write_text("Talks in Minsk.", encoding="utf-8")
    part = next(plan_partitions(list_corpus([corpus])))
    assert run_partition(part, Job(events=True)).text_digests == []
    digests = [text_digest("Putin arrived in Tashkent."), text_digest("Talks in Minsk.")]
    assert run_partition(part, Job(digests=True)).text_digests == digests
    assert run_partition(part, Job(events=True, store=True, out=str(store))).text_digests \
        == digests                                        # a store keeps them


@pytest.mark.parametrize("workers", [1, 2])
def test_digests_asked_for_reach_the_collecting_process(tmp_path, workers):
    from geo.engine import process_corpus
    from geo.ingest import text_digest

    texts = {f"d{i}.txt": f"Xi Jinping arrived in Minsk on day {i}." for i in range(6)}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    got = process_corpus([tmp_path], workers=workers, partition_bytes=80, digests=True)
    assert got.text_digests == {name: text_digest(text) for name, text in texts.items()}
    assert process_corpus([tmp_path], workers=workers, partition_bytes=80).text_digests is None
