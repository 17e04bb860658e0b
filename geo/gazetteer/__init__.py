"""Offline gazetteer: countries, admin-1 regions, cities, regions and demonyms.

The gazetteer answers "which places could this name be?" without a network,
from a compact prebuilt index, ``data/gazetteer/index.pkl.xz`` (~4 MB). Serving
and building are apart:

* :mod:`geo.gazetteer.index`: the runtime index: its format, the name key
  (:func:`fold`), entry priors, :func:`load_index` and :class:`IndexView`,
  the read-only view by entry id that the geoparser reads;
* :mod:`geo.gazetteer.lookup`: :class:`Gazetteer`, look-ups by name (an
  offline :class:`geo.geocoders.Resolver`), and :func:`get_gazetteer`;
* :mod:`geo.gazetteer.build`: the offline builder behind ``python -m
  geo.gazetteer build``, which needs the ``gazetteer`` extra and is never
  imported at run time.

Examples
--------
>>> gaz = get_gazetteer()                      # loaded once per process
>>> [(p.name, p.country, p.kind) for p in gaz.candidates("Georgia")][:2]
[('Georgia', 'GE', 'country'), ('Georgia', 'US', 'admin')]
>>> view = gaz.index                           # the same entries by id, read-only
>>> [KIND_CODES[view.kind[i]] for i in view.ids(fold("Georgia"))][:2]
['country', 'admin']
"""

from __future__ import annotations

from geo.gazetteer.index import (ADMIN, CITY, COUNTRY, DEMONYM, FLAG_CAPITAL, FLAG_MINOR_ADMIN, INDEX_FORMAT,
                                 KIND_CODES, REGION, IndexView, city_prior, fold, index_path, load_index,
                                 prior)
from geo.gazetteer.lookup import Gazetteer, get_gazetteer

__all__ = [
    "Gazetteer",
    "get_gazetteer",
    "IndexView",
    "fold",
    "load_index",
    "index_path",
    "prior",
    "city_prior",
    "KIND_CODES",
    "CITY", "COUNTRY", "ADMIN", "REGION", "DEMONYM",
    "FLAG_CAPITAL", "FLAG_MINOR_ADMIN",
    "INDEX_FORMAT",
]
