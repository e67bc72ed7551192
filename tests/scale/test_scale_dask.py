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
