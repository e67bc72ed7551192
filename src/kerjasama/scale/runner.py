"""Extract many articles in parallel with Dask; results come back in input order.

Reading and writing stay in the calling process (the store is written there, one transaction
per batch); only extraction, the CPU-bound part, is spread over workers. With no scheduler
address Dask runs local processes; with one (``tcp://host:8786``) it uses that cluster.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from itertools import islice

from kerjasama.errors import KerjasamaError, SourceError
from kerjasama.record import Article
from kerjasama.sources.model import RawArticle

CHUNK = 2_000


def _extract_one(item: tuple[RawArticle, dt.date | None]) -> tuple[str, str]:
    """Run in a worker: ("ok", record JSON) or ("error", message)."""
    from kerjasama.extract import extract_raw

    raw, today = item
    try:
        return "ok", extract_raw(raw, today).to_json()
    except Exception as exc:  # reported per article, the rest goes on
        return "error", f"{raw.where}: extraction failed ({exc.__class__.__name__}: {exc})"


def _compute(bag, workers: int, scheduler: str | None):
    if scheduler:
        try:
            from distributed import Client
        except ImportError as exc:
            raise KerjasamaError("a scheduler address needs the 'distributed' package") from exc
        with Client(scheduler) as client:
            return client.compute(bag).result()
    return bag.compute(scheduler="processes", num_workers=workers)


def extract_parallel(
    items: Iterable[RawArticle | SourceError],
    *,
    workers: int,
    today: dt.date | None = None,
    scheduler: str | None = None,
) -> Iterator[Article | str | SourceError]:
    """Records in input order; a str is an extraction failure message, a SourceError a bad input."""
    try:
        import dask.bag as db
    except ImportError as exc:
        raise KerjasamaError(
            "parallel extraction needs Dask: pip install 'kerjasama[scale]'"
        ) from exc
    iterator = iter(items)
    while True:
        chunk = list(islice(iterator, CHUNK))
        if not chunk:
            return
        raws = [(i, x) for i, x in enumerate(chunk) if isinstance(x, RawArticle)]
        bag = db.from_sequence([(x, today) for _, x in raws], npartitions=max(1, workers * 4))
        results = dict(
            zip(
                (i for i, _ in raws),
                _compute(bag.map(_extract_one), workers, scheduler),
                strict=True,
            )
        )
        for i, item in enumerate(chunk):
            if isinstance(item, SourceError):
                yield item
                continue
            status, payload = results[i]
            yield Article.model_validate_json(payload) if status == "ok" else payload
