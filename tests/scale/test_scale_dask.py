"""Parallel extraction with Dask gives the same register as one process."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kerjasama.ingest import extracted
from kerjasama.scale import extract_parallel
from kerjasama.sources import read_sources

TODAY = dt.date(2026, 11, 24)
STORY = (
    "{city} (ANTARA) - Pemerintah Kota {city} menandatangani nota kesepahaman dengan Kota "
    "Kitakyushu, Jepang, di {city}, Kamis (4/5). Kerja sama itu meliputi pengelolaan sampah. ({n})"
)


def corpus(folder: Path, n: int) -> Path:
    for i in range(n):
        city = ["Balikpapan", "Samarinda", "Bontang"][i % 3]
        (folder / f"a{i:03d}.txt").write_text(STORY.format(city=city, n=i), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def serial(folder: Path) -> list[str]:
    return [
        r.to_json()
        for r in extracted(
            read_sources([str(folder)]),
            today=TODAY,
            on_error=lambda m: None,
            on_warning=lambda m: None,
        )
    ]


def test_local_processes_match_one_process(tmp_path: Path) -> None:
    folder = corpus(tmp_path, 30)
    results = list(extract_parallel(read_sources([str(folder)]), workers=2, today=TODAY))
    errors = [r for r in results if not hasattr(r, "to_json")]
    assert len(errors) == 1 and "file is empty" in str(errors[0])
    assert [r.to_json() for r in results if hasattr(r, "to_json")] == serial(folder)


def test_a_distributed_cluster_by_address(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    folder = corpus(tmp_path, 6)
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        dashboard_address=None,
        protocol="tcp://",
        host="127.0.0.1",
    ) as cluster:
        results = list(
            extract_parallel(
                read_sources([str(folder)]),
                workers=1,
                today=TODAY,
                scheduler=cluster.scheduler_address,
            )
        )
    records = [r for r in results if hasattr(r, "to_json")]
    assert [r.to_json() for r in records] == serial(folder)


def test_cli_ingest_with_workers(cli, tmp_path: Path, db: str) -> None:
    folder = corpus(tmp_path, 12)
    res = cli("ingest", "--db", db, "--workers", "2", str(folder))
    assert "new: 12, updated: 0, duplicates: 0, failed: 1" in res.stdout.decode()
    stats = json.loads(cli("stats", "--db", db, "--json").stdout)
    assert stats["cooperations"] == 12


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def loopback_cluster(tmp_path: Path):
    """A real Dask scheduler and two worker processes on 127.0.0.1, as on several machines."""
    pytest.importorskip("distributed")
    import os
    import shutil
    import subprocess
    import sys
    import time

    dask = shutil.which("dask", path=os.path.dirname(sys.executable)) or shutil.which("dask")
    if dask is None:
        pytest.skip("the dask command is not installed")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    log = (tmp_path / "cluster.log").open("w")
    common = {"stdout": log, "stderr": subprocess.STDOUT, "cwd": tmp_path}
    procs = [
        subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            **common,
        )
    ]
    for _ in range(2):
        procs.append(
            subprocess.Popen(
                [
                    dask,
                    "worker",
                    address,
                    "--nthreads",
                    "1",
                    "--no-dashboard",
                    "--host",
                    "127.0.0.1",
                    "--local-directory",
                    str(tmp_path / "dask"),
                ],
                **common,
            )
        )
    try:
        from distributed import Client

        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(2, timeout=30)
                break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        log.close()


def test_ingest_on_a_scheduler_with_two_workers(cli, tmp_path: Path, loopback_cluster) -> None:
    (tmp_path / "in").mkdir()
    folder = corpus(tmp_path / "in", 20)
    one, two = str(tmp_path / "one.db"), str(tmp_path / "cluster.db")
    env_today = ["--today", TODAY.isoformat()]
    res = cli("ingest", "--db", one, *env_today, str(folder))
    assert "new: 20, updated: 0, duplicates: 0, failed: 1" in res.stdout.decode()
    res = cli("ingest", "--db", two, *env_today, "--scheduler", loopback_cluster, str(folder))
    assert "new: 20, updated: 0, duplicates: 0, failed: 1" in res.stdout.decode(), res.stderr
    exported = [cli("export", "--db", db, "--format", "jsonl").stdout for db in (one, two)]
    assert exported[0] == exported[1] and exported[0]
