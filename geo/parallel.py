"""Former home of the parallel engine, now :mod:`geo.engine`; these names still import from here.

.. deprecated:: 0.1
    Import from :mod:`geo.engine` instead.
"""

from __future__ import annotations

from .engine import (ENGINES, FileSlice, Partition, default_workers, geoparse_corpus,
                     geoparse_to_parquet, mention_schema, plan_partitions,
                     read_mentions_parquet, worker_info, write_mentions_parquet)

__all__ = ["ENGINES", "FileSlice", "Partition", "geoparse_corpus", "geoparse_to_parquet",
           "plan_partitions", "default_workers", "worker_info", "write_mentions_parquet",
           "read_mentions_parquet", "mention_schema"]
