"""Shared fixtures: the ../shared folder (skipped when absent), a database path, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import SHARED, run_cli


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared not found at {SHARED}: the seeds and data live there")
    return SHARED


@pytest.fixture
def seeds(shared: Path) -> Path:
    return shared / "seeds"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


@pytest.fixture
def cli():
    return run_cli
