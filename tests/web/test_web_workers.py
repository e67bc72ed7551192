"""`kerjasama serve --workers N`: several processes serve one database and answer alike.

Every request below goes on a connection of its own, so the kernel hands them to either
worker: a login made on one is valid on the other (one session secret), and a review through
one worker and an article ingested by another process show on every connection.
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from support import REPO, run_cli

EXAMPLE = REPO / "examples" / "01_kaltim_sabah_loi.txt"


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    if not path.exists():
        pytest.skip("this kernel does not list a process's children in /proc")
    return [int(p) for p in path.read_text().split()]


def _workers(pid: int) -> list[int]:
    """The server's worker processes (its children but multiprocessing's resource tracker)."""
    found = []
    for child in _children(pid):
        cmdline = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
        if b"spawn_main" in cmdline:
            found.append(child)
    return found


def _answers(base: str, url: str, times: int = 12) -> list[dict]:
    """The JSON of `url` asked `times` times, each on a new connection."""
    with httpx.Client(base_url=base, limits=httpx.Limits(max_keepalive_connections=0)) as c:
        return [c.get(url, timeout=30).json() for _ in range(times)]


def _until(check, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return check()


def test_two_workers_serve_the_same_truth(tmp_path: Path, sample_db, server_with, login) -> None:
    db = sample_db
    env = {"KERJASAMA_SECRET_FILE": str(tmp_path / "secret")}
    server = server_with(db, "--workers", "2", env=env)
    base, proc = next(server)
    try:
        assert _until(lambda: len(_workers(proc.pid)) == 2, 30)
        assert (tmp_path / "secret").exists()  # made once, before the workers start

        fresh = httpx.Client(base_url=base, limits=httpx.Limits(max_keepalive_connections=0))
        with fresh:
            token = login(fresh)  # five requests, on five connections
            done = fresh.post(
                "/api/review/a3jatimosaka/0",
                headers={"X-CSRF-Token": token},
                json={"action": "correct", "values": {"action": "implement"}},
            )
            assert done.status_code == 200, done.text
            sessions = [fresh.get("/api/session").json()["user"] for _ in range(8)]
        assert sessions == ["ana"] * 8

        def corrected() -> bool:
            pages = _answers(base, "/api/search?action=implement")
            return all("a3jatimosaka" in [h["id"] for h in p["hits"]] for p in pages)

        assert _until(corrected)

        before = {p["total"] for p in _answers(base, "/api/search?q=sabah", 4)}
        ingested = run_cli("ingest", "--db", db, "--published", "2023-05-04", str(EXAMPLE))
        assert ingested.returncode == 0, ingested.stderr

        def ingested_everywhere() -> bool:
            totals = {p["total"] for p in _answers(base, "/api/search?q=sabah")}
            return totals == {max(before) + 1}

        assert _until(ingested_everywhere)
    finally:
        server.close()
