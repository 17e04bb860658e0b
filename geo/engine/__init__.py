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
>>> from geo.engine import process_corpus
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

from geo.lazy import lazy_exports

#: The package's names, by the module that defines them: imported on first use, so that
#: importing one module of the package (the command line's :mod:`geo.engine.server`, the
#: workers' server's :mod:`geo.engine.worker`) does not load the others.
_EXPORTS = {
    "Collected": "collect", "open_store": "collect", "process_corpus": "collect",
    "ENGINES": "engines", "default_workers": "engines",
    "geoparse_corpus": "mentions", "geoparse_to_parquet": "mentions",
    "FileSlice": "plan", "Partition": "plan", "list_corpus": "plan",
    "partition_size": "plan", "plan_partitions": "plan",
    "StoredRows": "spill",
    "StoreWriter": "store", "mention_schema": "store", "read_mentions_parquet": "store",
    "write_mentions_parquet": "store",
    "worker_info": "worker",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
