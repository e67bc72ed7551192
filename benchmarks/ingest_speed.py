"""Ingest against extraction on the real news: one process, and workers that scale.

    .venv/bin/python benchmarks/ingest_speed.py [--limit N] [--workers 2] [--db URL]

The articles of ../shared/data/news are written as one JSON Lines file, then timed (wall clock,
the same files each time): extraction alone (read and extract, nothing stored), `ingest_paths`
in one process into a fresh SQLite file (or --db), and `ingest_paths` with --workers processes.
Prints articles per second, ingest as a share of extraction, and the speedup of the workers.
On a shared machine wall-clock figures follow the neighbours' load, so CPU-time figures are
printed beside them: the speedup the run's CPU times give on `--workers` free cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
import time
from pathlib import Path

from corpus import load_news

from kerjasama.extract.pipeline import warm_up
from kerjasama.ingest import extracted, ingest_paths
from kerjasama.sources import read_sources
from kerjasama.store import open_store

TODAY = dt.date(2026, 11, 24)


def _ignore(_message: str) -> None:
    pass


class Clock:
    """Wall time, and CPU time of this process and of its finished children."""

    def __enter__(self) -> Clock:
        self.wall, self.times = time.perf_counter(), os.times()
        return self

    def __exit__(self, *_exc) -> None:
        end = os.times()
        self.wall = time.perf_counter() - self.wall
        self.main = end.user + end.system - self.times.user - self.times.system
        self.children = (
            end.children_user
            + end.children_system
            - self.times.children_user
            - self.times.children_system
        )


def extraction(path: str) -> tuple[int, Clock]:
    with Clock() as clock:
        n = sum(
            1
            for _ in extracted(
                read_sources([path]), today=TODAY, on_error=_ignore, on_warning=_ignore
            )
        )
    return n, clock


def ingest(path: str, url: str, workers: int) -> tuple[int, Clock]:
    store = open_store(url)
    with Clock() as clock:
        summary = ingest_paths(
            store, [path], today=TODAY, workers=workers, on_error=_ignore, on_warning=_ignore
        )
    store.engine.dispose()
    return summary.new + summary.updated + summary.duplicates, clock


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--db", default=None, help="database URL (default: fresh SQLite files)")
    args = parser.parse_args()
    texts = load_news(args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "news.jsonl"
        with src.open("w", encoding="utf-8") as out:
            for i, text in enumerate(texts):
                row = {"url": f"https://news.test/{i}", "text": text}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        warm_up()
        n, ex = extraction(str(src))
        print(f"{n:,} articles, {os.cpu_count()} CPUs; rates per wall second, then per CPU second")
        print(f"extraction alone:     {n / ex.wall:6.0f} /s  {n / ex.main:6.0f} /CPU-s")
        n1, one = ingest(str(src), args.db or str(Path(tmp) / "one.db"), 1)
        print(
            f"ingest, one process:  {n1 / one.wall:6.0f} /s  {n1 / one.main:6.0f} /CPU-s "
            f"({ex.wall / one.wall:.0%} of extraction by wall time, "
            f"{ex.main / one.main:.0%} by CPU time)"
        )
        if args.db is None and args.workers > 1:
            k = args.workers
            nk, many = ingest(str(src), str(Path(tmp) / "many.db"), k)
            # On a machine of k free cores the run takes the longer of the caller's CPU time
            # and the workers' CPU time shared over k cores (they overlap).
            bound = max(many.main, many.children / k)
            cpu = f"caller {many.main:.1f} CPU-s, workers {many.children:.1f} CPU-s"
            print(
                f"ingest, {k} workers:    {nk / many.wall:6.0f} /s  "
                f"(speedup {one.wall / many.wall:.2f} by wall time; {cpu}: "
                f"speedup {one.main / bound:.2f} on {k} free cores)"
            )


if __name__ == "__main__":
    main()
