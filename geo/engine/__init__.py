"""The text side on many cores: the per-document stage on workers, the merge here.

Every document goes through the same per-document stage
(:func:`geo.engine.worker.run_partition`): read, geoparse, find its visits
and tie evidence (:func:`geo.events.document_events`) and the places it
names in their sentences (:func:`geo.join.mention_contexts`). Workers run it
on partitions of the corpus and send back, or write as Parquet parts, only
what the collecting process needs; the collecting process settles ids in
corpus order and merges (:func:`geo.events.finish_events`, the join with
records, the map). One process, ``workers=N`` and Dask run the same code, so
their outputs are the same by construction.

The package:

* :mod:`geo.engine.plan` -- the corpus listed and cut into partitions, sized
  from the corpus and the number of workers (:func:`partition_size`);
* :mod:`geo.engine.worker` -- the per-document stage on one partition;
* :mod:`geo.engine.engines` -- this process, a process pool, a Dask cluster;
* :mod:`geo.engine.cluster` -- the local Dask cluster (workers forked warm);
* :mod:`geo.engine.collect` -- results settled in corpus order and kept small
  (documents' metadata in memory, mentions on disk);
* :mod:`geo.engine.store` -- Parquet parts and their schemas;
* :mod:`geo.engine.mentions` -- geoparsing alone (``diplomap mentions``).

Engines (``engine=``, ``--engine``):

``local``, 1 worker
    In this process.
``local``, N workers
    A pool of local processes, forked from a server that loaded the
    geoparser, the gazetteer index and the events' tables once.
``dask``
    A local Dask cluster of N single-threaded worker processes (forked warm
    the same way, without nannies: :mod:`geo.engine.cluster`), or an existing
    scheduler's cluster. There, the workers read the corpus files
    themselves: give them the same paths (shared storage) and the same
    diplomap version, one thread per worker process (the geoparser holds the
    GIL)::

        dask scheduler                                  # tcp://HOST:8786, dashboard :8787
        dask worker tcp://HOST:8786 --nworkers 8 --nthreads 1   # on each machine

    then pass ``scheduler="tcp://HOST:8786"`` (``--scheduler``).

``dask``, ``distributed`` and ``pyarrow`` are imported only when used
(``pip install 'diplomap[dask]'``).

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Putin arrived in Tashkent on Sunday.", encoding="utf-8")
>>> collected = process_corpus([folder])
>>> [d.id for d in collected.documents], [m.text for m in collected.mentions]
(['a.txt'], ['Tashkent'])
>>> [(v.traveler, v.country) for v in collected.visits]
[('Vladimir Putin', 'UZ')]
"""

from __future__ import annotations

from .collect import Collected, open_store, process_corpus
from .engines import ENGINES, default_workers
from .mentions import geoparse_corpus, geoparse_to_parquet
from .plan import FileSlice, Partition, list_corpus, partition_size, plan_partitions
from .spill import StoredRows
from .store import StoreWriter, mention_schema, read_mentions_parquet, write_mentions_parquet
from .worker import worker_info

__all__ = ["ENGINES", "Collected", "FileSlice", "Partition", "StoreWriter", "StoredRows",
           "default_workers", "geoparse_corpus", "geoparse_to_parquet", "list_corpus",
           "mention_schema", "open_store", "partition_size", "plan_partitions",
           "process_corpus", "read_mentions_parquet", "worker_info",
           "write_mentions_parquet"]
