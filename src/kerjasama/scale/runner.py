"""Extract many articles in parallel; results come back in input order.

Reading and writing stay in the calling process (the store is written there, one transaction
per batch); only extraction, the CPU-bound part, is spread over workers that live for the
whole run and load the gazetteer and models once: a local process pool, or with a scheduler
address (``tcp://host:8786``) the workers of a Dask distributed cluster. Articles travel in
small chunks, records come back pickled (no JSON to parse again), and a window of chunks stays
in flight so that workers extract while the caller writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from kerjasama.errors import KerjasamaError, SourceError
from kerjasama.record import Article
from kerjasama.sources.model import RawArticle

CHUNK = 16  # articles per task: large enough to pay for the trip, small enough to balance
IN_FLIGHT_PER_WORKER = 4

Outcome = tuple[str, Any]  # ("ok", Article) or ("error", message)


def warm_worker() -> None:
    """Load the gazetteer and models in a worker before its first article."""
    from kerjasama.extract.pipeline import warm_up

    with contextlib.suppress(Exception):  # a missing model shows on the first article
        warm_up()


def extract_chunk(raws: list[RawArticle], today: dt.date | None) -> list[Outcome]:
    """Run in a worker: per article ("ok", record) or ("error", message)."""
    from kerjasama.extract import extract_raw

    out: list[Outcome] = []
    for raw in raws:
        try:
            out.append(("ok", extract_raw(raw, today)))
        except Exception as exc:  # reported per article, the rest goes on
            out.append(
                ("error", f"{raw.where}: extraction failed ({exc.__class__.__name__}: {exc})")
            )
    return out


class _LocalWorkers:
    """A process pool for the run; each process warms up once."""

    def __init__(self, workers: int) -> None:
        self.size = workers
        self._pool = multiprocessing.get_context().Pool(workers, initializer=warm_worker)

    def submit(self, raws: list[RawArticle], today: dt.date | None) -> Callable[[], list]:
        return self._pool.apply_async(extract_chunk, (raws, today)).get

    def close(self) -> None:
        self._pool.close()
        self._pool.join()


class _ClusterWorkers:
    """The workers of a Dask distributed cluster, asked through one client for the run."""

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise KerjasamaError("a scheduler address needs the 'distributed' package") from exc
        try:
            self._client = Client(address, timeout="30s")
        except OSError as exc:
            raise KerjasamaError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        self._client.run(warm_worker)
        self.size = max(1, sum(self._client.nthreads().values()))

    def submit(self, raws: list[RawArticle], today: dt.date | None) -> Callable[[], list]:
        return self._client.submit(extract_chunk, raws, today, pure=False).result

    def close(self) -> None:
        self._client.close()


def extract_parallel(
    items: Iterable[RawArticle | SourceError],
    *,
    workers: int,
    today: dt.date | None = None,
    scheduler: str | None = None,
) -> Iterator[Article | str | SourceError]:
    """Records in input order; a str is an extraction failure message, a SourceError a bad input."""
    pool = _ClusterWorkers(scheduler) if scheduler else _LocalWorkers(max(1, workers))
    try:
        pending: deque[tuple[list, Callable[[], list]]] = deque()
        window = pool.size * IN_FLIGHT_PER_WORKER
        iterator = iter(items)
        while chunk := list(islice(iterator, CHUNK)):
            raws = [x for x in chunk if isinstance(x, RawArticle)]
            pending.append((chunk, pool.submit(raws, today)))
            if len(pending) >= window:
                yield from _in_order(*pending.popleft())
        while pending:
            yield from _in_order(*pending.popleft())
    finally:
        pool.close()


def _in_order(chunk: list, result: Callable[[], list]) -> Iterator[Article | str | SourceError]:
    outcomes = iter(result())
    for item in chunk:
        if isinstance(item, SourceError):
            yield item
            continue
        _, payload = next(outcomes)
        yield payload
