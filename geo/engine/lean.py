"""Libraries loaded lean in the engines' processes: without numpy, and out of the collector's way.

``distributed`` and ``pyarrow`` import numpy whenever it is installed
(~0.05-0.1 s of CPU and its BLAS library's threads), and pyarrow then also
imports pandas (~300 modules, ~0.2 s) the first time it turns a list into
an array. The engines' processes -- the workers' server and the workers
forked from it, a local cluster's scheduler -- use neither: their messages
are small and their Parquet tables are built from lists of plain Python
values (:func:`geo.engine.store.table_of`). :func:`import_without_numpy`
loads such a library with numpy held back; code that imports numpy later
gets it as usual.

A process that keeps its start-up objects out of the garbage collector's
walks (it has called :func:`gc.freeze`, as the command line does) keeps a
library's out too: :func:`frozen_as_loaded` loads it with collection off and
freezes what it made, and :func:`freeze_more` freezes what a start-up made
since (a local Dask cluster's scheduler and client). Elsewhere -- a notebook,
whose pending garbage a freeze would keep forever -- both change nothing.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
import threading
from collections.abc import Iterator

__all__ = ["import_without_numpy", "frozen_as_loaded", "freeze_more"]


def import_without_numpy(name: str, also: tuple[str, ...] = ()) -> None:
    """Import module ``name`` with numpy (and the modules ``also`` names) held back,
    unless they are loaded already.

    They are held back only while ``name`` loads and only in a process of
    one thread (another thread's ``import numpy`` must never fail meanwhile);
    a module that cannot load without them is loaded with them; one that is
    not installed raises :class:`ImportError`.

    Examples
    --------
    >>> import_without_numpy("json")
    >>> import json, numpy  # both load as usual afterwards
    """
    top = name.partition(".")[0]
    alone = top not in sys.modules and threading.active_count() == 1
    held = [m for m in ("numpy", *also) if m not in sys.modules] if alone else []
    for module in held:
        sys.modules[module] = None  # type: ignore[assignment] - its import fails
    try:
        importlib.import_module(name)
    except ImportError:
        if not held:
            raise
        _release(held)
        held = []
        importlib.import_module(name)  # a version that needs them as it loads
    finally:
        _release(held)


def _release(held: list[str]) -> None:
    for module in held:
        if module in sys.modules and sys.modules[module] is None:
            del sys.modules[module]


def _keeps_start_up_frozen() -> bool:
    return gc.get_freeze_count() > 0 and gc.isenabled()


@contextlib.contextmanager
def frozen_as_loaded() -> Iterator[None]:
    """Within: no garbage collection, and what was made is frozen after, in a process
    that keeps its start-up objects frozen (see the module's text); else nothing changes.

    ``distributed`` makes ~75,000 objects the collector tracks as it loads: it would walk
    them in the full collections made while it loads and in every one after
    (in the collecting process of a local Dask run on 16 MB of news, 2 full
    collections of ~0.03-0.05 s each, one of them in the merge after the last
    result, against none once they are frozen).

    Examples
    --------
    >>> with frozen_as_loaded():
    ...     import json
    """
    if not _keeps_start_up_frozen():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def freeze_more() -> None:
    """Freeze what this process made since its last freeze, if it keeps its start-up
    objects frozen (see the module's text); else do nothing.

    Examples
    --------
    >>> freeze_more()
    """
    if _keeps_start_up_frozen():
        gc.freeze()
