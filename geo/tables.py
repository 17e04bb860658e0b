"""The curated tables bundled in ``data/`` (leaders, landmarks, relations, record aliases) and how they are read.

One reader for all of them, so a broken table always fails the same way: an
:class:`~geo.errors.InputError` naming the file and what is missing; and one
way to read a cell that holds a list (``Clinton;William J. Clinton``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from geo.errors import InputError

__all__ = ["read_table", "cells"]


def read_table(path: str | Path | None, default: str, columns: set[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """``(row number, row)`` of a bundled table, or of ``path`` when given; cells stripped.

    Parameters
    ----------
    path : path or None
        A table of one's own; ``None`` reads the bundled ``data/<default>``.
    default : str
        The bundled file's name.
    columns : set of str
        Columns the table must have.

    Raises
    ------
    InputError
        When a column is missing.

    Examples
    --------
    >>> n, row = next(read_table(None, "landmarks.csv", {"name", "country"}))
    >>> n, row["name"], row["country"]
    (1, 'Kremlin', 'RU')
    """
    if path is None:
        from geo._paths import data_path

        path = data_path(default)
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = set(columns) - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"{path}: missing column(s) {sorted(missing)}")
        for i, row in enumerate(reader, start=1):
            yield i, {k: (v or "").strip() for k, v in row.items() if k is not None}


def cells(value: str, sep: str = ";") -> tuple[str, ...]:
    """The items of a cell that holds a list, stripped, empty ones left out.

    Examples
    --------
    >>> cells("Clinton; William J. Clinton;")
    ('Clinton', 'William J. Clinton')
    >>> cells("talks|held talks", "|"), cells("")
    (('talks', 'held talks'), ())
    """
    return tuple(item.strip() for item in value.split(sep) if item.strip())
