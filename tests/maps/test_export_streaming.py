"""GeoJSON and CSV files of a big corpus: mentions stream through in order, never all in memory."""

from __future__ import annotations

import json
import random

from geo.engine.spill import StoredRows, sorted_rows
from geo.values import Mention
from maps.export import save_geojson, to_geojson, write_csvs


def mentions(n: int, seed: int = 7) -> list[Mention]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        doc = f"d{rng.randrange(40):02d}.txt"
        start = rng.randrange(5000)
        placed = rng.random() > 0.2
        out.append(Mention(doc, start, start + 5, "Minsk", "Minsk", 53.9 if placed else None,
                           27.56 if placed else None, "BY", 625144, "city", 0.9))
    return out


def lazily(values: list[Mention], batch: int = 97) -> StoredRows:
    """The values as the engine hands a big corpus over: read from 'disk' batch by batch."""
    return StoredRows(lambda: (values[i:i + batch] for i in range(0, len(values), batch)), len(values))


def test_streamed_geojson_is_byte_for_byte_the_collection(tmp_path):
    ms = mentions(600)
    path = save_geojson(tmp_path / "m.geojson", mentions=lazily(ms))
    expected = json.dumps(to_geojson(mentions=ms), ensure_ascii=False, sort_keys=True)
    assert path.read_text(encoding="utf-8") == expected
    features = json.loads(expected)["features"]
    assert len(features) == sum(m.lat is not None for m in ms) > 400
    keys = [(f["properties"]["doc"], f["properties"]["start"]) for f in features]
    assert keys == sorted(keys)


def test_csv_tables_are_the_same_from_memory_and_from_disk(tmp_path):
    ms = mentions(800)
    a = write_csvs(tmp_path / "a", mentions=ms)
    b = write_csvs(tmp_path / "b", mentions=lazily(ms))
    for name in ("mentions", "unresolved"):
        assert a[name].read_bytes() == b[name].read_bytes()
    rows = a["mentions"].read_text().splitlines()
    assert len(rows) == 801 and rows[0].startswith("doc,")
    unresolved = a["unresolved"].read_text().splitlines()[1:]
    assert len(unresolved) == sum(m.lat is None for m in ms) > 100


def test_sorting_in_runs_on_disk_is_a_stable_sort():
    ms = mentions(5000, seed=3)
    key = lambda m: (m.doc, m.start)  # noqa: E731 - equal keys must keep their input order
    assert list(sorted_rows(iter(ms), key=key, run=333)) == sorted(ms, key=key)
