"""Derived data is never left stale: a run killed before the refresh is finished by the next."""

from __future__ import annotations

import json
from pathlib import Path

from kerjasama.extract import extract_raw
from kerjasama.sources import read_sources
from kerjasama.store import open_store
from kerjasama.store.links import load_result

TEXT = (
    "Samarinda - Pemerintah Provinsi Kalimantan Timur menandatangani nota kesepahaman dengan "
    "Pemerintah Kota Balikpapan tentang pendidikan, Selasa (5/3/2024). Gubernur Kalimantan "
    "Timur Budi Santoso dan Wali Kota Balikpapan Rahmad Mas'ud hadir."
)


def test_a_rerun_refreshes_what_a_killed_run_left(cli, db: str, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    store = open_store(db)
    # A run killed after its last batch committed and before the refresh: records, no links.
    store.save_batch([extract_raw(r) for r in read_sources([str(src)])])
    assert store.links_pending() and not load_result(store).partnerships
    res = cli("ingest", "--db", db, str(src))
    assert res.returncode == 0, res.stderr
    assert "duplicates: 1" in res.stdout.decode()
    assert "partnerships and people: " in res.stderr.decode()
    assert len(load_result(store).partnerships) == 1 and not store.links_pending()
    # Nothing owed now: a third run does not refresh again.
    res = cli("ingest", "--db", db, str(src))
    assert "partnerships and people" not in res.stderr.decode()


def test_a_new_database_owes_nothing(db: str) -> None:
    assert not open_store(db).links_pending()


def test_relink_after_ingest_changes_nothing(cli, db: str, tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"url": "https://a.test/1", "text": TEXT}) + "\n", encoding="utf-8")
    assert cli("ingest", "--db", db, str(src)).returncode == 0
    res = cli("relink", "--db", db)
    assert res.returncode == 0
    assert "0 added, 0 changed, 0 removed" in (res.stdout + res.stderr).decode()
