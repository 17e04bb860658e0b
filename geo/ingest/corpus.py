"""The corpus as a whole: paths expanded, files read by type, metadata and ids settled."""

from __future__ import annotations

import glob
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from ..values import Document, Problem
from .metadata import MetaRow, apply_metadata, file_metadata, read_metadata, row_metadata
from .parquet import read_parquet
from .tables import TABLE_SUFFIXES, read_csv, read_jsonl
from .text import TEXT_SUFFIXES, read_text_file

__all__ = ["ALL_SUFFIXES", "expand_paths", "read_documents", "read_corpus", "CorpusLedger",
           "text_digest", "corpus_digest"]

#: Every file type a corpus may hold.
ALL_SUFFIXES = TEXT_SUFFIXES + TABLE_SUFFIXES


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


def expand_paths(paths: Iterable[str | Path], problems: list[Problem]) -> Iterator[tuple[Path, str]]:
    """Yield ``(file, id)`` for files, folders (recursively, sorted) and glob patterns.

    A folder's files get ids relative to it; a file given directly keeps the
    path as given. What is not read (a missing path, a pattern matching
    nothing, a FIFO, a symbolic link leaving the folder, hidden files aside)
    is reported to ``problems``, in order.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "b.txt").write_text("b"); _ = (folder / "a.md").write_text("a")
    >>> problems = []
    >>> [ident for _, ident in expand_paths([folder, folder / "nowhere"], problems)]
    ['a.md', 'b.txt']
    >>> [p.reason for p in problems]
    ['no such file or folder']
    """
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


def read_documents(path: str | Path, *, ident: str | None = None, text_column: str = "text",
                   problems: list[Problem] | None = None,
                   byte_range: tuple[int, int] | None = None, first_row: int = 1,
                   row_groups: Sequence[int] | None = None) -> Iterator[Document]:
    """Yield the documents of one file (one for text files, one per row for tables).

    ``byte_range`` (with ``first_row``) reads only those whole lines of a
    ``.jsonl`` file, ``row_groups`` only those row groups of a ``.parquet``
    file: the pieces the parallel engine plans. Rows keep their number in the
    whole file, so a file read in pieces gives the documents and problems of
    a whole read.

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
    if suffix not in ALL_SUFFIXES:
        raise InputError(f"unsupported file type {suffix or '(none)'} (expected "
                         f"{', '.join(ALL_SUFFIXES)})")
    try:
        if suffix == ".jsonl":
            yield from read_jsonl(path, ident, text_column, problems, byte_range=byte_range,
                                  first_row=first_row)
        elif suffix == ".parquet":
            yield from read_parquet(path, ident, text_column, problems, row_groups=row_groups)
        elif suffix == ".csv":
            yield from read_csv(path, ident, text_column, problems)
        else:
            yield read_text_file(path, ident)
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
    metadata: dict[str, MetaRow] = {}
    meta_path = None
    if meta is not None:
        meta_path = Path(meta).resolve()
        metadata = read_metadata(meta_path, problems=problems)
    ledger = CorpusLedger(metadata, meta, problems)
    for path, ident in expand_paths(paths, problems):
        if meta_path is not None and path.resolve() == meta_path:
            continue
        file_meta = ledger.file_meta(path, ident)
        try:
            for doc in read_documents(path, ident=ident, text_column=text_column,
                                      problems=problems):
                doc_id, row_meta = ledger.document(doc.id, file_meta)
                if doc_id != doc.id:
                    doc = replace(doc, id=doc_id)
                yield apply_metadata(doc, file_meta or row_meta)
        except InputError as err:
            problems.append(Problem(ident, str(err)))
    ledger.finish()


class CorpusLedger:
    """Corpus-order bookkeeping: duplicate ids renamed, metadata matched and checked.

    :func:`read_corpus` keeps one, and so does the parallel engine's collecting
    side (:mod:`geo.engine`), so that every engine renames and reports alike.
    Documents must be shown to it in corpus order.

    Examples
    --------
    >>> problems = []
    >>> ledger = CorpusLedger({"a.jsonl#1": MetaRow(title="One")}, "meta.csv", problems)
    >>> ledger.document("a.jsonl#1", None)
    ('a.jsonl#1', MetaRow(title='One', source=None, url=None, published=None))
    >>> ledger.document("a.jsonl#1", None)[0], problems[-1].reason
    ('a.jsonl#1~2', 'duplicate document id; renamed a.jsonl#1~2')
    """

    def __init__(self, metadata: Mapping[str, MetaRow], meta: object,
                 problems: list[Problem]) -> None:
        self.metadata = metadata
        self.meta = meta
        self.problems = problems
        self.seen: dict[str, int] = {}
        self.used: set[int] = set()

    def file_meta(self, path: Path, ident: str) -> MetaRow | None:
        """The metadata row naming a file, marked as used."""
        found = file_metadata(self.metadata, path, ident)
        self.use(found)
        return found

    def use(self, row: MetaRow | None) -> None:
        """Mark a metadata row as used (it names something in the corpus)."""
        if row is not None:
            self.used.add(id(row))

    def document(self, doc_id: str, file_meta: MetaRow | None) -> tuple[str, MetaRow | None]:
        """The settled id of the next document, and the metadata row naming that document.

        A repeated id is renamed ``id~2``, ``id~3``... and reported. A row naming
        the document (by the id it was read with) is looked up only when its
        file has no metadata of its own; it applies to every document read
        with that id.
        """
        row = row_metadata(self.metadata, doc_id, file_meta)
        self.use(row)
        if doc_id in self.seen:
            self.seen[doc_id] += 1
            new_id = f"{doc_id}~{self.seen[doc_id]}"
            self.problems.append(Problem(doc_id, f"duplicate document id; renamed {new_id}"))
            doc_id = new_id
        else:
            self.seen[doc_id] = 1
        return doc_id, row

    def finish(self) -> None:
        """Report metadata rows that named no file or document of the corpus."""
        for name, m in self.metadata.items():
            if id(m) not in self.used and not os.path.isabs(name):
                self.problems.append(Problem(str(self.meta), f"metadata names {name!r}, which "
                                                             "is not in the corpus", "ingest"))
                self.used.add(id(m))


def text_digest(text: str) -> str:
    """The SHA-256 of a document's text (hex), what a corpus digest takes of each text.

    Examples
    --------
    >>> text_digest("Hi.")[:12]
    '17f4444f3932'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def corpus_digest(documents: Iterable[Document],
                  text_digests: Mapping[str, str] | None = None) -> str:
    """SHA-256 of documents as read (ids, metadata and each text's SHA-256), to tell inputs apart.

    ``text_digests`` gives each document's :func:`text_digest` by id, for
    documents kept without their texts (the engine computes them where the
    texts are read); otherwise the texts are hashed here.

    Examples
    --------
    >>> a = Document("a.txt", "Hi.")
    >>> corpus_digest([a]) == corpus_digest([replace(a, text="")], {"a.txt": text_digest("Hi.")})
    True
    >>> corpus_digest([a])[:12]
    '1603ff56a6d4'
    """
    h = hashlib.sha256()
    for d in documents:
        text = text_digests[d.id] if text_digests is not None else text_digest(d.text)
        for part in (d.id, d.title, d.source, d.url, d.published, text):
            h.update(("" if part is None else str(part)).encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
    return h.hexdigest()
