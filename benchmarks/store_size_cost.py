"""Cost against store size: writing a batch of 50 and refreshing the links after it.

    .venv/bin/python benchmarks/store_size_cost.py [--sizes 0,10000,100000] [--db-dir DIR]
    .venv/bin/python benchmarks/store_size_cost.py --db REGISTER.db


For each size the store is filled with generated records (benchmarks/generated.py) and linked
once (a full refresh); then five batches of 50 new articles are each written (`save_batch`)
and refreshed (`refresh_links`, which redoes only what the new records reach: see
`kerjasama.store.relink`). Prints milliseconds per article written and seconds per refresh
(median of the five), and the first full link, as CPU time of this process beside wall time.
With --db the same rounds run on a register already filled by `benchmarks/web_latency.py`'s
generator (its million-article register): linked in full first where its links are pending,
then batches of that generator's next articles. The register is changed (a scratch copy).
SQLite. Figures: benchmarks/refresh.md.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from generated import records

from kerjasama.link import LinkSettings
from kerjasama.store import open_store
from kerjasama.store.links import refresh_links

BATCH, ROUNDS = 50, 5
SETTINGS = LinkSettings(today=None)


def measure(size: int, folder: Path) -> None:
    store = open_store(str(folder / f"size-{size}.db"))
    recs = records(size + BATCH * ROUNDS, seed=11)
    for start in range(0, size, 1_000):
        store.save_batch(recs[start : min(start + 1_000, size)])
    rounds(store, size, [recs[size + r * BATCH : size + (r + 1) * BATCH] for r in range(ROUNDS)])


def measure_register(db: str) -> None:
    """The rounds on a register of web_latency.py's generator, with its next articles."""
    from web_latency import make_article, news_bodies, parties_pool

    store = open_store(db)
    size = store.count()
    rng, (home, away), bodies = random.Random(size), parties_pool(), news_bodies()
    batches = [
        [make_article(size + r * BATCH + i, rng, home, away, bodies) for i in range(BATCH)]
        for r in range(ROUNDS)
    ]
    rounds(store, size, batches)


def rounds(store, size: int, batches: list[list]) -> None:
    """The first full link, then each batch written and refreshed; prints the medians."""
    started, cpu_started = time.perf_counter(), time.process_time()
    refresh_links(store, SETTINGS)
    first = time.perf_counter() - started
    first_cpu = time.process_time() - cpu_started
    writes, refreshes = [], []
    for batch in batches:
        wall, cpu = time.perf_counter(), time.process_time()
        store.save_batch(batch)
        writes.append(((time.perf_counter() - wall) / BATCH, (time.process_time() - cpu) / BATCH))
        wall, cpu = time.perf_counter(), time.process_time()
        refresh_links(store, SETTINGS)
        refreshes.append((time.perf_counter() - wall, time.process_time() - cpu))
    w_wall = statistics.median(w for w, _ in writes) * 1000
    w_cpu = statistics.median(c for _, c in writes) * 1000
    r_wall = statistics.median(w for w, _ in refreshes)
    r_cpu = statistics.median(c for _, c in refreshes)
    print(
        f"{size:>9,} stored: write {w_wall:5.2f} ms/article ({w_cpu:.2f} CPU), "
        f"refresh after 50 new {r_wall:6.2f} s ({r_cpu:.2f} CPU); "
        f"first full link {first:.1f} s ({first_cpu:.1f} CPU)"
    )
    store.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0,10000,100000")
    parser.add_argument("--db-dir", default=None)
    parser.add_argument("--db", default=None, help="an existing register (changed)")
    args = parser.parse_args()
    if args.db:
        measure_register(args.db)
        return
    with tempfile.TemporaryDirectory(dir=args.db_dir) as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            measure(size, Path(tmp))


if __name__ == "__main__":
    main()
