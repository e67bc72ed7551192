"""Versioned schema migrations: each step runs once, in order, inside a transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection, inspect, select

from kerjasama.store import schema
from kerjasama.store.search import search_backend


def _v1_base_tables(conn: Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_version"]
    schema.metadata.create_all(conn, tables=tables)
    search_backend(conn.dialect.name).create(conn)


def _v10_users(conn: Connection) -> None:
    from kerjasama.store.users import create_tables

    create_tables(conn)


def _v2_links(conn: Connection) -> None:
    from kerjasama.store.link_tables import create_link_tables

    create_link_tables(conn)


def _v3_fts_rowids(conn: Connection) -> None:
    search_backend(conn.dialect.name).rebuild(conn)


def _v11_link_state(conn: Connection) -> None:
    schema.link_state.create(conn, checkfirst=True)
    # A register migrated from an older version may hold records its links never saw.
    if conn.execute(select(schema.articles.c.id).limit(1)).first() is not None:
        conn.execute(schema.link_state.insert().values(key="links", value="pending"))


def _v12_sessions(conn: Connection) -> None:
    from kerjasama.store.users import add_session_versions

    add_session_versions(conn)


def _v13_incremental_links(conn: Connection) -> None:
    from kerjasama.store.link_tables import create_link_tables

    schema.link_dirty.create(conn, checkfirst=True)
    create_link_tables(conn)
    # The refresh's own index starts empty: a register with records owes one full re-link.
    if conn.execute(select(schema.articles.c.id).limit(1)).first() is not None:
        table = schema.link_state
        conn.execute(table.delete().where(table.c.key == "links"))
        conn.execute(table.insert().values(key="links", value="all"))


def _v14_refresh_index(conn: Connection) -> None:
    from kerjasama.store.link_tables import create_refresh_tables

    create_refresh_tables(conn)
    # The refresh's new tables start empty: a register with records owes one full re-link.
    if conn.execute(select(schema.articles.c.id).limit(1)).first() is not None:
        table = schema.link_state
        conn.execute(table.delete().where(table.c.key == "links"))
        conn.execute(table.insert().values(key="links", value="all"))


def _v20_watch(conn: Connection) -> None:
    from kerjasama.store.watch_tables import create_watch_tables

    create_watch_tables(conn)


def _v21_watch(conn: Connection) -> None:
    from kerjasama.store.watch_tables import add_watch_columns

    add_watch_columns(conn)


def _v30_read_model_indexes(conn: Connection) -> None:
    for index in schema.articles.indexes:
        if index.name in ("ix_articles_register", "ix_articles_updated"):
            index.create(conn, checkfirst=True)


def _v31_fts_external_content(conn: Connection) -> None:
    search_backend(conn.dialect.name).upgrade(conn)


def _v32_fts_words(conn: Connection) -> None:
    search_backend(conn.dialect.name).upgrade_words(conn)


def _v33_title_vectors(conn: Connection) -> None:
    search_backend(conn.dialect.name).upgrade_titles(conn)


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (
        1,
        "articles, cooperations, parties, sectors, people, confirmations, full-text index",
        _v1_base_tables,
    ),
    (2, "partnerships, people and canonical entities of the link result", _v2_links),
    (3, "full-text index keyed by the article rows' rowids", _v3_fts_rowids),
    (10, "users and web settings (reviewer accounts, session secret)", _v10_users),
    (11, "pending refresh of the derived data (partnerships, people)", _v11_link_state),
    (12, "session versions; the session secret leaves the database", _v12_sessions),
    (
        13,
        "articles owed a re-link, and the index an incremental refresh reads",
        _v13_incremental_links,
    ),
    (
        14,
        "what the refresh keeps between runs: mention counts, people, partnership sources",
        _v14_refresh_index,
    ),
    (20, "watcher: sources, fetch log, pages seen, follows, alerts", _v20_watch),
    (21, "watcher: paused sources, listing dates, robots.txt cache; secrets out", _v21_watch),
    (
        30,
        "indexes of the read model's columns: register order, articles written since",
        _v30_read_model_indexes,
    ),
    (
        31,
        "full-text index of the article rows' own title and text (no copy)",
        _v31_fts_external_content,
    ),
    (32, "full-text words computed by the writer, as FTS5 computes them", _v32_fts_words),
    (33, "PostgreSQL: the titles' own full-text vectors", _v33_title_vectors),
]
LATEST = max(version for version, _, _ in MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("schema_version"):
        return 0
    versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
    return max(versions, default=0)


def applied_versions(conn: Connection) -> set[int]:
    if not inspect(conn).has_table("schema_version"):
        return set()
    return set(conn.execute(select(schema.schema_version.c.version)).scalars().all())


def migrate(conn: Connection) -> list[int]:
    """Apply every migration the database has not had, in order; returns the versions applied."""
    schema.schema_version.create(conn, checkfirst=True)
    have = applied_versions(conn)
    applied = []
    for version, _, step in MIGRATIONS:
        if version in have:
            continue
        step(conn)
        conn.execute(
            schema.schema_version.insert().values(
                version=version, applied_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            )
        )
        applied.append(version)
    return applied
