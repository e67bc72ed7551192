"""One watch run: fetch what is due, extract and store it through the ingest path, then alert.

The order of writes is what makes a killed run safe. A fetched page is written to
`watch_pages` with its body before it is extracted; the batch of records is stored in one
transaction by the same code as `ingest`; then the pages are marked done and their bodies
dropped. A run killed anywhere resumes from the bodies already held, so nothing stored is lost
and no page is fetched twice.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import insert, select, update

from kerjasama.errors import SourceError
from kerjasama.ingest import extracted, refresh_after_writes, store_in_batches
from kerjasama.record import Article
from kerjasama.sources.decode import decode_bytes
from kerjasama.sources.html import html_to_article
from kerjasama.store import schema
from kerjasama.store.store import Store, WriteSummary
from kerjasama.store.watch_tables import fetches, pages, robots, validators
from kerjasama.watch.crawl import RETRY_LATER, Crawl, CrawlLimits, Event
from kerjasama.watch.fetch import Fetched, Fetcher, FetchSettings, RobotsCopy
from kerjasama.watch.region import in_region
from kerjasama.watch.sources import Source, due_sources, finish_run, list_sources, now_iso

Report = Callable[[str], None]


@dataclass
class WatchSettings:
    fetch: FetchSettings = field(default_factory=FetchSettings)
    limits: CrawlLimits = field(default_factory=CrawlLimits)
    batch_size: int = 50
    today: dt.date | None = None
    every_source: bool = False  # run all sources, due or not


@dataclass
class SourceReport:
    """What one source's run did."""

    source: Source
    listed: int = 0
    not_modified: int = 0
    fetched: int = 0
    new: int = 0
    updated: int = 0  # changed articles at URLs already stored
    unchanged: int = 0  # pages fetched again on a listing's date, answered 304 or same text
    skipped: int = 0
    failed: int = 0
    error: str | None = None

    def line(self) -> str:
        text = (
            f"{self.source.label}: {self.listed} listed, {self.fetched} fetched, "
            f"{self.new} new, {self.skipped} not cooperation, {self.failed} failed"
        )
        if self.updated:
            text += f", {self.updated} updated"
        if self.not_modified:
            text += f", {self.not_modified} listing(s) unchanged"
        return text + (f" — {self.error}" if self.error else "")


@dataclass
class RunReport:
    sources: list[SourceReport] = field(default_factory=list)
    summary: WriteSummary = field(default_factory=WriteSummary)
    resumed: int = 0
    requests: int = 0
    not_modified: int = 0  # of the requests, those answered 304
    waited_s: float = 0.0
    elapsed_s: float = 0.0
    alerts: int = 0


class _Writer:
    """The runner's thread: consumes crawl events, writes pages, yields records to store."""

    def __init__(self, store: Store, settings: WatchSettings, report: RunReport, on_line):
        self.store, self.settings, self.report, self.on_line = store, settings, report, on_line
        self.by_source: dict[int, SourceReport] = {}
        self.log_rows: list[dict] = []
        self.done_marks: list[dict] = []  # page updates owed after the next batch
        self.batch_urls: dict[str, list[tuple[str, int | None]]] = {}
        self.validators: dict[int, list[Fetched]] = {}
        self.lock = threading.Lock()
        self._sources: dict[int, Source] | None = None
        self.replacing: dict[str, str | None] = {}  # url → id of the record a changed page had
        self.replaces: dict[str, str] = {}  # new record id → the stored id it supersedes

    # -- events --------------------------------------------------------------------------
    def records(self, events: queue.Queue, threads, resume: list) -> Iterator[Article]:
        for url, source_id, body, old_id in resume:
            self.report.resumed += 1
            yield from self._page_record(
                url, source_id, body, self._source(source_id), replaces=old_id
            )
        while True:
            try:
                event = events.get(timeout=0.2)
            except queue.Empty:
                if not any(t.is_alive() for t in threads) and events.empty():
                    break
                continue
            yield from self._handle(event)
        with self.lock:
            self._flush_log()

    def _handle(self, event: Event) -> Iterator[Article]:
        rep = self.by_source.setdefault(event.source.id, SourceReport(event.source))
        if event.kind == "log":
            with self.lock:
                self._log(event.source, event.fetched)
        elif event.kind == "validator":
            # Kept back until the source's pages are all written: a listing marked unchanged
            # before then would hide the pages a killed run had not fetched yet.
            self.validators.setdefault(event.source.id, []).append(event.fetched)
        elif event.kind == "done":
            rep.listed, rep.not_modified, rep.error = event.listed, event.not_modified, event.error
            for fetched in self.validators.pop(event.source.id, []):
                self._save_validator(fetched)
            self._finish(rep)
        elif event.kind == "stamps":
            self._set_stamps(event.stamps or {})
        elif event.kind == "page":
            body = event.fetched.body if event.error is None else None
            if body is not None:
                yield from self._page_record(
                    event.url,
                    event.source.id,
                    body,
                    event.source,
                    replaces=self.replacing.pop(event.url, None),
                )

    def take_page(
        self, source: Source, url: str, fetched: Fetched, stamp: str | None = None
    ) -> str | None:
        """Write the fetched page (or its failure) at once, from the fetching thread: a page
        is in the store before anything else happens to it. Returns the error, if any."""
        with self.lock:
            rep = self.by_source.setdefault(source.id, SourceReport(source))
            rep.fetched += 1
            self._log(source, fetched)
            return self._take_page(source, url, fetched, rep, stamp)

    def take_changed(self, source: Source, url: str, fetched: Fetched, stamp: str | None) -> bool:
        """A stored page fetched again because its listing dates a change: unchanged (304)
        or failed, only the date is kept (a 5xx or a timeout: not even that, so the next run
        asks again); with a new body, the page is written to be read again, remembering the
        record it had, which the new one will replace. True when there is a body to read."""
        with self.lock:
            rep = self.by_source.setdefault(source.id, SourceReport(source))
            rep.fetched += 1
            self._log(source, fetched)
            if fetched.not_modified or (fetched.error and fetched.permanent):
                rep.unchanged += fetched.not_modified
                with self.store.engine.begin() as conn:
                    self._flush_log(conn)
                    conn.execute(update(pages).where(pages.c.url == url).values(lastmod=stamp))
                return False
            if fetched.error or fetched.body.lstrip()[:5] == b"%PDF-":
                return False
            with self.store.engine.connect() as conn:
                old = conn.execute(select(pages.c.article_id).where(pages.c.url == url)).first()
            old_id = old.article_id if old else None
            self.replacing[url] = old_id
            row = {"url": url, "source_id": source.id, "fetched_at": now_iso()}
            # While a page waits to be read, its article_id names the record it replaces.
            row |= {"state": "fetched", "body": fetched.body, "lastmod": stamp}
            self._write_page(row | {"article_id": old_id}, fetched)
            return True

    def _take_page(
        self, source: Source, url: str, fetched: Fetched, rep, stamp: str | None
    ) -> str | None:
        error = fetched.error
        if error is None and fetched.body.lstrip()[:5] == b"%PDF-":
            error = f"a PDF document served as {fetched.content_type or 'no type'}"
        row = {"url": url, "source_id": source.id, "fetched_at": now_iso(), "lastmod": stamp}
        if error is not None:
            permanent = fetched.permanent or fetched.error is None  # None: a PDF
            rep.failed += 1
            row |= {"state": "failed" if permanent else RETRY_LATER, "error": error}
            self._write_page(row)
            return error
        self._write_page(row | {"state": "fetched", "body": fetched.body}, fetched)
        return None

    def _write_page(self, row: dict, fetched: Fetched | None = None) -> None:
        with self.store.engine.begin() as conn:
            self._flush_log(conn)
            conn.execute(pages.delete().where(pages.c.url == row["url"]))
            conn.execute(pages.insert().values(**row))
            if fetched is not None and (fetched.etag or fetched.last_modified):
                # the page's validators: a later fetch on a listing's date asks conditionally
                conn.execute(validators.delete().where(validators.c.url == row["url"]))
                conn.execute(
                    validators.insert().values(
                        url=row["url"],
                        etag=fetched.etag,
                        last_modified=fetched.last_modified,
                        checked_at=now_iso(),
                    )
                )

    def _set_stamps(self, stamps: dict[str, str]) -> None:
        with self.lock, self.store.engine.begin() as conn:
            for url, stamp in stamps.items():
                conn.execute(update(pages).where(pages.c.url == url).values(lastmod=stamp))

    # -- extraction through the ingest path ----------------------------------------------
    def _page_record(
        self, url, source_id, body: bytes, source: Source | None, replaces: str | None = None
    ) -> Iterator[Article]:
        keep_all = bool(source and source.keep_all)
        region = source.region if source else None
        warnings: list[str] = []
        try:
            text = decode_bytes(body, url, warnings)
            raw = html_to_article(text, url, url=url)
        except SourceError as exc:
            self._mark(url, source_id, state="failed", error=exc.problem)
            return
        raw.warnings.extend(warnings)
        errors: list[str] = []
        for rec in extracted(
            [raw], today=self.settings.today, on_error=errors.append, on_warning=lambda _: None
        ):
            rep = self.by_source.get(source_id)
            if self._stored_already(rec.id):  # the same text: fetched again, nothing changed
                self._mark(url, source_id, state="stored", rec=rec)
                self.report.summary.duplicates += 1
                if rep and replaces:
                    rep.unchanged += 1
            elif keep_all or (rec.is_cooperation and in_region(rec, region)):
                self.batch_urls.setdefault(rec.id, []).append((url, source_id))
                if replaces and self._stored_already(replaces):
                    self.replaces[rec.id] = replaces  # an update of the record at this URL
                    if rep:
                        rep.updated += 1
                elif rep:
                    rep.new += 1
                yield rec
            else:
                why = None if not rec.is_cooperation else f"outside the source's region {region}"
                self._mark(url, source_id, state="skipped", rec=rec, error=why)
                if rep:
                    rep.skipped += 1
        if errors:
            self._mark(url, source_id, state="failed", error=errors[0])

    def _stored_already(self, article_id: str) -> bool:
        if article_id in self.batch_urls:
            return True
        with self.store.engine.connect() as conn:
            row = conn.execute(
                select(schema.articles.c.id).where(schema.articles.c.id == article_id)
            ).first()
        return row is not None

    def _mark(self, url, source_id, *, state, rec: Article | None = None, error=None) -> None:
        self.done_marks.append(
            {
                "url": url,
                "state": state,
                "text_hash": rec.id if rec else None,
                "score": rec.cooperation_score if rec else None,
                "article_id": rec.id if rec and state == "stored" else None,
                "error": error,
            }
        )

    def after_batch(self, batch: list[Article]) -> None:
        """Once a batch is stored: its pages, and the skipped ones before it, are done."""
        for rec in batch:
            for url, source_id in self.batch_urls.pop(rec.id, []):
                self._mark(url, source_id, state="stored", rec=rec)
        if not self.done_marks:
            return
        with self.store.engine.begin() as conn:
            for mark in self.done_marks:
                conn.execute(
                    update(pages)
                    .where(pages.c.url == mark["url"])
                    .values(body=None, **{k: v for k, v in mark.items() if k != "url"})
                )
        self.done_marks = []

    # -- bookkeeping ---------------------------------------------------------------------
    def _log(self, source: Source, fetched: Fetched) -> None:
        self.log_rows.append(
            {
                "source_id": source.id,
                "url": fetched.url,
                "status": fetched.status,
                "bytes": len(fetched.body),
                "elapsed_ms": int(fetched.elapsed_s * 1000),
                "error": fetched.error,
                "fetched_at": now_iso(),
            }
        )
        if len(self.log_rows) >= 100:
            self._flush_log()

    def _flush_log(self, conn=None) -> None:
        if not self.log_rows:
            return
        rows, self.log_rows = self.log_rows, []
        if conn is not None:
            conn.execute(insert(fetches), rows)
            return
        with self.store.engine.begin() as own:
            own.execute(insert(fetches), rows)

    def _save_validator(self, fetched: Fetched) -> None:
        if not (fetched.etag or fetched.last_modified):
            return
        with self.store.engine.begin() as conn:
            conn.execute(validators.delete().where(validators.c.url == fetched.url))
            conn.execute(
                validators.insert().values(
                    url=fetched.url,
                    etag=fetched.etag,
                    last_modified=fetched.last_modified,
                    checked_at=now_iso(),
                )
            )

    def _finish(self, rep: SourceReport) -> None:
        # The source's pages may still wait in the batch: its run is recorded at the end.
        self.on_line(rep.line())

    def _source(self, source_id: int | None) -> Source | None:
        if source_id is None:
            return None
        if self._sources is None:
            with self.store.engine.connect() as conn:
                self._sources = {s.id: s for s in list_sources(conn)}
        return self._sources.get(source_id)


def load_robots(store: Store) -> dict[str, RobotsCopy]:
    """The robots.txt files read by earlier runs, to ask for them conditionally."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(robots)).all()
    return {
        r.url: RobotsCopy(r.url, r.status, r.body or "", r.etag, r.last_modified, r.checked_at)
        for r in rows
    }


def save_robots(store: Store, cache: dict[str, RobotsCopy]) -> None:
    changed = [c for c in cache.values() if c.changed]
    if not changed:
        return
    with store.engine.begin() as conn:
        conn.execute(robots.delete().where(robots.c.url.in_([c.url for c in changed])))
        conn.execute(
            robots.insert(),
            [
                {
                    "url": c.url,
                    "status": c.status,
                    "body": c.body,
                    "etag": c.etag,
                    "last_modified": c.last_modified,
                    "checked_at": now_iso(),
                }
                for c in changed
            ],
        )


def _resumable(store: Store) -> list[tuple[str, int | None, bytes, str | None]]:
    """Pages a killed run fetched but did not finish: their bodies are still held (with the
    record a changed page replaces)."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(pages.c.url, pages.c.source_id, pages.c.body, pages.c.article_id).where(
                pages.c.state == "fetched", pages.c.body.is_not(None)
            )
        ).all()
    return [(r.url, r.source_id, r.body, r.article_id) for r in rows]


def run_once(
    store: Store,
    settings: WatchSettings | None = None,
    *,
    on_line: Report = lambda _: None,
    on_alerts: Callable[[Store, list[Article]], int] | None = None,
) -> RunReport:
    """Run every due source once; store, refresh partnerships, make alerts; return the report."""
    import time

    settings = settings or WatchSettings()
    started = time.monotonic()
    report = RunReport()
    now = dt.datetime.now(dt.UTC)
    with store.engine.connect() as conn:
        due = due_sources(conn, now, every=settings.every_source)
    writer = _Writer(store, settings, report, on_line)
    stored: list[Article] = []

    def after_batch(batch: list[Article]) -> None:
        stored.extend(batch)
        writer.after_batch(batch)

    with Fetcher(settings.fetch, robots_cache=load_robots(store)) as fetcher:
        crawl = Crawl(
            store.engine,
            fetcher,
            queue.Queue(maxsize=200),
            settings.limits,
            writer.take_page,
            keep_changed=writer.take_changed,
        )
        resume = _resumable(store)
        threads = crawl.start(due)
        try:
            store_in_batches(
                store,
                writer.records(crawl.events, threads, resume),
                batch_size=settings.batch_size,
                summary=report.summary,
                after_batch=after_batch,
                replaces=writer.replaces,
            )
        finally:
            crawl.stop.set()
        report.requests, report.waited_s = fetcher.requests, fetcher.waited_s
        report.not_modified = fetcher.not_modified
        save_robots(store, fetcher.robots_cache)
    with store.engine.begin() as conn:
        for source in due:
            rep = writer.by_source.get(source.id) or SourceReport(source)
            finish_run(conn, source, dt.datetime.now(dt.UTC), new=rep.new, error=rep.error)
            report.sources.append(rep)
    refresh_after_writes(store, report.summary, settings.today)
    if on_alerts is not None:  # alerts for the records new to the register, not updates
        fresh = set(report.summary.new_ids)
        report.alerts = on_alerts(store, [r for r in stored if r.id in fresh])
    report.elapsed_s = time.monotonic() - started
    return report


def states(store: Store) -> Counter:
    """How many remembered pages are in each state (for tests and `sources list`)."""
    from sqlalchemy import func

    with store.engine.connect() as conn:
        return Counter(
            dict(conn.execute(select(pages.c.state, func.count()).group_by(pages.c.state)).all())
        )
