"""benchmarks/map_scale.py at a tenth of its size: 1,000 visits, 200 ties, 5,000 mentions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "map_scale.py"


@pytest.fixture(scope="module")
def map_scale():
    spec = importlib.util.spec_from_file_location("map_scale", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["map_scale"] = module  # its dataclass needs to find its module
    spec.loader.exec_module(module)
    return module


def test_data_has_the_benchmark_shape(map_scale):
    data = map_scale.make_data(0.02)
    assert (len(data.visits), len(data.ties), len(data.mentions)) == (200, 40, 1000)
    assert data.real == 200  # real records first
    assert all(v.lat is not None for v in data.visits)


#: What the page drew, and how many elements it holds.
DRAWN = """() => {
  const st = window.diplomapMaps[0]._dm;
  const ids = layer => new Set(layer._parts.filter(p => p.on).flatMap(p => p.ids)).size;
  return {legs: ids(st.routes.lines), ties: ids(st.ties.lines), stops: st.routes.dots._drawn.length,
          counts: st.counts, elements: document.querySelectorAll('*').length, failed: !!st.failed};
}"""


def test_scale_map_at_a_tenth_draws_everything_on_canvases(map_scale, open_page, tmp_path):
    """The benchmark's map at a tenth: every feature drawn, on canvases, in a small page.

    How fast it builds and renders is measured by ``benchmarks/map_scale.py``, not here;
    this checks what makes it fast and small whatever the machine: the page is a fraction
    of the naive folium page's bytes, and its features are painted on canvases, so its
    element count does not grow with the data (the naive page has one SVG path per feature).
    """
    data = map_scale.make_data(0.1)
    assert (len(data.visits), len(data.ties), len(data.mentions)) == (1000, 200, 5000)
    _, ours = map_scale.build_ours(data, tmp_path / "diplomap.html")
    _, naive = map_scale.build_naive(data, tmp_path / "naive.html")
    assert ours <= map_scale.TARGETS["html_mb"] * 1e6   # (at full size: benchmarks/map_scale.py)
    assert naive / ours >= map_scale.TARGETS["ratio"]
    page = open_page(tmp_path / "diplomap.html")
    got = page.page.evaluate(DRAWN)
    assert not got["failed"] and page.errors == [] and page.requests == []
    assert got["stops"] == got["counts"]["stops"] == len(data.visits)   # all placed
    assert got["ties"] == got["counts"]["ties"] == len({(t.a, t.b) for t in data.ties})  # an arc a pair
    assert got["legs"] == got["counts"]["legs"] >= len(data.visits) - len({v.traveler for v in data.visits})
    features = got["legs"] + got["ties"] + got["stops"] + got["counts"]["spots"]
    assert got["elements"] < 1000 and features > 6000
