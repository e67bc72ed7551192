"""The write path: a batch goes into the SQLite full-text index as one segment, and its rows
in multi-row statements."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kerjasama.query.search import search
from kerjasama.record import Article, Person, Source
from kerjasama.store import open_store

WORDS = ["irigasi", "pelabuhan", "sekolah", "jembatan", "pasar", "bandara"]


def _index_rows(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM articles_fts_data").fetchone()[0]
    finally:
        con.close()


def test_a_batch_is_indexed_in_rowid_order(tmp_path: Path) -> None:
    """Article ids are hashes, in no relation to the order rows are written; indexed in id
    order, each article would start a new segment of the index (to be merged later)."""
    path = tmp_path / "s.db"
    store = open_store(str(path))
    batch = [
        Article(
            id=f"{99 - i:02d}f",  # ids sort against the order of writing
            title=f"Kabar Lorenta {i}",
            text=f"Pemkot Lorenta membahas {WORDS[i % len(WORDS)]} nomor {i}.",
            source=Source(published="2024-01-02"),
        )
        for i in range(40)
    ]
    store.save_batch(batch)
    written = _index_rows(path)
    with store.engine.begin() as conn:  # the whole index again, in one pass in rowid order
        conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    assert written == _index_rows(path)
    assert sorted(h.id for h in search(store, "jembatan", limit=50)[1]) == sorted(
        a.id for a in batch if "jembatan" in a.text
    )


def test_rows_beyond_one_statement_are_all_stored(tmp_path: Path) -> None:
    """SQLite rows go in as multi-row statements of at most 999 values: a batch with more
    rows than one statement holds is stored whole, in order."""
    people = [Person(name=f"Warga Lorenta {i}", role="kepala dinas") for i in range(450)]
    rec = Article(id="p1", title="Rapat", text="Rapat warga Lorenta.", people=people)
    store = open_store(str(tmp_path / "p.db"))
    store.save_batch([rec, rec.model_copy(update={"id": "p2", "text": "Rapat kedua."})])
    assert store.get("p1").people == people
    with store.engine.connect() as conn:
        names = conn.exec_driver_sql(
            "SELECT name FROM article_people WHERE article_id = 'p2' ORDER BY rowid"
        ).scalars()
        assert list(names) == [p.name for p in people]


def test_the_wal_is_copied_back_every_4000_pages(tmp_path: Path) -> None:
    """A batch writes about 1,000 pages: SQLite's default (1,000) would copy the WAL into the
    file, and sync both, after nearly every commit."""
    store = open_store(str(tmp_path / "w.db"))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 4000


def test_the_writing_connection_keeps_32_mb_of_pages(tmp_path: Path) -> None:
    """A batch inserts into indexes at random places (ids are hashes): with SQLite's 2 MB of
    cache a grown register reads those pages again for every batch."""
    store = open_store(str(tmp_path / "c.db"))
    store.save_batch([Article(id="c1", text="Pemkot Lorenta membahas pasar.", source=Source())])
    with store.engine.connect() as conn:  # the pool's one connection: the one that wrote
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -32_768
