"""Doctest collection for geo/ and maps/ (the README's ``python3 -m pytest`` runs them).

Every module imports without the optional extras. Examples that write or read
Parquet need pyarrow (the ``dask`` extra, part of ``test``); without it they
are skipped with that reason instead of failing.
"""

from __future__ import annotations

import pytest


#: The workers' server warm-up modules (``geo/engine/warm*.py``) have no examples, and
#: importing them changes the importing process: they disable or freeze its garbage
#: collection and load pyarrow without numpy, as they are meant to in the server. Kept
#: here, relative to this file: pytest's ``--ignore-glob`` is relative to the directory
#: pytest runs in, so a glob in ``addopts`` never matched an absolute path.
collect_ignore_glob = ["geo/engine/warm*.py"]

#: Words in an example's code that mean it reads or writes Parquet.
_NEEDS_PYARROW = ("parquet", "pyarrow", "mention_schema")


def pytest_collection_modifyitems(config, items):
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        pass
    else:
        return
    skip = pytest.mark.skip(reason="example uses Parquet: needs pyarrow (pip install 'diplomap[dask]')")
    for item in items:
        test = getattr(item, "dtest", None)  # a doctest item
        if test is not None and any(word in example.source.lower() for example in test.examples
                                    for word in _NEEDS_PYARROW):
            item.add_marker(skip)
