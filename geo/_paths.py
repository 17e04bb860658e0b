"""Where packaged data lives, in a checkout and in an installed wheel."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["data_dir", "data_path", "cache_dir"]


def data_dir() -> Path:
    """Return the folder of bundled data (``data/`` in a checkout, ``geo/_data`` installed)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_data", here.parent / "data"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"diplomap's bundled data folder is missing (looked in {here / '_data'} "
                            f"and {here.parent / 'data'})")


def data_path(*parts: str) -> Path:
    """Return the path of a bundled data file."""
    return data_dir().joinpath(*parts)


def cache_dir() -> Path:
    """Return (and create) diplomap's cache folder (``$DIPLOMAP_CACHE`` or ``~/.cache/diplomap``)."""
    root = os.environ.get("DIPLOMAP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "diplomap")
    path = Path(root)
    path.mkdir(parents=True, exist_ok=True)
    return path
