"""Migration 31: a register made before it keeps every article and finds the same words after.

Before 31 the SQLite index kept its own copy of each title and text (and an article_id column);
the PostgreSQL index kept a copy of each text for snippets. The tests build that older shape
from a current store, open it again, and check the upgrade.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from kerjasama.query.search import search
from kerjasama.record import Article, Source
from kerjasama.store import open_store
from kerjasama.store.migrations import LATEST

OLD_SQLITE_INDEX = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, "
    "tokenize='unicode61 remove_diacritics 2')"
)


def _articles() -> list[Article]:
    bodies = {
        "m1": ("Pemkab Lorenta jalin kemitraan irigasi", "Kabupaten Lorenta meneken nota irigasi."),
        "m2": ("Kota Baskara kirim pelajar", "Pemkot Baskara memberangkatkan pelajar ke Toruma."),
        "m3": (None, "Kemitraan pelabuhan Selindra dibahas bersama."),
    }
    return [
        Article(id=aid, title=title, text=body, source=Source(published="2024-05-0" + aid[1]))
        for aid, (title, body) in bodies.items()
    ]


def _make_older_sqlite(path: Path) -> None:
    """Give a current SQLite store the index it had before migration 31."""
    con = sqlite3.connect(path)
    with con:
        con.execute("DROP TABLE articles_fts")
        con.execute(OLD_SQLITE_INDEX)
        con.execute(
            "INSERT INTO articles_fts(rowid, article_id, title, text) "
            "SELECT rowid, id, coalesce(title, ''), text FROM articles"
        )
        con.execute("DELETE FROM schema_version WHERE version = 31")
    con.close()


def test_sqlite_index_reads_the_article_rows_after_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    open_store(str(path)).save_batch(_articles())
    _make_older_sqlite(path)
    store = open_store(str(path))
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT max(version) FROM schema_version")).scalar() == LATEST
        sql = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")
        ).scalar()
        conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"))
        copies = conn.execute(
            text("SELECT count(*) FROM sqlite_master WHERE name = 'articles_fts_content'")
        ).scalar()
    assert "content='articles'" in sql and "article_id" not in sql and copies == 0
    assert store.count() == 3
    assert sorted(h.id for h in search(store, "kemitraan")[1]) == ["m1", "m3"]
    assert [h.id for h in search(store, "toru")[1]] == ["m2"]
    # A changed record replaces its entry: the old words go, the new ones are found.
    store.save_batch([store.get("m2").model_copy(update={"text": "Pelajar Baskara ke Miravel."})])
    assert search(store, "toruma")[0] == 0 and [h.id for h in search(store, "mirav")[1]] == ["m2"]
    with store.engine.connect() as conn:
        conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"))


def test_postgres_index_loses_its_text_copy_after_upgrade(pg_fresh: str) -> None:
    store = open_store(pg_fresh)
    store.save_batch(_articles())
    with store.engine.begin() as conn:  # the index as it was before migration 31
        conn.execute(text("ALTER TABLE articles_fts ADD COLUMN body TEXT"))
        conn.execute(
            text(
                "UPDATE articles_fts f SET body = a.text FROM articles a WHERE a.id = f.article_id"
            )
        )
        conn.execute(text("DELETE FROM schema_version WHERE version = 31"))
    store.engine.dispose()
    store = open_store(pg_fresh)
    with store.engine.connect() as conn:
        columns = set(
            conn.execute(
                text(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = 'articles_fts'"
                )
            ).scalars()
        )
        (_, rank, snippet), *_ = store.search_backend.match(conn, "pelajar", 5)
    assert columns == {"article_id", "doc"} and rank > 0 and "[pelajar]" in snippet.lower()
    assert store.count() == 3
    assert sorted(h.id for h in search(store, "kemitraan")[1]) == ["m1", "m3"]
    store.engine.dispose()
