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
from kerjasama.store.migrations import migrate
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
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


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

        A record's id is the hash of its text: the same text again is a duplicate, or an update
        when its record changed (a newer extractor, other metadata). `replaces` maps a record's
        id to the id of a stored record it supersedes (the watcher: a changed article at a URL
        already stored): the old record gives way to the new one, keeping its first ingest time
        and its reviewers' confirmations, and counts as an update, never a second article."""
        summary = summary or WriteSummary()
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        written = summary.new + summary.updated
        try:
            with self.engine.begin() as conn:
                for rec in records:
                    superseded = (replaces or {}).get(rec.id)
                    replaced = superseded not in (None, rec.id) and self._supersede(
                        conn, rec, superseded, now
                    )
                    if replaced:
                        summary.updated += 1
                        continue
                    old = conn.execute(
                        select(schema.articles.c.record, schema.articles.c.ingested_at).where(
                            schema.articles.c.id == rec.id
                        )
                    ).first()
                    if old is not None:
                        # The same text from another file is a duplicate: keep the first path.
                        first_path = Article.model_validate_json(old.record).source.path
                        rec = rec.model_copy(
                            update={
                                "source": rec.source.model_copy(
                                    update={"path": first_path or rec.source.path}
                                )
                            }
                        )
                    payload = rec.to_json()
                    if old is not None and old.record == payload:
                        summary.duplicates += 1
                        continue
                    if old is not None:
                        self.search_backend.remove(conn, rec.id)
                        conn.execute(delete(schema.articles).where(schema.articles.c.id == rec.id))
                        summary.updated += 1
                    else:
                        summary.new += 1
                        summary.new_ids.append(rec.id)
                    self._insert(conn, rec, payload, old.ingested_at if old else now, now)
                if summary.new + summary.updated > written:
                    mark_links_pending(conn)
        except SQLAlchemyError as exc:
            cause = getattr(exc, "orig", exc)
            message = f"cannot write to the database: {type(exc).__name__}: {cause}"
            raise StoreError(message) from exc
        return summary

    def _supersede(self, conn, rec: Article, old_id: str, now: str) -> bool:
        """Put `rec` in the place of the stored record `old_id`; False when there is nothing to
        replace (the old one is gone) or the new text is stored already (a duplicate)."""
        old = conn.execute(
            select(schema.articles.c.ingested_at).where(schema.articles.c.id == old_id)
        ).first()
        taken = conn.execute(
            select(schema.articles.c.id).where(schema.articles.c.id == rec.id)
        ).first()
        if old is None or taken is not None:
            return False
        self.search_backend.remove(conn, old_id)
        conn.execute(delete(schema.articles).where(schema.articles.c.id == old_id))
        conn.execute(
            update(schema.confirmations)
            .where(schema.confirmations.c.article_id == old_id)
            .values(article_id=rec.id)
        )
        self._insert(conn, rec, rec.to_json(), old.ingested_at, now)
        return True

    def _insert(self, conn, rec: Article, payload: str, ingested_at: str, now: str) -> None:
        from kerjasama.store.rows import child_rows

        src = rec.source
        conn.execute(
            schema.articles.insert().values(
                id=rec.id,
                url=src.url,
                path=src.path,
                title=rec.title,
                published=src.published,
                outlet=src.outlet,
                dateline=src.dateline,
                is_cooperation=rec.is_cooperation,
                cooperation_score=rec.cooperation_score,
                text=rec.text,
                record=payload,
                ingested_at=ingested_at,
                updated_at=now,
            )
        )
        for table, rows in child_rows(conn, rec):
            if rows:
                conn.execute(table.insert(), rows)
        self.search_backend.index(conn, rec.id, rec.title or "", rec.text)

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
        from kerjasama.store.review import apply_confirmations

        query = select(schema.articles.c.record).order_by(
            schema.articles.c.published, schema.articles.c.id
        )
        if ids is not None:
            query = query.where(schema.articles.c.id.in_(list(ids)))
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield apply_confirmations(conn, Article.model_validate_json(row.record))

    def count(self) -> int:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()


def mark_links_pending(conn) -> None:
    """Record, in the caller's transaction, that the derived data must be refreshed."""
    table = schema.link_state
    if conn.execute(select(table.c.key).where(table.c.key == "links")).first() is None:
        conn.execute(table.insert().values(key="links", value="pending"))


def clear_links_pending(conn) -> None:
    conn.execute(delete(schema.link_state).where(schema.link_state.c.key == "links"))


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
