"""Fixtures shared by every test folder.

The suite is complete in a clone on its own: its corpora are the bundled
sample (``data/sample``) and ``tests/fixtures``. The seed articles in
``../shared/seeds`` only add extra cases; when they are absent the tests that
need them are deselected (and counted in the summary), not skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Hypothesis checks behaviour, not speed: no per-example deadline, no "too slow" health check
# (both depend on this machine's load).
settings.register_profile("diplomap", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("diplomap")


def have_seeds() -> bool:
    """Are the seed articles of ../shared beside this clone?"""
    return SEEDS.is_dir()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles in ../shared/seeds (tests using it are extra cases)."""
    if not have_seeds():  # deselected by pytest_collection_modifyitems; kept for direct runs
        pytest.skip(f"seed articles not found at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def seeds_meta() -> Path:
    """Publication dates of the seed articles (000/001 2024-05-27, 002 2024-12-05, ...)."""
    return FIXTURES / "seeds_meta.csv"


@pytest.fixture(scope="session")
def secretaries_csv() -> Path:
    """The US secretaries of state travel records (bundled in data/)."""
    return ROOT / "data" / "us_secretaries_travels.csv"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


def pytest_collection_modifyitems(config, items):
    """Without ../shared/seeds, the tests that read the seed articles are not run."""
    if have_seeds():
        return
    extra = [item for item in items if "seeds_dir" in getattr(item, "fixturenames", ())]
    if extra:
        config.hook.pytest_deselected(items=extra)
        dropped = set(extra)
        items[:] = [item for item in items if item not in dropped]
        config.stash[_DESELECTED] = len(extra)


_DESELECTED = pytest.StashKey[int]()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    n = config.stash.get(_DESELECTED, 0)
    if n:
        terminalreporter.write_line(
            f"{n} extra test(s) over the seed articles deselected: {SEEDS} not found "
            "(the bundled sample and tests/fixtures cover the same cases)")
