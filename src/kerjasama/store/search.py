"""Full-text search, the one part of the store that differs per database backend."""

from __future__ import annotations

import json
import re

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from kerjasama.store.bulk import chunks
from kerjasama.store.lexemes import title_vector_literal, tsquery_literal, tsvector_literal

_TERM = re.compile(r"\w+", re.UNICODE)

# The SQLite index: title and text of the article rows, read from them (external content).
FTS5_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, "
    "content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
)

Written = tuple[str, str | None, str]  # an article's id, title and text

# PostgreSQL: the long values of a write, compressed with lz4 where the server has it.
LONG_VALUES = (("articles", "text"), ("articles", "record"), ("articles_fts", "doc"))


class SearchBackend:
    """Keeps a full-text index of article title and text, and answers queries on it."""

    def rebuild(self, conn: Connection) -> None:
        """Index every stored article again (a migration step); nothing to do by default."""

    def create(self, conn: Connection) -> None:
        raise NotImplementedError

    def index_stored(self, conn: Connection, article_ids: list[str]) -> None:
        """Index the stored articles with these ids (title and text as the rows hold them)."""
        raise NotImplementedError

    def index_written(self, conn: Connection, articles: list[Written]) -> None:
        """Index articles whose rows this transaction has just written, given as (id, title,
        text), none of them indexed yet; by default read back from the rows."""
        self.index_stored(conn, [article_id for article_id, _, _ in articles])

    def remove_many(self, conn: Connection, article_ids: list[str]) -> None:
        """Remove these articles from the index; call it before their rows are deleted."""
        raise NotImplementedError

    def upgrade(self, conn: Connection) -> None:
        """Migration step 31: the index of an older register in this version's form."""

    def upgrade_words(self, conn: Connection) -> None:
        """Migration step 32: an older register's index in words the writer computes (only
        PostgreSQL computed its own)."""

    def upgrade_titles(self, conn: Connection) -> None:
        """Migration step 33: the titles' own vectors (PostgreSQL; FTS5 has a title column)."""

    def match(self, conn: Connection, query: str, limit: int) -> list[tuple[str, float, str]]:
        """(article id, rank, snippet) of the best matches, best first."""
        raise NotImplementedError

    def matching_ids(
        self,
        conn: Connection,
        words: list[tuple[str, bool]],
        *,
        title: bool = False,
        among: list[str] | None = None,
    ) -> list[str]:
        """Ids of the articles holding every (word, is_prefix), in their title where `title`:
        whole words, or words that begin with a prefix; only ids of `among` where given. The
        read model's words (`kerjasama.query.textmatch.query_words`)."""
        raise NotImplementedError

    def frequent_words(self, conn: Connection, articles: int, share: float, most: int) -> list[str]:
        """Words of the index found in at least `share` of the `articles`, most first (at
        most `most`): those the read model looks up ahead."""
        raise NotImplementedError

    def prewarm(self, conn: Connection) -> list[str]:
        """Read the index into the database server's memory ahead of the first look-ups, where
        the server can (the read model's warm-up); the relations read. Nothing by default:
        SQLite's pages are the operating system's cache."""
        return []


# PostgreSQL: what `PostgresSearch.prewarm` reads ahead, first first: the full-text
# indexes and vectors (a word's look-up), then what a page of results reads by article id
# (its records, parties and sectors, then the article rows).
PREWARMED = (
    "ix_articles_fts",
    "ix_articles_title_fts",
    "articles_fts",
    "articles_title_fts",
    "ix_coop_article",
    "cooperations",
    "ix_parties_coop",
    "cooperation_parties",
    "ix_sectors_coop",
    "cooperation_sectors",
    "articles_pkey",
    "articles",
)
BUFFER_SHARE = 0.75  # of shared_buffers, filled by the prewarm; the rest is read to the OS cache
SEARCH_WORK_MEM = "64MB"  # PostgreSQL: a word's look-up (see `PostgresSearch.matching_ids`)
SAMPLE_VECTORS = 20_000  # PostgreSQL: vectors sampled to find the frequent words


def terms(query: str) -> list[str]:
    """The words of a user query; operators and punctuation are not passed to the engine."""
    return _TERM.findall(query.lower())


class SqliteSearch(SearchBackend):
    """SQLite FTS5 with accent folding; every query word must match (prefix match on the last).

    The index reads title and text from the article rows (an external-content table keyed by
    their rowids): the text is stored once, not copied into the index. So an entry must be
    removed with the values it was indexed with, before its article row is deleted.
    """

    def create(self, conn: Connection) -> None:
        conn.execute(text(FTS5_TABLE))

    def index_stored(self, conn: Connection, article_ids: list[str]) -> None:
        self._each(conn, "INSERT INTO articles_fts(rowid, title, text)", "", article_ids)

    def remove_many(self, conn: Connection, article_ids: list[str]) -> None:
        self._each(
            conn,
            "INSERT INTO articles_fts(articles_fts, rowid, title, text)",
            "'delete', ",
            article_ids,
        )

    @staticmethod
    def _each(conn: Connection, insert: str, command: str, article_ids: list[str]) -> None:
        """Run `insert` for the rows of these articles, in rowid order: FTS5 writes out its
        pending terms (a new segment, merged later) whenever a rowid is not above the last
        one, so rows in id order (article ids are hashes) cost a segment per article."""
        cursor = conn.connection.driver_connection.cursor()
        try:
            for chunk in chunks(article_ids, 5_000):
                cursor.execute(
                    f"{insert} SELECT {command}rowid, title, text FROM articles "
                    "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
                    (json.dumps(chunk),),
                )
        finally:
            cursor.close()

    def rebuild(self, conn: Connection) -> None:
        """Index every article again, from the article rows."""
        conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"))

    def upgrade(self, conn: Connection) -> None:
        """Migration step: the index of an older register (its own copy of each text, an
        article_id column) becomes the external-content index, built again from the rows."""
        conn.execute(text("DROP TABLE IF EXISTS articles_fts"))
        self.create(conn)
        self.rebuild(conn)

    def frequent_words(self, conn: Connection, articles: int, share: float, most: int) -> list[str]:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.kerjasama_fts_terms "
            "USING fts5vocab(main, articles_fts, 'row')"
        )
        found = conn.exec_driver_sql(
            "SELECT term FROM temp.kerjasama_fts_terms WHERE doc >= ? ORDER BY doc DESC LIMIT ?",
            (int(articles * share), most),
        )
        return list(found.scalars())

    def match(self, conn: Connection, query: str, limit: int) -> list[tuple[str, float, str]]:
        words = terms(query)
        if not words:
            return []
        expr = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        rows = conn.execute(
            text(
                "SELECT a.id, bm25(articles_fts, 5.0, 1.0) AS rank, "
                "snippet(articles_fts, 1, '[', ']', ' … ', 12) FROM articles_fts "
                "JOIN articles a ON a.rowid = articles_fts.rowid "
                "WHERE articles_fts MATCH :q ORDER BY rank LIMIT :n"
            ),
            {"q": expr.strip(), "n": limit},
        )
        return [(r[0], -float(r[1]), r[2]) for r in rows]


class PostgresSearch(SearchBackend):
    """PostgreSQL tsvector, its words computed by the writer as FTS5 computes them
    (`kerjasama.store.lexemes`): sent and asked as `tsvector` and `tsquery` literals, so the
    server does not parse text on a write, and a word means what it means on SQLite.

    The index holds the vectors only; snippets are made from the article rows' text.
    """

    def create(self, conn: Connection) -> None:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS articles_fts (article_id TEXT PRIMARY KEY "
                "REFERENCES articles(id) ON DELETE CASCADE, doc tsvector)"
            )
        )
        conn.execute(
            text("CREATE INDEX IF NOT EXISTS ix_articles_fts ON articles_fts USING GIN(doc)")
        )
        self.create_titles(conn)

    def create_titles(self, conn: Connection) -> None:
        """The titles' own vectors: a title query reads these narrow rows, not every match's
        whole vector (a weighted query rechecks each: 3.2 s against 0.1 s for a frequent
        word at a million articles)."""
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS articles_title_fts (article_id TEXT PRIMARY KEY "
                "REFERENCES articles(id) ON DELETE CASCADE, doc tsvector)"
            )
        )
        conn.execute(
            text(
                "CREATE INDEX IF NOT EXISTS ix_articles_title_fts ON articles_title_fts "
                "USING GIN(doc)"
            )
        )

    def index_stored(self, conn: Connection, article_ids: list[str]) -> None:
        for chunk in chunks(sorted(set(article_ids))):
            rows = conn.execute(
                text("SELECT id, title, text FROM articles WHERE id = ANY(:ids)"), {"ids": chunk}
            ).all()
            self.remove_many(conn, chunk)
            self.index_written(conn, [(r[0], r[1], r[2]) for r in rows])

    def index_written(self, conn: Connection, articles: list[Written]) -> None:
        cursor = conn.connection.driver_connection.cursor()
        with cursor, cursor.copy("COPY articles_fts (article_id, doc) FROM STDIN") as copy:
            for article_id, title, body in articles:
                copy.write_row((article_id, tsvector_literal(title, body)))
        self._index_titles(conn, [(a, t) for a, t, _ in articles])

    @staticmethod
    def _index_titles(conn: Connection, titles: list[tuple[str, str | None]]) -> None:
        cursor = conn.connection.driver_connection.cursor()
        with cursor, cursor.copy("COPY articles_title_fts (article_id, doc) FROM STDIN") as copy:
            for article_id, title in titles:
                copy.write_row((article_id, title_vector_literal(title)))

    def upgrade_titles(self, conn: Connection) -> None:
        """Migration step: the titles' vectors of a register written before them."""
        self.create_titles(conn)
        conn.execute(text("DELETE FROM articles_title_fts"))
        rows = conn.execute(text("SELECT id, title FROM articles ORDER BY id"))
        while batch := rows.fetchmany(20_000):
            self._index_titles(conn, [(r[0], r[1]) for r in batch])

    def rebuild(self, conn: Connection) -> None:
        """Every article's vector again, computed by the writer."""
        ids = list(conn.execute(text("SELECT id FROM articles ORDER BY id")).scalars())
        for chunk in chunks(ids, 1_000):
            self.index_stored(conn, chunk)

    def upgrade_words(self, conn: Connection) -> None:
        self.rebuild(conn)

    def remove_many(self, conn: Connection, article_ids: list[str]) -> None:
        for table in ("articles_fts", "articles_title_fts"):
            conn.execute(
                text(f"DELETE FROM {table} WHERE article_id = ANY(:ids)"),
                {"ids": list(article_ids)},
            )

    def upgrade(self, conn: Connection) -> None:
        """Migration step: the index's copy of each text goes (snippets read the article rows),
        and the long values are compressed with lz4 where the server has it (half the CPU of
        pglz; values written before stay as they are, readable)."""
        conn.execute(text("ALTER TABLE articles_fts DROP COLUMN IF EXISTS body"))
        for table, column in LONG_VALUES:
            try:
                with conn.begin_nested():
                    conn.execute(
                        text(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION lz4")
                    )
            except DBAPIError:  # a server built without lz4, or older than 14
                return

    def match(self, conn: Connection, query: str, limit: int) -> list[tuple[str, float, str]]:
        words = terms(query)
        if not words:
            return []
        tsq = tsquery_literal([(w, False) for w in words[:-1]] + [(words[-1], True)])
        if not tsq:
            return []
        rows = conn.execute(
            text(
                "SELECT best.article_id, best.rank, (SELECT ts_headline('simple', a.text, "
                "CAST(:q AS tsquery), 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') "
                "FROM articles a WHERE a.id = best.article_id) FROM (SELECT article_id, "
                "ts_rank(doc, CAST(:q AS tsquery)) AS rank FROM articles_fts "
                "WHERE doc @@ CAST(:q AS tsquery) ORDER BY rank DESC, article_id "
                "LIMIT :n) best"
            ),
            {"q": tsq, "n": limit},
        )
        return [(r[0], float(r[1]), r[2]) for r in rows]

    def matching_ids(
        self,
        conn: Connection,
        words: list[tuple[str, bool]],
        *,
        title: bool = False,
        among: list[str] | None = None,
    ) -> list[str]:
        tsq = tsquery_literal(words)  # in the title: asked of the titles' own vectors
        if not tsq or among == []:
            return []
        # The index's bitmap, exact, never every vector read and decompressed (what the
        # planner picks for a frequent word with the default 4 MB: 3.5 s against 1.1 s for
        # a word in half of a million articles).
        table = "articles_title_fts" if title else "articles_fts"
        query = f"SELECT array_agg(article_id) FROM {table} WHERE doc @@ CAST(:q AS tsquery)"
        params: dict = {"q": tsq}
        if among is not None:
            query += " AND article_id = ANY(:ids)"
            params["ids"] = list(among)
        # Settings for this query alone: set in a savepoint that is then rolled back.
        # One array of the ids, parsed by the driver: a row per id costs more than the
        # search at a million articles.
        savepoint = conn.begin_nested()
        try:
            conn.execute(  # both in one round trip (SET LOCAL is one statement each)
                text(
                    "SELECT set_config('work_mem', :mem, true), "
                    "set_config('enable_seqscan', 'off', true)"
                ),
                {"mem": SEARCH_WORK_MEM},
            )
            found = conn.execute(text(query), params).scalar()
        finally:
            savepoint.rollback()
        return list(found or ())

    def prewarm(self, conn: Connection) -> list[str]:
        """With the `pg_prewarm` extension installed (`CREATE EXTENSION pg_prewarm`, an
        administrator's step), `PREWARMED` is read ahead in sequential passes: into shared
        buffers while they hold it (`BUFFER_SHARE` of them), into the operating system's
        cache after that. At a million articles a word's first look-up otherwise reads its
        articles' pages one by one (3.7 s for a word in 6% of them from disk, 0.1 s from
        memory), and a page of results its records' rows (75-105 ms, 10-20 ms read ahead).
        Without the extension, nothing."""
        installed = conn.execute(
            text("SELECT 1 FROM pg_extension WHERE extname = 'pg_prewarm'")
        ).scalar()
        if not installed:
            return []
        shared = conn.execute(
            text(
                "SELECT setting::bigint * pg_size_bytes(coalesce(unit, '1B')) "
                "FROM pg_settings WHERE name = 'shared_buffers'"
            )
        ).scalar()
        room = BUFFER_SHARE * float(shared or 0)
        done = []
        for relation in PREWARMED:
            try:
                with conn.begin_nested():
                    size = conn.execute(
                        text("SELECT pg_relation_size(CAST(:r AS regclass))"), {"r": relation}
                    ).scalar()
                    mode = "buffer" if size <= room else "read"
                    conn.execute(
                        text("SELECT pg_prewarm(CAST(:r AS regclass), :mode)"),
                        {"r": relation, "mode": mode},
                    )
                    room -= size if mode == "buffer" else 0
                done.append(relation)
            except DBAPIError:  # not this role's to read, or not there
                continue
        return done

    def frequent_words(self, conn: Connection, articles: int, share: float, most: int) -> list[str]:
        """Estimated from a sample of the vectors' pages, the same pages twice (`ts_stat` over
        every vector reads the whole index: minutes at a million articles)."""
        percent = min(100.0, max(0.01, 100.0 * SAMPLE_VECTORS / max(articles, 1)))
        sample = f"articles_fts TABLESAMPLE SYSTEM ({percent:.3f}) REPEATABLE (7)"
        sampled = conn.execute(text(f"SELECT count(*) FROM {sample}")).scalar() or 0
        found = conn.execute(
            text(
                f"SELECT word FROM ts_stat('SELECT doc FROM {sample}') WHERE ndoc >= :least "
                "ORDER BY ndoc DESC, word LIMIT :most"
            ),
            {"least": max(1, int(sampled * share)), "most": most},
        )
        return list(found.scalars())


def search_backend(dialect: str) -> SearchBackend:
    if dialect == "sqlite":
        return SqliteSearch()
    if dialect == "postgresql":
        return PostgresSearch()
    raise ValueError(f"no full-text search for database {dialect!r}")
