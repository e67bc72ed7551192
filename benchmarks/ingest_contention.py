"""Reads under write load: /api/search latency with and without a concurrent ingest.

Builds a register (synthetic articles, as in web_latency.py), serves it with uvicorn on
loopback, and times search requests from one keep-alive client: first on a quiet server, then
while `kerjasama ingest` stores 10,000 more articles (a JSON Lines file of the same synthetic
news, extracted for real) in another process. Prints p50, p95 and max of each; the goal is
p95 under 100 ms and no request over 1 s while the ingest runs.

    .venv/bin/python benchmarks/ingest_contention.py                  # 20,000 + 10,000 articles
    .venv/bin/python benchmarks/ingest_contention.py --articles 100000 --db /tmp/big.db
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from web_latency import (
    ACTIONS,
    free_port,
    generate,
    make_article,
    news_bodies,
    parties_pool,
    pick_query,
    serve,
)


def ingest_file(path: Path, count: int, first: int) -> None:
    """`count` new articles as JSON Lines (url, title, published, text) for `kerjasama ingest`."""
    rng = random.Random(23)
    home, away = parties_pool()
    bodies = news_bodies()
    with path.open("w", encoding="utf-8") as out:
        for n in range(first, first + count):
            art = make_article(n, rng, home, away, bodies)
            row = {
                "url": f"https://ingest.example/{n}",
                "title": art.title,
                "published": art.source.published,
                "text": art.text,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def search_urls(client: httpx.Client, rng: random.Random, n: int) -> list[str]:
    stats = client.get("/api/stats").json()
    regions = [c["value"] for c in stats["by_region"]] or ["ID-KI"]
    urls = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.6:
            urls.append(f"/api/search?q={pick_query(rng)}")
        elif kind < 0.85:
            urls.append(f"/api/search?region={rng.choice(regions)}&action={rng.choice(ACTIONS)}")
        else:
            urls.append(f"/api/search?q={pick_query(rng)}&offset={rng.choice((0, 20, 40))}")
    return urls


def time_one(client: httpx.Client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
    return elapsed


def report(kind: str, times: list[float]) -> None:
    p95 = statistics.quantiles(times, n=20)[18]
    over = sum(t > 1000 for t in times)
    print(
        f"{kind:28s} n={len(times):5d}  p50 {statistics.median(times):6.1f} ms  "
        f"p95 {p95:6.1f} ms  max {max(times):7.1f} ms  over 1 s: {over}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000, help="register before the ingest")
    parser.add_argument("--ingest", type=int, default=10_000, help="articles the ingest adds")
    parser.add_argument("--requests", type=int, default=400, help="requests on the quiet server")
    parser.add_argument("--db", help="base database to create or reuse (copied for the run)")
    parser.add_argument("--pause", type=float, default=0.01, help="seconds between requests")
    parser.add_argument(
        "--max-seconds", type=float, default=0, help="stop the ingest after this long (0: never)"
    )
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    base = args.db or str(Path(tmp.name) / "base.db")
    generate(base, args.articles)
    db = str(Path(tmp.name) / "run.db")
    shutil.copyfile(base, db)
    feed = Path(tmp.name) / "ingest.jsonl"
    ingest_file(feed, args.ingest, first=10_000_000)
    port = free_port()
    proc = serve(db, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            started = time.perf_counter()
            client.get("/api/stats")
            print(f"first request (builds the snapshot): {time.perf_counter() - started:.2f} s")
            time.sleep(5)
            rng = random.Random(11)
            urls = search_urls(client, rng, args.requests)
            for url in urls[:20]:
                time_one(client, url)
            quiet = []
            for url in urls:
                quiet.append(time_one(client, url))
                time.sleep(args.pause)
            report("GET /api/search, quiet", quiet)
            env = {**os.environ, "KERJASAMA_DB": db}
            started = time.perf_counter()
            ingest = subprocess.Popen(
                [sys.executable, "-m", "kerjasama", "ingest", "--db", db, str(feed)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            loaded, i = [], 0
            while ingest.poll() is None:
                loaded.append(time_one(client, urls[i % len(urls)]))
                i += 1
                time.sleep(args.pause)
                if args.max_seconds and time.perf_counter() - started > args.max_seconds:
                    ingest.terminate()
                    ingest.wait()
                    break
            took = time.perf_counter() - started
            stored = client.get("/api/stats").json()["articles"] - args.articles
            if ingest.returncode not in (0, -15):
                raise SystemExit(f"ingest failed: {ingest.stderr.read().decode()[-2000:]}")
            print(f"ingest stored {stored:,} of {args.ingest:,} articles in {took:.0f} s")
            report("GET /api/search, ingesting", loaded)
            slow = sorted(loaded)[-5:]
            print("slowest while ingesting:", ", ".join(f"{t:.0f} ms" for t in slow))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        tmp.cleanup()


if __name__ == "__main__":
    main()
