"""Text, Markdown and HTML files: one document per file.

HTML gives its visible text (script, style and the head dropped; block
elements as line breaks), its title and its ``<meta>`` tags; Markdown its
front matter (``title``, ``published``...).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ..errors import InputError
from ..values import Document
from .decode import decode_bytes
from .metadata import parse_date

__all__ = ["TEXT_SUFFIXES", "html_to_text", "read_text_file"]

#: File types read as one document each.
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")


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


def read_text_file(path: Path, ident: str) -> Document:
    """The document of a ``.txt``, ``.md``, ``.html`` or ``.htm`` file.

    Raises
    ------
    InputError
        Empty, binary, or without visible text (``OSError`` when unreadable).
    """
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
