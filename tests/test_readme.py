"""The README's examples run and the files it points at exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


#: What a cluster example names that a test machine has elsewhere.
CLUSTER = "tcp://HOST:8786"


@pytest.mark.parametrize("number", range(len(PYTHON_BLOCKS)))
def test_python_examples_run(number, tmp_path, monkeypatch):
    """Each ```python block runs as written, from a folder where ``data/`` is the project's.

    The cluster example runs against a local Dask cluster, with ``/shared/`` a
    folder holding the bundled sample as its corpus and its records as ``trips.csv``.
    """
    import shutil

    (tmp_path / "data").symlink_to(ROOT / "data", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    code = PYTHON_BLOCKS[number]
    cluster = None
    if CLUSTER in code:
        distributed = pytest.importorskip("distributed")
        shared = tmp_path / "shared"
        shutil.copytree(ROOT / "data" / "sample", shared / "corpus")
        shutil.copy(ROOT / "data" / "visits.csv", tmp_path / "trips.csv")
        cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                           dashboard_address=None)
        code = code.replace(CLUSTER, cluster.scheduler_address).replace('"/shared/', f'"{shared}/')
    before = set(tmp_path.iterdir())
    try:
        exec(compile(code, f"README.md python block {number + 1}", "exec"), {})
    finally:
        if cluster is not None:
            cluster.close()
    written = set(tmp_path.iterdir()) - before
    for path in written:  # what an example writes is a real file
        assert path.stat().st_size > 0, path


def test_there_are_python_examples():
    assert len(PYTHON_BLOCKS) >= 2


def test_every_path_the_readme_names_exists():
    """The stage table and the text name modules and files: each one is there."""
    named = set(re.findall(r"`((?:geo|maps|data|benchmarks|tests|docs)/[\w./-]*)`", README))
    named |= {f"{folder}{name.strip()}" for folder, names in
              re.findall(r"`((?:geo|maps)/[\w/]*/)` \(([^)]*)\)", README)
              for name in re.findall(r"`([\w.]+\.py)`", names)}
    missing = sorted(p for p in named if not (ROOT / p).exists() and "*" not in p)
    assert len(named) > 30 and not missing, missing


@pytest.mark.parametrize("package", ["geo/visits", "geo/ties", "geo/engine", "geo/cli"])
def test_every_module_of_a_stage_package_is_named(package):
    """A newcomer finds each file of a stage's package from the README's layout table.

    A new module that the table does not name fails here, with its name, until a
    line says what question it answers.
    """
    names = {path.name for path in (ROOT / package).glob("*.py")} - {"__main__.py"}
    unnamed = sorted(name for name in names if f"`{name}`" not in README and f"`{package}/{name}`" not in README)
    assert names and not unnamed, unnamed
