"""Doctest collection for geo/ and maps/ (the README's ``python3 -m pytest`` runs them).

Every module imports without the optional extras. Examples that write or read
Parquet need pyarrow (the ``dask`` extra, part of ``test``); without it they
are skipped with that reason instead of failing.
"""

from __future__ import annotations

import pytest


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
