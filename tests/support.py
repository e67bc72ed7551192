"""Helpers shared by the tests: paths, the reference date, and the real CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KERJASAMA_SHARED", REPO.parent / "shared"))
TODAY = "2026-11-24"


def run_cli(
    *args: str, stdin: bytes | None = None, env: dict | None = None, timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run the real `kerjasama` command in a subprocess, as a user would."""
    full_env = {**os.environ, "KERJASAMA_TODAY": TODAY, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kerjasama", *args],
        input=stdin,
        capture_output=True,
        env=full_env,
        timeout=timeout,
        cwd=REPO,
    )


def party_names(text: str, published: str = "2025-04-25") -> list[str] | None:
    """The parties of every record extracted from `text` (None when it is no cooperation)."""
    import datetime as dt

    from kerjasama.extract import extract_article

    rec = extract_article(text, today=dt.date.fromisoformat(TODAY), published=published)
    if not rec.is_cooperation:
        return None
    return [p.name for c in rec.cooperations for p in c.parties]
