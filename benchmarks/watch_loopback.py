"""Watch benchmark: one `watch --once` over N loopback sites × M new pages, then a second run.

Each site is a real HTTP server on 127.0.0.1 with a feed of M invented articles (a third of
them cooperation stories). Prints pages per second, the time spent waiting for the per-host
delay, and what the second run did (it should make only conditional requests and store
nothing).

    python benchmarks/watch_loopback.py [--sites 20] [--pages 100] [--delay 0.05]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from kerjasama.store import open_store  # noqa: E402
from kerjasama.watch.fetch import FetchSettings  # noqa: E402
from kerjasama.watch.run import WatchSettings, run_once  # noqa: E402
from kerjasama.watch.sources import add_source  # noqa: E402
from watch.newsroom import Site, rss  # noqa: E402


def build_sites(count: int, pages: int) -> list[Site]:
    sites = []
    for s in range(count):
        site = Site()
        paths = []
        for p in range(pages):
            path = f"/berita/2024/05/kabar-daerah-{s}-nomor-{p}"
            site.add_article(path, s * pages + p, cooperation=p % 3 == 0)
            paths.append(path)
        site.add("/rss", rss(site.base, paths), content_type="application/rss+xml", etag='"v1"')
        sites.append(site)
    return sites


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--delay", type=float, default=0.05, help="per-host delay in seconds")
    args = parser.parse_args()
    sites = build_sites(args.sites, args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        with store.engine.begin() as conn:
            for n, site in enumerate(sites):
                add_source(conn, site.base + "/rss", name=f"site {n}", delay_s=args.delay)
        settings = WatchSettings(fetch=FetchSettings(delay_s=args.delay), batch_size=50)
        started = time.monotonic()
        first = run_once(store, settings)
        took = time.monotonic() - started
        fetched = sum(r.fetched for r in first.sources)
        bound = args.pages * args.delay
        print(f"first run: {args.sites} sources, {fetched} pages in {took:.1f} s")
        print(f"  {fetched / took:.1f} pages/s; {first.requests} requests")
        print(f"  new {first.summary.new}, not cooperation {sum(r.skipped for r in first.sources)}")
        print(
            f"  time waiting for the per-host delay: {first.waited_s:.1f} s summed over "
            f"{args.sites} hosts ({first.waited_s / args.sites:.1f} s per host; the delay alone "
            f"bounds a host at {bound:.1f} s)"
        )
        before = [len(site.log) for site in sites]
        settings.every_source = True
        started = time.monotonic()
        second = run_once(store, settings)
        took2 = time.monotonic() - started
        later = Counter()
        for site, n in zip(sites, before, strict=True):
            for _, path, headers in site.log[n:]:
                conditional = "If-None-Match" in headers or "If-Modified-Since" in headers
                later["conditional" if conditional else path] += 1
        print(
            f"second run: {took2:.1f} s, new {second.summary.new}, requests {dict(later)} "
            f"(listings unchanged: {sum(r.not_modified for r in second.sources)})"
        )
    for site in sites:
        site.close()


if __name__ == "__main__":
    main()
