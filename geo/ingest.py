"""Read a corpus: files and folders of text, Markdown, HTML, JSONL, CSV and Parquet.

:func:`read_corpus` streams :class:`~geo.values.Document` values and never
stops at a bad file: whatever it cannot read becomes a
:class:`~geo.values.Problem` (file, row, reason) appended to the ``problems``
list the caller passes, so nothing is dropped silently.

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

import codecs
import csv
import datetime as dt
import glob
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .values import Document, Problem

if TYPE_CHECKING:  # pragma: no cover - pyarrow is optional
    import pyarrow.parquet as pq

__all__ = ["read_corpus", "read_documents", "read_metadata", "decode_bytes", "html_to_text",
           "parse_date", "parquet_row_groups", "TEXT_SUFFIXES", "TABLE_SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
TABLE_SUFFIXES = (".jsonl", ".csv", ".parquet")
_ALL_SUFFIXES = TEXT_SUFFIXES + TABLE_SUFFIXES
_META_FIELDS = ("title", "source", "url", "published")

_BINARY_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\x1f\x8b": "gzip archive",
    b"PK\x03\x04": "ZIP archive",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x7fELF": "executable",
}


# --------------------------------------------------------------------------- decoding

_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read bytes that are not UTF-8 as Windows-1252 (else Latin-1)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    chunk = err.object[err.start:err.end]
    return "".join(chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252")
                   for b in chunk), err.end


codecs.register_error("diplomap-cp1252", _cp1252_fallback)


#: Control characters other than tab, newline, vertical tab and form feed.
_CONTROLS = re.compile(r"[\x00-\x08\x0d-\x1f]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes to text, returning ``(text, encoding)``.

    BOMs (UTF-8, UTF-16, UTF-32) win; then strict UTF-8; then UTF-16 without a
    BOM when every other byte is NUL; then UTF-8 with the bytes that are not
    UTF-8 read as Windows-1252 (mixed encodings); then Windows-1252 / Latin-1. Line endings
    become ``\\n``; NUL characters are removed. Binary content raises
    :class:`~geo.errors.InputError`.

    Examples
    --------
    >>> decode_bytes("Ашхабад".encode("utf-16"))
    ('Ашхабад', 'utf-16')
    >>> decode_bytes("Düsseldorf\\r\\nParis\\rRome".encode("latin-1"))
    ('Düsseldorf\\nParis\\nRome', 'cp1252')
    >>> decode_bytes("Ашхабад ".encode() + "Zürich".encode("cp1252"))
    ('Ашхабад Zürich', 'utf-8+cp1252')
    """
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"binary file ({what}), not text")
    text = None
    encoding = ""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text, encoding = data.decode(enc), enc
            except UnicodeDecodeError as err:
                raise InputError(f"invalid {enc} text after its byte-order mark: {err.reason} "
                                 f"at byte {err.start}") from err
            break
    if text is None:
        sample = data[:4096]
        if len(sample) >= 4 and sample.count(0) >= len(sample) * 0.3:
            even, odd = sample[0::2].count(0), sample[1::2].count(0)
            enc = "utf-16-le" if odd > even * 4 else "utf-16-be" if even > odd * 4 else ""
            if enc:
                try:
                    text, encoding = data.decode(enc), enc
                except UnicodeDecodeError:
                    text = None
            if text is None:
                raise InputError("binary file (many NUL bytes), not text")
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if _UTF8_SEQUENCE.search(data):
                # Mixed encodings (UTF-8 with some Windows-1252 pasted in): keep the
                # UTF-8 parts and read only the bytes that are not UTF-8 as cp1252.
                text, encoding = data.decode("utf-8", "diplomap-cp1252"), "utf-8+cp1252"
            else:
                try:
                    text, encoding = data.decode("cp1252"), "cp1252"
                except UnicodeDecodeError:
                    text, encoding = data.decode("latin-1"), "latin-1"
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_CONTROLS.findall(text, 0, 4096))
    if controls > max(8, len(text[:4096]) // 10):
        raise InputError("binary file (control characters), not text")
    return text, encoding


# --------------------------------------------------------------------------- HTML

class _TextExtractor(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
              "table", "section", "article", "header", "footer", "blockquote", "pre", "hr",
              "figcaption", "dd", "dt", "main", "aside", "nav", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip += 1
        elif tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "link":
            a = {k.lower(): (v or "") for k, v in attrs}
            if a.get("rel", "").lower() == "canonical" and a.get("href"):
                self.meta.setdefault("canonical", a["href"].strip())
        if tag in self._BLOCK and not self._skip:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in self._BLOCK and not self._skip:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str | None, dict[str, str]]:
    """Return ``(visible_text, title, meta)`` of an HTML page.

    Script, style and the head are dropped; block elements become line breaks;
    ``meta`` holds ``<meta>`` properties (``og:url``, ``article:published_time``...).

    Examples
    --------
    >>> text, title, meta = html_to_text(
    ...     "<html><head><title>Trip</title><script>x()</script></head>"
    ...     "<body><p>Putin in <b>Minsk</b>.</p><style>p{}</style></body></html>")
    >>> text, title
    ('Putin in Minsk.', 'Trip')
    """
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\f\v\xa0]+", " ", text)
    text = re.sub(r" *\n[ \n]*", lambda m: "\n\n" if m.group().count("\n") > 1 else "\n", text)
    title = " ".join("".join(parser.title).split()) or None
    return text.strip(), title, parser.meta


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, {}
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return text[m.end():], meta


# --------------------------------------------------------------------------- metadata

def parse_date(value: object) -> dt.date | None:
    """Parse an ISO date (or date-time) into a :class:`datetime.date`.

    Empty values give ``None``; anything else that is not ISO raises
    :class:`~geo.errors.InputError`.

    Examples
    --------
    >>> parse_date("2024-05-27T09:30:00Z")
    datetime.date(2024, 5, 27)
    >>> parse_date("") is None
    True
    >>> parse_date("2024-13-45")
    Traceback (most recent call last):
    ...
    geo.errors.InputError: invalid date '2024-13-45' (expected ISO YYYY-MM-DD)
    >>> parse_date("0001-01-01")
    Traceback (most recent call last):
    ...
    geo.errors.InputError: implausible date '0001-01-01' (a placeholder? expected a year 1000-2999)
    """
    if value is None or (isinstance(value, dt.date) and value != value):  # pandas NaT
        return None
    if isinstance(value, dt.datetime):  # also pandas.Timestamp (Parquet nanoseconds)
        return _plausible(value.date(), value)
    if isinstance(value, dt.date):
        return _plausible(value, value)
    s = str(value).strip()
    if not s or s.lower() in {"nan", "none", "null", "nat"}:
        return None
    try:
        from dateutil.parser import isoparse

        day = isoparse(s).date()
    except (ValueError, OverflowError) as err:
        raise InputError(f"invalid date {s!r} (expected ISO YYYY-MM-DD)") from err
    return _plausible(day, s)


def _plausible(day: dt.date, given: object) -> dt.date:
    """Refuse placeholder dates (0001-01-01, 9999-12-31): date arithmetic on them overflows."""
    if not 1000 <= day.year <= 2999:
        shown = given if isinstance(given, str) else day.isoformat()
        raise InputError(f"implausible date {shown!r} (a placeholder? expected a year 1000-2999)")
    return day


@dataclass(frozen=True, slots=True)
class _Meta:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def read_metadata(path: str | Path, *, problems: list[Problem] | None = None) -> dict[str, _Meta]:
    """Read a metadata sidecar CSV keyed by its ``file`` column.

    Keys are the file names as written and their paths resolved against the
    CSV's folder; values carry ``title, source, url, published``.

    Raises
    ------
    InputError
        When the file cannot be read or has no ``file`` column.
    """
    path = Path(path)
    problems = problems if problems is not None else []
    try:
        text, _ = decode_bytes(path.read_bytes())
    except OSError as err:
        raise InputError(f"{path}: cannot read metadata file: {err.strerror or err}") from err
    except InputError as err:
        raise InputError(f"{path}: {err}") from err
    csv.field_size_limit(1 << 30)  # long titles are not an error
    reader = csv.DictReader(io.StringIO(text, newline=""))  # not splitlines(): \x1e, \u2028 ...
    try:
        return _metadata_rows(path, reader, problems)
    except csv.Error as err:
        raise InputError(f"{path}: not a readable CSV file ({err})") from err


def _metadata_rows(path: Path, reader: csv.DictReader, problems: list[Problem]) -> dict[str, _Meta]:
    found = [c.strip().lower() for c in (reader.fieldnames or [])]
    if "file" not in found:
        raise InputError(f"{path}: metadata CSV needs a 'file' column; found columns: "
                         f"{', '.join(found) or '(none)'}")
    reader.fieldnames = found
    out: dict[str, _Meta] = {}
    for row_no, row in enumerate(reader, start=1):
        if None in row:
            problems.append(Problem(str(path), "ragged row: more fields than columns", "ingest", row_no))
        name = _clean(row.get("file"))
        if not name:
            problems.append(Problem(str(path), "empty 'file' value", "ingest", row_no))
            continue
        try:
            published = parse_date(row.get("published"))
        except InputError as err:
            problems.append(Problem(str(path), f"{err}; published left empty", "ingest", row_no))
            published = None
        meta = _Meta(_clean(row.get("title")), _clean(row.get("source")), _clean(row.get("url")),
                     published)
        out[name] = meta
        out[str((path.parent / name).resolve())] = meta
    return out


# --------------------------------------------------------------------------- files

def _not_a_file(path: Path) -> str | None:
    """Why ``path`` is not read as a file (a pipe would block the run), or ``None``."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # broken links and races: reading it reports the error
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "symbolic link to a folder: not followed (give the folder itself)"
    kind = ("named pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode)
            else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special file")
    return f"not a regular file ({kind}): skipped"


def _expand(paths: Iterable[str | Path], problems: list[Problem]) -> Iterator[tuple[Path, str]]:
    """Yield ``(file, id)`` for files and folders (recursively) and globs, sorted."""
    for given in paths:
        given_s = str(given)
        p = Path(given_s)
        if not p.exists() and not p.is_symlink() and any(ch in given_s for ch in "*?["):
            matches = sorted(glob.glob(given_s, recursive=True))
            if not matches:
                problems.append(Problem(given_s, "no file matches this pattern"))
            for m in matches:
                if os.path.isfile(m):
                    yield Path(m), m
            continue
        if p.is_symlink() and not p.exists():
            problems.append(Problem(given_s, "broken symbolic link"))
        elif p.is_dir():
            files = []
            for root, dirs, names in os.walk(p, onerror=lambda e: problems.append(
                    Problem(str(e.filename), f"cannot list folder: {e.strerror}"))):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for d in [d for d in dirs if os.path.islink(os.path.join(root, d))]:
                    dirs.remove(d)  # not followed (loops); said, not dropped silently
                    files.append(Path(root, d))
                for name in names:
                    if not name.startswith("."):
                        files.append(Path(root, name))
            inside = p.resolve()
            for f in sorted(files, key=lambda f: f.relative_to(p).as_posix()):
                ident = f.relative_to(p).as_posix()
                what = _not_a_file(f)
                if not what and f.is_symlink() and f.exists() and \
                        not f.resolve().is_relative_to(inside):
                    # someone else's corpus must not pull ~/.ssh/id_rsa into a published map
                    what = "symbolic link to a file outside the folder: not followed"
                if what:
                    problems.append(Problem(ident, what))
                else:
                    yield f, ident
        elif p.exists():
            what = _not_a_file(p)
            if what:
                problems.append(Problem(given_s, what))
            else:
                yield p, given_s
        else:
            problems.append(Problem(given_s, "no such file or folder"))


def _with_meta(doc: Document, meta: _Meta | None) -> Document:
    if meta is None:
        return doc
    return replace(doc, title=meta.title or doc.title, source=meta.source or doc.source,
                   url=meta.url or doc.url, published=meta.published or doc.published)


def _row_document(record: Mapping[str, object], *, source: str, row: int, text_column: str,
                  problems: list[Problem]) -> Document | None:
    text = record.get(text_column)
    if text is None or (isinstance(text, float) and text != text):
        problems.append(Problem(source, f"no '{text_column}' value", "ingest", row))
        return None
    if not isinstance(text, str):
        text = str(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        problems.append(Problem(source, "empty text", "ingest", row))
        return None
    ident = _clean(record.get("id"))
    try:
        published = parse_date(record.get("published") or record.get("date"))
    except InputError as err:
        problems.append(Problem(source, f"{err}; published left empty", "ingest", row))
        published = None
    return Document(id=f"{source}#{ident}" if ident else f"{source}#{row}", text=text,
                    title=_clean(record.get("title")), source=_clean(record.get("source")),
                    url=_clean(record.get("url")), published=published)


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16/32 of a file's first bytes (BOM, or NULs between ASCII), else ``None``."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head[0] and not head[1] and head[2] and not head[3]:
        return "utf-16-le"
    if len(head) >= 4 and not head[0] and head[1] and not head[2] and head[3]:
        return "utf-16-be"
    return None


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str | bytes]]:
    """``(row, line)`` of a JSON Lines file, streamed; UTF-16/32 files (PowerShell's
    default) are decoded before splitting, as their newline is not the byte ``\n``."""
    with open(path, "rb") as fh:
        wide = _wide_encoding(fh.read(4))
    if wide is None:
        with open(path, "rb") as fh:
            yield from enumerate(fh, start=1)
        return
    row = 0
    try:
        with open(path, encoding=wide, newline="") as fh:
            for row, line in enumerate(fh, start=1):
                yield row, line
    except UnicodeDecodeError as err:
        raise InputError(f"invalid {wide} text after row {row}: {err.reason}; the rest of the "
                         "file is skipped") from err


def _jsonl_document(raw: str | bytes, *, ident: str, row: int, text_column: str,
                    problems: list[Problem]) -> Document | None:
    """The document of one JSON line (bytes or text), or ``None`` after reporting why not.

    Shared by :func:`read_documents` and the parallel engine's line-range reader.
    """
    if not raw.strip():
        return None
    try:
        line = decode_bytes(raw)[0] if isinstance(raw, bytes) else raw
        record = json.loads(line)
    except (InputError, ValueError) as err:
        problems.append(Problem(ident, f"invalid JSON line: {err}", "ingest", row))
        return None
    except RecursionError:  # "[[[[..." thousands deep
        problems.append(Problem(ident, "invalid JSON line: nested too deeply", "ingest", row))
        return None
    if not isinstance(record, dict):
        problems.append(Problem(ident, f"JSON line is a {type(record).__name__}, "
                                       "not an object", "ingest", row))
        return None
    return _row_document(record, source=ident, row=row, text_column=text_column,
                         problems=problems)


def _read_jsonl(path: Path, ident: str, text_column: str,
                problems: list[Problem]) -> Iterator[Document]:
    lines = 0
    for row, raw in _jsonl_lines(path):
        lines += bool(raw.strip())
        doc = _jsonl_document(raw, ident=ident, row=row, text_column=text_column,
                              problems=problems)
        if doc is not None:
            yield doc
    if not lines:
        raise InputError("empty file")


def _read_csv(path: Path, ident: str, text_column: str,
              problems: list[Problem]) -> Iterator[Document]:
    text, _ = decode_bytes(path.read_bytes())
    csv.field_size_limit(1 << 30)
    # StringIO splits rows at \n only; str.splitlines() also splits at \x1c-\x1e, \x85,
    # \u2028 and \u2029, which may stand inside a field
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [c.strip() for c in (reader.fieldnames or [])]
    reader.fieldnames = columns
    if text_column not in columns:
        raise InputError(f"missing text column '{text_column}'; found columns: "
                         f"{', '.join(columns) or '(none)'} (choose one with --text-column)")
    row = 0
    try:
        for row, record in enumerate(reader, start=1):
            if None in record:
                problems.append(Problem(ident, "ragged row: more fields than columns; extra "
                                               "fields ignored", "ingest", row))
                record.pop(None)
            if any(v is None for v in record.values()):
                problems.append(Problem(ident, "ragged row: fewer fields than columns",
                                        "ingest", row))
            doc = _row_document(record, source=ident, row=row, text_column=text_column,
                                problems=problems)
            if doc is not None:
                yield doc
    except csv.Error as err:
        raise InputError(f"not a readable CSV file after row {row} ({err}); the rest of the "
                         "file is skipped") from err
    if row == 0:
        raise InputError(f"no data rows, only the header ({', '.join(columns)})")


# --------------------------------------------------------------------------- Parquet

_PARQUET_FIELDS = ("id",) + _META_FIELDS + ("date",)
_PARQUET_BATCH_ROWS = 1024  # documents can be long: a batch of 64k rows may be gigabytes


def _open_parquet(path: Path) -> pq.ParquetFile:
    """Open a Parquet file for reading, or raise :class:`~geo.errors.InputError`."""
    try:
        import pyarrow.parquet as pq
    except ImportError as err:
        raise InputError("reading .parquet needs pyarrow: pip install 'diplomap[dask]'") from err
    # Open it ourselves first: a missing or unreadable file is "cannot read file", not corrupt.
    with open(path, "rb"):
        pass
    try:
        # page checksums, when the writer stored them, catch corrupt pages that would
        # otherwise decode into garbage text
        return pq.ParquetFile(path, page_checksum_verification=True)
    except Exception as err:  # pyarrow raises ArrowInvalid, OSError, EOFError...
        raise InputError(f"not a readable Parquet file: {_arrow_reason(err)}") from err


def _arrow_reason(err: BaseException) -> str:
    """One line of a pyarrow error (they can span lines and repeat the file name)."""
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    return lines[0] if lines else type(err).__name__


def parquet_row_groups(path: str | Path) -> list[tuple[int, int]]:
    """``(num_rows, total_byte_size)`` of each row group of a Parquet file.

    Read from the file's footer only, for splitting big files between workers
    (pass the indices to read as ``row_groups``). ``total_byte_size`` is the
    uncompressed size of the group's data.

    Raises
    ------
    InputError
        When pyarrow is not installed or the file is missing, unreadable or
        not Parquet. The message does not repeat the path: report it with the
        file's id, as :func:`read_corpus` does.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> pq = __import__("pytest").importorskip("pyarrow.parquet")
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "c.parquet"
    >>> pq.write_table(__import__("pyarrow").table({"text": ["a", "b", "c"]}), f,
    ...                row_group_size=2)
    >>> [rows for rows, _ in parquet_row_groups(f)]
    [2, 1]
    """
    path = Path(path)
    try:
        with _open_parquet(path) as pf:
            meta = pf.metadata
            return [(meta.row_group(i).num_rows, meta.row_group(i).total_byte_size)
                    for i in range(meta.num_row_groups)]
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}") from err


class _NotUtf8(bytes):
    """The bytes of a Parquet string value that are not UTF-8 (Parquet strings must be)."""


def _parquet_cells(column: Any) -> list[object]:
    """Python values of an Arrow column. A string that is not UTF-8 comes back as
    :class:`_NotUtf8` bytes, and a value Python cannot hold (a date in year 10000)
    as an :class:`InputError`, instead of failing the whole batch."""
    try:
        return column.to_pylist()
    except (ValueError, OverflowError, ArithmeticError):
        import pyarrow as pa

        cells: list[object] = []
        for scalar in column:
            try:
                cells.append(scalar.as_py())
            except UnicodeDecodeError as err:
                try:
                    value = scalar.value if isinstance(scalar, pa.DictionaryScalar) else scalar
                    cells.append(_NotUtf8(value.cast(pa.large_binary()).as_py()))
                except Exception:  # noqa: BLE001 - the decoding error says more
                    cells.append(InputError(f"not UTF-8 text ({err.reason} at byte "
                                            f"{err.start})"))
            except (ValueError, OverflowError, ArithmeticError) as err:
                cells.append(InputError(f"cannot be read ({err})"))
        return cells


def _parquet_record(record: dict[str, object], *, ident: str, row: int, text_column: str,
                    problems: list[Problem]) -> dict[str, object] | None:
    """Make one Parquet row ready for :func:`_row_document`: bytes decoded, integral
    float ids (pandas writes nullable ints as floats) made ints, bad cells reported."""
    for name, value in record.items():
        reason = None
        if isinstance(value, InputError):
            reason = str(value)
        elif isinstance(value, (bytes, bytearray)):
            try:
                record[name], encoding = decode_bytes(bytes(value))
            except InputError as err:
                reason = str(err)
            else:
                if isinstance(value, _NotUtf8):
                    problems.append(Problem(ident, f"'{name}' value is not valid UTF-8; read as "
                                                   f"{encoding}", "ingest", row))
        if reason is not None:
            if name == text_column:
                problems.append(Problem(ident, f"unreadable '{name}' value: {reason}", "ingest",
                                        row))
                return None
            problems.append(Problem(ident, f"unreadable '{name}' value: {reason}; left empty",
                                    "ingest", row))
            record[name] = None
    ident_value = record.get("id")
    if isinstance(ident_value, float) and ident_value.is_integer():
        record["id"] = int(ident_value)
    return record


def _read_parquet(path: Path, ident: str, text_column: str, problems: list[Problem],
                  row_groups: Sequence[int] | None = None) -> Iterator[Document]:
    """Documents of the rows of a Parquet file, streamed one row group at a time.

    ``row_groups`` (indices, as from :func:`parquet_row_groups`) limits the read to
    those groups; rows keep their 1-based number in the whole file either way, so
    ids and problems match a whole-file read.
    """
    with _open_parquet(path) as pf:
        meta = pf.metadata
        schema = pf.schema_arrow
        names = list(schema.names)
        columns = [c.strip() for c in names]
        if text_column not in columns:
            shown = ", ".join(columns[:50]) + (f", ... ({len(columns) - 50} more)"
                                               if len(columns) > 50 else "")
            raise InputError(f"missing text column '{text_column}'; found columns: "
                             f"{shown or '(none)'} (choose one with --text-column)")
        text_type = schema.field(columns.index(text_column)).type
        if _arrow_nested(text_type):
            raise InputError(f"text column '{text_column}' holds {text_type} values, not text "
                             "(choose another with --text-column)")
        if meta.num_rows == 0:
            raise InputError(f"no data rows, only the columns ({', '.join(columns[:50])})")
        wanted = {text_column, *_PARQUET_FIELDS}
        read = [(name, clean) for name, clean in zip(names, columns) if clean in wanted]
        twice = sorted({clean for _, clean in read if [c for _, c in read].count(clean) > 1})
        if twice:
            same = ", ".join(repr(name) for name, clean in read if clean == twice[0])
            raise InputError(f"column '{twice[0]}' appears more than once ({same}; names are "
                             "read without surrounding spaces)")
        starts = [0]
        for i in range(meta.num_row_groups):
            starts.append(starts[-1] + meta.row_group(i).num_rows)
        if row_groups is None:
            groups = list(range(meta.num_row_groups))
            rest = "the rest of the file is skipped"
        else:
            groups = list(row_groups)
            bad = [g for g in groups if not 0 <= g < meta.num_row_groups]
            if bad:
                raise InputError(f"no row group {bad[0]}: the file has {meta.num_row_groups} "
                                 "(did it change since it was planned?)")
            rest = f"the rest of row groups {', '.join(map(str, groups))} is skipped"
        for group in groups:
            row = starts[group]
            # no Arrow threads: the local engine forks worker processes from this one
            batches = pf.iter_batches(batch_size=_PARQUET_BATCH_ROWS, row_groups=[group],
                                      columns=[name for name, _ in read], use_threads=False)
            while True:
                try:
                    batch = next(batches, None)
                    if batch is None:
                        break
                    cells = [_parquet_cells(batch.column(name)) for name, _ in read]
                except Exception as err:  # corrupt or truncated pages: ArrowInvalid, OSError...
                    raise InputError(f"not a readable Parquet file after row {row} "
                                     f"({_arrow_reason(err)}); {rest}") from err
                for values in zip(*cells):
                    row += 1
                    record = _parquet_record(dict(zip((c for _, c in read), values)),
                                             ident=ident, row=row, text_column=text_column,
                                             problems=problems)
                    if record is None:
                        continue
                    doc = _row_document(record, source=ident, row=row, text_column=text_column,
                                        problems=problems)
                    if doc is not None:
                        yield doc
            if row != starts[group + 1]:
                raise InputError(f"not a readable Parquet file after row {row} (row group "
                                 f"{group} has {row - starts[group]} rows, its footer says "
                                 f"{starts[group + 1] - starts[group]}); {rest}")


def _arrow_nested(arrow_type: Any) -> bool:
    import pyarrow as pa

    if pa.types.is_dictionary(arrow_type):
        arrow_type = arrow_type.value_type
    return bool(pa.types.is_nested(arrow_type))


def _read_text_file(path: Path, ident: str) -> Document:
    data = path.read_bytes()
    if not data.strip():
        raise InputError("empty file")
    text, _ = decode_bytes(data)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        body, title, meta = html_to_text(text)
        published = None
        for key in ("article:published_time", "datepublished", "date", "dc.date", "pubdate"):
            if meta.get(key):
                try:
                    published = parse_date(meta[key])
                except InputError:
                    published = None
                if published:
                    break
        url = meta.get("og:url") or meta.get("canonical")
        doc = Document(ident, body, title=title, source=meta.get("og:site_name"),
                       url=url, published=published)
    elif suffix == ".md":
        body, meta = _front_matter(text)
        try:
            published = parse_date(meta.get("published") or meta.get("date"))
        except InputError:
            published = None
        doc = Document(ident, body, title=meta.get("title"), source=meta.get("source"),
                       url=meta.get("url"), published=published)
    else:
        doc = Document(ident, text)
    if not doc.text.strip():
        raise InputError("no visible text")
    return doc


def read_documents(path: str | Path, *, ident: str | None = None, text_column: str = "text",
                   problems: list[Problem] | None = None) -> Iterator[Document]:
    """Yield the documents of one file (one for text files, one per row for tables).

    Raises
    ------
    InputError
        When the whole file is unusable (unreadable, binary, empty, wrong
        columns); row-level problems go to ``problems`` instead.
    """
    path = Path(path)
    ident = ident or str(path)
    problems = problems if problems is not None else []
    suffix = path.suffix.lower()
    if suffix not in _ALL_SUFFIXES:
        raise InputError(f"unsupported file type {suffix or '(none)'} (expected "
                         f"{', '.join(_ALL_SUFFIXES)})")
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, ident, text_column, problems)
        elif suffix == ".parquet":
            yield from _read_parquet(path, ident, text_column, problems)
        elif suffix == ".csv":
            yield from _read_csv(path, ident, text_column, problems)
        else:
            yield _read_text_file(path, ident)
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}") from err


def read_corpus(paths: Iterable[str | Path], *, meta: str | Path | None = None,
                text_column: str = "text",
                problems: list[Problem] | None = None) -> Iterator[Document]:
    """Stream the documents of files, folders (recursively) and glob patterns.

    Parameters
    ----------
    paths : iterable of str or Path
        Files, folders or glob patterns. A folder's documents get ids relative
        to it; a file given directly keeps the path as given.
    meta : path, optional
        Sidecar CSV with a ``file`` column and optional ``title, source, url,
        published``. It is never read as a document itself.
    text_column : str
        Column of ``.csv``/``.jsonl``/``.parquet`` rows that holds the text.
    problems : list, optional
        Receives a :class:`~geo.values.Problem` for every file or row skipped,
        and for metadata naming files that are not in the corpus.

    Yields
    ------
    Document
    """
    problems = problems if problems is not None else []
    metadata: dict[str, _Meta] = {}
    meta_path = None
    if meta is not None:
        meta_path = Path(meta).resolve()
        metadata = read_metadata(meta_path, problems=problems)
    ledger = _Ledger(metadata, meta, problems)
    for path, ident in _expand(paths, problems):
        if meta_path is not None and path.resolve() == meta_path:
            continue
        file_meta = ledger.file_meta(path, ident)
        try:
            for doc in read_documents(path, ident=ident, text_column=text_column,
                                      problems=problems):
                doc_id, row_meta = ledger.document(doc.id, file_meta)
                if doc_id != doc.id:
                    doc = replace(doc, id=doc_id)
                yield _with_meta(doc, file_meta or row_meta)
        except InputError as err:
            problems.append(Problem(ident, str(err)))
    ledger.finish()


def _file_meta(metadata: Mapping[str, _Meta], path: Path, ident: str) -> _Meta | None:
    """The metadata row naming a file: by absolute path, by id, or by file name."""
    return metadata.get(str(path.resolve())) or metadata.get(ident) or metadata.get(path.name)


class _Ledger:
    """Corpus-order bookkeeping: duplicate ids renamed, metadata matched and checked.

    Shared by :func:`read_corpus` and the parallel engine's collecting side, so
    that every engine renames and reports exactly alike.
    """

    def __init__(self, metadata: Mapping[str, _Meta], meta: object,
                 problems: list[Problem]) -> None:
        self.metadata = metadata
        self.meta = meta
        self.problems = problems
        self.seen: dict[str, int] = {}
        self.used: set[int] = set()

    def file_meta(self, path: Path, ident: str) -> _Meta | None:
        """The metadata row naming a file, marked as used."""
        found = _file_meta(self.metadata, path, ident)
        self.use(found)
        return found

    def use(self, row: _Meta | None) -> None:
        if row is not None:
            self.used.add(id(row))

    def document(self, doc_id: str, file_meta: _Meta | None) -> tuple[str, _Meta | None]:
        """The settled id of the next document, and the metadata row naming that id.

        A repeated id is renamed ``id~2``, ``id~3``... and reported. A row naming
        the document is looked up only when its file has no metadata of its own.
        """
        if doc_id in self.seen:
            self.seen[doc_id] += 1
            new_id = f"{doc_id}~{self.seen[doc_id]}"
            self.problems.append(Problem(doc_id, f"duplicate document id; renamed {new_id}"))
            doc_id = new_id
        else:
            self.seen[doc_id] = 1
        row = None if file_meta is not None else self.metadata.get(doc_id)
        self.use(row)
        return doc_id, row

    def finish(self) -> None:
        """Report metadata rows that named no file or document of the corpus."""
        for name, m in self.metadata.items():
            if id(m) not in self.used and not os.path.isabs(name):
                self.problems.append(Problem(str(self.meta), f"metadata names {name!r}, which "
                                                             "is not in the corpus", "ingest"))
                self.used.add(id(m))
