"""The write path's cost: a batch goes into the SQLite full-text index as one segment."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kerjasama.query.search import search
from kerjasama.record import Article, Source
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
