"""Where a drawn item comes from: documents and record rows as the map shows them.

Everything here runs before anything reaches the page: URLs that are not plain
http(s) are dropped (:func:`safe_url`), document ids that are local absolute paths
are made relative to the corpus (:class:`PublicIds`), so a published map or embed
never shows where files lived on the machine that built it.
"""

from __future__ import annotations

import datetime as dt
import ntpath
import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence

from geo.values import Document, Evidence

__all__ = ["safe_url", "PublicIds", "DocTable", "clip", "iso", "MAX_EVIDENCE_CHARS"]

#: Longest evidence sentence kept in a popup (characters).
MAX_EVIDENCE_CHARS = 600

_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]")
_HTTP_URL = re.compile(r"https?://[^/?#@\\]+(?:[/?#]|$)", re.IGNORECASE)
_WINDOWS_ABS = re.compile(r"^(?:[a-zA-Z]:[\\/]|\\\\)")


def safe_url(url: str | None) -> str | None:
    """Return ``url`` if it is an absolute http(s) URL without control characters, else None.

    ``DiploMap.safeUrl`` in ``assets/core.js`` is the same rule in the browser (a
    browser test holds the two equal).

    Examples
    --------
    >>> safe_url("https://example.org/a?b=1")
    'https://example.org/a?b=1'
    >>> safe_url("javascript:alert(1)") is None, safe_url(" JaVaScRiPt:x") is None
    (True, True)
    >>> safe_url("data:text/html,hi") is None, safe_url("//evil.example") is None
    (True, True)
    """
    if not url or not isinstance(url, str):
        return None
    if len(url) > 2000 or _CONTROL_OR_SPACE.search(url) or not _HTTP_URL.match(url):
        return None
    return url


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def clip(text: str | None, n: int = MAX_EVIDENCE_CHARS) -> str:
    """Collapse white space and cut to ``n`` characters (with an ellipsis).

    Examples
    --------
    >>> clip("  a \\n b  "), clip("abcdef", 4)
    ('a b', 'abc…')
    """
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


def _split(doc: str) -> tuple[str, str]:
    path, sep, frag = doc.partition("#")
    return path, sep + frag


def _is_abs(path: str) -> bool:
    return path.startswith(("/", "file:")) or bool(_WINDOWS_ABS.match(path))


class PublicIds:
    """Document ids as a reader may see them: local absolute paths made relative.

    Ids that are absolute paths (``/home/me/news/a.txt``, ``C:\\data\\trips.csv#3``,
    ``file:///...``) are shown relative to the folder that holds all of them (a single
    file: its name); other ids are kept as they are.

    Examples
    --------
    >>> p = PublicIds(["/home/me/news/2024/a.txt", "/home/me/news/b.txt", "c.txt",
    ...                "/srv/x/trips.csv#12"])
    >>> p("/home/me/news/2024/a.txt"), p("c.txt"), p("/srv/x/trips.csv#12")
    ('home/me/news/2024/a.txt', 'c.txt', 'srv/x/trips.csv#12')
    >>> PublicIds(["/home/me/news/a.txt", "/home/me/news/b.txt"])("/home/me/news/a.txt")
    'a.txt'
    >>> PublicIds(["/tmp/t/us.csv#3"])("/tmp/t/us.csv#3"), PublicIds([])("file:///x/y.txt")
    ('us.csv#3', 'y.txt')
    """

    def __init__(self, ids: Iterable[str | None]):
        dirs = set()
        for doc in ids:
            if doc:
                path = self._path(_split(doc)[0])
                if path is not None:
                    dirs.add(posixpath.dirname(path))
        self.base = posixpath.commonpath(sorted(dirs)) if dirs else None

    @staticmethod
    def _path(path: str) -> str | None:
        if not _is_abs(path):
            return None
        if path.startswith("file:"):
            path = re.sub(r"^file:/*", "/", path)
        if _WINDOWS_ABS.match(path):
            path = "/" + ntpath.splitdrive(path)[1].replace("\\", "/").lstrip("/")
        return posixpath.normpath(path)

    def __call__(self, doc: str) -> str:
        path, frag = _split(doc)
        norm = self._path(path)
        if norm is None:
            return doc
        base = self.base if self.base is not None else posixpath.dirname(norm)
        try:
            rel = posixpath.relpath(norm, base)
        except ValueError:  # pragma: no cover - different roots cannot happen in posix form
            rel = posixpath.basename(norm)
        if rel.startswith(".."):
            rel = posixpath.basename(norm)
        return rel + frag


class DocTable:
    """Documents referenced by one layer, each once: ``[id, title, url, date, outlet]`` rows.

    ``id`` is the public id (see :class:`PublicIds`); URLs that are not http(s) are
    dropped here, before anything reaches the page.

    Examples
    --------
    >>> t = DocTable({"a.txt": Document("a.txt", "", title="T", source="Outlet", url="javascript:x")})
    >>> t.ref("a.txt"), t.ref("b.txt"), t.ref("a.txt")
    (0, 1, 0)
    >>> t.rows
    [['a.txt', 'T', None, None, 'Outlet'], ['b.txt', None, None, None, None]]
    """

    def __init__(self, documents: Mapping[str, Document] | None = None, public: PublicIds | None = None):
        self.documents = documents or {}
        self.public = public or PublicIds(())
        self.rows: list[list[str | None]] = []
        self._index: dict[str, int] = {}

    def ref(self, doc: str | None, evidence: Evidence | None = None) -> int | None:
        """Index of ``doc`` in :attr:`rows`, adding it (with what ``evidence`` knows) if new."""
        if not doc:
            return None
        i = self._index.get(doc)
        if i is None:
            d = self.documents.get(doc)
            title = (d.title if d else None) or (evidence.title if evidence else None)
            url = safe_url((d.url if d else None) or (evidence.url if evidence else None))
            date = (d.published if d else None) or (evidence.published if evidence else None)
            outlet = d.source if d else None
            i = self._index[doc] = len(self.rows)
            self.rows.append([self.public(doc), clip(title, 300) or None, url, iso(date),
                              clip(outlet, 120) or None])
        return i

    def evidence(self, items: Sequence[Evidence], limit: int) -> list[list]:
        """``[doc index, text, row]`` of up to ``limit`` distinct pieces of evidence."""
        rows: list[list] = []
        seen: set[tuple[str, str]] = set()
        for e in items:
            key = (e.doc, e.text)
            if key in seen:
                continue
            seen.add(key)
            rows.append([self.ref(e.doc, e), clip(e.text), e.row])
            if len(rows) >= limit:
                break
        return rows
