"""Read, extract and store articles in batches; report what happened to each input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from kerjasama.errors import SourceError
from kerjasama.extract import extract_raw
from kerjasama.record import Article
from kerjasama.sources import read_sources
from kerjasama.store.store import Store, WriteSummary

# Articles per transaction. Each commit costs about as much as writing 30 articles (the full-text
# index writes a segment, each B-tree rewrites its touched pages): batches of 50 spend a third of
# the write in commits, batches of 200 a fifth (benchmarks/write_path.md).
BATCH_SIZE = 200

Report = Callable[[str], None]


def extracted(
    items: Iterable, *, today: dt.date | None, on_error: Report, on_warning: Report
) -> Iterator[Article]:
    """Records for the raw articles; errors and extractor failures are reported, not raised."""
    for item in items:
        if isinstance(item, SourceError):
            on_error(str(item))
            continue
        for warning in item.warnings:
            on_warning(warning)
        try:
            yield extract_raw(item, today)
        except Exception as exc:  # one bad article must not stop the batch
            on_error(f"{item.where}: extraction failed ({exc.__class__.__name__}: {exc})")


def extracted_parallel(
    items: Iterable,
    *,
    workers: int,
    scheduler: str | None,
    today: dt.date | None,
    on_error: Report,
    on_warning: Report,
) -> Iterator[Article]:
    """As `extracted`, with extraction spread over Dask workers."""
    from kerjasama.scale import extract_parallel

    def warned(items: Iterable) -> Iterator:
        for item in items:
            for warning in getattr(item, "warnings", []):
                on_warning(warning)
            yield item

    results = extract_parallel(warned(items), workers=workers, today=today, scheduler=scheduler)
    for result in results:
        if isinstance(result, Article):
            yield result
        else:
            on_error(str(result))


def ingest_paths(
    store: Store,
    paths: list[str],
    *,
    published: str | None = None,
    url: str | None = None,
    today: dt.date | None = None,
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
    scheduler: str | None = None,
    on_error: Report,
    on_warning: Report,
    on_progress: Callable[[int], None] | None = None,
    after_batch: Callable[[list[Article]], None] | None = None,
) -> WriteSummary:
    """Extract and store everything under `paths`, one transaction per batch."""
    summary = WriteSummary()

    def error(msg: str) -> None:
        summary.failed.append(msg)
        on_error(msg)

    items = read_sources(paths, published=published, url=url, on_warning=on_warning)
    if workers > 1 or scheduler:
        records = extracted_parallel(
            items,
            workers=workers,
            scheduler=scheduler,
            today=today,
            on_error=error,
            on_warning=on_warning,
        )
    else:
        records = extracted(items, today=today, on_error=error, on_warning=on_warning)
    return store_in_batches(
        store,
        records,
        batch_size=batch_size,
        summary=summary,
        on_progress=on_progress,
        after_batch=after_batch,
    )


def store_in_batches(
    store: Store,
    records: Iterable[Article],
    *,
    batch_size: int,
    summary: WriteSummary,
    on_progress: Callable[[int], None] | None = None,
    after_batch: Callable[[list[Article]], None] | None = None,
    replaces: dict[str, str] | None = None,
) -> WriteSummary:
    """Write records `batch_size` at a time, one transaction per batch (ingest and watch);
    `replaces` names the stored records some of them supersede (see Store.save_batch)."""
    batch: list[Article] = []
    for rec in records:
        batch.append(rec)
        if on_progress:
            on_progress(1)
        if len(batch) >= batch_size:
            store.save_batch(batch, summary, replaces)
            if after_batch:
                after_batch(batch)
            batch = []
    if batch:
        store.save_batch(batch, summary, replaces)
    if after_batch:
        after_batch(batch)
    return summary


def refresh_after_writes(store: Store, summary: WriteSummary, today: dt.date | None):
    """Refresh partnerships and people when records changed (or a refresh is owed)."""
    if not (summary.new or summary.updated or store.links_pending()):
        return None
    from kerjasama.link import LinkSettings
    from kerjasama.store.links import refresh_links

    return refresh_links(store, LinkSettings(today=today))
