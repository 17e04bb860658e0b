"""Ingest: formats, encodings, metadata, and bad input reported rather than dropped."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys

import pytest

from geo.errors import InputError
from geo.ingest import decode_bytes, html_to_text, read_corpus, read_metadata


def _read(paths, **kw):
    problems = []
    docs = list(read_corpus(paths, problems=problems, **kw))
    return docs, problems


def test_folder_is_read_recursively_with_relative_ids(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Minsk.", encoding="utf-8")
    (tmp_path / "two.md").write_text("Tashkent.", encoding="utf-8")
    docs, problems = _read([tmp_path])
    assert [d.id for d in docs] == ["a/one.txt", "two.md"]
    assert [d.text for d in docs] == ["Minsk.", "Tashkent."]
    assert problems == []


def test_a_file_given_directly_keeps_its_path_as_id(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("Beijing", encoding="utf-8")
    docs, _ = _read([str(f)])
    assert docs[0].id == str(f)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "cp1252"])
def test_encodings_decode_to_the_same_text(tmp_path, encoding):
    text = "Putin flew to Düsseldorf, then Ashgabat — 2024"
    if encoding == "cp1252":
        text = text.replace("—", "-")
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    docs, problems = _read([tmp_path])
    assert problems == []
    assert docs[0].text == text


def test_line_endings_are_normalised_and_nul_removed(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"one\r\ntwo\rthree\x00\n")
    docs, _ = _read([tmp_path])
    assert docs[0].text == "one\ntwo\nthree\n"


def test_html_keeps_visible_text_and_title_and_meta(tmp_path):
    (tmp_path / "a.html").write_text(
        "<html><head><title> Putin in  Minsk </title>"
        "<meta property='article:published_time' content='2024-05-24T08:00:00Z'>"
        "<meta property='og:url' content='https://news.example/minsk'>"
        "<script>var secret = 'Paris';</script><style>.Paris{}</style></head>"
        "<body><h1>Putin in Minsk</h1><p>He met &amp; talked with Lukashenko.</p>"
        "<noscript>Berlin</noscript></body></html>", encoding="utf-8")
    docs, _ = _read([tmp_path])
    doc = docs[0]
    assert doc.title == "Putin in Minsk"
    assert doc.text == "Putin in Minsk\n\nHe met & talked with Lukashenko."
    assert "Paris" not in doc.text and "Berlin" not in doc.text
    assert doc.published == dt.date(2024, 5, 24)
    assert doc.url == "https://news.example/minsk"


def test_markdown_front_matter_gives_metadata(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Trip\ndate: 2022-06-28\n---\nDushanbe.\n",
                                   encoding="utf-8")
    docs, _ = _read([tmp_path])
    assert (docs[0].title, docs[0].published, docs[0].text) == ("Trip", dt.date(2022, 6, 28),
                                                                "Dushanbe.\n")


def test_jsonl_rows_become_documents_and_bad_lines_are_reported(tmp_path):
    lines = [json.dumps({"id": "k1", "text": "Putin in Tashkent", "published": "2024-05-27",
                         "url": "https://x.example/1"}),
             "[1, 2, 3]",
             "{not json",
             json.dumps({"body": "no text column"}),
             json.dumps({"text": "Second row", "title": "T"})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = _read([tmp_path])
    assert [d.id for d in docs] == ["c.jsonl#k1", "c.jsonl#5"]
    assert docs[0].published == dt.date(2024, 5, 27) and docs[1].title == "T"
    assert [(p.row, p.reason.split(":")[0]) for p in problems] == [
        (2, "JSON line is a list, not an object"), (3, "invalid JSON line"),
        (4, "no 'text' value")]
    assert all(p.source == "c.jsonl" for p in problems)


def test_csv_with_text_column_option_and_ragged_rows(tmp_path):
    (tmp_path / "c.csv").write_text("id,body,published\n1,Putin in Minsk,2024-05-24\n"
                                    "2,Extra,2024-05-25,surplus\n3,Bad date,2024-13-45\n",
                                    encoding="utf-8")
    docs, problems = _read([tmp_path], text_column="body")
    assert [d.id for d in docs] == ["c.csv#1", "c.csv#2", "c.csv#3"]
    assert docs[2].published is None
    reasons = {(p.row, p.reason.split(";")[0].split(":")[0]) for p in problems}
    assert reasons == {(2, "ragged row"), (3, "invalid date '2024-13-45' (expected a full date such as 2024-05-27)")}


def test_csv_without_the_text_column_names_what_was_found(tmp_path):
    (tmp_path / "c.csv").write_text("id,body\n1,x\n", encoding="utf-8")
    docs, problems = _read([tmp_path])
    assert docs == []
    assert problems[0].source == "c.csv"
    assert "missing text column 'text'; found columns: id, body" in problems[0].reason


def test_a_header_cell_that_spans_lines_is_named_on_one_line(tmp_path):
    # found by the bytes property test: a quoted CSV header cell may hold a line break
    (tmp_path / "c.csv").write_text('"Tashkent\nTashkent",b\n1,2\n', encoding="utf-8")
    docs, problems = _read([tmp_path])
    assert docs == []
    assert problems[0].reason.startswith("missing text column 'text'; found columns: Tashkent\\nTashkent, b")
    assert "\n" not in problems[0].reason


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n", "empty file"),
    ("doc.txt", b"%PDF-1.4\n%\xe2\xe3", "binary file (PDF document), not text"),
    ("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (PNG image), not text"),
    ("z.txt", b"\x1f\x8b\x08\x00\x00\x00", "binary file (gzip archive), not text"),
    ("x.docx", b"whatever", "unsupported file type .docx"),
])
def test_bad_files_are_reported_and_the_run_goes_on(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("Minsk", encoding="utf-8")
    docs, problems = _read([tmp_path])
    assert [d.id for d in docs] == ["good.txt"]
    assert len(problems) == 1 and problems[0].source == name
    assert problems[0].reason.startswith(reason)


def test_missing_paths_and_broken_links_are_reported(tmp_path):
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "link.txt")
    docs, problems = _read([tmp_path / "link.txt", tmp_path / "absent.txt",
                            str(tmp_path / "*.nothing")])
    assert docs == []
    assert [p.reason for p in problems] == ["broken symbolic link", "no such file or folder",
                                            "no file matches this pattern"]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root can read files without read permission")
def test_unreadable_file_is_reported(tmp_path):  # pragma: no cover - CI runs as root
    f = tmp_path / "secret.txt"
    f.write_text("x", encoding="utf-8")
    f.chmod(0)
    docs, problems = _read([tmp_path])
    assert docs == [] and "cannot read file" in problems[0].reason


def test_glob_patterns_expand(tmp_path):
    for n in ("a.txt", "b.txt", "c.md"):
        (tmp_path / n).write_text(n, encoding="utf-8")
    docs, _ = _read([str(tmp_path / "*.txt")])
    assert [os.path.basename(d.id) for d in docs] == ["a.txt", "b.txt"]


def test_metadata_sidecar_by_relative_path_or_basename(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Minsk", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Tashkent", encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("file,title,url,published\nsub/a.txt,A,https://a.example,2024-05-24\n"
                    "b.txt,B,,2024-05-27\nmissing.txt,M,,2024-01-01\n", encoding="utf-8")
    docs, problems = _read([tmp_path], meta=meta)
    assert [(d.id, d.title, d.url, d.published) for d in docs] == [
        ("b.txt", "B", None, dt.date(2024, 5, 27)),
        ("sub/a.txt", "A", "https://a.example", dt.date(2024, 5, 24))]
    assert [p.reason for p in problems] == ["metadata names 'missing.txt', which is not in the corpus"]


def test_metadata_without_file_column_is_an_input_error(tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("name,title\na.txt,A\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"needs a 'file' column; found columns: name, title"):
        read_metadata(meta)


def test_duplicate_ids_are_renamed_and_reported(tmp_path):
    (tmp_path / "c.jsonl").write_text('{"id": "x", "text": "a"}\n{"id": "x", "text": "b"}\n',
                                      encoding="utf-8")
    docs, problems = _read([tmp_path])
    assert [d.id for d in docs] == ["c.jsonl#x", "c.jsonl#x~2"]
    assert problems[0].reason.startswith("duplicate document id")


def test_utf16_without_bom_is_detected():
    text, enc = decode_bytes("Tashkent and Minsk".encode("utf-16-le"))
    assert (text, enc) == ("Tashkent and Minsk", "utf-16-le")


def test_html_to_text_drops_head_content():
    text, title, _ = html_to_text("<head><title>T</title><meta name=x content=y></head><p>A</p>")
    assert (text, title) == ("A", "T")


def test_bundled_sample_reads_cleanly():
    from geo._paths import data_path

    docs, problems = _read([data_path("sample")], meta=data_path("sample", "meta.csv"))
    assert problems == []
    assert len(docs) == 6
    assert all(d.published and d.title and d.url.startswith("https://") for d in docs)
    html = next(d for d in docs if d.id.endswith(".html"))
    assert "tracking code" not in html.text and "Tashkent" in html.text


# --------------------------------------------------------------------------- Parquet

def _pa():
    """``(pyarrow, pyarrow.parquet)``, or skip the test."""
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    return pa, pq


_CSV_TWIN = ("id,title,published,text\n"
             "1,Trip,2024-05-27,Putin arrived in Minsk.\n"
             "2,,2022-06-28,\"Talks in Dushanbe,\nthen Tashkent.\"\n"
             "3,Third,,Xi in Beijing.\n")


@pytest.mark.parametrize("published", ["date32", "timestamp[us]", "timestamp[ns, tz=UTC]",
                                       "string"])
def test_parquet_reads_to_the_same_documents_as_the_csv(tmp_path, published):
    pa, pq = _pa()
    days = [dt.datetime(2024, 5, 27, 23, 30), dt.datetime(2022, 6, 28, 1, 0), None]
    if published == "date32":
        column = pa.array([d and d.date() for d in days], pa.date32())
    elif published == "string":
        column = pa.array([d and d.date().isoformat() for d in days])
    else:
        tz = dt.timezone.utc if "UTC" in published else None
        column = pa.array([d and d.replace(tzinfo=tz) for d in days],
                          pa.timestamp("ns" if "ns" in published else "us", tz=tz and "UTC"))
    (tmp_path / "p").mkdir()
    (tmp_path / "c").mkdir()
    pq.write_table(pa.table({"id": pa.array([1, 2, 3], pa.int64()),
                             "title": ["Trip", None, "Third"], "published": column,
                             "text": ["Putin arrived in Minsk.",
                                      "Talks in Dushanbe,\nthen Tashkent.", "Xi in Beijing."]}),
                   tmp_path / "p" / "news.parquet")
    (tmp_path / "c" / "news.csv").write_text(_CSV_TWIN, encoding="utf-8")
    from_parquet, problems = _read([tmp_path / "p"])
    from_csv, csv_problems = _read([tmp_path / "c"])
    assert problems == csv_problems == []
    assert [d.id for d in from_parquet] == ["news.parquet#1", "news.parquet#2", "news.parquet#3"]
    assert [d.published for d in from_parquet] == [dt.date(2024, 5, 27), dt.date(2022, 6, 28),
                                                   None]
    assert [d.title for d in from_parquet] == ["Trip", None, "Third"]
    assert [(d.id.replace(".parquet", ".csv"), d.text, d.title, d.source, d.url, d.published)
            for d in from_parquet] == [(d.id, d.text, d.title, d.source, d.url, d.published)
                                       for d in from_csv]


def _numbered_parquet(path, rows=25, row_group_size=10, **kw):
    """A Parquet file of ``rows`` rows in groups of ``row_group_size``; rows 12 and 23
    (1-based) have no text."""
    pa, pq = _pa()
    texts = [None if n in (12, 23) else f"Putin visited place {n}." for n in range(1, rows + 1)]
    pq.write_table(pa.table({"title": [f"T{n}" for n in range(1, rows + 1)], "text": texts}),
                   path, row_group_size=row_group_size, **kw)
    return path


def test_parquet_row_groups_read_alone_give_the_rows_of_a_whole_read(tmp_path):
    from geo.ingest import parquet_row_groups, read_documents

    f = _numbered_parquet(tmp_path / "n.parquet")
    groups = parquet_row_groups(f)
    assert [rows for rows, _ in groups] == [10, 10, 5]
    assert all(size > 0 for _, size in groups)

    def read(row_groups):
        problems = []
        docs = list(read_documents(f, ident="n.parquet", problems=problems,
                                   row_groups=row_groups))
        return [(d.id, d.title) for d in docs], [(p.row, p.reason) for p in problems]

    whole, whole_problems = read(None)
    assert len(whole) == 23 and whole[0] == ("n.parquet#1", "T1")
    assert whole_problems == [(12, "no 'text' value"), (23, "no 'text' value")]
    later, later_problems = read([1, 2])
    assert later == whole[10:] and later[0] == ("n.parquet#11", "T11")
    assert later_problems == whole_problems
    one_by_one = [read([g]) for g in range(3)]
    assert sum((docs for docs, _ in one_by_one), []) == whole
    assert one_by_one[2] == ([(f"n.parquet#{n}", f"T{n}") for n in (21, 22, 24, 25)],
                             [(23, "no 'text' value")])
    assert read([]) == ([], [])
    with pytest.raises(InputError, match=r"no row group 3: the file has 3"):
        read([3])


def test_parquet_row_groups_of_a_file_that_is_not_parquet(tmp_path):
    _pa()
    from geo.ingest import parquet_row_groups

    (tmp_path / "x.parquet").write_bytes(b"id,text\n1,Minsk\n")
    with pytest.raises(InputError, match=r"^not a readable Parquet file: "):
        parquet_row_groups(tmp_path / "x.parquet")
    with pytest.raises(InputError, match=r"^cannot read file: "):
        parquet_row_groups(tmp_path / "absent.parquet")


def test_parquet_rows_without_text_are_reported_with_their_row(tmp_path):
    pa, pq = _pa()
    pq.write_table(pa.table({"id": pa.array([7.0, None, 9.0, 10.0]),  # pandas' nullable ints
                             "text": ["Minsk", "Tashkent", None, "   "]}),
                   tmp_path / "t.parquet")
    docs, problems = _read([tmp_path])
    assert [(d.id, d.text) for d in docs] == [("t.parquet#7", "Minsk"),
                                              ("t.parquet#2", "Tashkent")]
    assert [(p.source, p.row, p.reason) for p in problems] == [
        ("t.parquet", 3, "no 'text' value"), ("t.parquet", 4, "empty text")]


def test_parquet_text_that_is_not_a_string(tmp_path):
    pa, pq = _pa()
    (tmp_path / "n").mkdir()
    (tmp_path / "l").mkdir()
    pq.write_table(pa.table({"text": pa.array([42, 7], pa.int32())}), tmp_path / "n" / "i.parquet")
    pq.write_table(pa.table({"text": [["Minsk"]]}), tmp_path / "l" / "l.parquet")
    docs, problems = _read([tmp_path / "n"])
    assert [d.text for d in docs] == ["42", "7"] and problems == []
    docs, problems = _read([tmp_path / "l"])
    assert docs == [] and [(p.source, p.reason) for p in problems] == [
        ("l.parquet", "text column 'text' holds list<element: string> values, not text "
                      "(choose another with --text-column)")]


def test_parquet_binary_and_non_utf8_values_are_decoded_or_reported(tmp_path):
    pa, pq = _pa()
    offsets = pa.py_buffer(b"\x00\x00\x00\x00\x06\x00\x00\x00")  # one string of 6 bytes
    not_utf8 = pa.Array.from_buffers(pa.string(), 1, [None, offsets, pa.py_buffer(b"Z\xfcrich")])
    pq.write_table(pa.table({"text": not_utf8, "title": pa.array([b"%PDF-1.7"], pa.binary())}),
                   tmp_path / "b.parquet")
    pq.write_table(pa.table({"text": pa.array(["Minsk".encode("utf-16")], pa.binary())}),
                   tmp_path / "w.parquet")
    docs, problems = _read([tmp_path])
    assert [(d.id, d.text, d.title) for d in docs] == [("b.parquet#1", "Zürich", None),
                                                       ("w.parquet#1", "Minsk", None)]
    assert [(p.row, p.reason) for p in problems] == [
        (1, "'text' value is not valid UTF-8; read as cp1252"),
        (1, "unreadable 'title' value: binary file (PDF document), not text; left empty")]


def test_parquet_dates_out_of_range_are_reported_and_left_empty(tmp_path):
    pa, pq = _pa()
    pq.write_table(pa.table({"text": ["Minsk", "Tashkent"],
                             "published": pa.array([dt.datetime(1, 1, 1), None],
                                                   pa.timestamp("us"))
                                          .fill_null(10**15 * 300)}),  # year 11476
                   tmp_path / "d.parquet")
    docs, problems = _read([tmp_path])
    assert [(d.text, d.published) for d in docs] == [("Minsk", None), ("Tashkent", None)]
    assert [(p.row, p.reason.split(" (")[0]) for p in problems] == [
        (1, "implausible date '0001-01-01'"), (2, "unreadable 'published' value: cannot be read")]


def test_parquet_without_the_text_column_or_rows(tmp_path):
    pa, pq = _pa()
    pq.write_table(pa.table({"id": [1], "body": ["Minsk"]}), tmp_path / "a.parquet")
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), tmp_path / "b.parquet")
    pq.write_table(pa.table([["Minsk"], ["Tashkent"]], names=["text", " text"]),
                   tmp_path / "c.parquet")
    docs, problems = _read([tmp_path])
    assert docs == []
    assert [(p.source, p.reason) for p in problems] == [
        ("a.parquet", "missing text column 'text'; found columns: id, body "
                      "(choose one with --text-column)"),
        ("b.parquet", "no data rows, only the columns (text)"),
        ("c.parquet", "column 'text' appears more than once ('text', ' text'; names are read "
                      "without surrounding spaces)")]
    docs, problems = _read([tmp_path / "a.parquet"], text_column="body")
    assert [(d.id, d.text) for d in docs] == [(f"{tmp_path / 'a.parquet'}#1", "Minsk")]


def test_corrupt_or_truncated_parquet_is_reported_and_the_run_goes_on(tmp_path):
    _pa()
    good = _numbered_parquet(tmp_path / "good.parquet", rows=3)
    data = good.read_bytes()
    (tmp_path / "cut.parquet").write_bytes(data[:len(data) // 2])
    (tmp_path / "noise.parquet").write_bytes(os.urandom(2048))
    (tmp_path / "zero.parquet").write_bytes(b"")
    docs, problems = _read([tmp_path])
    assert [d.id for d in docs] == ["good.parquet#1", "good.parquet#2", "good.parquet#3"]
    assert [p.source for p in problems] == ["cut.parquet", "noise.parquet", "zero.parquet"]
    assert all(p.reason.startswith("not a readable Parquet file: ") for p in problems)


def test_corrupt_page_midway_keeps_the_rows_before_it(tmp_path):
    _, pq = _pa()
    f = _numbered_parquet(tmp_path / "c.parquet", rows=30, write_page_checksum=True,
                          compression="none")
    chunk = pq.ParquetFile(f).metadata.row_group(1).column(1)  # 'text' of rows 11-20
    start = chunk.dictionary_page_offset or chunk.data_page_offset
    data = bytearray(f.read_bytes())
    middle = start + chunk.total_compressed_size // 2
    data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
    f.write_bytes(bytes(data))
    docs, problems = _read([tmp_path])
    assert [d.id for d in docs] == [f"c.parquet#{n}" for n in range(1, 11)]
    assert len(problems) == 1 and problems[0].source == "c.parquet"
    assert problems[0].reason.startswith("not a readable Parquet file after row 10 (")
    assert problems[0].reason.endswith("); the rest of the file is skipped")


def test_folder_with_parquet_is_read_in_order_with_other_files(tmp_path):
    pa, pq = _pa()
    (tmp_path / "sub").mkdir()
    pq.write_table(pa.table({"id": ["x", "y"], "text": ["Minsk", "Tashkent"]}),
                   tmp_path / "sub" / "b.PARQUET")
    (tmp_path / "a.txt").write_text("Beijing", encoding="utf-8")
    (tmp_path / "c.csv").write_text("text\nAstana\n", encoding="utf-8")
    docs, problems = _read([tmp_path])
    assert problems == []
    assert [(d.id, d.text) for d in docs] == [("a.txt", "Beijing"), ("c.csv#1", "Astana"),
                                              ("sub/b.PARQUET#x", "Minsk"),
                                              ("sub/b.PARQUET#y", "Tashkent")]


def test_parquet_without_pyarrow_says_what_to_install(tmp_path, monkeypatch):
    (tmp_path / "a.parquet").write_bytes(b"PAR1")
    (tmp_path / "b.txt").write_text("Minsk", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)  # import raises ImportError
    docs, problems = _read([tmp_path])
    assert [d.id for d in docs] == ["b.txt"]
    assert [(p.source, p.reason) for p in problems] == [
        ("a.parquet", "reading .parquet needs pyarrow: pip install 'diplomap[dask]'")]


def test_parse_date_takes_date_values_and_pandas_timestamps():
    from geo.ingest import parse_date

    assert parse_date(dt.date(2024, 5, 27)) == dt.date(2024, 5, 27)
    assert parse_date(dt.datetime(2024, 5, 27, 23, 59)) == dt.date(2024, 5, 27)
    pd = pytest.importorskip("pandas")
    assert parse_date(pd.Timestamp("2024-05-27 10:00:00.000000001")) == dt.date(2024, 5, 27)
    assert parse_date(pd.NaT) is None
