"""The command line as a user runs it: ingest, idempotency, bad input, a kill mid-ingest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from support import REPO, TODAY

STORY = (
    "{city} (ANTARA) - Pemerintah Kota {city} menandatangani nota kesepahaman (MoU) dengan "
    "Kota Kitakyushu, Jepang, di {city}, Kamis (4/5).\n"
    "Wali Kota {city} Budi Santoso mengatakan kerja sama itu meliputi bidang lingkungan dan "
    "pengelolaan sampah, serta pendidikan.\n"
    "“Kami ingin belajar dari Kitakyushu,” kata Budi. (Adv/{n})"
)


def write_story(folder: Path, n: int, city: str = "Balikpapan") -> Path:
    f = folder / f"story_{n:04d}.txt"
    f.write_text(STORY.format(city=city, n=n), encoding="utf-8")
    return f


def test_ingest_summary_and_idempotency(cli, tmp_path: Path, db: str) -> None:
    write_story(tmp_path, 1)
    write_story(tmp_path, 2, "Samarinda")
    first = cli("ingest", "--db", db, str(tmp_path))
    assert first.returncode == 0, first.stderr
    assert "new: 2, updated: 0, duplicates: 0, failed: 0" in first.stdout.decode()
    again = cli("ingest", "--db", db, str(tmp_path))
    assert "new: 0, updated: 0, duplicates: 2, failed: 0" in again.stdout.decode()


def test_bad_inputs_are_reported_and_the_rest_is_stored(cli, tmp_path: Path, db: str) -> None:
    good = write_story(tmp_path, 1)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "huge.txt").write_bytes(b"a " * 3_000_000)
    (tmp_path / "latin1.txt").write_bytes(
        STORY.format(city="Bontang", n=9).replace("Kami", "Kámi").encode("cp1252")
    )
    (tmp_path / "bad.jsonl").write_text(
        '{"text": "ok ok ok kerja sama"}\n{oops\n', encoding="utf-8"
    )
    (tmp_path / "notext.csv").write_text("url,title\nx,y\n", encoding="utf-8")
    result = cli("ingest", "--db", db, str(tmp_path), str(tmp_path / "missing.txt"))
    stderr = result.stderr.decode()
    assert result.returncode == 1
    assert f"error: {tmp_path / 'empty.txt'}: file is empty" in stderr
    assert f"error: {tmp_path / 'binary.txt'}: binary file" in stderr
    assert f"error: {tmp_path / 'huge.txt'}: file is 6.0 MB, over the 5 MB limit" in stderr
    assert f"warning: {tmp_path / 'latin1.txt'}: not valid UTF-8" in stderr
    assert f"error: {tmp_path / 'bad.jsonl'}:2: malformed JSON" in stderr
    assert f"error: {tmp_path / 'notext.csv'}: CSV has no text column" in stderr
    assert f"error: {tmp_path / 'missing.txt'}: no such file or directory" in stderr
    assert "Traceback" not in stderr
    out = result.stdout.decode()
    assert "new: 3, updated: 0, duplicates: 0, failed: 6" in out
    shown = cli("show", "--db", db, "--json", _id_of(cli, good))
    assert json.loads(shown.stdout)["source"]["path"] == str(good)


def _id_of(cli, path: Path) -> str:
    res = cli("extract", str(path))
    return json.loads(res.stdout.decode().splitlines()[0])["id"]


def test_duplicate_articles_in_one_run(cli, tmp_path: Path, db: str) -> None:
    a = write_story(tmp_path, 1)
    (tmp_path / "copy.txt").write_bytes(a.read_bytes().replace(b"\n", b"\r\n"))
    res = cli("ingest", "--db", db, str(tmp_path))
    assert "new: 1, updated: 0, duplicates: 1, failed: 0" in res.stdout.decode()


def test_killed_mid_ingest_loses_nothing_already_stored(tmp_path: Path, db: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(400):
        write_story(corpus, n, city=["Balikpapan", "Samarinda", "Bontang", "Tarakan"][n % 4])
    env = {**os.environ, "KERJASAMA_TODAY": TODAY}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kerjasama",
            "ingest",
            "--db",
            db,
            "--batch-size",
            "10",
            str(corpus),
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            con = sqlite3.connect(db, timeout=5)
            stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            con.close()
        except sqlite3.OperationalError:
            continue
        if stored >= 20:
            break
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    # Whole batches only: every stored article has its cooperation rows and its search entry.
    assert n_articles % 10 == 0 and n_articles >= 20
    orphans = con.execute(
        "SELECT count(*) FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM cooperations c WHERE c.article_id = a.id)"
    ).fetchone()[0]
    assert orphans == 0
    assert con.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == n_articles
    con.close()
    rerun = subprocess.run(
        [sys.executable, "-m", "kerjasama", "ingest", "--db", db, str(corpus)],
        cwd=REPO,
        env=env,
        capture_output=True,
    )
    assert rerun.returncode == 0
    assert f"new: {400 - n_articles}, updated: 0, duplicates: {n_articles}" in rerun.stdout.decode()
