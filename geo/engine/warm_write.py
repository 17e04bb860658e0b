"""Imported by the engines' forkserver when the workers write Parquet: pyarrow, without numpy.

Loaded with numpy, pyarrow asks of every list it turns into an array
whether it is a pandas object, which imports pandas in each worker on its
first partition (~300 modules: ~0.2 s of CPU, ~0.15 s of a 2 MB partition's
~0.2 s, and ~40 MB). The workers build their tables from lists of plain
values (:func:`geo.engine.store.table_of`), so pyarrow's Parquet writer is
loaded here without numpy (:func:`geo.engine.lean.import_without_numpy`;
a pyarrow that needs numpy loads with it).
"""

from __future__ import annotations

from .lean import import_without_numpy

try:
    import_without_numpy("pyarrow.parquet")
except Exception:  # noqa: BLE001 - a forkserver that fails to import would break every pool
    pass
