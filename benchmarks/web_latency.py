"""Web latency at scale: p95 of page renders and of /api/search with 100,000 articles stored.

Generates a synthetic register (Article records built directly, saved with `Store.save_batch`
in large batches), serves it with uvicorn on loopback in a subprocess, and times a few hundred
requests per kind with one keep-alive client (`--clients N`: N clients at once, each on its
own connection, the requests shared between them; with `--workers N` the connections spread
over the server's processes). Prints the figures; asserts nothing.

    .venv/bin/python benchmarks/web_latency.py                      # 100,000 articles, temp db
    .venv/bin/python benchmarks/web_latency.py --db /tmp/big.db     # keep (and reuse) the db
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from kerjasama.gazetteer import load_gazetteer
from kerjasama.record import SECTORS, Article, Cooperation, Party, Source, Span
from kerjasama.store import open_store

WORDS = (
    "kerja sama pemerintah provinsi kabupaten kota investasi perdagangan pelabuhan bandara "
    "pendidikan kesehatan pariwisata energi pertanian perikanan budaya teknologi lingkungan "
    "gubernur bupati wali kota wakil kepala dinas sekretaris daerah menteri duta besar rapat "
    "kunjungan penandatanganan nota kesepahaman perjanjian tindak lanjut evaluasi program "
    "pembangunan masyarakat ekonomi industri peluang potensi hubungan bilateral delegasi"
).split()
ACTIONS = ("explore", "negotiate", "sign", "implement", "review")
INSTRUMENTS = ("loi", "mou", "agreement", "none")
TOPICS = (
    "investasi", "pelabuhan", "pendidikan", "kesehatan", "pariwisata", "energi", "pertanian",
    "perikanan", "kebudayaan", "teknologi", "lingkungan", "infrastruktur", "perdagangan",
    "nota kesepahaman", "kerja sama", "perjanjian kerja sama", "sister city", "kota kembar",
    "misi dagang", "penandatanganan", "kunjungan kerja", "duta besar", "konsul jenderal",
    "gubernur", "bupati", "wali kota", "beasiswa", "rumah sakit", "bandara", "ekspor",
    "Jepang", "Korea Selatan", "Tiongkok", "Australia", "Malaysia", "Belanda", "Jerman",
    "Singapura", "Amerika", "Rusia", "Turki", "Kalimantan Timur", "Jawa Barat", "Bali",
    "Sumatera Utara", "Sulawesi Selatan", "Papua", "Surabaya", "Bandung", "Makassar",
    "Samarinda", "Balikpapan", "Medan", "Yogyakarta", "Semarang", "Aceh", "Riau", "Batam",
)  # fmt: skip


def pick_query(rng: random.Random) -> str:
    """A query as users ask them: a few popular ones often, the others now and then."""
    if rng.random() < 0.3:
        return TOPICS[min(int(rng.paretovariate(1.2)) - 1, len(TOPICS) - 1)]
    return rng.choice(TOPICS)


def parties_pool() -> tuple[list[Party], list[Party]]:
    """Indonesian regions and foreign partners from the gazetteer."""
    gaz = load_gazetteer()
    home = [
        Party(name=e.name, code=e.code, kind=e.kind, country="ID")
        for kind in ("province", "regency", "city")
        for e in gaz.entries(kind)
    ]
    away = [
        Party(name=e.name, code=e.code, kind=e.kind, country=e.country)
        for kind in ("foreign_region", "foreign_city", "country")
        for e in gaz.entries(kind)
        if e.country
    ]
    return home, away


def sentence(rng: random.Random, words: list[str]) -> str:
    picked = [rng.choice(WORDS) if rng.random() < 0.7 else rng.choice(words) for _ in range(14)]
    return " ".join(picked).capitalize() + "."


def news_bodies() -> list[str]:
    """Real Indonesian news text (IndoSum, ../shared) for realistic word frequencies; else
    generated sentences."""
    try:
        from corpus import load_news

        return load_news()
    except (ImportError, SystemExit):
        rng = random.Random(5)
        return [" ".join(sentence(rng, WORDS) for _ in range(12)) for _ in range(2000)]


def make_article(
    n: int, rng: random.Random, home: list[Party], away: list[Party], bodies: list[str]
) -> Article:
    year = rng.randint(2015, 2025)
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    coops, sentences = [], []
    for _ in range(rng.choice((0, 1, 1, 1, 1, 2, 3))):
        a, b = rng.choice(home), rng.choice(away if rng.random() < 0.6 else home)
        lead = f"{a.name} dan {b.name} membahas kerja sama {rng.choice(WORDS)}."
        start = sum(len(s) + 1 for s in sentences)
        sentences.append(lead)
        coops.append(
            Cooperation(
                parties=[a, b],
                scope="foreign" if b.country != "ID" else "domestic",
                instrument=rng.choice(INSTRUMENTS),
                action=rng.choice(ACTIONS),
                sectors=rng.sample(SECTORS, rng.randint(0, 2)),
                date=published,
                evidence=[Span(start=start, end=start + len(lead))],
                confidence=round(rng.random(), 3),
            )
        )
    names = [p.name for c in coops for p in c.parties] or [rng.choice(home).name]
    text = " ".join(sentences) + ("\n" if sentences else "") + rng.choice(bodies)
    return Article(
        id=f"bench{n:07d}",
        title=sentence(rng, names)[:90],
        text=text,
        source=Source(published=published, outlet="BENCH", url=f"https://bench.example/{n}"),
        is_cooperation=bool(coops),
        cooperation_score=0.9 if coops else 0.1,
        cooperations=coops,
    )


def generate(db: str, count: int, batch: int = 5000) -> None:
    store = open_store(db)
    have = store.count()
    if have >= count:
        print(f"reusing {db} ({have:,} articles)")
        return
    rng = random.Random(7)
    home, away = parties_pool()
    bodies = news_bodies()
    started = time.perf_counter()
    for first in range(have, count, batch):
        store.save_batch(
            [
                make_article(n, rng, home, away, bodies)
                for n in range(first, min(first + batch, count))
            ]
        )
        print(f"\r  stored {min(first + batch, count):,} articles", end="", file=sys.stderr)
    print(f"\ngenerated {count - have:,} articles in {time.perf_counter() - started:.0f} s")


def prewarm_extension(db: str) -> None:
    """The administrator's step the README asks for on PostgreSQL: `pg_prewarm`, with which
    the server reads the full-text index into its memory at the web app's start."""
    store = open_store(db)
    try:
        with store.engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_prewarm"))
        with store.engine.connect() as conn:
            buffers = conn.execute(text("SHOW shared_buffers")).scalar()
        print(f"pg_prewarm installed; the server's shared_buffers: {buffers}")
    except DBAPIError as exc:
        print(f"pg_prewarm not installed ({str(exc).splitlines()[0]})")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: str, port: int, workers: int = 1) -> subprocess.Popen:
    env = {**os.environ, "KERJASAMA_SECURE_COOKIES": "0"}
    more = ["--workers", str(workers)] if workers > 1 else []
    proc = subprocess.Popen(
        [sys.executable, "-m", "kerjasama", "serve", "--db", db, "--port", str(port), *more],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/style.css", timeout=1)
            return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def timed_by(base_url: str, urls: list[str], clients: int) -> tuple[list[float], float]:
    """Each URL's time (ms, in the order given) with `clients` keep-alive clients asking at
    once (client k takes every k-th URL), and the requests answered per second."""
    out = [0.0] * len(urls)

    def run(k: int) -> None:
        with httpx.Client(base_url=base_url, timeout=120) as client:
            client.get("/api")  # its connection made before the clock starts
            mine = range(k, len(urls), clients)
            for i, ms in zip(mine, timed(client, [urls[i] for i in mine]), strict=True):
                out[i] = ms

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(run, range(clients)))
    return out, len(urls) / (time.perf_counter() - started)


def timed(client: httpx.Client, urls: list[str]) -> list[float]:
    out = []
    for url in urls:
        started = time.perf_counter()
        response = client.get(url)
        out.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
    return out


def link(db: str) -> list[str]:
    """Partnership ids of the register, threading them first if that was not done."""
    from kerjasama.store.link_tables import partnerships
    from kerjasama.store.links import refresh_links

    store = open_store(db)
    with store.engine.connect() as conn:
        ids = list(conn.execute(select(partnerships.c.id)).scalars())
    if not ids:
        started = time.perf_counter()
        summary = refresh_links(store)
        print(
            f"threaded {summary.added:,} partnerships, people and entities "
            f"in {time.perf_counter() - started:.0f} s"
        )
        with store.engine.connect() as conn:
            ids = list(conn.execute(select(partnerships.c.id)).scalars())
    return ids


def workload(
    client: httpx.Client, rng: random.Random, n: int, partnership_ids: list[str]
) -> dict[str, list[str]]:
    """The URLs of each kind of request, `n` of each."""
    stats = client.get("/api/stats").json()
    regions = [c["value"] for c in stats["by_region"]]
    countries = [c["value"] for c in stats["by_partner_country"]]
    ids = [h["id"] for h in client.get("/api/articles?limit=100&offset=5000").json()["items"]]

    def search(prefix: str) -> str:
        kind = rng.random()
        if kind < 0.5:
            return f"{prefix}?q={pick_query(rng)}"
        if kind < 0.75:
            return f"{prefix}?region={rng.choice(regions)}&action={rng.choice(ACTIONS)}"
        return (
            f"{prefix}?q={pick_query(rng)}&partner_country={rng.choice(countries)}"
            f"&offset={rng.choice((0, 20, 40))}"
        )

    return {
        "GET /api/search": [search("/api/search") for _ in range(n)],
        "page /search": [search("/search") for _ in range(n)],
        "page /": ["/"] * n,
        "page /articles/{id}": [f"/articles/{rng.choice(ids)}" for _ in range(n)],
        "page /articles": [f"/articles?offset={rng.randint(0, 2000) * 20}" for _ in range(n)],
        "page /parties": ["/parties"] * n,
    } | (
        {
            "page /partnerships/{id}": [
                f"/partnerships/{rng.choice(partnership_ids)}" for _ in range(n)
            ],
            "page /partnerships": [
                f"/partnerships?offset={rng.randint(0, 50) * 20}" for _ in range(20)
            ],
        }
        if partnership_ids
        else {}
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300, help="requests per kind")
    parser.add_argument("--db", help="database file to create or reuse (default: a temp file)")
    parser.add_argument(
        "--settle",
        type=float,
        default=60.0,
        help="seconds to wait after the first request (the background warm-up)",
    )
    parser.add_argument("--slowest", type=int, default=0, help="list the N slowest requests")
    parser.add_argument("--links", action="store_true", help="also time the partnership pages")
    parser.add_argument("--workers", type=int, default=1, help="`kerjasama serve --workers`")
    parser.add_argument("--clients", type=int, default=1, help="clients asking at once")
    parser.add_argument(
        "--first-timeout",
        type=float,
        default=1800.0,
        help="seconds to wait for the first answer (a fresh register builds its index first)",
    )
    args = parser.parse_args()
    tmp = None if args.db else tempfile.TemporaryDirectory()
    db = args.db or str(Path(tmp.name) / "bench.db")
    generate(db, args.articles)
    if db.startswith("postgresql"):
        prewarm_extension(db)
    partnership_ids = link(db) if args.links else []
    port = free_port()
    started = time.perf_counter()
    proc = serve(db, port, args.workers)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            listening = time.perf_counter() - started
            client.get("/api/stats", timeout=args.first_timeout)
            built = time.perf_counter() - started
            print(
                f"first answer of /api/stats after the start: {built:.2f} s "
                f"(the port answered after {listening:.2f} s)"
            )
            time.sleep(args.settle)  # the server looks up frequent words in the background
            rng = random.Random(11)
            for kind, urls in workload(client, rng, args.requests, partnership_ids).items():
                if args.clients > 1:
                    times, rate = timed_by(str(client.base_url), urls, args.clients)
                    report(kind, times, rate)
                else:
                    times = timed(client, urls)
                    report(kind, times)
                if args.slowest:
                    for ms, url in sorted(zip(times, urls, strict=True))[-args.slowest :]:
                        print(f"    {ms:7.1f} ms  {url}")
            print(server_memory(proc.pid))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if tmp:
            tmp.cleanup()


def server_memory(pid: int) -> str:
    """The server's memory: its processes' resident sets, and their proportional sum (PSS:
    pages the workers share, the mapped column files among them, counted once)."""
    pids = [pid, *map(int, Path(f"/proc/{pid}/task/{pid}/children").read_text().split())]
    rss, pss = [], 0
    for p in pids:
        for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss.append(int(line.split()[1]) // 1024)
            elif line.startswith("Pss:"):
                pss += int(line.split()[1]) // 1024
    return f"server memory: RSS per process {rss} MB, PSS of all {pss:,} MB"


def report(kind: str, times: list[float], rate: float | None = None) -> None:
    p95 = statistics.quantiles(times, n=20)[18]
    print(
        f"{kind:22s} n={len(times):4d}  p50 {statistics.median(times):6.1f} ms  "
        f"p95 {p95:6.1f} ms  max {max(times):6.1f} ms"
        + (f"  {rate:6.1f} requests/s" if rate is not None else "")
    )


if __name__ == "__main__":
    main()
