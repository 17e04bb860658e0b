"""Parallel engines: the process pool and Dask give exactly what the local engine gives.

One 2-worker LocalCluster serves the whole module; every comparison runs the
real geoparser, gazetteer and events on the sample, a hostile corpus made here
and the project's hostile corpus (tests/fixtures/hostile), plus the seed
articles when ../shared is beside the clone, with small partitions so that
files are spread over both workers and large JSONL/CSV files are split.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geo._paths import data_path
from geo.errors import ConfigurationError, InputError
from geo.engine import (FileSlice, Partition, geoparse_corpus, geoparse_to_parquet,
                        plan_partitions, read_mentions_parquet, worker_info,
                        write_mentions_parquet)
from geo.engine.engines import run_dask, run_pool
from geo.engine.worker import Job
from geo.values import Document, Mention

distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

SAMPLE = data_path("sample")
SAMPLE_META = data_path("sample", "meta.csv")
SMALL = 600  # bytes per partition: several partitions even for the seeds
SHARED_HOSTILE = Path(__file__).resolve().parent.parent / "fixtures" / "hostile"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"   # extra cases when present

TRAVEL = ("Russian President Vladimir Putin arrived in Tashkent on Sunday for a two-day state "
          "visit to Uzbekistan, where he met President Shavkat Mirziyoyev. The two leaders "
          "signed agreements on energy and trade in Samarkand. ")


# ----------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def cluster():
    """One 2-worker LocalCluster (single-threaded worker processes) for the module."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as lc:
        yield lc


@pytest.fixture(scope="module")
def address(cluster) -> str:
    return cluster.scheduler_address


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[list[str], Path]:
    """Good and bad files side by side; returns (paths, meta)."""
    root = tmp_path_factory.mktemp("hostile")
    (root / "good.txt").write_text(TRAVEL, encoding="utf-8")
    (root / "second.md").write_text("---\ntitle: Minsk\n---\nPresident Xi Jinping visited "
                                    "Minsk, Belarus, and then flew to Moscow.\n",
                                    encoding="utf-8")
    (root / "binary.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02 not text")
    (root / "empty.txt").write_bytes(b"")
    (root / "notes.bin").write_bytes(b"whatever")
    (root / "nocol.csv").write_text("id,body\n1,Putin in Minsk\n", encoding="utf-8")
    lines = []
    for i in range(12):
        lines.append(json.dumps({"id": f"j{i}", "text": f"Item {i}. " + TRAVEL,
                                 "published": "2024-05-27"}))
        if i == 3:
            lines.append('{"text": "broken')
        if i == 5:
            lines.append("[1, 2, 3]")
            lines.append("")
        if i == 7:
            lines.append(json.dumps({"title": "no text here"}))
            lines.append(json.dumps({"text": "Defence minister visited Dushanbe.",
                                     "published": "2024-13-45"}))
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = ["id,title,text,published"]
    for i in range(10):
        ident = "dup" if i in (2, 6) else f"r{i}"
        rows.append(f'{ident},Row {i},"Row {i}: Belarus and China signed a military '
                    f'cooperation pact in Beijing, ""said"" the minister.",2024-05-1{i % 10}')
    rows.append('r10,Empty,"",2024-05-20')
    rows.append('r11,Ragged,"Putin visited Astana, Kazakhstan.",2024-05-21,extra')
    (root / "rows.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    # Parquet: several row groups (split between workers), a duplicate id, a null text;
    # one with no text column and one that is not Parquet (each reported once)
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 14
    table = pa.table({
        "id": [f"p{i}" if i != 9 else "p3" for i in range(n)],
        "text": [None if i == 5 else f"Story {i}. " + TRAVEL for i in range(n)],
        "published": pa.array([dt.date(2024, 5, 1 + i) for i in range(n)], pa.date32()),
    })
    pq.write_table(table, root / "archive.parquet", row_group_size=3)
    pq.write_table(table.rename_columns(["id", "body", "published"]), root / "nocol.parquet",
                   row_group_size=3)
    (root / "fake.parquet").write_bytes(b"PAR1 not really" * 100)
    meta = root / "meta.csv"
    meta.write_text("file,title,source,url,published\n"
                    "good.txt,Good,wire,https://example.org/good,2024-05-27\n"
                    "feed.jsonl#j2,Row meta,feed,https://example.org/j2,2024-05-28\n"
                    "missing.txt,Gone,wire,,2024-01-01\n", encoding="utf-8")
    paths = [str(root), str(root / "*.md"), str(root / "nowhere")]
    return paths, meta


CORPORA = ["sample", "hostile", "issue8"] + (["seeds"] if SEEDS.is_dir() else [])


def _corpora(seeds_meta, hostile) -> dict:
    out = {"sample": ([str(SAMPLE)], SAMPLE_META), "hostile": hostile,
           # the project's hostile corpus (issue 8)
           "issue8": ([str(SHARED_HOSTILE / "corpus")], SHARED_HOSTILE / "meta.csv")}
    if "seeds" in CORPORA:
        out["seeds"] = ([str(SEEDS)], seeds_meta)
    return out


@pytest.fixture
def corpus(request, seeds_meta, hostile):
    return _corpora(seeds_meta, hostile)[request.param]


def _collect(paths, meta, **kw):
    problems: list = []
    pairs = list(geoparse_corpus(paths, meta=meta, problems=problems, **kw))
    return pairs, problems


def _events(pairs):
    from geo.events import extract_ties, extract_visits

    docs = [d for d, _ in pairs]
    mentions = [m for _, ms in pairs for m in ms]
    visits = extract_visits(docs, mentions)
    ties = extract_ties(docs, mentions, visits=visits)
    return sorted(visits, key=repr), sorted(ties, key=repr)


def _key(problem):
    return repr(problem)


@pytest.fixture(scope="module")
def reference(seeds_meta, hostile):
    """The local, one-process results of each corpus (computed once)."""
    out = {}
    for name, (paths, meta) in _corpora(seeds_meta, hostile).items():
        pairs, problems = _collect(paths, meta)
        out[name] = (pairs, problems, _events(pairs))
    return out


def _assert_same(name, reference, pairs, problems):
    ref_pairs, ref_problems, (ref_visits, ref_ties) = reference[name]
    assert [d for d, _ in pairs] == [d for d, _ in ref_pairs]          # same order too
    assert [m for _, ms in pairs for m in ms] == [m for _, ms in ref_pairs for m in ms]
    assert sorted(problems, key=_key) == sorted(ref_problems, key=_key)
    visits, ties = _events(pairs)
    assert visits == ref_visits
    assert ties == ref_ties


# ----------------------------------------------------------------------------- engines agree

@pytest.mark.parametrize("corpus", CORPORA, indirect=True)
def test_dask_two_workers_equal_local(corpus, request, address, reference):
    paths, meta = corpus
    pairs, problems = _collect(paths, meta, engine="dask", scheduler=address,
                               partition_bytes=SMALL)
    _assert_same(request.node.callspec.params["corpus"], reference, pairs, problems)


@pytest.mark.parametrize("corpus", CORPORA, indirect=True)
def test_local_two_workers_equal_one(corpus, request, reference):
    paths, meta = corpus
    pairs, problems = _collect(paths, meta, workers=2, partition_bytes=SMALL)
    _assert_same(request.node.callspec.params["corpus"], reference, pairs, problems)


def test_reference_finds_the_expected_places(reference):
    """Guard against comparing two empty results."""
    for name, (pairs, _, (visits, _ties)) in reference.items():
        assert pairs and any(ms for _, ms in pairs), name
    names = {m.name for _, ms in reference["sample"][0] for m in ms}
    assert {"Tashkent", "Minsk"} <= names
    assert reference["sample"][2][0], "the sample has visits"


def test_hostile_corpus_errors_are_reported_per_file_and_row(hostile, address):
    paths, meta = hostile
    pairs, problems = _collect(paths, meta, engine="dask", scheduler=address,
                               partition_bytes=SMALL)
    ids = [d.id for d, _ in pairs]
    assert "good.txt" in ids and "feed.jsonl#j0" in ids and "rows.csv#r1" in ids
    assert "rows.csv#dup" in ids and "rows.csv#dup~2" in ids
    found = {(p.source, p.row, p.reason.split(":")[0].split(";")[0]) for p in problems}
    assert ("binary.txt", None, "binary file (PDF document), not text") in found
    assert ("empty.txt", None, "empty file") in found
    assert ("feed.jsonl", 5, "invalid JSON line") in found
    assert ("feed.jsonl", 8, "JSON line is a list, not an object") in found
    assert ("feed.jsonl", 12, "no 'text' value") in found
    assert ("feed.jsonl", 13, "invalid date '2024-13-45' (expected a full date such as 2024-05-27)") in found
    assert ("rows.csv", 11, "empty text") in found
    assert any(p.source == "rows.csv" and p.row == 12 and "ragged" in p.reason for p in problems)
    assert any(p.source == "rows.csv#dup" and "renamed rows.csv#dup~2" in p.reason
               for p in problems)
    assert any(p.source == "nocol.csv" and "missing text column 'text'" in p.reason
               for p in problems)
    assert any(p.source == "notes.bin" and "unsupported file type" in p.reason for p in problems)
    assert any(p.source.endswith("nowhere") for p in problems)
    assert any("'missing.txt', which is not in the corpus" in p.reason for p in problems)
    docs = dict(pairs)
    by_id = {d.id: d for d in docs}
    assert by_id["good.txt"].title == "Good" and by_id["good.txt"].url.endswith("/good")
    assert by_id["feed.jsonl#j2"].title == "Row meta"     # row metadata applied on the driver
    dup2 = by_id["rows.csv#dup~2"]
    assert all(m.doc == dup2.id and dup2.text[m.start:m.end] == m.text for m in docs[dup2])


def test_a_file_lost_after_planning_is_reported_by_the_worker(tmp_path, address):
    kept = tmp_path / "kept.txt"
    kept.write_text(TRAVEL, encoding="utf-8")
    parts = [Partition(0, (FileSlice(str(kept), "kept.txt"),)),
             Partition(1, (FileSlice(str(tmp_path / "gone.jsonl"), "gone.jsonl", None, 0, 10, 1),
                           FileSlice(str(tmp_path / "gone.txt"), "gone.txt")))]
    for results in (run_pool(lambda n: iter(parts), Job(), 2),
                    run_dask(lambda n: iter(parts), Job(), None, address)):
        done = [d for _, d in results]
        assert [d.index for d in done] == [0, 1]
        assert [doc.id for doc in done[0].documents] == ["kept.txt"]
        columns = done[0].mentions
        assert done[0].counts[0] > 0 and set(columns[0]) == {"kept.txt"}, "kept.txt has mentions"
        reasons = {(p.source, p.reason.split(":")[0]) for p in done[1].problems}
        assert reasons == {("gone.jsonl", "cannot read file"), ("gone.txt", "cannot read file")}


def test_a_killed_local_worker_loses_nothing(hostile, reference, caplog):
    """The partitions of a dead pool are retried on a fresh pool; the run goes on."""
    import contextlib
    import signal

    psutil = pytest.importorskip("psutil")
    paths, meta = hostile
    problems: list = []
    pairs = []
    killed = []
    me = psutil.Process()
    # this run's pool workers are the processes that appear after it starts (a child's
    # create_time() is not comparable with time.time() here: it reads ~1 s early on these VMs)
    before = {p.pid for p in me.children(recursive=True)}

    def pool_workers() -> list[int]:
        """Live children of the forkserver that were not there before this run."""
        found = []
        for child in me.children():
            try:
                if "forkserver" not in " ".join(child.cmdline()):
                    continue
                for w in child.children():
                    if w.pid not in before and w.status() != psutil.STATUS_ZOMBIE:
                        found.append(w.pid)
            except psutil.Error:   # a process that ended while we looked
                continue
        return found

    left = []
    for pair in geoparse_corpus(paths, meta=meta, problems=problems, workers=2,
                                partition_bytes=100):   # ~50 partitions: many still to go
        pairs.append(pair)
        if not killed:
            # every worker of the pool, not one: an idle worker killed beside a live one may
            # go unnoticed (the other does the rest, nothing is lost); with none left alive
            # the pool must notice, or the run would never end
            for pid in pool_workers():
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
            if killed:
                left.append(len(pairs))
    assert killed, "no pool worker of this run was found under the forkserver"
    assert left[0] < len(pairs) - 10, "killed while many partitions were still to run"
    _assert_same("hostile", reference, pairs, problems)
    assert any("worker process died" in r.getMessage() for r in caplog.records)


def test_relative_paths_work_on_workers_in_another_folder(tmp_path, monkeypatch, address):
    """Cluster workers do not share our working folder: paths reach them absolute."""
    (tmp_path / "rel").mkdir()
    (tmp_path / "rel" / "a.txt").write_text(TRAVEL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ref, ref_problems = _collect(["rel", "rel/*.txt"], None)
    got, problems = _collect(["rel", "rel/*.txt"], None, engine="dask", scheduler=address)
    assert problems == ref_problems == []
    assert got == ref and [d.id for d, _ in got] == ["a.txt", "rel/a.txt"]


def test_dask_engine_starts_and_stops_its_own_local_cluster(reference):
    pairs, problems = _collect([str(SAMPLE)], SAMPLE_META, engine="dask", workers=1)
    _assert_same("sample", reference, pairs, problems)


def test_each_dask_worker_loads_the_gazetteer_once(address, hostile):
    with distributed.Client(address) as client:
        _collect(*hostile, engine="dask", scheduler=address, partition_bytes=SMALL)
        before = client.run(worker_info)
        _collect([str(SAMPLE)], SAMPLE_META, engine="dask", scheduler=address,
                 partition_bytes=SMALL)
        after = client.run(worker_info)
    assert len(after) == 2
    assert before == after        # same load time: loaded once at start-up, not per run/doc
    for info in after.values():
        assert info["load_seconds"] > 0   # loaded; how fast is for benchmarks/, not a test


def test_online_resolver_runs_on_the_driver_and_agrees():
    class Shift:
        """Stands in for an online geocoder: moves every place it is asked about."""

        def __init__(self):
            self.asked = []

        def resolve(self, name, *, country=None):
            from geo.values import Place

            self.asked.append((name, country))
            return Place(name, 1.0, 2.0, country)

    from geo.ingest import read_corpus
    from geo.pipeline import iter_mentions

    one, two, three = Shift(), Shift(), Shift()
    ref = list(iter_mentions(read_corpus([str(SAMPLE)], meta=SAMPLE_META), resolver=one))
    got, _ = _collect([str(SAMPLE)], SAMPLE_META, resolver=two, workers=2,
                      partition_bytes=SMALL)
    assert got == ref
    assert _collect([str(SAMPLE)], SAMPLE_META, resolver=three)[0] == ref
    assert sorted(one.asked) == sorted(two.asked) and len(set(two.asked)) == len(two.asked)
    assert any(m.lat == 1.0 and m.geonameid is None for _, ms in got for m in ms)
    # the events are found after the re-resolution, here, whatever the engine
    from geo.pipeline import run

    four, five = Shift(), Shift()
    here = run([SAMPLE], meta=SAMPLE_META, resolver=four)
    spread = run([SAMPLE], meta=SAMPLE_META, resolver=five, workers=2, partition_bytes=SMALL)
    assert spread.visits == here.visits and spread.ties == here.ties
    assert list(spread.mentions) == [m for _, ms in ref for m in ms]
    placed = [v for v in spread.visits if v.place and v.origin == "text"]
    assert placed and all((v.lat, v.lon) == (1.0, 2.0) for v in placed if v.place != v.country)


def test_a_document_the_geoparser_fails_on_is_reported_not_raised():
    from geo.engine.worker import geoparse_documents

    good = Document("good", TRAVEL)
    bad = Document("bad", 12)   # not text: the real geoparser raises TypeError on it
    problems: list = []
    found = geoparse_documents([good, bad, Document("also", "Talks in Minsk.")], problems)
    assert [len(ms) > 0 for ms in found] == [True, False, True]
    assert [(p.source, p.stage, p.reason.split(":")[0]) for p in problems] == \
        [("bad", "geoparse", "geoparse failed")]


# ----------------------------------------------------------------------------- partitions

def test_jsonl_ranges_cover_the_file_and_keep_row_numbers(hostile):
    paths, _ = hostile
    feed = Path(paths[0]) / "feed.jsonl"
    parts = list(plan_partitions([feed], partition_bytes=SMALL))
    slices = [f for p in parts for f in p.files]
    assert len(slices) > 2
    assert slices[0].start == 0 and slices[-1].end == feed.stat().st_size
    assert all(a.end == b.start for a, b in zip(slices, slices[1:]))
    data = feed.read_bytes()
    for s in slices:
        assert data[s.start:s.end].endswith(b"\n")
        assert s.first_row == data[:s.start].count(b"\n") + 1


def test_jsonl_slices_read_exactly_like_ingest(hostile):
    """The JSONL range reader the workers use reads like the whole-file reader."""
    from geo.ingest import read_documents, splits_at_byte_newlines

    files = sorted(Path(hostile[0][0]).glob("*.jsonl")) + \
        sorted((SHARED_HOSTILE / "corpus").glob("*.jsonl"))
    files = [f for f in files if f.stat().st_size and splits_at_byte_newlines(f)]  # split ones
    assert len(files) > 2
    for f in files:
        want_problems: list = []
        want = list(read_documents(f, ident=f.name, problems=want_problems))
        got_problems: list = []
        got = read_documents(f, ident=f.name, problems=got_problems,
                             byte_range=(0, f.stat().st_size))
        assert list(got) == want, f.name
        assert got_problems == want_problems, f.name


def test_utf16_jsonl_is_not_split_at_bytes(tmp_path):
    """PowerShell writes UTF-16 JSON Lines: its newline is two bytes, so it is read whole."""
    rows = [json.dumps({"id": f"p{i}", "text": TRAVEL}) for i in range(20)]
    f = tmp_path / "ps.jsonl"
    f.write_text("\n".join(rows) + "\n", encoding="utf-16")
    parts = list(plan_partitions([f], partition_bytes=SMALL))
    assert [(p.files[0].start, p.files[0].end) for p in parts] == [(0, None)]
    ref, ref_problems = _collect([f], None)
    got, problems = _collect([f], None, workers=2, partition_bytes=SMALL)
    assert got == ref and len(got) == 20 and problems == ref_problems == []


def test_large_csv_rows_are_read_here_and_small_files_grouped(hostile):
    paths, meta = hostile
    root = Path(paths[0])
    parts = list(plan_partitions([root], meta=meta, partition_bytes=SMALL))
    csv_parts = [p for p in parts if p.documents]
    assert csv_parts and all(p.source.ident == "rows.csv" and not p.files for p in csv_parts)
    assert [p.index for p in parts] == list(range(len(parts)))
    grouped = [p for p in parts if len(p.files) > 1]
    assert grouped, "small files share a partition"
    assert all(f.ident != "meta.csv" for p in parts for f in p.files)


def test_large_parquet_files_are_split_by_row_group_and_bad_ones_kept_whole(hostile):
    paths, meta = hostile
    parts = list(plan_partitions(paths, meta=meta, partition_bytes=SMALL))
    slices = [f for p in parts for f in p.files if f.ident.endswith(".parquet")]
    archive = [f for f in slices if f.ident == "archive.parquet"]
    assert len(archive) > 1 and all(f.groups for f in archive)
    assert [g for f in archive for g in f.groups] == list(range(5))   # 14 rows, groups of 3
    assert [f.first_row for f in archive] == [1 + 3 * f.groups[0] for f in archive]
    whole = {f.ident: f.groups for f in slices if f.ident != "archive.parquet"}
    assert whole == {"nocol.parquet": None, "fake.parquet": None}


# ----------------------------------------------------------------------------- Parquet

def test_parquet_round_trip_keeps_every_field_and_order(tmp_path, reference):
    mentions = [m for _, ms in reference["hostile"][0] for m in ms]
    mentions.append(Mention("x#1", 0, 5, "Paris", "Paris", None, None, None, None, "city", 0.0))
    out = tmp_path / "m"
    assert write_mentions_parquet(mentions, out, rows_per_file=7) == len(mentions)
    files = sorted(p.name for p in out.iterdir())
    assert files[0] == "part-00000.parquet" and len(files) == -(-len(mentions) // 7)
    assert read_mentions_parquet(out) == mentions
    assert read_mentions_parquet(out / files[0]) == mentions[:7]
    # rewriting replaces the earlier parts instead of mixing them
    assert write_mentions_parquet(mentions[:3], out) == 3
    assert read_mentions_parquet(out) == mentions[:3]
    write_mentions_parquet([], tmp_path / "none")
    assert read_mentions_parquet(tmp_path / "none") == []


@pytest.mark.parametrize("corpus", CORPORA, indirect=True)
@pytest.mark.parametrize("engine", ["local-1", "local-2", "dask-2"])
def test_workers_writing_parquet_equal_the_reference(corpus, engine, request, address,
                                                     reference, tmp_path):
    """Mentions the workers write themselves: same rows, order, ids and problems."""
    name = request.node.callspec.params["corpus"]
    paths, meta = corpus
    kw = {"local-1": {}, "local-2": {"workers": 2},
          "dask-2": {"engine": "dask", "scheduler": address}}[engine]
    problems: list = []
    progress: list[int] = []
    out = tmp_path / "mentions"
    (out).mkdir()
    (out / "part-00099.parquet").write_bytes(b"stale")    # replaced, not mixed in
    ndocs, nmentions = geoparse_to_parquet(paths, out, meta=meta, problems=problems,
                                           on_progress=progress.append,
                                           partition_bytes=SMALL, **kw)
    ref_pairs, ref_problems, _ = reference[name]
    ref_mentions = [m for _, ms in ref_pairs for m in ms]
    assert read_mentions_parquet(out) == ref_mentions
    assert (ndocs, nmentions) == (len(ref_pairs), len(ref_mentions))
    assert sum(progress) == ndocs and len(progress) > 1
    assert sorted(problems, key=_key) == sorted(ref_problems, key=_key)
    assert not [p for p in tmp_path.iterdir() if p.name != "mentions"], "temporary folder left"
    assert all(p.name.startswith("part-") for p in out.iterdir())


def test_written_parts_of_renamed_duplicates_are_rewritten(tmp_path, address):
    """Ids settled in corpus order reach the files the workers wrote before."""
    for name in ("a", "b"):
        (tmp_path / f"{name}.jsonl").write_text(
            json.dumps({"id": "same", "text": TRAVEL}) + "\n", encoding="utf-8")
    out = tmp_path.parent / (tmp_path.name + "-out")
    problems: list = []
    geoparse_to_parquet([tmp_path / "a.jsonl", tmp_path / "a.jsonl", tmp_path / "b.jsonl"],
                        out, problems=problems, engine="dask", scheduler=address,
                        partition_bytes=1)
    docs = [m.doc for m in read_mentions_parquet(out)]
    n = len(docs) // 3
    assert n >= 2
    assert docs == [str(tmp_path / "a.jsonl") + "#same"] * n + \
        [str(tmp_path / "a.jsonl") + "#same~2"] * n + [str(tmp_path / "b.jsonl") + "#same"] * n
    assert [p.reason for p in problems] == [f"duplicate document id; renamed "
                                            f"{tmp_path / 'a.jsonl'}#same~2"]


def test_parts_are_read_in_number_order_past_99999(tmp_path):
    a = Mention("a", 0, 5, "Minsk", "Minsk", 53.9, 27.56, "BY", 625144, "city", 0.9)
    b = dataclasses.replace(a, doc="b")
    write_mentions_parquet([a], tmp_path / "one")
    write_mentions_parquet([b], tmp_path / "two")
    out = tmp_path / "m"
    out.mkdir()
    (tmp_path / "one" / "part-00000.parquet").rename(out / "part-99999.parquet")
    (tmp_path / "two" / "part-00000.parquet").rename(out / "part-100000.parquet")
    assert [m.doc for m in read_mentions_parquet(out)] == ["a", "b"]


#: geoparse_to_parquet in a process whose files may not grow past 64 bytes (RLIMIT_FSIZE,
#: inherited by its pool's workers; Python ignores SIGXFSZ, so a write fails with EFBIG):
#: a disk that is full for every part file, for root too, with no change to the code.
_CANNOT_WRITE = r"""
import resource, sys
from geo.geoparse import geoparse
from geo.parallel import geoparse_to_parquet

if __name__ == "__main__":
    geoparse("Minsk")   # the gazetteer is unpacked into the cache before the limit
    resource.setrlimit(resource.RLIMIT_FSIZE, (64, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    try:
        geoparse_to_parquet([sys.argv[1]], sys.argv[2], engine=sys.argv[3], workers=int(sys.argv[4]))
    except Exception as err:
        print(type(err).__name__, err)
"""


@pytest.mark.parametrize("engine, workers", [("local", 1), ("local", 2), ("dask", 2)])
def test_a_worker_that_cannot_write_stops_the_run_with_a_clear_error(tmp_path, engine, workers):
    """The file system refuses the part files; the error says which file and why."""
    out = tmp_path / "m"
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", _CANNOT_WRITE, str(SAMPLE), str(out), engine,
                           str(workers)],
                          capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert proc.returncode == 0, proc.stderr
    kind, _, message = proc.stdout.strip().partition(" ")
    assert kind == "ConfigurationError", proc.stdout + proc.stderr
    assert message.startswith(f"cannot write {tmp_path}/.m.") and "part-0" in message
    assert "File too large" in message and "must be writable by every worker" in message
    assert list(tmp_path.iterdir()) == []    # no output, no temporary folder left


def test_parquet_shards_written_apart_are_read_back_together(tmp_path, reference):
    mentions = [m for _, ms in reference["sample"][0] for m in ms]
    half = len(mentions) // 2
    write_mentions_parquet(mentions[:half], tmp_path / "all" / "a")
    write_mentions_parquet(mentions[half:], tmp_path / "all" / "b")
    assert read_mentions_parquet(tmp_path / "all") == mentions


def test_parquet_refuses_a_folder_with_other_files_and_bad_inputs(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="other files"):
        write_mentions_parquet([], tmp_path)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    with pytest.raises(InputError, match="no Parquet file"):
        read_mentions_parquet(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        read_mentions_parquet(tmp_path / "absent")
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"doc": ["a"], "start": [0]}), tmp_path / "other.parquet")
    with pytest.raises(InputError, match="missing columns: end, text"):
        read_mentions_parquet(tmp_path / "other.parquet")


def test_stored_mentions_replace_geoparsing_and_misfits_are_reported(tmp_path, reference):
    src = tmp_path / "corpus"
    src.mkdir()
    for f in SAMPLE.iterdir():
        if f.suffix != ".csv":
            (src / f.name).write_bytes(f.read_bytes())
    pairs, _ = _collect([src], None)
    out = tmp_path / "m"
    write_mentions_parquet((m for _, ms in pairs for m in ms), out)
    again, problems = _collect([src], None, mentions=out)
    assert again == pairs and problems == []
    # the corpus changes after the mentions were written
    changed = sorted(src.iterdir())[0]
    changed.write_text("Nothing to see here, nothing at all, " * 20, encoding="utf-8")
    (src / sorted(p.name for p in src.iterdir())[1]).unlink()
    again, problems = _collect([src], None, mentions=out)
    assert dict(again)[next(d for d, _ in again if d.id == changed.name)] == []
    assert any(p.source == changed.name and "does not match the document text" in p.reason
               for p in problems)
    assert any("of a document not in the corpus" in p.reason for p in problems)


# ----------------------------------------------------------------------------- options, CLI

@pytest.mark.parametrize("kwargs, message", [
    ({"engine": "spark"}, "engine must be one of local, dask"),
    ({"workers": 0}, "workers must be a whole number >= 1"),
    ({"scheduler": "tcp://h:8786"}, "needs the dask engine"),
    ({"engine": "dask", "scheduler": "tcp://h:8786", "workers": 2}, "cluster's own workers"),
    ({"partition_bytes": 0}, "partition_bytes must be >= 1"),
])
def test_bad_options_fail_at_once(kwargs, message):
    with pytest.raises(ConfigurationError, match=message):
        geoparse_corpus([str(SAMPLE)], **kwargs)


def test_cli_engines_and_parquet(tmp_path, address):
    from geo.cli import app

    runner = CliRunner()

    def invoke(*args):
        result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result

    base = ("mentions", SAMPLE, "--meta", SAMPLE_META, "-q")
    local = invoke(*base).stdout
    assert local.count("\n") > 20
    assert invoke(*base, "--workers", "2").stdout == local
    assert invoke(*base, "--workers", "2", "--partition-mb", "0.001").stdout == local
    assert invoke(*base, "--engine", "dask", "--scheduler", address).stdout == local
    out = tmp_path / "mentions"
    invoke(*base, "--format", "parquet", "-o", out)
    rows = [json.loads(line) for line in local.splitlines()]
    stored = read_mentions_parquet(out)
    assert [dataclasses.asdict(m) for m in stored] == rows
    small = tmp_path / "small"     # one part per document: the workers wrote several
    invoke(*base, "--format", "parquet", "-o", small, "--workers", "2", "--partition-mb", "0.001")
    assert len(list(small.glob("part-*.parquet"))) > 3
    assert read_mentions_parquet(small) == stored
    bad = runner.invoke(app, [*map(str, base), "--format", "parquet"])
    assert bad.exit_code == 1 and "-o DIR" in bad.output
    pytest.importorskip("geo.join")
    for command in ("visits", "ties"):
        plain = invoke(command, SAMPLE, "--meta", SAMPLE_META, "-q").stdout
        assert plain.strip()
        assert invoke(command, SAMPLE, "--meta", SAMPLE_META, "-q", "--mentions", out).stdout \
            == plain
        assert invoke(command, SAMPLE, "--meta", SAMPLE_META, "-q", "--engine", "dask",
                      "--scheduler", address, "--partition-mb", "0.002").stdout == plain


def test_the_plain_cli_does_not_import_dask_or_pyarrow():
    import subprocess
    import sys

    code = ("import sys; from typer.testing import CliRunner; from geo.cli import app; "
            f"r = CliRunner().invoke(app, ['mentions', {str(SAMPLE)!r}, '-q']); "
            "assert r.exit_code == 0, r.output; "
            "print(sorted(m for m in ('dask', 'distributed', 'pyarrow') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_documents_survive_pickling():
    import pickle

    doc = Document("a", "text", published=None)
    assert pickle.loads(pickle.dumps(Partition(0, (), (doc,)))).documents == (doc,)
