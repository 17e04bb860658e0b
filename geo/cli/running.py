"""Running the pipeline for a command: the bundled sample as default input, progress shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .console import Progress, engine_messages
from .options import CorpusOptions, EngineOptions, RecordOptions, SourceOptions

__all__ = ["SAMPLE_TITLE", "with_sample", "run_pipeline"]

SAMPLE_TITLE = "Putin's foreign trips, 2022-2024 (diplomap sample)"


def with_sample(paths: list[str] | None, corpus: CorpusOptions, records: RecordOptions,
                sources: SourceOptions, title: str | None
                ) -> tuple[list[str], CorpusOptions, RecordOptions, str | None]:
    """Nothing to read (no PATH, ``--records``, ``--mentions`` or ``--from``): the bundled
    sample, its metadata, ``data/visits.csv`` and a title; else what was given."""
    from .._paths import data_path

    if paths or records.records or sources.mentions_from or sources.store_from:
        return list(paths or []), corpus, records, title
    corpus = CorpusOptions(corpus.meta or data_path("sample", "meta.csv"), corpus.text_column)
    records = RecordOptions([data_path("visits.csv")], records.columns)
    return [str(data_path("sample"))], corpus, records, title or SAMPLE_TITLE


def run_pipeline(paths: list[str] | None, corpus: CorpusOptions, *, quiet: bool,
                 records: RecordOptions | None = None, resolver: Any = None,
                 engine: EngineOptions | None = None, sources: SourceOptions | None = None,
                 min_confidence: float = 0.0, label: str = "reading",
                 store_to: Path | None = None, keep_mentions: bool = True,
                 digests: bool = False) -> Any:
    """:func:`geo.pipeline.run` with the command's options, a progress bar and engine messages."""
    from ..pipeline import run

    records = records or RecordOptions()
    sources = sources or SourceOptions()
    with engine_messages(quiet), Progress(quiet, label) as progress:
        return run(paths or (), meta=corpus.meta, records=records.records or (),
                   columns=records.mapping(), text_column=corpus.text_column, resolver=resolver,
                   on_progress=progress.advance, **(engine or EngineOptions()).arguments(),
                   mentions_from=sources.mentions_from, store_from=sources.store_from,
                   store_to=store_to, keep_mentions=keep_mentions, digests=digests,
                   min_confidence=min_confidence)
