"""Fixtures shared by every test folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles in ../shared/seeds (skipped when absent)."""
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip(f"seed articles not found at {path}")
    return path


@pytest.fixture(scope="session")
def seeds_meta() -> Path:
    """Publication dates of the seed articles (000/001 2024-05-27, 002 2024-12-05, ...)."""
    return FIXTURES / "seeds_meta.csv"


@pytest.fixture(scope="session")
def secretaries_csv() -> Path:
    """The US secretaries of state travel records (bundled copy, else ../shared/data)."""
    for path in (ROOT / "data" / "us_secretaries_travels.csv",
                 SHARED / "data" / "us_secretaries_travels.csv"):
        if path.is_file():
            return path
    pytest.skip("us_secretaries_travels.csv not found")


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


def pytest_sessionfinish(session, exitstatus):
    """A selection that collects nothing (exit 5) is not a failure of the suite."""
    if exitstatus == 5:
        session.exitstatus = 0
