"""diplomap's text side: ingest -> geoparse -> events -> records -> join.

Names are imported lazily so that ``diplomap --help`` and a one-sentence
geoparse start quickly.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from geo.lazy import lazy_exports

__version__ = "0.1.0"

_EXPORTS = {
    # values
    "Document": "values", "Place": "values", "Mention": "values", "Evidence": "values",
    "Visit": "values", "Tie": "values", "RecordStop": "values", "Problem": "values",
    "to_frame": "values", "to_records": "values", "lonlat": "values",
    # errors
    "DiplomapError": "errors", "InputError": "errors", "GeocodingError": "errors",
    "ConfigurationError": "errors",
    # stages
    "read_corpus": "ingest", "read_documents": "ingest",
    "Gazetteer": "gazetteer", "get_gazetteer": "gazetteer",
    "OfflineGeocoder": "geocoders", "OnlineResolver": "geocoders", "make_resolver": "geocoders",
    "geoparse": "geoparse", "geoparse_many": "geoparse",
    "extract_visits": "events", "extract_ties": "events", "order_trips": "events",
    "load_records": "records",
    "join": "join",
}

__all__ = sorted(_EXPORTS) + ["__version__"]

#: Exported functions that share their name with the module that defines them.
_SAME_NAME = frozenset(name for name, module in _EXPORTS.items() if name == module)


class _Package(types.ModuleType):
    """``geo`` itself: ``geo.geoparse`` and ``geo.join`` stay the functions.

    Importing a submodule sets it as an attribute of its package, so once
    anything has imported ``geo.geoparse`` (the package), ``geo.geoparse``
    would be that module and ``geo.geoparse("...")`` would fail. The
    submodules stay importable by name (``from geo.geoparse import spot``).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SAME_NAME and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
