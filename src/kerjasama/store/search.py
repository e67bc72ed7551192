"""Full-text search, the one part of the store that differs per database backend."""

from __future__ import annotations

import json
import re

from sqlalchemy import Connection, text

from kerjasama.store.bulk import chunks

_TERM = re.compile(r"\w+", re.UNICODE)


class SearchBackend:
    """Keeps a full-text index of article title and text, and answers queries on it."""

    def rebuild(self, conn: Connection) -> None:
        """Index every stored article again (a migration step); nothing to do by default."""

    def create(self, conn: Connection) -> None:
        raise NotImplementedError

    def index(self, conn: Connection, article_id: str, title: str, body: str) -> None:
        raise NotImplementedError

    def remove(self, conn: Connection, article_id: str) -> None:
        raise NotImplementedError

    def index_stored(self, conn: Connection, article_ids: list[str]) -> None:
        """Index the stored articles with these ids (title and text as the rows hold them)."""
        raise NotImplementedError

    def remove_many(self, conn: Connection, article_ids: list[str]) -> None:
        """Remove these articles from the index; call it before their rows are deleted."""
        for article_id in article_ids:
            self.remove(conn, article_id)

    def match(self, conn: Connection, query: str, limit: int) -> list[tuple[str, float, str]]:
        """(article id, rank, snippet) of the best matches, best first."""
        raise NotImplementedError

    def matching_ids(self, conn: Connection, words: list[tuple[str, bool]]) -> list[str]:
        """Ids of the articles holding every (word, is_prefix): whole words, or words that begin
        with a prefix. The read model's words (`kerjasama.query.textmatch.query_words`)."""
        raise NotImplementedError


def terms(query: str) -> list[str]:
    """The words of a user query; operators and punctuation are not passed to the engine."""
    return _TERM.findall(query.lower())


class SqliteSearch(SearchBackend):
    """SQLite FTS5 with accent folding; every query word must match (prefix match on the last)."""

    def create(self, conn: Connection) -> None:
        conn.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
                "article_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
            )
        )

    # The index row shares the article row's rowid, so removing one is a key lookup, not a
    # scan of the whole index. Call `remove` before the article row itself is deleted.
    def index(self, conn: Connection, article_id: str, title: str, body: str) -> None:
        conn.execute(
            text(
                "INSERT INTO articles_fts(rowid, article_id, title, text) "
                "SELECT rowid, :i, :t, :b FROM articles WHERE id = :i"
            ),
            {"i": article_id, "t": title, "b": body},
        )

    def remove(self, conn: Connection, article_id: str) -> None:
        conn.execute(
            text(
                "DELETE FROM articles_fts WHERE rowid = (SELECT rowid FROM articles WHERE id = :i)"
            ),
            {"i": article_id},
        )

    def index_stored(self, conn: Connection, article_ids: list[str]) -> None:
        for chunk in chunks(article_ids, 5_000):
            conn.execute(
                text(
                    "INSERT INTO articles_fts(rowid, article_id, title, text) "
                    "SELECT rowid, id, coalesce(title, ''), text FROM articles WHERE id IN "
                    "(SELECT value FROM json_each(:ids))"
                ),
                {"ids": json.dumps(chunk)},
            )

    def remove_many(self, conn: Connection, article_ids: list[str]) -> None:
        for chunk in chunks(article_ids, 5_000):
            conn.execute(
                text(
                    "DELETE FROM articles_fts WHERE rowid IN (SELECT rowid FROM articles "
                    "WHERE id IN (SELECT value FROM json_each(:ids)))"
                ),
                {"ids": json.dumps(chunk)},
            )

    def rebuild(self, conn: Connection) -> None:
        """Index every article again, keyed by the article rows' rowids."""
        conn.execute(text("DELETE FROM articles_fts"))
        conn.execute(
            text(
                "INSERT INTO articles_fts(rowid, article_id, title, text) "
                "SELECT rowid, id, coalesce(title, ''), text FROM articles"
            )
        )

    def match(self, conn: Connection, query: str, limit: int) -> list[tuple[str, float, str]]:
        words = terms(query)
        if not words:
            return []
        expr = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        rows = conn.execute(
            text(
                "SELECT article_id, bm25(articles_fts, 0, 5.0, 1.0) AS rank, "
                "snippet(articles_fts, 2, '[', ']', ' … ', 12) FROM articles_fts "
                "WHERE articles_fts MATCH :q ORDER BY rank LIMIT :n"
            ),
            {"q": expr.strip(), "n": limit},
        )
        return [(r[0], -float(r[1]), r[2]) for r in rows]


class PostgresSearch(SearchBackend):
    """PostgreSQL tsvector with the 'simple' configuration (no Indonesian stemmer ships)."""

    def create(self, conn: Connection) -> None:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS articles_fts (article_id TEXT PRIMARY KEY "
                "REFERENCES articles(id) ON DELETE CASCADE, body TEXT, doc tsvector)"
            )
        )
        conn.execute(
            text("CREATE INDEX IF NOT EXISTS ix_articles_fts ON articles_fts USING GIN(doc)")
        )

    def index(self, conn: Connection, article_id: str, title: str, body: str) -> None:
        self.remove(conn, article_id)
        conn.execute(
            text(
                "INSERT INTO articles_fts(article_id, body, doc) VALUES (:i, :b, "
                "setweight(to_tsvector('simple', :t), 'A') || to_tsvector('simple', :b))"
            ),
            {"i": article_id, "t": title, "b": body},
        )

    def remove(self, conn: Connection, article_id: str) -> None:
        conn.execute(text("DELETE FROM articles_fts WHERE article_id = :i"), {"i": article_id})

    def index_stored(self, conn: Connection, article_ids: list[str]) -> None:
        conn.execute(
            text(
                "INSERT INTO articles_fts(article_id, body, doc) SELECT id, text, "
                "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
                "to_tsvector('simple', text) FROM articles WHERE id = ANY(:ids) "
                "ON CONFLICT (article_id) DO UPDATE SET body = excluded.body, doc = excluded.doc"
            ),
            {"ids": list(article_ids)},
        )

    def remove_many(self, conn: Connection, article_ids: list[str]) -> None:
        conn.execute(
            text("DELETE FROM articles_fts WHERE article_id = ANY(:ids)"),
            {"ids": list(article_ids)},
        )

    def match(self, conn: Connection, query: str, limit: int) -> list[tuple[str, float, str]]:
        words = terms(query)
        if not words:
            return []
        tsq = " & ".join(words[:-1] + [words[-1] + ":*"])
        rows = conn.execute(
            text(
                "SELECT article_id, ts_rank(doc, to_tsquery('simple', :q)) AS rank, "
                "ts_headline('simple', body, to_tsquery('simple', :q), "
                "'StartSel=[, StopSel=], MaxWords=24, MinWords=8') FROM articles_fts "
                "WHERE doc @@ to_tsquery('simple', :q) ORDER BY rank DESC LIMIT :n"
            ),
            {"q": tsq, "n": limit},
        )
        return [(r[0], float(r[1]), r[2]) for r in rows]

    def matching_ids(self, conn: Connection, words: list[tuple[str, bool]]) -> list[str]:
        if not words:
            return []
        tsq = " & ".join(w + (":*" if prefix else "") for w, prefix in words)
        rows = conn.execute(
            text("SELECT article_id FROM articles_fts WHERE doc @@ to_tsquery('simple', :q)"),
            {"q": tsq},
        )
        return [r[0] for r in rows]


def search_backend(dialect: str) -> SearchBackend:
    if dialect == "sqlite":
        return SqliteSearch()
    if dialect == "postgresql":
        return PostgresSearch()
    raise ValueError(f"no full-text search for database {dialect!r}")
