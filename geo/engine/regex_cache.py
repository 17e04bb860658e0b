"""Regular expressions compiled once per installation, not once per process.

The events' modules compile some 650 regular expressions when they are
imported, about 0.25-0.4 s of CPU, which every process that loads them pays
again: the one-process run, the workers' warm server, and the collecting
process of a run with workers (the merge imports :mod:`geo.ties`, which
imports the visits' modules). Python's :mod:`re` spends that time parsing
each pattern into the matcher's code; the code itself is a list of
integers. :func:`cached_patterns` keeps those lists in a file in
:func:`geo._paths.cache_dir` and, while it is open, builds a pattern from
its stored code in one call instead of parsing it again (about 0.02 s for
all of them).

Safe when absent, stale or broken:

* the file is named for the interpreter (its cache tag) and the matcher's
  version (``_sre.MAGIC``, ``CODESIZE``); another Python never reads it;
* an entry is keyed by the pattern's exact text and flags: a pattern that
  was changed is not found, is compiled as usual, and is added;
* a pattern compiled the usual way is stored only if the pattern built
  from its stored code is equal to it (:class:`re.Pattern` equality compares
  the matcher's code);
* a file that cannot be read or written, or an entry that cannot be built,
  is the same as no cache: patterns are compiled as usual. Nothing is ever
  written outside the cache folder, and never at import.

Examples
--------
>>> import re
>>> with cached_patterns():
...     p = re.compile(r"(?P<day>\\d+) (?:May|June)")
>>> p.match("28 June").group("day")
'28'
"""

from __future__ import annotations

import _sre
import os
import pickle
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["cached_patterns", "cache_file", "MAX_ENTRIES"]

_compiler: Any = getattr(re, "_compiler", None)  # Python 3.11+: re's compiler, whose `compile` is hooked
_LOCK = threading.RLock()
_STATE: dict[str, Any] = {"depth": 0}
#: A file that would hold more entries than this is rewritten with the last block's alone (patterns
#: changed by upgrades pile up otherwise; diplomap and ``distributed`` compile ~800 at start-up).
MAX_ENTRIES = 5000
#: The file as this process read or wrote it last: ``(path, size, mtime_ns, entries)``.
_MEMO: list[Any] = [None]


def _supported() -> bool:
    """Whether this Python's :mod:`re` has the compiler this module hooks (CPython 3.11 and later)."""
    return (_compiler is not None and callable(getattr(_compiler, "compile", None))
            and callable(getattr(_compiler, "_code", None))
            and callable(getattr(getattr(_compiler, "_parser", None), "parse", None))
            and callable(getattr(_sre, "compile", None)))


def cache_file() -> Path:
    """The cache file of this interpreter and matcher version (in :func:`geo._paths.cache_dir`).

    Examples
    --------
    >>> cache_file().name.startswith("patterns-")
    True
    """
    from .._paths import cache_dir

    tag = sys.implementation.cache_tag or sys.implementation.name
    return cache_dir() / f"patterns-{tag}-{_sre.MAGIC}-{_sre.CODESIZE}.pkl"


def _read(path: Path) -> dict[tuple, tuple]:
    """The stored entries, or none when the file is absent or unreadable (read once a process
    while the file is unchanged: a process opens several blocks)."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            memo = _MEMO[0]
            if memo is not None and memo[:3] == (path, st.st_size, st.st_mtime_ns):
                return dict(memo[3])
            entries = pickle.load(fh)
    except Exception:  # noqa: BLE001 - absent, truncated, another format: no cache
        return {}
    if not isinstance(entries, dict):
        return {}
    _MEMO[0] = (path, st.st_size, st.st_mtime_ns, entries)
    return dict(entries)


def _write(path: Path, entries: dict[tuple, tuple]) -> None:
    """Replace the file at once (a reader sees the old file or the new one); errors are ignored."""
    import tempfile  # only when writing (~5 ms to import)

    try:
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(entries, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        st = os.stat(path)
        _MEMO[0] = (path, st.st_size, st.st_mtime_ns, entries)
    except Exception:  # noqa: BLE001 - a read-only or full cache folder: no cache next time
        pass


def _arguments(pattern: str | bytes, flags: int) -> tuple:
    """What ``_sre.compile`` takes to build ``pattern``, as :func:`re._compiler.compile` computes it."""
    p = _compiler._parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1,
            groupindex, tuple(indexgroup))


def _compile(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` while a cache is open: stored patterns from their code."""
    state = _STATE
    original = state["original"]
    if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return original(pattern, flags)
    key = (pattern, int(flags))
    args = state["entries"].get(key)
    if args is not None and args[0] == pattern:
        try:
            compiled = _sre.compile(*args)
        except Exception:  # noqa: BLE001 - a broken entry: compile as usual
            pass
        else:
            state["used"][key] = args
            return compiled
    compiled = original(pattern, flags)
    try:
        args = _arguments(pattern, flags)
        if _sre.compile(*args) == compiled:
            state["used"][key] = args
            state["new"] += 1
    except Exception:  # noqa: BLE001 - not stored; the pattern itself is compiled as usual
        pass
    return compiled


@contextmanager
def cached_patterns(path: Path | None = None) -> Iterator[None]:
    """While open, :func:`re.compile` builds the patterns of the cache file from their stored code.

    Patterns not yet in the file are compiled as usual and added when the
    outermost block closes. Nested and concurrent blocks share one cache.
    On a Python whose :mod:`re` lacks the hooked compiler, or when the cache
    folder cannot be made, this does nothing.

    Parameters
    ----------
    path : Path, optional
        The cache file (default :func:`cache_file`).

    Examples
    --------
    >>> import re, tempfile
    >>> from pathlib import Path
    >>> where = Path(tempfile.mkdtemp()) / "patterns.pkl"
    >>> with cached_patterns(where):
    ...     first = re.compile("(a|b)+c?", re.IGNORECASE)
    >>> re.purge()
    >>> with cached_patterns(where):
    ...     again = re.compile("(a|b)+c?", re.IGNORECASE)
    >>> first == again and first is not again, again.fullmatch("ABAC") is not None
    (True, True)
    """
    with _LOCK:
        if _STATE["depth"] == 0:
            if not _supported():
                _STATE["depth"] += 1
                _STATE["path"] = None
            else:
                try:
                    target = path or cache_file()
                except Exception:  # noqa: BLE001 - no cache folder: compile as usual
                    target = None
                _STATE.update(path=target, entries=_read(target) if target else {}, used={}, new=0)
                if target is not None:
                    _STATE["original"] = _compiler.compile
                    _compiler.compile = _compile
                _STATE["depth"] += 1
        else:
            _STATE["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _STATE["depth"] -= 1
            if _STATE["depth"] == 0 and _STATE.get("path") is not None:
                _compiler.compile = _STATE.pop("original")
                entries, used = _STATE.pop("entries"), _STATE.pop("used")
                if _STATE["new"]:
                    entries.update(used)
                    if len(entries) > MAX_ENTRIES:
                        entries = used
                    _write(_STATE["path"], entries)
                _STATE["path"] = None
