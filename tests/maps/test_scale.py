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


def test_scale_pipeline_at_a_tenth_meets_the_targets(map_scale, chromium, tmp_path):
    lines: list[str] = []
    res = map_scale.run(0.1, naive=True, out=tmp_path, browser=chromium, echo=lines.append)
    report = "\n".join(lines)
    assert (res["visits"], res["ties"], res["mentions"]) == (1000, 200, 5000)
    assert res["html_bytes"] <= 5e6, report
    assert res["build_s"] <= 10, report
    assert res["render_s"] <= 3, report
    assert res["size_ratio"] >= 5, report
    assert res["render_ratio"] > 1, report  # (5x is asserted at full size by the benchmark itself)
    assert "PASS  HTML <= 5 MB" in report
