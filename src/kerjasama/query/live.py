"""Keep the read model in step with the database: rebuild the snapshot when the data changed.

SQLite says cheaply whether another connection committed (`PRAGMA data_version` on a
connection of our own); elsewhere a small signature of the tables is compared, at most once
a second, and at once after a commit through the app's own engine (a review). Values derived
from a snapshot (dashboard figures) are cached with it.

A small register is rebuilt at once, so a change shows on the next page. A large one (a
build over `SYNC_BUILD_SECONDS`) is rebuilt in the background while requests keep reading
the previous snapshot, so an ingest or a review never stalls the pages for seconds.

A build is CPU work in the server's own process, so it slows every request it runs beside.
While another process writes (an ingest commits a batch every second or so), a large
register is rebuilt at most once per `REBUILD_GAP` build times: the pages lag the ingest by
a few builds at most and requests run beside a build a small share of the time. A commit
through the app's own engine (a review) is shown at once.
"""

from __future__ import annotations

import gc
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import event, func, select

from kerjasama.query.facts import load_facts
from kerjasama.query.index import RegisterIndex
from kerjasama.query.textmatch import TextMatcher
from kerjasama.store import Store, schema

SYNC_BUILD_SECONDS = 0.5
REBUILD_GAP = 6.0  # a large register waits this many build times after a build for the next


class Snapshot:
    """One consistent view: the register index, its text matcher, and derived values.

    Its objects hold no reference cycles, so they can be left out of the garbage collector's
    scans (`gc.freeze`): a full collection over a large register's hundreds of thousands of
    objects would otherwise stall a request for hundreds of milliseconds now and then.
    """

    def __init__(self, store: Store) -> None:
        started = time.perf_counter()
        with store.engine.connect() as conn:
            facts = load_facts(conn)
        self.index = RegisterIndex(facts)
        self.text = TextMatcher(
            store.engine, store.search_backend, self.index.position_of, self.index.size
        )
        gc.freeze()
        self.built_in = time.perf_counter() - started
        self._derived: dict[str, Any] = {}
        self._lock = threading.Lock()

    def derived(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value computed once per snapshot (figures of the dashboard, facet counts)."""
        if key not in self._derived:
            value = compute()
            with self._lock:
                self._derived.setdefault(key, value)
        return self._derived[key]


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
            return (
                conn.execute(select(func.count(), func.max(A.c.updated_at))).one(),
                conn.execute(select(func.max(C.c.id))).scalar(),
            )

    def _committed(self, _conn: object) -> None:
        """This process committed a change (a review): compare the signature on the next
        request rather than up to a second later, and rebuild without waiting for the gap."""
        self._checked = 0.0
        self._own_commit = True

    def current(self) -> Snapshot:
        """The snapshot for the data as committed now (built on first use and after changes;
        while a large register is rebuilt, the previous snapshot)."""
        with self._lock:
            version = self._version_now()
            snapshot = self._snapshot
            if snapshot is not None and version == self._version:
                return snapshot
            if snapshot is not None and snapshot.built_in > SYNC_BUILD_SECONDS:
                waited = time.monotonic() - self._built_at
                due = self._own_commit or waited >= REBUILD_GAP * snapshot.built_in
                if self._building is None and due:
                    self._own_commit = False
                    self._building = threading.Thread(
                        target=self._build, args=(version,), daemon=True, name="register-rebuild"
                    )
                    self._building.start()
                return snapshot
            self._own_commit = False
            self._snapshot, self._version = Snapshot(self.store), version
            self._built_at = time.monotonic()
            self._warm(self._snapshot)
            return self._snapshot

    def _build(self, version: object) -> None:
        try:
            fresh = Snapshot(self.store)
            with self._lock:
                self._snapshot, self._version = fresh, version
                self._built_at = time.monotonic()
            self._warm(fresh)
        finally:
            self._building = None

    def _warm(self, snapshot: Snapshot) -> None:
        """Compute ahead, in the background, what the first requests on a large register would
        wait for: the dashboard's figures, the frequent words."""
        if snapshot.built_in <= SYNC_BUILD_SECONDS / 5:
            return

        def warm() -> None:
            for warmer in self.warmers:
                warmer(snapshot)
            snapshot.text.warm_up(len(snapshot.index.articles))
            gc.freeze()  # what the warmers made lives as long as the snapshot

        threading.Thread(target=warm, daemon=True, name="register-warm-up").start()

    def invalidate(self) -> None:
        with self._lock:
            self._snapshot = None

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
