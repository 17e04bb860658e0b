"""Write pipeline values as JSON Lines, CSV or GeoJSON, atomically.

One table layout per value type (the column order of the CLI's outputs), one
writer for every format. CSV cells that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) are
prefixed with an apostrophe.

Examples
--------
>>> import io
>>> from geo.values import Problem
>>> buf = io.StringIO()
>>> write_values([Problem("a.csv", "=HYPERLINK(1)", row=2)], "csv", buf)
1
>>> print(buf.getvalue().strip())
source,row,stage,reason,text
a.csv,2,ingest,'=HYPERLINK(1),
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import math
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .errors import ConfigurationError
from .problems import Problem
from .values import Mention, RecordStop, Tie, Visit, to_records, valid_point

__all__ = ["FORMATS", "MENTION_FIELDS", "VISIT_FIELDS", "TIE_FIELDS", "RECORD_FIELDS",
           "PROBLEM_FIELDS", "row_of", "write_values", "atomic_open", "atomic_write", "safe_cell",
           "FORMULA_START"]

FORMATS = ("jsonl", "csv", "geojson")

MENTION_FIELDS = ("doc", "start", "end", "text", "name", "lat", "lon", "country", "geonameid",
                  "kind", "score")
VISIT_FIELDS = ("traveler", "traveler_country", "role", "country", "place", "lat", "lon",
                "start_date", "end_date", "status", "doc", "evidence", "confidence", "how", "origin",
                "trip", "sources")
TIE_FIELDS = ("country_a", "country_b", "kind", "weight", "first_date", "last_date", "plover",
              "quad_class", "evidence", "docs")
RECORD_FIELDS = ("traveler", "role", "start_date", "end_date", "country", "place", "lat", "lon",
                 "file", "row", "reason")
PROBLEM_FIELDS = ("source", "row", "stage", "reason", "text")

_FIELDS: dict[type, tuple[str, ...]] = {Mention: MENTION_FIELDS, Visit: VISIT_FIELDS,
                                        Tie: TIE_FIELDS, RecordStop: RECORD_FIELDS,
                                        Problem: PROBLEM_FIELDS}


def row_of(value: Any) -> dict[str, Any]:
    """Return the output row (a plain dict, dates as ISO text) of one value.

    Examples
    --------
    >>> from geo.values import Tie, Evidence
    >>> row_of(Tie("RU", "UZ", "military", 1, None, None, (Evidence("d1", "They signed."),)))
    {'country_a': 'RU', 'country_b': 'UZ', 'kind': 'military', 'weight': 1, 'first_date': None, \
'last_date': None, 'plover': None, 'quad_class': None, 'evidence': ['They signed.'], 'docs': ['d1']}
    """
    plain = to_records([value])[0]
    if isinstance(value, Tie):
        plain["country_a"], plain["country_b"] = value.a, value.b
        plain["docs"] = sorted({e["doc"] for e in plain["evidence"]})
        plain["evidence"] = [e["text"] for e in plain["evidence"]]
    fields = _FIELDS.get(type(value))
    if fields is None:
        return plain
    return {k: plain.get(k) for k in fields}


#: What a spreadsheet may run as a formula when a text cell starts with it (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in a CSV cell; flatten lists; CR line ends become LF.

    A text cell starting with any of :data:`FORMULA_START` gets a leading
    apostrophe; numbers are left alone.

    Examples
    --------
    >>> safe_cell("@SUM(A1)"), safe_cell(-3.5), safe_cell(["a", "b"])
    ("'@SUM(A1)", -3.5, 'a | b')
    >>> safe_cell("\\tx"), safe_cell("\\r=1+1")
    ("'\\tx", "'\\n=1+1")
    """
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        value = " | ".join(v if isinstance(v, str) else (v.get("doc") or "") if isinstance(v, dict)
                           else str(v) for v in value)
    if not isinstance(value, str):
        return value
    formula = value.startswith(FORMULA_START)  # before CR becomes LF: "\r=1" is one too
    if "\r" in value:
        # csv quotes only the line terminator's characters: a bare CR would split the row
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + value if formula else value


def _file_mode(path: Path) -> int:
    """Permissions for ``path``: those of the file it replaces, else 0666 less the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w",
                encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` and move it into place on success.

    An exception (or a kill) mid-write leaves any previous ``path`` untouched.
    The file gets the permissions of the one it replaces (a new one: 0666
    less the umask), not the temporary file's 0600.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    perms = _file_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, perms)  # mkstemp makes it 0600: a published map must stay readable
        kwargs = {} if "b" in mode else {"encoding": encoding, "newline": ""}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_open`) and return the path."""
    with atomic_open(path, "wb") as fh:
        fh.write(data)
    return Path(path)


def _geometry(value: Any, locate: Callable[[str], tuple[float, float] | None] | None):
    """GeoJSON geometry of a value, or ``None`` when it has no valid point."""
    if isinstance(value, Tie):
        ends = [locate(value.a), locate(value.b)] if locate else [None, None]
        if all(e is not None and valid_point(*e) for e in ends):
            return {"type": "LineString",
                    "coordinates": [[round(e[1], 5), round(e[0], 5)] for e in ends]}
        return None
    lat, lon = getattr(value, "lat", None), getattr(value, "lon", None)
    if not valid_point(lat, lon):
        return None
    return {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}


def _finite(row: dict[str, Any]) -> dict[str, Any]:
    """NaN and infinities (not JSON) become ``null``."""
    return {k: None if isinstance(v, float) and not math.isfinite(v) else v
            for k, v in row.items()}


def write_values(values: Iterable[Any], fmt: str, dest: IO[str], *,
                 fields: tuple[str, ...] | None = None,
                 locate: Callable[[str], tuple[float, float] | None] | None = None) -> int:
    """Stream ``values`` to ``dest`` in ``fmt`` and return how many were written.

    ``locate`` maps an ISO2 country code to the point a tie's line is drawn
    to in GeoJSON. Values without valid coordinates (missing, NaN, out of
    range) get a null geometry; NaN and infinite numbers are written as null.
    """
    if fmt not in FORMATS:
        raise ConfigurationError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    count = 0
    if fmt == "jsonl":
        for v in values:
            dest.write(json.dumps(_finite(row_of(v)), ensure_ascii=False, allow_nan=False)
                       + "\n")
            count += 1
    elif fmt == "csv":
        writer = None
        for v in values:
            row = row_of(v)
            if writer is None:
                writer = csv.DictWriter(dest, fieldnames=list(row), lineterminator="\n")
                writer.writeheader()
            writer.writerow({k: safe_cell(x) for k, x in row.items()})
            count += 1
        if writer is None and fields:
            csv.writer(dest, lineterminator="\n").writerow(fields)
    else:
        dest.write('{"type": "FeatureCollection", "features": [')
        for v in values:
            feature = {"type": "Feature", "geometry": _geometry(v, locate),
                       "properties": _finite(row_of(v))}
            dest.write(("\n" if count == 0 else ",\n")
                       + json.dumps(feature, ensure_ascii=False, allow_nan=False))
            count += 1
        dest.write("\n]}\n")
    return count


def dumps(values: Iterable[Any], fmt: str, **kwargs: Any) -> str:
    """Return :func:`write_values` output as a string."""
    buf = io.StringIO()
    write_values(values, fmt, buf, **kwargs)
    return buf.getvalue()
