"""Tables of the watcher: sources, the fetch log, pages seen, follows, alerts and settings.

`watch_pages` is the watcher's memory: every page URL it fetched, with the hash of its text,
its cooperation score and what became of it, so that no page is fetched twice. A page body is
kept there only between its fetch and the batch that stores it, so a killed run resumes from
the bodies it already holds instead of fetching them again.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    text,
)

metadata = MetaData()

sources = Table(
    "watch_sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("name", Text),
    Column("kind", String(16), nullable=False),  # feed | sitemap | page | urls
    Column("urls", Text),  # JSON list, for kind "urls"
    Column("every_s", Integer, nullable=False),
    Column("delay_s", Float, nullable=False),
    Column("region", Text),
    Column("keep_all", Boolean, nullable=False, default=False),
    Column("added_at", String(32), nullable=False),
    Column("next_run_at", String(32)),
    Column("last_run_at", String(32)),
    Column("last_status", String(16)),  # ok | error
    Column("last_error", Text),
    Column("last_new", Integer, nullable=False, default=0),
    Column("total_new", Integer, nullable=False, default=0),
    Column("runs", Integer, nullable=False, default=0),
    Column("paused", Boolean, nullable=False, default=False, server_default="0"),
)

# Validators of listing URLs (feeds, sitemaps) for conditional requests.
validators = Table(
    "watch_validators",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", String(32), nullable=False),
)

fetches = Table(
    "watch_fetches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", Integer),
    Column("url", Text, nullable=False),
    Column("status", Integer),  # HTTP status; null when no response came
    Column("bytes", Integer, nullable=False, default=0),
    Column("elapsed_ms", Integer, nullable=False, default=0),
    Column("error", Text),
    Column("fetched_at", String(32), nullable=False),
)
Index("ix_watch_fetches_source", fetches.c.source_id)

pages = Table(
    "watch_pages",
    metadata,
    Column("url", Text, primary_key=True),
    Column("source_id", Integer),
    Column("state", String(16), nullable=False),  # fetched | stored | skipped | failed
    Column("text_hash", String(64)),  # the article id: a hash of the text
    Column("score", Float),
    Column("article_id", String(64)),
    Column("body", LargeBinary),  # only while state is "fetched"
    Column("error", Text),
    Column("fetched_at", String(32), nullable=False),
    # When the page's listing (sitemap lastmod, feed updated/pubDate) last said it changed.
    Column("lastmod", String(64)),
)
Index("ix_watch_pages_state", pages.c.state)
Index("ix_watch_pages_hash", pages.c.text_hash)

# robots.txt of each host, kept with its validators so a later run asks conditionally.
robots = Table(
    "watch_robots",
    metadata,
    Column("url", Text, primary_key=True),
    Column("status", Integer),
    Column("body", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", String(32), nullable=False),
)

follows = Table(
    "watch_follows",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # region | country | partnership
    Column("value", Text, nullable=False),
    Column("added_at", String(32), nullable=False),
)

alerts = Table(
    "watch_alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False, unique=True),  # one alert per event, ever
    Column("kind", String(24), nullable=False),
    Column("partnership_id", String(64)),
    Column("article_id", String(64)),
    Column("summary", Text, nullable=False),
    Column("data", Text, nullable=False),  # JSON
    Column("created_at", String(32), nullable=False),
    Column("webhook_sent_at", String(32)),
    Column("email_sent_at", String(32)),
)

# What the alerts last saw of each partnership, to tell what changed since.
partnership_state = Table(
    "watch_partnership_state",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("stage", String(16), nullable=False),
    Column("stalled", Boolean, nullable=False),
    Column("mou_near_end", Boolean, nullable=False),
)

settings = Table(
    "watch_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


def create_watch_tables(conn: Connection) -> None:
    """Migration step: the watcher's tables."""
    metadata.create_all(conn)


def add_watch_columns(conn: Connection) -> None:
    """Migration step: paused sources, listing dates of pages, cached robots.txt; and the
    delivery secrets out of the database (they live in the environment or a 0600 file)."""
    have = {
        table: {c["name"] for c in inspect(conn).get_columns(table)}
        for table in ("watch_sources", "watch_pages")
    }
    if "paused" not in have["watch_sources"]:
        conn.execute(
            text("ALTER TABLE watch_sources ADD COLUMN paused BOOLEAN NOT NULL DEFAULT false")
        )
    if "lastmod" not in have["watch_pages"]:
        conn.execute(text("ALTER TABLE watch_pages ADD COLUMN lastmod VARCHAR(64)"))
    robots.create(conn, checkfirst=True)
    from kerjasama.watch.secrets import move_out_of_database

    move_out_of_database(conn)
