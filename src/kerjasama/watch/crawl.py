"""The fetching side of a watch run: one thread per host lists its sources and fetches pages.

Threads never write to the store; they put events on a queue that the runner's thread
consumes, so every write happens in one place and in order. A thread reads the store only to
learn which URLs are known already.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine, select

from kerjasama.store import schema
from kerjasama.store.watch_tables import pages, validators
from kerjasama.watch.fetch import LISTING_TYPES, Fetched, Fetcher
from kerjasama.watch.listing import ListingError, host_of, read_listing
from kerjasama.watch.sources import Source

MAX_LISTINGS = 50  # feeds and sitemaps read per source and run
RETRY_LATER = "retry"  # page states that another run may try again


@dataclass
class Event:
    kind: str  # log | validator | page | stamps | done
    source: Source
    fetched: Fetched | None = None
    url: str | None = None
    error: str | None = None
    listed: int = 0
    not_modified: int = 0
    stamps: dict[str, str] | None = None  # kind "stamps": first dates seen of known pages


@dataclass
class CrawlLimits:
    max_pages_per_source: int = 1000


@dataclass
class Crawl:
    """The shared state of the fetching threads of one run."""

    engine: Engine
    fetcher: Fetcher
    events: queue.Queue
    limits: CrawlLimits = field(default_factory=CrawlLimits)
    keep_page: Callable[..., str | None] | None = None  # writes a page (the runner's)
    # writes a changed page: True when its new body is to be read (the runner's)
    keep_changed: Callable[[Source, str, Fetched, str | None], bool] | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    claimed: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self, due: list[Source]) -> list[threading.Thread]:
        by_host: dict[str, list[Source]] = {}
        for source in due:
            by_host.setdefault(host_of(source.url), []).append(source)
        threads = [
            threading.Thread(target=self._host_worker, args=(group,), daemon=True)
            for group in by_host.values()
        ]
        for thread in threads:
            thread.start()
        return threads

    # -- per host ------------------------------------------------------------------------
    def _host_worker(self, group: list[Source]) -> None:
        for source in group:
            if self.stop.is_set():
                return
            try:
                self._run_source(source)
            except Exception as exc:  # one source's trouble must not stop the others
                self.events.put(Event("done", source, error=f"{exc.__class__.__name__}: {exc}"))

    def _run_source(self, source: Source) -> None:
        listed, not_modified, errors, stamps = self._page_urls(source)
        fresh, changed, baseline = self._claim(source, listed, stamps)
        if baseline:
            self.events.put(Event("stamps", source, stamps=baseline))
        budget = self.limits.max_pages_per_source
        for url in fresh[:budget]:
            if self.stop.is_set():
                return
            if self.keep_page is None:
                fetched = self._fetch(source, url)
                error = fetched.error
            else:  # keep_page logs the fetch with the page, in one transaction
                fetched = self.fetcher.fetch(url, delay_s=source.delay_s)
                error = self.keep_page(source, url, fetched, stamps.get(url))
            self.events.put(Event("page", source, fetched=fetched, url=url, error=error))
        for url in changed[: max(0, budget - len(fresh))] if self.keep_changed else []:
            if self.stop.is_set():
                return
            etag, modified = self._validators(url)  # the page's own: a 304 if it did not change
            fetched = self.fetcher.fetch(
                url, delay_s=source.delay_s, etag=etag, last_modified=modified
            )
            if self.keep_changed(source, url, fetched, stamps.get(url)):
                self.events.put(Event("page", source, fetched=fetched, url=url))
        self.events.put(
            Event(
                "done",
                source,
                error="; ".join(errors) or None,
                listed=len(listed),
                not_modified=not_modified,
            )
        )

    def _fetch(self, source: Source, url: str, **kw) -> Fetched:
        fetched = self.fetcher.fetch(url, delay_s=source.delay_s, **kw)
        self.events.put(Event("log", source, fetched=fetched))
        return fetched

    # -- listings ------------------------------------------------------------------------
    def _page_urls(self, source: Source) -> tuple[list[str], int, list[str], dict[str, str]]:
        """Page URLs of a source, the listings that were unchanged (304), errors, and the
        dates of change the listings give for their pages."""
        if source.kind == "urls":
            return list(source.urls), 0, [], {}
        todo, seen, found, errors = [source.url], set(), [], []
        stamps: dict[str, str] = {}
        not_modified = 0
        tried_robots = False
        while todo and len(seen) < MAX_LISTINGS and not self.stop.is_set():
            url = todo.pop(0)
            if url in seen:
                continue
            seen.add(url)
            etag, modified = self._validators(url)
            fetched = self._fetch(
                source, url, accept=LISTING_TYPES, etag=etag, last_modified=modified
            )
            if fetched.not_modified:
                not_modified += 1
                continue
            if not fetched.ok:
                errors.append(f"{url}: {fetched.error}")
                continue
            try:
                listing = read_listing(fetched.final_url, fetched.body)
            except ListingError as exc:
                errors.append(f"{url}: {exc}")
                continue
            self.events.put(Event("validator", source, fetched=fetched))
            found.extend(listing.pages)
            for page, stamp in listing.stamps.items():
                if stamp > stamps.get(page, ""):
                    stamps[page] = stamp
            todo.extend(listing.listings)
            empty = not listing.pages and not listing.listings
            if listing.kind == "page" and empty and not tried_robots:
                tried_robots = True
                todo.extend(self.fetcher.robots_sitemaps(url))
        return list(dict.fromkeys(found)), not_modified, errors, stamps

    def _validators(self, url: str) -> tuple[str | None, str | None]:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(validators.c.etag, validators.c.last_modified).where(validators.c.url == url)
            ).first()
        return (row.etag, row.last_modified) if row else (None, None)

    # -- which pages are new -------------------------------------------------------------
    def _claim(
        self, source: Source, urls: list[str], stamps: dict[str, str]
    ) -> tuple[list[str], list[str], dict[str, str]]:
        """The URLs neither stored, remembered, nor taken by another thread this run (to
        fetch); the remembered ones whose listing now gives a later date of change than the
        one kept (to fetch again, conditionally); and the remembered ones seen with a date for
        the first time (the date is kept, nothing fetched)."""
        known: set[str] = set()
        kept: dict[str, str | None] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(urls), 500):
                chunk = urls[start : start + 500]
                for row in conn.execute(
                    select(pages.c.url, pages.c.lastmod, pages.c.state).where(
                        pages.c.url.in_(chunk), pages.c.state != RETRY_LATER
                    )
                ):
                    known.add(row.url)
                    if row.state in ("stored", "skipped"):
                        kept[row.url] = row.lastmod
                known.update(
                    conn.execute(
                        select(schema.articles.c.url).where(schema.articles.c.url.in_(chunk))
                    ).scalars()
                )
        changed = [u for u, old in kept.items() if old and stamps.get(u, "") > old]
        baseline = {u: stamps[u] for u, old in kept.items() if not old and u in stamps}
        with self._lock:
            fresh = [u for u in urls if u not in known and u not in self.claimed]
            changed = [u for u in changed if u not in self.claimed]
            self.claimed.update(fresh)
            self.claimed.update(changed)
        return fresh, changed, baseline
