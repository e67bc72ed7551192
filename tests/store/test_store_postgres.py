"""The store on a real PostgreSQL server started for the test (skipped where none is installed)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from kerjasama.record import Article, Cooperation, Party, Source
from kerjasama.store import open_store
from kerjasama.store.queries import Filters, search, stats

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url():
    initdb = shutil.which("initdb") or (
        str(PG_BIN / "initdb") if (PG_BIN / "initdb").exists() else None
    )
    if initdb is None:
        pytest.skip("PostgreSQL server binaries (initdb) are not installed")
    pytest.importorskip("psycopg")
    bindir = Path(os.path.realpath(initdb)).parent
    run_as: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: PostgreSQL refuses to start as root")
        run_as = ["runuser", "-u", "postgres", "--"]
    tmp = Path(tempfile.mkdtemp(prefix="kerjasama-pg-"))
    tmp.chmod(0o777)
    data, port = tmp / "data", _free_port()
    subprocess.run(
        [*run_as, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *run_as,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(tmp / "log"),
            "-o",
            f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
            capture_output=True,
        )
        shutil.rmtree(tmp, ignore_errors=True)


def test_postgres_store_round_trip(pg_url: str) -> None:
    store = open_store(pg_url)
    coop = Cooperation(
        parties=[
            Party(name="Provinsi Jawa Barat", code="ID-JB", kind="province", country="ID"),
            Party(name="Provinsi Gyeonggi", code="KR-41", kind="foreign_region", country="KR"),
        ],
        scope="foreign",
        instrument="mou",
        action="sign",
        sectors=["education"],
        date="2024-02-01",
        confidence=0.9,
    )
    rec = Article(
        id="pg1",
        title="Jabar dan Gyeonggi perpanjang kerja sama",
        text="Pemprov Jawa Barat menandatangani perpanjangan MoU pendidikan dengan Gyeonggi.",
        is_cooperation=True,
        cooperation_score=0.9,
        source=Source(published="2024-02-01"),
        cooperations=[coop],
    )
    assert store.save_batch([rec]).new == 1
    assert store.save_batch([rec]).duplicates == 1
    total, hits = search(store, "pendidik")
    assert total == 1 and hits[0].id == "pg1"
    assert [h.id for h in search(store, "", Filters(partner="KR", sector="education"))[1]] == [
        "pg1"
    ]
    assert stats(store)["by_partner_country"] == {"KR": 1}
    assert store.get("pg1").cooperations[0].parties[1].code == "KR-41"
    # Migrations are versioned: opening again applies nothing new.
    assert open_store(pg_url).count() == 1
