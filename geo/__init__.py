"""diplomap's text side: ingest -> geoparse -> events -> records -> join.

Names are imported lazily so that ``diplomap --help`` and a one-sentence
geoparse start quickly.
"""

from __future__ import annotations

import importlib
from typing import Any

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


def __getattr__(name: str) -> Any:
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'geo' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"geo.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
