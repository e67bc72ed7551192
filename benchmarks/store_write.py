"""Write rate of the store: generated records saved in batches, articles per second per backend.

    .venv/bin/python benchmarks/store_write.py [--records 5000] [--batch-size 200] [--repeat 3]
                                               [--sequential-ids] [--no-pg]

Each batch is one `Store.save_batch` call (one transaction: article rows, full-text index,
cooperations, parties, sectors, people, the pending mark), of `kerjasama ingest`'s size unless
`--batch-size` says otherwise. Records are built before the clock starts; the figure is storage
alone. Their ids are hashes, as a real record's (the hash of its text) is, so rows come in no
order of id (`--sequential-ids`: g0000000, g0000001, ..., as this benchmark had them before).
PostgreSQL runs on a throw-away local server. Wall-clock rates follow what else the machine
runs, so CPU-time rates are printed beside them: of the writing process (all of SQLite's work
is in it) and, for PostgreSQL, of the server's processes too (its backend does the full-text
and compression work). Each figure is the best of `--repeat` runs, each into a fresh database.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from generated import records
from pg_server import postgres
from sqlalchemy import text

from kerjasama.ingest import BATCH_SIZE
from kerjasama.store import open_store


@dataclass
class Rate:
    """Articles per second of wall time, of the writer's CPU time, of the server's CPU time."""

    wall: float
    cpu: float
    server: float | None = None

    def best(self, other: Rate) -> Rate:
        server = None if self.server is None else max(self.server, other.server or 0.0)
        return Rate(max(self.wall, other.wall), max(self.cpu, other.cpu), server)


def hashed(article_id: str) -> str:
    """An id of a real record's form (16 hex digits of a hash)."""
    return hashlib.sha256(article_id.encode()).hexdigest()[:16]


def server_pids(store) -> list[int]:
    """The PostgreSQL server's processes (backends and background workers), or none."""
    if store.engine.dialect.name != "postgresql":
        return []
    with store.engine.connect() as conn:
        return list(conn.execute(text("SELECT pid FROM pg_stat_activity")).scalars())


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time of these processes (those still there), from /proc."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def write_rate(url: str, recs: list, batch_size: int) -> Rate:
    """One run into a fresh store at `url`."""
    store = open_store(url)
    pids = server_pids(store)
    server = cpu_seconds(pids)
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(recs), batch_size):
        store.save_batch(recs[i : i + batch_size])
    if store.engine.dialect.name == "sqlite":  # what the WAL still holds is part of the cost
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    else:  # and the words the GIN index holds in its pending list, not yet merged
        with store.engine.begin() as conn:
            conn.exec_driver_sql("SELECT gin_clean_pending_list('ix_articles_fts')")
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    pids = sorted(set(pids) | set(server_pids(store)))
    server = cpu_seconds(pids) - server if pids else None
    assert store.count() >= len(recs)
    store.engine.dispose()
    n = len(recs)
    return Rate(n / wall, n / cpu, n / server if server else None)


def best_of(repeat: int, run) -> Rate:
    best = run()
    for _ in range(repeat - 1):
        best = best.best(run())
    return best


def reset_postgres(url: str) -> None:
    """Drop every table of the benchmark's database, for a fresh run."""
    from sqlalchemy import create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5_000)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sequential-ids", action="store_true")
    parser.add_argument("--no-pg", action="store_true")
    args = parser.parse_args()
    recs = records(args.records)
    if not args.sequential_ids:
        recs = [r.model_copy(update={"id": hashed(r.id)}) for r in recs]
    ids = "sequential" if args.sequential_ids else "hashed"
    print(
        f"{len(recs):,} generated records ({ids} ids), batches of {args.batch_size}, "
        f"best of {args.repeat}"
    )

    def sqlite_run() -> Rate:
        with tempfile.TemporaryDirectory() as tmp:
            return write_rate(str(Path(tmp) / "bench.db"), recs, args.batch_size)

    rate = best_of(args.repeat, sqlite_run)
    print(
        f"sqlite:     {rate.wall:8,.0f} articles/s ({rate.cpu:,.0f} per CPU-second of the writer)"
    )
    if not args.no_pg:
        with postgres() as url:
            if url is None:
                print("postgresql: skipped (no server binaries)")
                return

            def pg_run() -> Rate:
                reset_postgres(url)
                return write_rate(url, recs, args.batch_size)

            rate = best_of(args.repeat, pg_run)
            print(
                f"postgresql: {rate.wall:8,.0f} articles/s ({rate.cpu:,.0f} per CPU-second of the "
                f"writer, {rate.server:,.0f} per CPU-second of the server)"
            )


if __name__ == "__main__":
    main()
