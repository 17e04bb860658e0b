"""The ``geo`` package's own names."""

from __future__ import annotations

import importlib


def test_functions_named_like_their_module_stay_functions_after_the_module_is_imported():
    import geo

    importlib.import_module("geo.geoparse")  # importing a submodule sets it on the package
    importlib.import_module("geo.join")
    assert callable(geo.geoparse) and callable(geo.join)
    assert [m.name for m in geo.geoparse("Putin landed in Tashkent.")] == ["Tashkent"]
    from geo.geoparse import spot  # the submodules stay importable by name

    assert spot.__name__ == "geo.geoparse.spot"
