"""Write rate of the store: generated records saved in batches, articles per second per backend.

    .venv/bin/python benchmarks/store_write.py [--records 5000] [--batch-size 50] [--no-pg]

Each batch is one `Store.save_batch` call (one transaction: article rows, full-text index,
cooperations, parties, sectors, people, the pending mark). Records are built before the clock
starts; the figure is storage alone. PostgreSQL runs on a throw-away local server. Wall-clock
rates follow what else the machine runs; the CPU-time rate of the writing process is the
steadier figure for SQLite (all of its work is in-process).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from generated import records
from pg_server import postgres

from kerjasama.store import open_store


def write_rate(url: str, recs: list, batch_size: int) -> tuple[float, float]:
    """(articles per second of wall time, per second of this process's CPU time)."""
    store = open_store(url)
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(recs), batch_size):
        store.save_batch(recs[i : i + batch_size])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert store.count() >= len(recs)
    store.engine.dispose()
    return len(recs) / wall, len(recs) / cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5_000)
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--no-pg", action="store_true")
    args = parser.parse_args()
    recs = records(args.records)
    print(f"{len(recs):,} generated records, batches of {args.batch_size}")
    with tempfile.TemporaryDirectory() as tmp:
        wall, cpu = write_rate(str(Path(tmp) / "bench.db"), recs, args.batch_size)
        print(f"sqlite:     {wall:8,.0f} articles/s ({cpu:,.0f} per CPU-second of the writer)")
    if not args.no_pg:
        with postgres() as url:
            if url is None:
                print("postgresql: skipped (no server binaries)")
            else:
                wall, cpu = write_rate(url, recs, args.batch_size)
                print(
                    f"postgresql: {wall:8,.0f} articles/s ({cpu:,.0f} per CPU-second of the "
                    "writer; the server's work is not in it)"
                )


if __name__ == "__main__":
    main()
