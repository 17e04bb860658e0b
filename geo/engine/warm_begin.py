"""Imported first by the engines' forkserver: no garbage collection while it loads.

The server loads hundreds of thousands of long-lived objects (``distributed``,
the gazetteer index, the events' tables); the collector would walk them again
and again as they are made, for nothing (~0.04 s of CPU before the first
worker can fork). As Python's documentation of :func:`gc.freeze` advises for
a process that forks without exec, collection is off while the server loads;
:mod:`geo.engine.warm` (or :mod:`geo.engine.warm_geoparse`), imported last,
freezes what was loaded and turns collection on again, for the workers.
"""

from __future__ import annotations

import gc

gc.disable()
