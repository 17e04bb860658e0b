"""What a run with workers does before and around its first piece: start-up that scales.

A run's fixed costs (a local Dask cluster, what the collecting process
imports, what the workers compute and send for it) are paid once whatever
the number of workers, so they decide how much a second worker buys. These
tests hold the behaviour that keeps them small: the collecting process of a
local cluster does not import what only distributed's own preloads would
need, and workers hash texts only when asked. A check that needs a fresh
interpreter runs in a subprocess.
"""

from __future__ import annotations

import subprocess
import sys

import pytest


def _python(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=300)
    return out.stdout.strip()


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


def test_a_local_cluster_starts_without_numpy_and_its_tasks_may_still_use_it():
    """distributed loads numpy only for unzeroed receive buffers: the workers' server and
    the collecting process load distributed without it (~0.1 s of CPU on the way to the
    first task), yet a task, or the caller afterwards, imports numpy as usual."""
    pytest.importorskip("distributed")
    pytest.importorskip("numpy")
    code = (
        "import sys\n"
        "from geo.engine.engines import close_cluster, local_cluster\n"
        "from geo.engine.cluster import load_distributed\n"
        "load_distributed()\n"
        "from distributed import Client\n"
        "cluster = local_cluster(1)\n"
        "client = Client(cluster)\n"
        "loaded = lambda: 'numpy' in sys.modules\n"
        "before = list(client.run(loaded).values())\n"
        "total = client.submit(lambda: int(__import__('numpy').arange(4).sum())).result()\n"
        "after = list(client.run(loaded).values())\n"
        "here = loaded()\n"
        "import numpy\n"
        "print(before, total, after, here, int(numpy.ones(2).sum()))\n"
        "close_cluster(client, cluster)\n")
    assert _python(code) == "[False] 6 [True] False 2"


def test_numpy_is_never_held_back_from_another_thread():
    """In a process running other threads (a notebook's kernel), their imports of numpy
    must not fail while distributed loads."""
    pytest.importorskip("distributed")
    pytest.importorskip("numpy")
    code = (
        "import sys, threading, time\n"
        "from geo.engine.cluster import load_distributed\n"
        "failed, done = [], threading.Event()\n"
        "def other():\n"
        "    time.sleep(0.01)  # tries once distributed has begun to load\n"
        "    while not done.is_set():\n"
        "        try:\n"
        "            import numpy\n"
        "        except ImportError as err:\n"
        "            failed.append(err)\n"
        "thread = threading.Thread(target=other)\n"
        "thread.start()\n"
        "load_distributed()\n"
        "done.set(); thread.join()\n"
        "print(len(failed), 'distributed' in sys.modules)\n")
    assert _python(code) == "0 True"


def test_workers_collect_garbage_though_their_server_loaded_without():
    """The warm server loads with garbage collection off (~0.04 s of CPU less), then
    freezes what it loaded: the workers forked from it, pool and Dask, collect as usual."""
    pytest.importorskip("distributed")
    code = (
        "import gc\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from distributed import Client\n"
        "from geo.engine.engines import close_cluster, forkserver_context, local_cluster\n"
        "cluster = local_cluster(1)\n"
        "client = Client(cluster)\n"
        "in_dask = [list(client.run(f).values()) for f in (gc.isenabled, gc.get_freeze_count)]\n"
        "close_cluster(client, cluster)\n"
        "with ProcessPoolExecutor(1, mp_context=forkserver_context(dask=True)) as pool:\n"
        "    in_pool = [pool.submit(f).result() for f in (gc.isenabled, gc.get_freeze_count)]\n"
        "print(in_dask[0], in_dask[1][0] > 1000, in_pool[0], in_pool[1] > 1000, gc.isenabled())\n")
    assert _python(code) == "[True] True True True True"


def test_distributed_is_frozen_as_it_loads_only_where_the_start_up_is_frozen():
    """The command line freezes its start-up objects; a local Dask run in that process
    then keeps distributed's ~75,000 out of the run's garbage collections too (no full
    collection walks them, in the merge after the last result either). A process that
    froze nothing (a notebook: its pending garbage would be kept forever) is left alone,
    and collection is on afterwards in both."""
    pytest.importorskip("distributed")
    code = (
        "import gc, sys\n"
        "frozen = sys.argv[1] == 'frozen'\n"
        "if frozen:\n"
        "    gc.freeze()\n"
        "before = gc.get_freeze_count()\n"
        "from geo.engine.cluster import load_distributed\n"
        "load_distributed()\n"
        "print(gc.get_freeze_count() - before > 30_000, gc.isenabled())\n")
    for mode, expected in (("frozen", "True True"), ("plain", "False True")):
        out = subprocess.run([sys.executable, "-c", code, mode], capture_output=True,
                             text=True, check=True, timeout=300)
        assert out.stdout.strip() == expected, mode


def test_the_workers_server_loads_distributed_without_jinja2():
    """dask loads jinja2 only for its notebook HTML views, which workers never show: the
    workers' server loads distributed without it (``html=False``), and jinja2 still
    imports afterwards; everywhere else (a notebook's client) distributed loads as usual."""
    pytest.importorskip("distributed")
    pytest.importorskip("jinja2")
    code = (
        "import sys\n"
        "from geo.engine.cluster import load_distributed\n"
        "load_distributed(html=sys.argv[1] == 'html')\n"
        "loaded = 'jinja2' in sys.modules\n"
        "import jinja2\n"
        "print(loaded, jinja2.Template('{{ 1 + 1 }}').render())\n")
    for mode, expected in (("html", "True 2"), ("workers", "False 2")):
        out = subprocess.run([sys.executable, "-c", code, mode], capture_output=True,
                             text=True, check=True, timeout=300)
        assert out.stdout.strip() == expected, mode
    warm = _python("import sys, geo.engine.warm_dask\nprint('jinja2' in sys.modules)")
    assert warm == "False"


def test_the_command_line_freezes_what_it_loaded_before_the_command_runs(monkeypatch):
    """main() freezes typer and the commands before running one: the run's collections
    never walk them (and the engines then keep what they load out of them too)."""
    import gc

    import geo.cli as cli

    seen = []
    monkeypatch.setattr(cli, "start_workers_early", lambda argv: None)
    monkeypatch.setattr(gc, "freeze", lambda: seen.append("freeze"))
    monkeypatch.setattr(cli, "app", lambda: seen.append("command"), raising=False)
    monkeypatch.setattr(cli, "_exit_now", lambda code: None)
    cli.main()
    assert seen == ["freeze", "command"]


def test_a_distributed_that_needs_numpy_to_load_still_loads(tmp_path):
    """Holding numpy back must never break a distributed whose import needs it."""
    pytest.importorskip("numpy")
    fake = tmp_path / "distributed"
    fake.mkdir()
    (fake / "__init__.py").write_text("import numpy\nVALUE = int(numpy.int64(3))\n")
    code = (
        f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n"
        "from geo.engine.cluster import load_distributed\n"
        "load_distributed()\n"
        "import distributed, numpy\n"
        "print(distributed.VALUE, distributed.__file__.startswith(sys.path[0]))\n")
    assert _python(code) == "3 True"


def test_workers_write_parquet_without_numpy_or_pandas(tmp_path):
    """pyarrow loaded with numpy imports pandas at a worker's first table (~0.2 s of CPU
    and ~40 MB in every worker): the workers' server loads pyarrow's writer without numpy,
    and the parts the workers write are the bytes this process writes with both loaded."""
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    pytest.importorskip("pandas")
    (tmp_path / "a.txt").write_text("Putin arrived in Tashkent on Sunday.", encoding="utf-8")
    for folder in ("there", "here"):
        (tmp_path / folder).mkdir()
    code = (
        "import sys\n"
        "from distributed import Client\n"
        "from geo.engine import list_corpus, plan_partitions\n"
        "from geo.engine.engines import close_cluster, local_cluster\n"
        "from geo.engine.worker import Job, run_partition\n"
        f"folder = {str(tmp_path)!r}\n"
        "part = next(plan_partitions(list_corpus([folder + '/a.txt'])))\n"
        "cluster = local_cluster(1, writes=True, events=False)\n"
        "client = Client(cluster)\n"
        "client.submit(run_partition, part, Job(mentions='none', out=folder + '/there')).result()\n"
        "print(list(client.run(lambda: [m in sys.modules for m in ('numpy', 'pandas')]).values()))\n"
        "close_cluster(client, cluster)\n"
        "import numpy, pandas\n"
        "run_partition(part, Job(mentions='none', out=folder + '/here'))\n")
    assert _python(code) == "[[False, False]]"
    there, here = (sorted((tmp_path / f).iterdir()) for f in ("there", "here"))
    assert [p.name for p in there] == [p.name for p in here] and there
    assert [p.read_bytes() for p in there] == [p.read_bytes() for p in here]


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


# ----------------------------------------------------------------------------- warm-up

def test_jobs_without_events_warm_up_without_the_events_tables():
    """Mentions jobs never find events: their forkserver loads the geoparser only (the
    events' tables cost ~0.15 s before the first worker forks); a later job that needs
    events loads them then."""
    out = _python(
        "import sys\n"
        "from geo.engine.engines import forkserver_context\n"
        "import multiprocessing.forkserver as f\n"
        "forkserver_context(writes=True, events=False)\n"
        "print(','.join(f._forkserver._preload_modules))\n"
        "import geo.engine.warm_geoparse\n"
        "from geo.engine import worker\n"
        "print('geo.events' in sys.modules, worker.worker_info()['load_seconds'] > 0,\n"
        "      'geo.events' in sys.modules)\n")
    preload, loaded = out.splitlines()
    assert "geo.engine.warm_geoparse" in preload.split(",")
    assert "geo.engine.warm" not in preload.split(",")
    assert "geo.engine.warm_write" in preload.split(",")
    # nothing of the events before; worker_info (events included) loads them
    assert loaded == "False True True"


# ----------------------------------------------------------------------------- early start

class _Stop(BaseException):
    """Ends a command at the point where it would start its workers."""


def _asked(monkeypatch, argv: list[str]) -> dict | None:
    """What the run of ``argv`` asks of the warm workers' server (None: it starts none)."""
    from typer.testing import CliRunner

    import geo.engine.collect
    from geo.cli import app

    asked: list[dict] = []

    def start(writes: bool = False, dask: bool = False, events: bool = True) -> None:
        asked.append({"writes": writes, "dask": dask, "events": events})
        raise _Stop

    monkeypatch.setattr(geo.engine.collect, "start_forkserver", start)
    try:
        CliRunner().invoke(app, argv, catch_exceptions=False)
    except _Stop:
        pass
    return asked[0] if asked else None


@pytest.mark.parametrize("command", [
    ["visits", "{corpus}", "--engine", "dask", "--workers", "2", "-o", "{out}/v.jsonl"],
    ["visits", "{corpus}", "--workers=2", "--format", "parquet", "-o", "{out}/store"],
    ["ties", "{corpus}", "--workers", "3", "-q"],
    ["build", "{corpus}", "-q", "--engine=dask", "--offline", "-o", "{out}/map.html"],
    ["mentions", "{corpus}", "--workers", "2", "-f", "parquet", "-o", "{out}/m"],
    ["mentions", "{corpus}", "--engine", "dask", "--workers", "1"],
    ["visits", "{corpus}", "-q"],                                   # one process: none
    ["visits", "{corpus}", "--workers", "1"],
])
def test_the_early_start_asks_what_the_run_asks(tmp_path, monkeypatch, command):
    """``main`` starts the workers' server from the command line's words, before typer
    parses them; what it guesses must be what the run itself then asks for (a wrong
    guess would load the server with the wrong modules: a slower run)."""
    from geo.cli.early import early_workers

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Putin arrived in Tashkent on Sunday.", encoding="utf-8")
    argv = [w.format(corpus=corpus, out=tmp_path) for w in command]
    assert early_workers(argv) == _asked(monkeypatch, argv)


@pytest.mark.parametrize("argv", [
    ["visits", "news/", "--workers", "2", "--scheduler", "tcp://10.0.0.5:8786"],
    ["visits", "news/", "--workers", "2", "--mentions", "m/"],
    ["build", "--from", "store/", "--workers", "2"],
    ["visits", "news/", "--workers", "2", "--geocoder", "nominatim"],
    ["visits", "news/", "--workers", "two"],
    ["records", "visits.csv", "--workers", "2"],
    ["--help"],
    [],
])
def test_no_early_start_where_the_workers_are_not_local_and_warm(argv):
    from geo.cli.early import early_workers

    assert early_workers(argv) is None


def test_main_starts_the_server_before_the_options_are_parsed(monkeypatch):
    import gc

    import geo.cli
    import geo.engine.server

    events: list[str] = []
    monkeypatch.setattr(gc, "freeze", lambda: None)  # this test process goes on collecting
    monkeypatch.setattr(geo.engine.server, "start_forkserver",
                        lambda **kw: events.append(f"server {sorted(kw.items())}"))
    monkeypatch.setattr(geo.cli, "app", lambda: events.append("parse"))
    monkeypatch.setattr(sys, "argv", ["diplomap", "visits", "news/", "--engine", "dask"])
    geo.cli.main()
    assert events == ["server [('dask', True), ('events', True), ('writes', False)]", "parse"]
    events.clear()
    monkeypatch.setattr(sys, "argv", ["diplomap", "visits", "news/"])
    geo.cli.main()
    assert events == ["parse"]


def test_the_typer_app_is_found_whatever_was_imported_before():
    """Importing the commands' module first must not hide the application behind it."""
    code = ("from typer.testing import CliRunner\n"
            "import geo.cli.application\n"
            "import geo.cli\n"
            "result = CliRunner().invoke(geo.cli.app, ['--help'])\n"
            "print(type(geo.cli.app).__name__, result.exit_code)\n")
    assert _python(code) == "Typer 0"


def test_the_server_starts_before_typer_and_the_commands_load():
    """``python -m geo`` / ``diplomap`` start the workers' server first: typer and the
    commands' modules load meanwhile (~0.04 s earlier on the way to the first task)."""
    code = (
        "import sys\n"
        "import geo.engine.server\n"
        "seen = []\n"
        "def start(**kw):\n"
        "    seen.append(sorted(m for m in ('typer', 'geo.cli.application', 'geo.cli.tables')\n"
        "                       if m in sys.modules))\n"
        "    raise SystemExit(0)\n"
        "geo.engine.server.start_forkserver = start\n"
        "sys.argv = ['diplomap', 'visits', 'news/', '--workers', '2']\n"
        "import geo.cli\n"
        "try:\n"
        "    geo.cli.main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(seen)\n")
    assert _python(code) == "[[]]"


def test_the_merge_is_loaded_while_the_workers_start(tmp_path):
    """The collecting process imports what the merge needs (geo.ties) before it waits for
    the workers, not after the last result, when nothing else runs."""
    (tmp_path / "a.txt").write_text("Putin arrived in Tashkent.", encoding="utf-8")
    out = _python(
        "import sys\n"
        "from geo.engine.collect import run_job\n"
        "from geo.engine.worker import Job\n"
        "def started(events, workers):\n"
        "    sys.modules.pop('geo.ties', None)\n"
        f"    run_job([{str(tmp_path)!r}], Job(events=events), meta=None, engine='local',\n"
        "            workers=workers, scheduler=None, partition_bytes=None, metadata={})\n"
        "    return 'geo.ties' in sys.modules\n"
        "print(started(True, 2), started(False, 2), started(True, 1))\n")
    assert out == "True False False"
