"""Libraries loaded without numpy in the engines' processes, where nothing of ours needs it.

``distributed`` and ``pyarrow`` import numpy whenever it is installed
(~0.05-0.1 s of CPU and its BLAS library's threads), and pyarrow then also
imports pandas (~300 modules, ~0.2 s) the first time it turns a list into
an array. The engines' processes -- the workers' server and the workers
forked from it, a local cluster's scheduler -- use neither: their messages
are small and their Parquet tables are built from lists of plain Python
values (:func:`geo.engine.store.table_of`). :func:`import_without_numpy`
loads such a library with numpy held back; code that imports numpy later
gets it as usual.
"""

from __future__ import annotations

import importlib
import sys
import threading

__all__ = ["import_without_numpy"]


def import_without_numpy(name: str) -> None:
    """Import module ``name`` with numpy held back, unless numpy is loaded already.

    Numpy is held back only while ``name`` loads and only in a process of
    one thread (another thread's ``import numpy`` must never fail meanwhile);
    a module that cannot load without numpy is loaded with it; one that is
    not installed raises :class:`ImportError`.

    Examples
    --------
    >>> import_without_numpy("json")
    >>> import json, numpy  # both load as usual afterwards
    """
    top = name.partition(".")[0]
    held = ("numpy" not in sys.modules and top not in sys.modules
            and threading.active_count() == 1)
    if held:
        sys.modules["numpy"] = None  # type: ignore[assignment] - `import numpy` fails
    try:
        importlib.import_module(name)
    except ImportError:
        if not held:
            raise
        del sys.modules["numpy"]
        held = False
        importlib.import_module(name)  # a version that needs numpy as it loads
    finally:
        if held and "numpy" in sys.modules and sys.modules["numpy"] is None:
            del sys.modules["numpy"]
