"""Bytes to text: encodings guessed, line ends normalised, binary content refused.

Every reader of :mod:`geo.ingest` decodes through :func:`decode_bytes`, so a
file reads the same whatever its format; every CSV reader of the package (corpus
tables, metadata, visit records) starts from :func:`csv_rows`.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from typing import Any

from ..errors import InputError

__all__ = ["decode_bytes", "wide_encoding", "csv_rows"]

#: The longest CSV field read (the csv module stops at 128 KiB by default): a long
#: cell is data, not an error.
LONGEST_FIELD = 1 << 30

_BINARY_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\x1f\x8b": "gzip archive",
    b"PK\x03\x04": "ZIP archive",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x7fELF": "executable",
}


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


def wide_encoding(head: bytes) -> str | None:
    """UTF-16/32 of a file's first bytes (BOM, or NULs between ASCII), else ``None``.

    Such files (PowerShell writes JSON Lines in UTF-16) do not split into lines
    at the byte ``\\n``.

    Examples
    --------
    >>> import codecs
    >>> wide_encoding(codecs.BOM_UTF16_LE + b"{"), wide_encoding(b'{"a": 1}')
    ('utf-16', None)
    """
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head[0] and not head[1] and head[2] and not head[3]:
        return "utf-16-le"
    if len(head) >= 4 and not head[0] and head[1] and not head[2] and head[3]:
        return "utf-16-be"
    return None


def csv_rows(text: str, *, header: bool = False) -> Any:
    """A CSV reader over decoded ``text`` (a ``csv.DictReader`` when ``header``).

    Rows split at ``\\n`` only (not at ``\\x1e`` or ``\\u2028``, which may stand inside
    a field), quoted newlines stay in their field, and cells may be as long as
    :data:`LONGEST_FIELD`.

    Examples
    --------
    >>> next(csv_rows("a,b\\n1," + "x" * 200_000, header=True))["b"] == "x" * 200_000
    True
    >>> list(csv_rows('id,text\\n1,"two\\nlines"'))
    [['id', 'text'], ['1', 'two\\nlines']]
    """
    csv.field_size_limit(LONGEST_FIELD)  # process-wide, but every reader here wants it
    source = io.StringIO(text, newline="")
    return csv.DictReader(source) if header else csv.reader(source)
