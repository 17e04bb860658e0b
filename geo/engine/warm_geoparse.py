"""Imported by the forkserver of jobs that find no events: load the geoparser only.

Like :mod:`geo.engine.warm`, without the events' tables (mentions to Parquet
never use them; they cost ~0.15 s before the first worker can fork).
"""

from __future__ import annotations

import gc

try:
    from .worker import warm_up

    warm_up(events=False)
except Exception:  # noqa: BLE001 - a forkserver that fails to import would break every pool
    pass
# Imported last: what the server loaded is kept out of the workers' garbage collections (they
# would walk it, and touching it copies the shared pages into each worker); collection, off
# while the server loaded (geo.engine.warm_begin), is on again for the workers.
gc.freeze()
gc.enable()
