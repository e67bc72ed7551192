"""Keep the read model in step with the database: patch the snapshot when the data changed.

SQLite says cheaply whether another connection committed (`PRAGMA data_version` on a
connection of our own); elsewhere a small signature of the tables is compared, at most once
a second, and at once after a commit through the app's own engine (a review): the newest
write and review (two indexed maxima), and the number of articles as last counted, in the
background, at most every `COUNT_EVERY` seconds (a count reads every row, 0.14 s at 1,000,000
on PostgreSQL, so not on a request's time; it tells articles written within the second of the
newest write, and articles removed by hand). Values derived from a snapshot (dashboard
figures) are cached with it.

A snapshot is a column index (`kerjasama.query.columns`): the first one maps the files
beside the database and patches them (or builds them once); each later one is the previous
patched with the articles changed since (`ColumnIndex.refreshed`), a cost proportional to
the change. A small register is patched at once, so a change shows on the next page; a large
one (`LARGE`, or a patch over `SYNC_BUILD_SECONDS`) in the background while requests keep
reading the previous snapshot, at most once per `REBUILD_GAP` patch times while another
process writes, so requests never wait for a patch. A commit through the app's own engine (a
review) starts a patch at once.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.exc import SQLAlchemyError

from kerjasama.query.column_files import (
    folder_of,
    load_words,
    open_columns,
    read_ahead,
    save,
    save_words,
    wants_words,
)
from kerjasama.query.column_reads import article_count
from kerjasama.query.columns import ColumnIndex
from kerjasama.query.facts import ArticleFact, CoopFact, facts_of_ids
from kerjasama.query.textmatch import TextMatcher
from kerjasama.store import Store, schema

SYNC_BUILD_SECONDS = 0.5
REBUILD_GAP = 6.0  # a slow patch waits this many patch times after the last for the next
NOMINAL_PATCH = 0.1  # seconds
LARGE = 20_000  # articles: from this size, patches run in the background, warm-ups ahead
BACKGROUND_NICENESS = 10  # added to the niceness of the warm-up and start threads
COUNT_EVERY = 1.0  # seconds: how often, at most, the articles are counted (not SQLite)


class Snapshot:
    """One consistent view: the column index, its text matcher, and derived values."""

    def __init__(self, store: Store, previous: Snapshot | None = None) -> None:
        """The store as committed now: `previous` patched, else the files, else a build."""
        started = time.perf_counter()
        self.store = store
        self.index: ColumnIndex = open_columns(store, previous.index if previous else None)
        lineage = self.index.lineage
        self.carried = previous is not None
        if previous is not None and self.index is previous.index:
            self.text = previous.text  # another table changed: nothing to patch
        elif previous is not None and lineage is not None and lineage.mark == previous.index.mark:
            self.text = previous.text.carried(self.index, lineage.moved, lineage.first_rowid)
        else:
            self.text = TextMatcher(store.engine, store.search_backend, self.index)
            self.carried = False
        took = time.perf_counter() - started
        # How long the next patch may take: this one's time; after a slow start (a build),
        # unknown: a nominal patch, so that the first change shows within a second or so.
        quick = previous is not None or took <= SYNC_BUILD_SECONDS
        self.built_in = took if quick else NOMINAL_PATCH
        self._derived: dict[str, Any] = {}
        self._lock = threading.Lock()

    def derived(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value computed once per snapshot (figures of the dashboard, facet counts)."""
        if key not in self._derived:
            value = compute()
            with self._lock:
                self._derived.setdefault(key, value)
        return self._derived[key]

    def article_facts(self, positions: Sequence[int]) -> list[ArticleFact]:
        """The facts of the articles at `positions` (a page), read for them only."""
        ids = [self.index.id_at(p) for p in positions]
        with self.store.engine.connect() as conn:
            found = facts_of_ids(conn, ids)
        return [found.get(aid) or ArticleFact(aid, None, False, []) for aid in ids]

    def record_facts(self, records: Sequence[int]) -> list[tuple[str, CoopFact]]:
        """(article id, record) of each record number (a page of records)."""
        c = self.index.columns
        ids = [self.index.id_at(int(c.record_article[r])) for r in records]
        with self.store.engine.connect() as conn:
            found = facts_of_ids(conn, sorted(set(ids)))
        out = []
        for r, aid in zip(records, ids, strict=True):
            wanted = int(c.record_idx[r])
            fact = found.get(aid)
            coop = next((x for x in fact.coops if x.index == wanted), None) if fact else None
            if coop is not None:
                out.append((aid, coop))
        return out


def in_background(
    work: Callable[[], object], name: str, quiet: tuple[type[BaseException], ...]
) -> None:
    """Run `work` ahead, in a daemon thread of lower priority (Linux schedules threads one by
    one), so that it gives way to the requests of every server process; the errors `quiet`
    (the database gone) end it without a word: what it made ahead is made on demand."""

    def run() -> None:
        with contextlib.suppress(AttributeError, OSError):  # elsewhere: as it is
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICENESS)
        with contextlib.suppress(*quiet):
            work()

    threading.Thread(target=run, daemon=True, name=name).start()


class LiveRegister:
    """The current snapshot of a store, rebuilt after any commit to the database."""

    def __init__(self, store: Store, warmers: Sequence[Callable[[Snapshot], object]] = ()) -> None:
        """`warmers` compute what pages need from a new snapshot (large registers: ahead)."""
        self.store = store
        self.warmers = list(warmers)
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._version: object = None
        self._checked = 0.0
        self._watch: sqlite3.Connection | None = None
        self._building: threading.Thread | None = None
        self._built_at = 0.0  # when the current snapshot was made (monotonic)
        self._own_commit = False  # the app itself committed since: show it at once
        self._count: int | None = None  # articles, as last counted (not SQLite)
        self._counted = 0.0  # when that count started (monotonic)
        self._counting: threading.Thread | None = None
        url = store.engine.url
        if store.engine.dialect.name == "sqlite" and url.database not in (None, "", ":memory:"):
            self._watch = sqlite3.connect(url.database, check_same_thread=False)
        event.listen(store.engine, "commit", self._committed)

    def _version_now(self) -> object:
        if self._watch is not None:
            return self._watch.execute("PRAGMA data_version").fetchone()[0]
        now = time.monotonic()
        if self._snapshot is not None and now - self._checked < 1.0:
            return self._version
        self._checked = now
        A, C = schema.articles, schema.confirmations
        with self.store.engine.connect() as conn:
            latest = (
                conn.execute(select(func.max(A.c.updated_at))).scalar(),
                conn.execute(select(func.max(C.c.id))).scalar(),
            )
            if self._count is None:  # the first: counted here, before the first snapshot
                self._count, self._counted = article_count(conn), now
        if now - self._counted >= COUNT_EVERY and self._counting is None:
            self._counted = now
            self._counting = threading.Thread(
                target=self._count_articles, daemon=True, name="register-count"
            )
            self._counting.start()
        return (*latest, self._count)

    def _count_articles(self) -> None:
        """Count the articles off the requests' path (the next check compares the count)."""
        try:
            with self.store.engine.connect() as conn:
                self._count = article_count(conn)
        except SQLAlchemyError:  # the database away for now: the next check counts again
            pass
        finally:
            self._counting = None

    def _committed(self, _conn: object) -> None:
        """This process committed a change (a review): compare the signature on the next
        request rather than up to a second later, and rebuild without waiting for the gap."""
        self._checked = 0.0
        self._own_commit = True

    def current(self) -> Snapshot:
        """The snapshot for the data as committed now (made on first use and patched after
        changes; while a slow patch runs, the previous snapshot)."""
        with self._lock:
            version = self._version_now()
            snapshot = self._snapshot
            if snapshot is not None and version == self._version:
                return snapshot
            large = snapshot is not None and snapshot.index.n_articles >= LARGE
            if snapshot is not None and (large or snapshot.built_in > SYNC_BUILD_SECONDS):
                waited = time.monotonic() - self._built_at
                due = self._own_commit or waited >= REBUILD_GAP * snapshot.built_in
                if self._building is None and due:
                    self._own_commit = False
                    self._building = threading.Thread(
                        target=self._build,
                        args=(version, snapshot),
                        daemon=True,
                        name="register-patch",
                    )
                    self._building.start()
                return snapshot
            self._own_commit = False
            self._snapshot, self._version = Snapshot(self.store, snapshot), version
            self._built_at = time.monotonic()
            self._warm(self._snapshot)
            return self._snapshot

    def _build(self, version: object, previous: Snapshot) -> None:
        try:
            fresh = Snapshot(self.store, previous)
            fresh.index.prepare_facets()  # off the requests' path, before it is served
            fresh.text.prepare()
            with self._lock:
                self._snapshot, self._version = fresh, version
                self._built_at = time.monotonic()
            self._warm(fresh)
        except SQLAlchemyError:  # the database away for now: the next request tries again
            pass
        finally:
            self._building = None

    def _warm(self, snapshot: Snapshot) -> None:
        """Compute ahead, in the background, what the first requests on a large register would
        wait for: the operating system's copy of the column files it maps, the database
        server's copy of the full-text index (where it can keep one),
        the dashboard's figures, the frequent words (a patched snapshot has them),
        whose sets are then kept in the index's files for the next process that starts (also
        by a patched snapshot whose index was just written to new files)."""
        if snapshot.index.n_articles < LARGE:
            return
        root = folder_of(self.store)

        def warm() -> None:
            read_ahead(snapshot.index)
            snapshot.text.prepare()
            if not snapshot.carried:  # this process's first snapshot: the server's cache too
                snapshot.text.prewarm()
            snapshot.index.prepare_facets()
            for warmer in self.warmers:
                warmer(snapshot)
            index = snapshot.index
            new_files = root is not None and wants_words(root, index)
            if not snapshot.carried or new_files:
                sets = snapshot.text.warm_up(index.n_articles)
                if root is not None and not new_files and index.words is None and sets:
                    # Patched at start from files that keep no words: the patch gets files of
                    # its own, so that the words have a folder and the next start maps both.
                    with contextlib.suppress(OSError):  # no room: the next start warms up
                        save(index, root)
                    new_files = wants_words(root, index)
                if new_files and save_words(root, index, sets):
                    snapshot.text.use_kept(load_words(root / snapshot.index.mark.name()))
            gc.freeze()  # what the warmers made lives as long as the snapshot

        in_background(warm, "register-warm-up", (SQLAlchemyError,))

    def make_ready(self) -> None:
        """Make the first snapshot now, in the background (a server's start), so that no first
        request waits for it alone; the database unreadable now: the first request asks again,
        and says why."""
        in_background(self.current, "register-start", (SQLAlchemyError, sqlite3.Error, OSError))

    def invalidate(self) -> None:
        with self._lock:
            self._snapshot = None

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
