"""Imported by the forkserver of a local Dask cluster: load ``distributed`` before forking.

The workers of :func:`geo.engine.cluster.forked_cluster` fork from this
server with ``distributed`` loaded, without numpy or jinja2 (dask's HTML views
for notebooks: :func:`geo.engine.cluster.load_distributed`).
"""

from __future__ import annotations

from .cluster import load_distributed

try:
    load_distributed(html=False)
except Exception:  # noqa: BLE001 - a forkserver that fails to import would break every pool
    pass
