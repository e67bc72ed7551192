"""The sources a watcher follows: add, list, remove, and which are due to run."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import Connection, delete, func, or_, select, update

from kerjasama.errors import KerjasamaError
from kerjasama.store.watch_tables import fetches, pages, sources

KINDS = ("auto", "feed", "sitemap", "page", "urls")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class SourceConfigError(KerjasamaError):
    """A source cannot be added or changed as asked: the message says why."""


@dataclass
class Source:
    """One source row, as the runner uses it."""

    id: int
    url: str
    name: str | None
    kind: str
    urls: list[str]
    every_s: int
    delay_s: float
    region: str | None
    keep_all: bool
    next_run_at: str | None
    last_run_at: str | None
    last_status: str | None
    last_error: str | None
    last_new: int
    total_new: int
    runs: int
    paused: bool = False

    @property
    def label(self) -> str:
        return self.name or self.url


def now_iso(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")


def parse_duration(value: str) -> int:
    """Seconds in '90', '30s', '15m', '1h' or '1d'."""
    match = _DURATION.match(value or "")
    if not match:
        raise SourceConfigError(f"{value!r} is not a duration (use 30s, 15m, 1h or 1d)")
    seconds = float(match[1]) * _UNIT[match[2]]
    if seconds < 1:
        raise SourceConfigError(f"{value!r} is shorter than one second")
    return int(seconds)


def guess_kind(url: str) -> str:
    """The kind a URL most likely is; the runner still reads each listing by its content."""
    path = urlsplit(url).path.lower()
    if "sitemap" in path or path.endswith((".xml.gz", ".txt")):
        return "sitemap"
    if path.endswith(("/feed", "/rss", ".rss", ".atom", "feed.json", ".xml")) or "rss" in path:
        return "feed"
    return "page"


def _check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SourceConfigError(f"{url!r} is not an http(s) URL")
    return url.strip()


def add_source(
    conn: Connection,
    url: str,
    *,
    name: str | None = None,
    kind: str = "auto",
    urls: list[str] | None = None,
    every: str = "1h",
    delay_s: float = 2.0,
    region: str | None = None,
    keep_all: bool = False,
) -> int:
    """Store a new source and return its id; SourceConfigError for bad or duplicate input."""
    url = _check_url(url)
    if kind not in KINDS:
        raise SourceConfigError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if delay_s < 0:
        raise SourceConfigError("the delay cannot be negative")
    listed = [_check_url(u) for u in urls or []]
    if kind == "urls" and not listed:
        listed = [url]
    if kind == "auto":
        kind = "urls" if listed else guess_kind(url)
    if delay_s > 3600:
        raise SourceConfigError("the delay is at most 3600 seconds")
    if name is not None:
        name = name.strip() or None
    if name and name.isdigit():
        raise SourceConfigError("a name cannot be only digits (it would read as an id)")
    if region is not None and region.strip():
        from kerjasama.watch.region import RegionError, region_code

        try:
            region = region_code(region)
        except RegionError as exc:
            raise SourceConfigError(str(exc)) from exc
    else:
        region = None
    if conn.execute(select(sources.c.id).where(sources.c.url == url)).first():
        raise SourceConfigError(f"a source with URL {url} exists already")
    if name and conn.execute(select(sources.c.id).where(sources.c.name == name)).first():
        raise SourceConfigError(f"a source named {name!r} exists already")
    done = conn.execute(
        sources.insert().values(
            url=url,
            name=name,
            kind=kind,
            urls=json.dumps(listed) if listed else None,
            every_s=parse_duration(every),
            delay_s=delay_s,
            region=region,
            keep_all=keep_all,
            added_at=now_iso(),
        )
    )
    return int(done.inserted_primary_key[0])


def _row_to_source(row) -> Source:
    return Source(
        id=row.id,
        url=row.url,
        name=row.name,
        kind=row.kind,
        urls=json.loads(row.urls) if row.urls else [],
        every_s=row.every_s,
        delay_s=row.delay_s,
        region=row.region,
        keep_all=bool(row.keep_all),
        next_run_at=row.next_run_at,
        last_run_at=row.last_run_at,
        last_status=row.last_status,
        last_error=row.last_error,
        last_new=row.last_new or 0,
        total_new=row.total_new or 0,
        runs=row.runs or 0,
        paused=bool(row.paused),
    )


def list_sources(conn: Connection) -> list[Source]:
    return [_row_to_source(r) for r in conn.execute(select(sources).order_by(sources.c.id))]


def find_source(conn: Connection, ref: str) -> Source:
    """A source by id, URL or name; SourceConfigError when none matches."""
    query = select(sources).where(
        or_(
            sources.c.url == ref,
            sources.c.name == ref,
            sources.c.id == (int(ref) if ref.isdigit() else -1),
        )
    )
    rows = conn.execute(query).all()
    if len(rows) != 1:
        raise SourceConfigError(f"no single source named {ref!r} (give its id, URL or name)")
    return _row_to_source(rows[0])


def remove_source(conn: Connection, ref: str) -> Source:
    """Remove a source; the pages and articles it brought stay in the register."""
    source = find_source(conn, ref)
    conn.execute(delete(sources).where(sources.c.id == source.id))
    return source


def pause_source(conn: Connection, ref: str, paused: bool = True) -> Source:
    """Pause (or resume) a source: a paused source is not run, even by `watch --all`."""
    source = find_source(conn, ref)
    values: dict = {"paused": paused}
    if not paused:
        values["next_run_at"] = None  # due at once when resumed
    conn.execute(update(sources).where(sources.c.id == source.id).values(**values))
    source.paused = paused
    return source


def due_sources(conn: Connection, now: dt.datetime, *, every: bool = False) -> list[Source]:
    """Sources whose next run is due (all of them with `every`); never a paused one."""
    query = select(sources).where(sources.c.paused.is_not(True)).order_by(sources.c.id)
    if not every:
        query = query.where(
            or_(sources.c.next_run_at.is_(None), sources.c.next_run_at <= now_iso(now))
        )
    return [_row_to_source(r) for r in conn.execute(query)]


def next_due(conn: Connection) -> dt.datetime | None:
    """When the next source is due (None: no sources)."""
    value = conn.execute(
        select(func.min(func.coalesce(sources.c.next_run_at, ""))).where(
            sources.c.paused.is_not(True)
        )
    ).scalar()
    if value is None:
        return None
    return dt.datetime.fromisoformat(value) if value else dt.datetime.now(dt.UTC)


def finish_run(
    conn: Connection, source: Source, now: dt.datetime, *, new: int, error: str | None
) -> None:
    """Record a source's run: when, how it went, and when it is due again."""
    conn.execute(
        update(sources)
        .where(sources.c.id == source.id)
        .values(
            last_run_at=now_iso(now),
            next_run_at=now_iso(now + dt.timedelta(seconds=source.every_s)),
            last_status="error" if error else "ok",
            last_error=error,
            last_new=new,
            total_new=sources.c.total_new + new,
            runs=sources.c.runs + 1,
        )
    )


def source_status(conn: Connection) -> list[dict]:
    """Each source with its counts and latest errors, for `sources list` and the web."""
    out = []
    for source in list_sources(conn):
        counts = dict(
            conn.execute(
                select(pages.c.state, func.count())
                .where(pages.c.source_id == source.id)
                .group_by(pages.c.state)
            ).all()
        )
        errors = conn.execute(
            select(fetches.c.url, fetches.c.status, fetches.c.error, fetches.c.fetched_at)
            .where(fetches.c.source_id == source.id, fetches.c.error.is_not(None))
            .order_by(fetches.c.id.desc())
            .limit(5)
        ).all()
        item = {k: v for k, v in source.__dict__.items()}
        item["pages"] = {
            "stored": counts.get("stored", 0),
            "skipped": counts.get("skipped", 0),
            "failed": counts.get("failed", 0),
        }
        item["recent_errors"] = [
            {"url": e.url, "status": e.status, "error": e.error, "at": e.fetched_at} for e in errors
        ]
        out.append(item)
    return out
