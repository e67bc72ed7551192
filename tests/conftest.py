"""Shared fixtures: the ../shared folder (skipped when absent) and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KERJASAMA_SHARED", REPO.parent / "shared"))
TODAY = "2026-11-24"


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


def run_cli(*args: str, stdin: bytes | None = None, env: dict | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the real `kerjasama` command in a subprocess, as a user would."""
    full_env = {**os.environ, "KERJASAMA_TODAY": TODAY, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kerjasama", *args], input=stdin, capture_output=True,
        env=full_env, timeout=timeout, cwd=REPO,
    )


@pytest.fixture
def cli():
    return run_cli
