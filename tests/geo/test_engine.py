"""The whole text side on the workers: visits, ties and stores identical on every engine.

The per-document stage (read, geoparse, document_events, mention contexts)
runs on the workers; these tests hold the merged visits and ties, the
problems (in order), the documents and the mentions of one process equal to
those of a process pool and of a Dask cluster, and equal to an independent
reference (ingest, geoparse and the events stage called directly). A store
written by one run must give a later run, with no corpus, the same results
and the same map.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geo._paths import data_path
from geo.engine.engines import PRELOAD, PRELOAD_GEOPARSE
from geo.errors import ConfigurationError, InputError
from geo.pipeline import run

distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

SAMPLE = data_path("sample")
SAMPLE_META = data_path("sample", "meta.csv")
SMALL = 700  # bytes per partition: documents of one file land on both workers
ISSUE8 = Path(__file__).resolve().parent.parent / "fixtures" / "hostile"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"  # extra cases, when there

VISIT = ("{who} arrived in {city} on {day} for talks with President {host}. The two leaders "
         "signed a military cooperation agreement and discussed energy and trade. ")


# ----------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def address():
    """A 2-worker local cluster started as ``--engine dask`` starts it (workers forked warm)."""
    from geo.engine.engines import close_cluster, local_cluster

    cluster = local_cluster(2)
    client = distributed.Client(cluster)
    try:
        yield cluster.scheduler_address
    finally:
        close_cluster(client, cluster)


@pytest.fixture(scope="module")
def travels(tmp_path_factory) -> tuple[list[str], Path]:
    """Articles full of visits and ties, with what makes the collecting side work.

    Relative days ("on Sunday") resolve against publication dates that come
    from a file's front matter, a table's column and a sidecar row naming one
    document; ids repeat inside a file and across files; bad rows and files
    sit between good ones; large JSON Lines, CSV and Parquet files are split.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    root = tmp_path_factory.mktemp("travels")
    people = [("Vladimir Putin", "Tashkent", "Shavkat Mirziyoyev"),
              ("Xi Jinping", "Minsk", "Alexander Lukashenko"),
              ("Narendra Modi", "Dushanbe", "Emomali Rahmon")]
    days = ["Sunday", "Tuesday", "Friday"]
    (root / "a.md").write_text("---\ntitle: Trip\npublished: 2024-05-27\n---\n"
                               + VISIT.format(who=people[0][0], city=people[0][1],
                                              day="Sunday", host=people[0][2]),
                               encoding="utf-8")
    lines = []
    for i in range(24):
        who, city, host = people[i % 3]
        row = {"id": "twice" if i in (4, 15) else f"j{i}",
               "text": VISIT.format(who=who, city=city, day=days[i % 3], host=host),
               "published": (dt.date(2024, 5, 1) + dt.timedelta(days=i)).isoformat()}
        lines.append(json.dumps(row))
        if i == 9:
            lines.append('{"text": "broken')
        if i == 17:
            lines.append(json.dumps({"id": "j17b", "title": "no text"}))
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = ["id,title,text,published"]
    for i in range(12):
        who, city, host = people[(i + 1) % 3]
        text = VISIT.format(who=who, city=city, day=days[i % 3], host=host).replace('"', '""')
        rows.append(f'{"dup" if i in (3, 8) else f"r{i}"},Row {i},"{text}",2024-06-{i + 1:02d}')
    rows.append("r99,Ragged,text,2024-06-30,extra")
    (root / "rows.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    n = 12
    pq.write_table(pa.table({
        "id": [f"p{i}" if i != 7 else "p2" for i in range(n)],
        "text": [None if i == 5 else VISIT.format(who=people[i % 3][0], city=people[i % 3][1],
                                                   day=days[i % 3], host=people[i % 3][2])
                 for i in range(n)],
        "published": pa.array([dt.date(2024, 7, 1 + i) for i in range(n)], pa.date32()),
    }), root / "archive.parquet", row_group_size=3)
    (root / "empty.txt").write_bytes(b"")
    meta = root / "meta.csv"
    meta.write_text("file,title,source,url,published\n"
                    "feed.jsonl#j2,Row meta,feed,https://example.org/j2,2024-08-15\n"
                    "b.txt,Gone,wire,,2024-01-01\n", encoding="utf-8")
    return [str(root)], meta


CORPORA = ["travels", "sample", "issue8"] + (["seeds"] if SEEDS.is_dir() else [])


@pytest.fixture(scope="module")
def corpora(travels, seeds_meta) -> dict:
    out = {"travels": travels, "sample": ([str(SAMPLE)], SAMPLE_META),
           "issue8": ([str(ISSUE8 / "corpus")], ISSUE8 / "meta.csv")}
    if "seeds" in CORPORA:
        out["seeds"] = ([str(SEEDS)], seeds_meta)
    return out


def _reference(paths, meta):
    """Visits, ties and problems from ingest, geoparse and the events stage called directly."""
    from geo.events import extract_ties, extract_visits
    from geo.geoparse import geoparse_many
    from geo.ingest import read_corpus

    problems: list = []
    docs = list(read_corpus(paths, meta=meta, problems=problems))
    mentions = geoparse_many(docs)
    visits = extract_visits(docs, mentions)
    return docs, mentions, visits, extract_ties(docs, mentions, visits=visits), problems


@pytest.fixture(scope="module")
def references(corpora) -> dict:
    return {name: _reference(*corpus) for name, corpus in corpora.items()}


@pytest.fixture(scope="module")
def one_process(corpora) -> dict:
    """``run`` in one process with default partitions, each corpus joined with the records."""
    return {name: run(paths, meta=meta, records=[data_path("visits.csv")])
            for name, (paths, meta) in corpora.items()}


def _collected(paths, meta, **kw):
    """The merged visits and ties of the engine's per-document results (no join)."""
    from geo.engine import process_corpus
    from geo.events import finish_events

    collected = process_corpus(paths, meta=meta, **kw)
    return collected, *finish_events(collected.visits, collected.ties)


# ----------------------------------------------------------------------------- engines agree

@pytest.mark.parametrize("name", CORPORA)
def test_one_process_equals_the_events_stage_called_directly(name, corpora, references):
    docs, mentions, visits, ties, problems = references[name]
    collected, got_visits, got_ties = _collected(*corpora[name])
    assert got_visits == visits and got_ties == ties
    assert [d.id for d in collected.documents] == [d.id for d in docs]
    assert all(d.text == "" for d in collected.documents), "texts are not kept"
    assert [(d.title, d.url, d.published) for d in collected.documents] == \
        [(d.title, d.url, d.published) for d in docs]
    assert list(collected.mentions) == mentions and collected.mention_count == len(mentions)
    assert collected.problems == problems       # the same problems, in the same order
    if name in ("travels", "sample"):
        assert len(visits) > 3 and len(ties) > 3, "the comparison is not of empty lists"


@pytest.mark.parametrize("engine", ["local-2", "dask-2", "dask-2-written"])
@pytest.mark.parametrize("name", CORPORA)
def test_visits_and_ties_are_identical_on_every_engine(name, engine, corpora, one_process,
                                                        address, tmp_path):
    """Small partitions spread each file over both workers; the results must not move."""
    paths, meta = corpora[name]
    kw = {"local-2": {"workers": 2},
          "dask-2": {"engine": "dask", "scheduler": address},
          "dask-2-written": {"engine": "dask", "scheduler": address,
                             "store_to": tmp_path / "store"}}[engine]
    one = one_process[name]
    got = run(paths, meta=meta, records=[data_path("visits.csv")], partition_bytes=SMALL, **kw)
    assert got.visits == one.visits and got.ties == one.ties
    assert got.problems == one.problems
    assert got.documents == one.documents
    assert list(got.mentions) == list(one.mentions)


def test_duplicate_ids_and_metadata_rows_reach_the_events(travels, references):
    """Renamed ids reach every visit and tie; a sidecar row's date moves its visit's day."""
    paths, meta = travels
    collected, visits, ties = _collected(paths, meta, workers=2, partition_bytes=SMALL)
    ids = {d.id for d in collected.documents}
    assert {"feed.jsonl#twice", "feed.jsonl#twice~2", "rows.csv#dup~2",
            "archive.parquet#p2~2"} <= ids
    evidence = {e.doc for v in visits for e in v.sources} | {e.doc for t in ties
                                                              for e in t.evidence}
    assert "feed.jsonl#twice~2" in evidence and "rows.csv#dup~2" in evidence
    assert evidence <= ids
    j2 = next(v for v in collected.visits if v.doc == "feed.jsonl#j2")
    assert j2.start_date == dt.date(2024, 8, 9)  # "arrived on Friday" before the sidecar's 2024-08-15
    reasons = [p.reason for p in collected.problems]
    assert "metadata names 'b.txt', which is not in the corpus" in reasons
    assert sum("duplicate document id" in r for r in reasons) == 3


# ----------------------------------------------------------------------------- stores

def test_a_store_gives_the_same_results_and_map_without_the_corpus(travels, tmp_path):
    import maps

    paths, meta = travels
    store = tmp_path / "store"
    written = run(paths, meta=meta, workers=2, partition_bytes=SMALL, store_to=store)
    assert sorted(p.name for p in store.iterdir()) == [
        "contexts", "document-ties", "document-visits", "documents", "mentions",
        "problems.parquet", "ties.parquet", "visits.parquet"]
    again = run(store_from=store, records=[data_path("visits.csv")], digests=True)
    direct = run(paths, meta=meta, records=[data_path("visits.csv")], digests=True, workers=2)
    assert again.visits == direct.visits and again.ties == direct.ties
    assert again.problems[:len(written.problems)] == written.problems
    assert again.documents == direct.documents
    assert list(again.mentions) == list(direct.mentions)
    assert len(again.mentions) == len(direct.mentions) > 20
    from geo.ingest import corpus_digest, read_corpus

    read = corpus_digest(read_corpus(paths, meta=meta))  # the texts hashed here
    assert corpus_digest(again.documents, again.text_digests) == read
    assert corpus_digest(direct.documents, direct.text_digests) == read

    def page(result):
        m = maps.build_map(result.visits, result.ties, result.mentions,
                           documents=result.documents_by_id, problems=result.problems,
                           tiles="none")
        return maps.render_html(m)

    assert page(again) == page(direct)
    from geo.engine.store import read_table_values
    from geo.values import Visit

    merged = next(read_table_values([store / "visits.parquet"], Visit, what="visits"))
    assert merged == list(written.visits)


def test_store_parts_of_renamed_duplicates_are_rewritten(travels, tmp_path, address):
    from geo.engine import open_store

    paths, meta = travels
    run(paths, meta=meta, engine="dask", scheduler=address, partition_bytes=SMALL,
        store_to=tmp_path / "dask")
    run(paths, meta=meta, store_to=tmp_path / "one")
    a, b = open_store(tmp_path / "dask"), open_store(tmp_path / "one")
    assert a.documents == b.documents and a.visits == b.visits and a.ties == b.ties
    assert list(a.mentions) == list(b.mentions) and list(a.contexts) == list(b.contexts)
    assert a.problems == b.problems
    docs = {m.doc for m in a.mentions}
    assert "feed.jsonl#twice~2" in docs and "archive.parquet#p2~2" in docs


def test_cli_visits_to_parquet_then_build_from_the_store(tmp_path):
    from geo.cli import app

    runner = CliRunner()

    def invoke(*args, code=0):
        result = runner.invoke(app, [str(a) for a in args])
        assert result.exit_code == code, result.output
        return result

    store = tmp_path / "store"
    invoke("visits", SAMPLE, "--meta", SAMPLE_META, "-q", "-f", "parquet", "-o", store,
           "--workers", "2")
    plain = invoke("visits", SAMPLE, "--meta", SAMPLE_META, "-q").stdout
    assert invoke("visits", "--from", store, "-q").stdout == plain
    assert invoke("ties", "--from", store, "-q").stdout == \
        invoke("ties", SAMPLE, "--meta", SAMPLE_META, "-q").stdout
    rec = ("--records", data_path("visits.csv"), "--title", "T", "-q", "--offline")
    invoke("build", SAMPLE, "--meta", SAMPLE_META, *rec, "-o", tmp_path / "direct.html")
    invoke("build", "--from", store, *rec, "-o", tmp_path / "stored.html")
    assert (tmp_path / "stored.html").read_bytes() == (tmp_path / "direct.html").read_bytes()
    bad = invoke("visits", SAMPLE, "--from", store, code=1)
    assert "give no corpus" in bad.output
    assert "no readable document or record" in invoke("visits", code=1).output
    assert "-o DIR" in invoke("ties", SAMPLE, "-f", "parquet", code=1).output
    assert "not a store" in invoke("build", "--from", tmp_path, code=1).output


def test_a_store_replaces_only_what_diplomap_wrote(tmp_path):
    (tmp_path / "mine.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="other files"):
        run([SAMPLE], store_to=tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["mine.txt"]
    with pytest.raises(InputError, match="no such folder"):
        run(store_from=tmp_path / "absent")


# ----------------------------------------------------------------------------- streaming

def test_mentions_are_kept_on_disk_and_filtered_as_they_are_read(travels):
    from geo.engine import StoredRows
    from geo.pipeline import filter_result

    result = run(*travels[:1], meta=travels[1])
    assert isinstance(result.mentions, StoredRows)
    assert list(result.mentions) == list(result.mentions)  # read again, the same
    late = filter_result(result, since=dt.date(2024, 6, 1))
    keep = {d.id for d in late.documents}
    assert isinstance(late.mentions, StoredRows)
    assert [m for m in result.mentions if m.doc in keep] == list(late.mentions)
    assert late.summary()["mentions"] == len(late.mentions) < len(result.mentions)


def test_the_map_reads_its_mentions_once_without_holding_them():
    import maps
    from geo.values import Mention

    ms = [Mention("a", 0, 5, "Minsk", "Minsk", 53.9, 27.57, "BY", 625144, "city", 1.0)] * 3
    once = (m for m in ms)  # a one-shot iterator: a second read would find nothing
    assert maps.render_html(maps.build_map(mentions=once, tiles="none")) == \
        maps.render_html(maps.build_map(mentions=ms, tiles="none"))


def test_the_join_from_contexts_equals_the_join_from_texts(travels):
    """Mention evidence attached from per-document contexts, as from the documents' texts."""
    import dataclasses

    from geo.engine import process_corpus
    from geo.events import finish_events
    from geo.ingest import read_corpus
    from geo.join import join
    from geo.records import load_records

    paths, meta = travels
    docs = list(read_corpus(paths, meta=meta))
    collected = process_corpus(paths, meta=meta)
    visits, _ = finish_events(collected.visits, collected.ties)
    stops = load_records([data_path("visits.csv")])
    from_texts = join(visits, stops, list(collected.mentions), documents={d.id: d for d in docs})
    meta_only = {d.id: dataclasses.replace(d, text="") for d in docs}
    from_contexts = join(visits, stops, documents=meta_only, contexts=collected.contexts)
    assert from_contexts == from_texts
    assert any(e.kind == "mention" for v in from_texts for e in v.sources)


# ----------------------------------------------------------------------------- start-up

#: What only a warm forkserver imports, last (with or without the events' tables).
WARM = (PRELOAD[-1], PRELOAD_GEOPARSE[-1])


def test_workers_start_with_the_geoparser_loaded(address):
    """Pool and Dask workers fork from a server that loaded the gazetteer index.

    The forkserver is started once per process, by its first job: with the events'
    tables (``geo.engine.warm``) when that job found events, without them
    (``geo.engine.warm_geoparse``) when it only geoparsed; either way the index is loaded.
    """
    from concurrent.futures import ProcessPoolExecutor

    from geo.engine.engines import forkserver_context

    def loaded() -> bool:
        return any(m in sys.modules for m in WARM)

    if forkserver_context().get_start_method() != "forkserver":
        pytest.skip("no forkserver on this platform")
    with distributed.Client(address) as client:
        assert set(client.run(loaded).values()) == {True}
    with ProcessPoolExecutor(1, mp_context=forkserver_context()) as pool:
        assert pool.submit(eval, f"any(m in __import__('sys').modules for m in {WARM})").result()


def test_partitions_are_sized_from_the_corpus_and_the_workers():
    from geo.engine import partition_size
    from geo.engine.plan import MAX_PARTITION_BYTES, MIN_PARTITION_BYTES

    assert partition_size(64 * 2**20, 2) == 2 * 2**20       # 16 pieces a worker
    assert partition_size(64 * 2**20, 2, "dask") == 4 * 2**20   # 8 a Dask worker
    assert partition_size(64 * 2**20, 8) == 512 * 1024
    assert partition_size(2**40, 64) == MAX_PARTITION_BYTES
    # The floors: 0.25 MiB a piece, 1 MiB for Dask (~10 ms a piece): fewer, larger pieces.
    assert partition_size(3 * 2**20, 1) == 256 * 1024
    assert partition_size(3 * 2**20, 1, "dask") == 2**20
    # A small corpus is still shared by every worker, in equal halves.
    assert partition_size(10_000, 2) == partition_size(10_000, 2, "dask") == 5_000
    assert partition_size(10_000, 1) == 10_000


@pytest.mark.parametrize("corpus", [16_000_361, 64_002_444, 10_000, 1_300_000, 2**31 + 7])
@pytest.mark.parametrize("workers", [1, 2, 3, 8])
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_default_pieces_are_equal_and_every_worker_gets_as_many(corpus, workers, engine):
    """No worker finishes a remainder, or one piece more, alone while the others wait."""
    from geo.engine import partition_size
    from geo.engine.plan import MAX_PARTITION_BYTES

    size = partition_size(corpus, workers, engine)
    pieces = -(-corpus // size)
    assert pieces % workers == 0
    if corpus >= 2**30:                                     # many pieces: the cap
        assert pieces == -(-corpus // MAX_PARTITION_BYTES // workers) * workers
    elif corpus >= 16 * workers * 2**20:                    # 16 a worker (8 for Dask)
        assert pieces == (8 if engine == "dask" else 16) * workers
    assert corpus - (pieces - 1) * size > 0                 # no empty piece
    assert pieces * size - corpus < pieces                  # equal to the byte
    assert size <= MAX_PARTITION_BYTES


def test_a_jsonl_corpus_is_cut_into_as_many_pieces_for_every_worker(tmp_path):
    from geo.engine import list_corpus, partition_size, plan_partitions

    row = json.dumps({"text": "Putin arrived in Tashkent on Sunday. " * 20})
    (tmp_path / "a.jsonl").write_text((row + "\n") * 3_000, encoding="utf-8")  # ~2.2 MB
    listing = list_corpus([tmp_path])
    for workers in (1, 2, 3):
        size = partition_size(listing.nbytes, workers, "dask")
        sizes = [p.nbytes for p in plan_partitions(listing, partition_bytes=size)]
        assert len(sizes) % workers == 0, (workers, sizes)
        assert max(sizes) - min(sizes) <= 2 * len(row) + 2   # whole lines: one line apart


def test_the_last_pieces_are_smaller_and_the_pieces_still_cover_the_corpus(tmp_path):
    """With the taper (default sizes) a worker that takes a piece late ends soon after the
    others; every line is still read once, with its row number."""
    from geo.engine import list_corpus, plan_partitions
    from geo.engine.plan import TAPER_MIN_BYTES

    row = json.dumps({"text": "Putin arrived in Tashkent on Sunday. " * 20})
    (tmp_path / "a.jsonl").write_text((row + "\n") * 3_000, encoding="utf-8")  # ~2.2 MB
    for name in ("b.txt", "c.txt"):
        (tmp_path / name).write_text("Talks in Minsk. " * 3_000, encoding="utf-8")  # 48 KB
    listing = list_corpus([tmp_path])
    size = 200_000
    even = list(plan_partitions(listing, partition_bytes=size))
    parts = list(plan_partitions(listing, partition_bytes=size, taper=2))
    slices = [f for p in parts for f in p.files if f.ident == "a.jsonl"]
    assert [(f.start, f.end) for f in slices] == list(zip(
        [0] + [f.end for f in slices[:-1]], [f.end for f in slices]))   # no gap, no overlap
    assert slices[-1].end == (tmp_path / "a.jsonl").stat().st_size
    lines = [0] + [f.end // (len(row) + 1) for f in slices[:-1]]
    assert [f.first_row for f in slices] == [n + 1 for n in lines]     # row numbers kept
    sizes = [f.end - f.start for f in slices]
    assert max(sizes) - size < len(row) + 1                          # early: the size
    assert sizes[-3] < size / 2 and min(sizes[:-1]) >= TAPER_MIN_BYTES  # late: smaller
    assert sizes == sorted(sizes, reverse=True)[:len(sizes) - 1] + sizes[-1:]
    small = [[f.ident for f in p.files] for p in parts if p.files[0].ident != "a.jsonl"]
    assert sum(small, []) == ["b.txt", "c.txt"]                      # each file once
    assert len(parts) > len(even)
    # an explicit size (--partition-mb) is kept as given
    assert [p.nbytes for p in plan_partitions(listing, partition_bytes=size, taper=0)] == \
        [p.nbytes for p in even]


def test_a_partition_result_pickles_its_documents_as_rows_and_comes_back_equal():
    import datetime as dt
    import pickle

    from geo.engine.worker import PartResult
    from geo.values import Document, Problem

    result = PartResult(7, [Document("a.jsonl#1", "", "A title", "TR-News", "https://x.org/1",
                                     dt.date(2021, 3, 4)), Document("a.jsonl#2", "Text")],
                        sizes=[2], problems=[Problem("a.jsonl#3", "no text")],
                        problem_keys=[(4, 0, 1)], counts=[0, 1], written=True)
    blob = pickle.dumps(result, protocol=5)
    back = pickle.loads(blob)
    assert back == result
    assert all(type(d) is Document for d in back.documents)
    assert b"Document" not in blob  # rows of plain values, not one dataclass per document
    assert pickle.loads(pickle.dumps(PartResult(0))) == PartResult(0)
