"""The read model at scale: column index and bitset index against facets asked of the database.

For a stored register (make one with `web_latency.py --db PATH --articles N`), prints:
- the column index (`kerjasama.query.columns`, what `kerjasama.query.live.Snapshot` holds):
  build, files written and mapped, a patch of 2,000 articles, and typical queries (count,
  first page and facet counts) through the live snapshot;
- the bitset index of the first design (`kerjasama.query.index`): build and two queries;
- the same queries asked of the database directly (SQLite: the flat fact tables with their
  indexes and FTS5; PostgreSQL: the same tables and tsvector), as the Datasette way would.

Every figure is wall time with the process's CPU time beside it: the machine is shared, so
wall time alone can mislead. Asserts nothing.

    .venv/bin/python benchmarks/read_model_scale.py --db /tmp/big.db
    .venv/bin/python benchmarks/read_model_scale.py --db postgresql://...  --skip-memory
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sqlalchemy import text

from kerjasama.query.facets import SHOWN_FACETS
from kerjasama.query.live import Snapshot
from kerjasama.query.search import Filters, facet_counts, find
from kerjasama.store import open_store

WORD = "kerja"  # a frequent word of Indonesian news: its matches are a large share
RARE = "pelabuhan"


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def timed(fn: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """(median wall ms, median CPU ms) over `repeat` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - w) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def memory_side(url: str, region: str) -> None:
    """Today's first design (A): the bitset index of Python objects and ints."""
    from kerjasama.query.facts import load_facts
    from kerjasama.query.index import RegisterIndex

    store = open_store(url, create=False)
    before = rss_mb()
    w, c = time.perf_counter(), time.process_time()
    with store.engine.connect() as conn:
        index = RegisterIndex(load_facts(conn))
    print(
        f"bitset build: {time.perf_counter() - w:6.1f} s wall, "
        f"{time.process_time() - c:6.1f} s CPU; RSS {before:.0f} -> {rss_mb():.0f} MB "
        f"({index.size:,} positions, {len(index.articles):,} articles)"
    )
    gc.collect()
    cases = {
        "all, facets": lambda: index.facet_counts(index.starts, SHOWN_FACETS),
        f"region={region}&action=sign, facets": lambda: index.facet_counts(
            index.select({"region": region, "action": "sign"}).articles, SHOWN_FACETS
        ),
    }
    for name, fn in cases.items():
        wall, cpu = timed(fn)
        print(f"  bitsets {name:42s} {wall:8.1f} ms wall {cpu:8.1f} ms CPU")


SQLITE_FACETS = {
    "instrument": "SELECT c.instrument, count(DISTINCT c.article_id) FROM cooperations c {join} "
    "GROUP BY 1",
    "action": "SELECT c.action, count(DISTINCT c.article_id) FROM cooperations c {join} GROUP BY 1",
    "year": "SELECT c.year, count(DISTINCT c.article_id) FROM cooperations c {join} GROUP BY 1",
    "sector": "SELECT s.sector, count(DISTINCT c.article_id) FROM cooperations c "
    "JOIN cooperation_sectors s ON s.cooperation_id = c.id {join} GROUP BY 1",
    "region": "SELECT coalesce(p.code, p.name), count(DISTINCT c.article_id) FROM cooperations c "
    "JOIN cooperation_parties p ON p.cooperation_id = c.id AND p.role = 'party' "
    "AND p.country = 'ID' {join} "
    "GROUP BY 1 ORDER BY 2 DESC LIMIT 20",
    "partner_country": "SELECT p.country, count(DISTINCT c.article_id) FROM cooperations c "
    "JOIN cooperation_parties p ON p.cooperation_id = c.id AND p.role = 'party' "
    "AND p.country != 'ID' {join} "
    "GROUP BY 1 ORDER BY 2 DESC LIMIT 20",
}


def database_side(url: str, region: str) -> None:
    store = open_store(url, create=False)
    sqlite = store.engine.dialect.name == "sqlite"
    match = (
        "SELECT rowid AS rid FROM articles_fts WHERE articles_fts MATCH '{w}'"
        if sqlite
        else "SELECT a.rowid_ AS rid FROM articles_fts f JOIN articles a ON a.id = f.article_id "
        "WHERE f.doc @@ to_tsquery('simple', '{w}')"
    )
    article_key = "a.rowid" if sqlite else "a.id"
    selections = {
        "all": "",
        f"region={region}&action=sign": "JOIN (SELECT DISTINCT c2.article_id AS aid FROM "
        "cooperations c2 JOIN cooperation_parties p2 ON p2.cooperation_id = c2.id AND p2.code = "
        f"'{region}' WHERE c2.action = 'sign') sel ON sel.aid = c.article_id",
        f"q={WORD}": "JOIN articles a ON a.id = c.article_id JOIN ("
        + match.format(w=WORD)
        + f") m ON m.rid = {article_key}",
        f"q={RARE}": "JOIN articles a ON a.id = c.article_id JOIN ("
        + match.format(w=RARE)
        + f") m ON m.rid = {article_key}",
    }
    if not sqlite:  # tsvector rows name the article by id
        for k in (f"q={WORD}", f"q={RARE}"):
            w = WORD if WORD in k else RARE
            selections[k] = (
                "JOIN articles_fts f ON f.article_id = c.article_id "
                f"AND f.doc @@ to_tsquery('simple', '{w}')"
            )
    with store.engine.connect() as conn:
        for name, join in selections.items():

            def run(join: str = join) -> None:
                for sql in SQLITE_FACETS.values():
                    conn.execute(text(sql.format(join=join))).all()

            wall, cpu = timed(run, repeat=3)
            print(f"  database {name:41s} {wall:8.1f} ms wall {cpu:8.1f} ms CPU (6 facets)")
        page = (
            "SELECT a.id FROM articles a WHERE a.rowid IN ("
            + match.format(w=WORD)
            + ") ORDER BY a.published DESC, a.id LIMIT 20"
            if sqlite
            else "SELECT a.id FROM articles a JOIN articles_fts f ON f.article_id = a.id WHERE "
            f"f.doc @@ to_tsquery('simple', '{WORD}') ORDER BY a.published DESC, a.id LIMIT 20"
        )
        wall, cpu = timed(lambda: conn.execute(text(page)).all(), repeat=3)
        print(f"  database {'q=' + WORD + ', newest 20':41s} {wall:8.1f} ms wall {cpu:8.1f} ms CPU")
        count = (
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '" + WORD + "'"
            if sqlite
            else f"SELECT count(*) FROM articles_fts WHERE doc @@ to_tsquery('simple', '{WORD}')"
        )
        wall, cpu = timed(lambda: conn.execute(text(count)).all(), repeat=3)
        print(f"  database {'q=' + WORD + ', count':41s} {wall:8.1f} ms wall {cpu:8.1f} ms CPU")


def columns_side(url: str, region: str, patch: int) -> None:
    """The column index (C) as the server runs it: built once, written to files, mapped by
    each process that starts, patched after a change; queries through the live snapshot."""
    import tempfile

    from kerjasama.query import column_files
    from kerjasama.query.column_reads import copy_vocabularies, read_piece
    from kerjasama.query.columns import ColumnIndex

    store = open_store(url, create=False)
    before = rss_mb()
    w, c = time.perf_counter(), time.process_time()
    with store.engine.connect() as conn:
        index = ColumnIndex.build(conn)
    arrays = sum(a.nbytes for a in index.columns.arrays().values()) / 2**20
    print(
        f"columns build: {time.perf_counter() - w:6.1f} s wall, "
        f"{time.process_time() - c:6.1f} s CPU; RSS {before:.0f} -> {rss_mb():.0f} MB, "
        f"arrays {arrays:.0f} MB ({index.n_records:,} records, {index.n_articles:,} articles)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        w, c = time.perf_counter(), time.process_time()
        folder = column_files.save(index, Path(tmp))
        print(
            f"columns files written: {time.perf_counter() - w:6.2f} s wall, "
            f"{time.process_time() - c:6.2f} s CPU"
        )
        w, c = time.perf_counter(), time.process_time()
        mapped = column_files.load(folder)
        print(
            f"columns files mapped: {(time.perf_counter() - w) * 1000:6.1f} ms wall, "
            f"{(time.process_time() - c) * 1000:6.1f} ms CPU"
        )
        del mapped
    # A patch: `patch` articles read again (as after an ingest batch) and merged in.
    ids = index.ids[:: max(1, index.n_articles // patch)][:patch]

    def patched() -> None:
        vocab = copy_vocabularies(index.vocab)
        with store.engine.connect() as conn:
            piece = read_piece(conn, vocab, ids)
        drop = np.zeros(index.n_articles, dtype=bool)
        drop[index.positions_of(ids)] = True
        index.merged(drop, piece, vocab, index.mark)

    wall, cpu = timed(patched, repeat=3)
    print(f"  columns patch of {patch:,} articles {'':25s} {wall:8.1f} ms wall {cpu:8.1f} ms CPU")
    for _ in range(2):  # the first may build and write the files; the second maps them
        w, c = time.perf_counter(), time.process_time()
        snap = Snapshot(store)
        print(
            f"live snapshot (a server's start): {time.perf_counter() - w:6.2f} s wall, "
            f"{time.process_time() - c:6.2f} s CPU; RSS {rss_mb():.0f} MB"
        )
    cases = {
        "all, facets": lambda: facet_counts(snap, find(snap, "", Filters()), SHOWN_FACETS),
        f"region={region}&action=sign, facets": lambda: facet_counts(
            snap, find(snap, "", Filters(region=region, action="sign")), SHOWN_FACETS
        ),
        f"q={WORD} (cached), facets": lambda: facet_counts(snap, find(snap, WORD), SHOWN_FACETS),
        f"q={RARE} (cached), facets": lambda: facet_counts(snap, find(snap, RARE), SHOWN_FACETS),
        f"q={WORD}&partner_country=CN, facets": lambda: facet_counts(
            snap, find(snap, WORD, Filters(partner_country="CN")), SHOWN_FACETS
        ),
        "a page of 20 summaries' facts": lambda: snap.article_facts(list(range(20))),
    }
    for word in (WORD, RARE):
        w, c = time.perf_counter(), time.process_time()
        snap.text.match(word)
        print(
            f"  columns q={word} first match (FTS5 or kept) {'':12s} "
            f"{(time.perf_counter() - w) * 1000:8.1f} ms wall "
            f"{(time.process_time() - c) * 1000:8.1f} ms CPU"
        )
    for name, fn in cases.items():
        wall, cpu = timed(fn)
        print(f"  columns {name:42s} {wall:8.1f} ms wall {cpu:8.1f} ms CPU")
    words_side(store, snap)


def words_side(store, snap: Snapshot) -> None:
    """The frequent words: looked up by a server's warm-up, kept in the files, and a start
    that finds them kept (none looked up again where the files are the database's now)."""
    from kerjasama.query import column_files

    w, c = time.perf_counter(), time.process_time()
    sets = snap.text.warm_up(snap.index.n_articles)
    print(
        f"words warm-up ({len(sets)} keys, text and title): {time.perf_counter() - w:6.2f} s "
        f"wall, {time.process_time() - c:6.2f} s CPU"
    )
    root = column_files.folder_of(store)
    written = root is not None and column_files.save_words(root, snap.index, sets)
    size = sum(v.nbytes for v in sets.values()) / 2**20
    print(f"words kept in the files: {written} ({size:.1f} MB)")
    w, c = time.perf_counter(), time.process_time()
    started = Snapshot(store)
    started.text.warm_up(started.index.n_articles)
    print(
        f"a start until the frequent words are held: {time.perf_counter() - w:6.2f} s wall, "
        f"{time.process_time() - c:6.2f} s CPU (words in the files: "
        f"{started.index.words is not None})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--region", default="ID-JB")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-database", action="store_true")
    parser.add_argument("--skip-columns", action="store_true")
    parser.add_argument("--patch", type=int, default=2000, help="articles in the timed patch")
    args = parser.parse_args()
    if not args.skip_database:
        database_side(args.db, args.region)
    if not args.skip_columns:
        columns_side(args.db, args.region, args.patch)
    if not args.skip_memory:
        memory_side(args.db, args.region)


if __name__ == "__main__":
    main()
