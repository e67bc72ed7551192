"""Open the store by URL or path, and write articles to it transactionally."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, delete, event, select, update
from sqlalchemy.exc import SQLAlchemyError

from kerjasama.errors import StoreError
from kerjasama.record import Article
from kerjasama.store import schema
from kerjasama.store.bulk import chunks, fetch_in, insert_rows, sqlite_insert
from kerjasama.store.migrations import migrate
from kerjasama.store.rows import insert_child_rows
from kerjasama.store.search import SearchBackend, search_backend

DEFAULT_DB = "kerjasama.db"


def database_url(value: str | None = None) -> str:
    """A SQLAlchemy URL from an explicit value, the KERJASAMA_DB setting, or ./kerjasama.db."""
    value = value or os.environ.get("KERJASAMA_DB") or DEFAULT_DB
    if "://" in value:
        if value.startswith("postgres://"):
            value = "postgresql://" + value[len("postgres://") :]
        if value.startswith("postgresql://"):
            value = "postgresql+psycopg://" + value[len("postgresql://") :]
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    """WAL with synchronous=NORMAL: a commit is safe from a crash of the process; a power cut
    may lose the last commits, never the file's consistency (ingest is idempotent, so a rerun
    stores them again). The WAL is copied into the file every 4,000 pages (16 MB) rather than
    SQLite's 1,000: a batch of 200 articles writes about 1,000 pages, so the default copied
    (and synced) after nearly every commit, the pages that every batch touches each time."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA wal_autocheckpoint=4000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


WRITER_CACHE_KIB = 32_768  # SQLite page cache of a connection that writes batches


def _writer_cache(conn) -> None:
    """A connection that writes batches keeps 32 MB of pages, not SQLite's 2 MB: the indexes
    a batch inserts into at random places (ids are hashes) stay in memory from one batch to
    the next instead of being read again. Other connections (readers) keep the default."""
    info = conn.connection.info
    if conn.dialect.name == "sqlite" and not info.get("writer_cache"):
        conn.exec_driver_sql(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
        info["writer_cache"] = True


@dataclass
class WriteSummary:
    """What one ingest did: counts and the reasons for failures."""

    new: int = 0
    updated: int = 0
    duplicates: int = 0
    failed: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)  # records written for the first time


class Store:
    """The register: articles with their records, searchable and filterable."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.search_backend: SearchBackend = search_backend(engine.dialect.name)

    # -- writing -------------------------------------------------------------------------
    def save_batch(
        self,
        records: Iterable[Article],
        summary: WriteSummary | None = None,
        replaces: dict[str, str] | None = None,
    ) -> WriteSummary:
        """Write records in one transaction: all of the batch is stored, or none of it.

        The batch is written in bulk: one query for the stored versions, one statement per
        table for the rows, one for the full-text index, and the pending mark of the refresh.
        A record's id is the hash of its text: the same text again is a duplicate, or an update
        when its record changed (a newer extractor, other metadata). `replaces` maps a record's
        id to the id of a stored record it supersedes (the watcher: a changed article at a URL
        already stored): the old record gives way to the new one, keeping its first ingest time
        and its reviewers' confirmations, and counts as an update, never a second article.
        """
        summary = summary or WriteSummary()
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        records = list(records)
        if not records:
            return summary
        try:
            with self.engine.begin() as conn:
                _writer_cache(conn)
                stored = _stored_versions(conn, list({r.id for r in records}))
                # Later records of the batch compare with earlier ones, as one-by-one writes would.
                latest: dict[str, tuple[str, str]] = dict(stored)
                final: dict[str, tuple[Article, str]] = {}
                gone: dict[str, str] = {}  # stored record -> the changed article's record
                for rec in records:
                    superseded = (replaces or {}).get(rec.id)
                    if superseded not in (None, rec.id) and rec.id not in latest:
                        old = _ingested_at(conn, superseded)
                        if old is not None:  # a changed article takes its old record's place
                            gone[superseded] = rec.id
                            latest[rec.id] = (rec.to_json(), old)
                            final[rec.id] = (rec, latest[rec.id][0])
                            summary.updated += 1
                            continue
                    before = latest.get(rec.id)
                    if before is not None:
                        # The same text from another file is a duplicate: keep the first path.
                        first_path = json.loads(before[0])["source"].get("path")
                        if first_path and first_path != rec.source.path:
                            source = rec.source.model_copy(update={"path": first_path})
                            rec = rec.model_copy(update={"source": source})
                    payload = rec.to_json()
                    if before is not None and before[0] == payload:
                        summary.duplicates += 1
                        continue
                    if before is not None:
                        summary.updated += 1
                    else:
                        summary.new += 1
                        summary.new_ids.append(rec.id)
                    latest[rec.id] = (payload, before[1] if before else now)
                    final[rec.id] = (rec, payload)
                replaced = [i for i in final if i in stored] + list(gone)
                changed = [rec for rec, _ in final.values()]
                rows = [
                    _article_row(rec, payload, latest[rec.id][1], now)
                    for rec, payload in final.values()
                ]
                if replaced:
                    self.search_backend.remove_many(conn, replaced)
                    for chunk in chunks(replaced):
                        conn.execute(delete(schema.articles).where(schema.articles.c.id.in_(chunk)))
                if rows:
                    insert_rows(conn, schema.articles, ARTICLE_COLUMNS, rows)
                    insert_child_rows(conn, changed)
                    self.search_backend.index_written(
                        conn, [(rec.id, rec.title, rec.text) for rec in changed]
                    )
                    for old_id, new_id in gone.items():  # reviewers' confirmations move along
                        conn.execute(
                            update(schema.confirmations)
                            .where(schema.confirmations.c.article_id == old_id)
                            .values(article_id=new_id)
                        )
                    mark_links_pending(conn, [*final, *gone])
        except SQLAlchemyError as exc:
            cause = getattr(exc, "orig", exc)
            message = f"cannot write to the database: {type(exc).__name__}: {cause}"
            raise StoreError(message) from exc
        return summary

    # -- reading -------------------------------------------------------------------------
    def links_pending(self) -> bool:
        """Whether records changed since the partnerships and people were last refreshed."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(schema.link_state.c.value).where(schema.link_state.c.key == "links")
            ).first()
        return row is not None

    def get(self, article_id: str) -> Article | None:
        """One article by id (or by unique id prefix), with confirmed values applied."""
        from kerjasama.store.review import apply_confirmations

        with self.engine.connect() as conn:
            row = conn.execute(
                select(schema.articles.c.record).where(schema.articles.c.id == article_id)
            ).first()
            if row is None and len(article_id) >= 4:
                rows = conn.execute(
                    select(schema.articles.c.record)
                    .where(schema.articles.c.id.startswith(article_id))
                    .limit(2)
                ).all()
                row = rows[0] if len(rows) == 1 else None
            if row is None:
                return None
            article = Article.model_validate_json(row.record)
            return apply_confirmations(conn, article)

    def iter_records(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Every stored record (confirmed values applied), in publication then id order."""
        from kerjasama.store.review import apply_confirmations, reviewed_article_ids

        table = schema.articles
        query = select(table.c.published, table.c.id, table.c.record)
        with self.engine.connect() as conn:
            reviewed = reviewed_article_ids(conn)  # most articles carry no confirmation
            if ids is None:
                rows = conn.execute(query.order_by(table.c.published, table.c.id))
            else:
                found = [
                    row
                    for chunk in chunks(list(ids))
                    for row in conn.execute(query.where(table.c.id.in_(chunk)))
                ]
                # missing dates where the database puts them: first in SQLite, last in PostgreSQL
                nulls_last = self.engine.dialect.name == "postgresql"
                rows = sorted(
                    found,
                    key=lambda r: ((r.published is None) == nulls_last, r.published or "", r.id),
                )
            for row in rows:
                article = Article.model_validate_json(row.record)
                yield apply_confirmations(conn, article) if article.id in reviewed else article

    def count(self) -> int:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()


PENDING_ARTICLES = "articles"  # the "links" mark's value when link_dirty lists what changed


def mark_links_pending(conn, article_ids: Iterable[str] | None = None) -> None:
    """Record, in the caller's transaction, that the derived data must be refreshed: for these
    articles (listed in link_dirty), or with no ids, for the whole register."""
    table = schema.link_state
    row = conn.execute(select(table.c.value).where(table.c.key == "links")).first()
    if article_ids is None:
        if row is None:
            conn.execute(table.insert().values(key="links", value="all"))
        elif row.value != "all":
            conn.execute(table.update().where(table.c.key == "links").values(value="all"))
        return
    ids = sorted(set(article_ids))
    if not ids:
        return
    if row is None:
        conn.execute(table.insert().values(key="links", value=PENDING_ARTICLES))
    if conn.dialect.name == "sqlite":
        sqlite_insert(conn, "INSERT OR IGNORE INTO link_dirty (article_id)", 1, [(i,) for i in ids])
        return
    cursor = conn.connection.driver_connection.cursor()
    with cursor:  # one statement, not one per id
        cursor.execute(
            "INSERT INTO link_dirty (article_id) SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING",
            (ids,),
        )


def clear_links_pending(conn, article_ids: Iterable[str] | None = None) -> None:
    """Record that the derived data is fresh: for these articles, or with no ids, for all.

    Articles written meanwhile by another process stay listed, and the mark with them.
    """
    dirty = schema.link_dirty
    if article_ids is None:
        conn.execute(delete(dirty))
    else:
        for chunk in chunks(sorted(article_ids)):
            conn.execute(delete(dirty).where(dirty.c.article_id.in_(chunk)))
        if conn.execute(select(dirty.c.article_id).limit(1)).first() is not None:
            return
    conn.execute(delete(schema.link_state).where(schema.link_state.c.key == "links"))


def _ingested_at(conn, article_id: str) -> str | None:
    row = conn.execute(
        select(schema.articles.c.ingested_at).where(schema.articles.c.id == article_id)
    ).first()
    return row.ingested_at if row else None


def _stored_versions(conn, ids: list[str]) -> dict[str, tuple[str, str]]:
    """id -> (record JSON, ingested_at) of the stored articles among `ids`."""
    rows = fetch_in(conn, schema.articles, ("id", "record", "ingested_at"), "id", ids)
    return {i: (record, ingested_at) for i, record, ingested_at in rows}


ARTICLE_COLUMNS = (
    "id",
    "url",
    "path",
    "title",
    "published",
    "outlet",
    "dateline",
    "is_cooperation",
    "cooperation_score",
    "text",
    "record",
    "ingested_at",
    "updated_at",
)


def _article_row(rec: Article, payload: str, ingested_at: str, now: str) -> tuple:
    src = rec.source
    return (
        rec.id,
        src.url,
        src.path,
        rec.title,
        src.published,
        src.outlet,
        src.dateline,
        rec.is_cooperation,
        rec.cooperation_score,
        rec.text,
        payload,
        ingested_at,
        now,
    )


def _create_private(path: str) -> None:
    """Make a new SQLite file readable by its owner only (its journal files take its mode)."""
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise StoreError(f"cannot create database {path}: {exc.strerror}") from exc


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (and migrate) the store at `url`, KERJASAMA_DB, or ./kerjasama.db."""
    full = database_url(url)
    if full.startswith("sqlite:///") and not create:
        path = Path(full[len("sqlite:///") :])
        if not path.exists():
            raise StoreError(f"no database at {path}: run 'kerjasama ingest' first")
    try:
        engine = create_engine(full, future=True)
    except Exception as exc:  # bad URL or missing driver
        raise StoreError(f"cannot open database {full!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        _create_private(full[len("sqlite:///") :])
    try:
        with engine.begin() as conn:
            migrate(conn)
    except SQLAlchemyError as exc:
        raise StoreError(
            f"cannot open database {full}: {exc.__class__.__name__}: {getattr(exc, 'orig', exc)}"
        ) from exc
    return Store(engine)


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
