"""Read a corpus: files and folders of text, Markdown, HTML, JSONL, CSV and Parquet.

:func:`read_corpus` streams :class:`~geo.values.Document` values and never
stops at a bad file: whatever it cannot read becomes a
:class:`~geo.values.Problem` (file, row, reason) appended to the ``problems``
list the caller passes, so nothing is dropped silently.

One module per format, behind :func:`read_corpus` and :func:`read_documents`:

* :mod:`geo.ingest.decode` - bytes to text (encodings, line ends, binary refused);
* :mod:`geo.ingest.text` - ``.txt``, ``.md`` (front matter), ``.html``/``.htm``;
* :mod:`geo.ingest.tables` - ``.jsonl`` and ``.csv``, one document per row;
* :mod:`geo.ingest.parquet` - ``.parquet``, one document per row (needs pyarrow);
* :mod:`geo.ingest.metadata` - the ``--meta`` sidecar and publication dates;
* :mod:`geo.ingest.corpus` - paths expanded, files read by type, ids and metadata
  settled in corpus order (:class:`CorpusLedger`, also used by :mod:`geo.engine`).

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Putin arrived in Tashkent.\\r\\n", encoding="utf-8")
>>> _ = (folder / "b.bin").write_bytes(b"%PDF-1.7 binary")
>>> problems = []
>>> [d.text for d in read_corpus([folder], problems=problems)]
['Putin arrived in Tashkent.\\n']
>>> [(p.source, p.reason) for p in problems]
[('b.bin', 'unsupported file type .bin (expected .txt, .md, .html, .htm, .jsonl, .csv, .parquet)')]
"""

from __future__ import annotations

from .corpus import (ALL_SUFFIXES, CorpusLedger, corpus_digest, expand_paths, read_corpus,
                     read_documents, text_digest)
from .decode import csv_rows, decode_bytes
from .metadata import (MetaRow, apply_metadata, file_metadata, parse_date, read_metadata,
                       row_metadata)
from .parquet import parquet_row_groups
from .tables import TABLE_SUFFIXES, splits_at_byte_newlines
from .text import TEXT_SUFFIXES, html_to_text

__all__ = ["read_corpus", "read_documents", "read_metadata", "decode_bytes", "html_to_text",
           "parse_date", "parquet_row_groups", "TEXT_SUFFIXES", "TABLE_SUFFIXES",
           "ALL_SUFFIXES", "expand_paths", "CorpusLedger", "MetaRow", "file_metadata",
           "row_metadata", "apply_metadata", "splits_at_byte_newlines", "text_digest",
           "corpus_digest", "csv_rows"]
