"""Imported by the engines' forkserver: load what every worker needs, once, before forking.

Worker processes forked from a server that imported this module start with
the geoparser, the gazetteer index and the events' tables in memory (shared
copy-on-write), instead of each loading them for about a second. A failure
here is ignored: each worker then loads for itself and reports the error.
"""

from __future__ import annotations

import gc

try:
    from .worker import warm_up

    warm_up()
except Exception:  # noqa: BLE001 - a forkserver that fails to import would break every pool
    pass
# Imported last: what the server loaded is kept out of the workers' garbage collections (they
# would walk it, and touching it copies the shared pages into each worker); collection, off
# while the server loaded (geo.engine.warm_begin), is on again for the workers.
gc.freeze()
gc.enable()
