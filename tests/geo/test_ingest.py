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
    assert reasons == {(2, "ragged row"), (3, "invalid date '2024-13-45' (expected ISO YYYY-MM-DD)")}


def test_csv_without_the_text_column_names_what_was_found(tmp_path):
    (tmp_path / "c.csv").write_text("id,body\n1,x\n", encoding="utf-8")
    docs, problems = _read([tmp_path])
    assert docs == []
    assert problems[0].source == "c.csv"
    assert "missing text column 'text'; found columns: id, body" in problems[0].reason


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
