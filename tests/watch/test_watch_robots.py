"""robots.txt is kept between runs and asked for conditionally: a quiet second run is all 304s."""

from __future__ import annotations

from sqlalchemy import select

from kerjasama.store.watch_tables import robots
from kerjasama.watch.run import run_once
from kerjasama.watch.sources import add_source
from watch.newsroom import rss

PAGES = ["/berita/2024/05/kerja-sama-daerah-0", "/berita/2024/05/kerja-sama-daerah-1"]


def _site(site, robots_etag: str | None = '"r1"', rules: str = "Disallow: /internal/\n"):
    for n, path in enumerate(PAGES):
        site.add_article(path, n)
    site.add("/rss", rss(site.base, PAGES), content_type="application/rss+xml", etag='"f1"')
    if robots_etag is not None:
        site.add(
            "/robots.txt", "User-agent: *\n" + rules, content_type="text/plain", etag=robots_etag
        )


def _source(store, site) -> None:
    with store.engine.begin() as conn:
        add_source(conn, site.base + "/rss", delay_s=0.01)


def test_second_run_asks_robots_txt_conditionally_and_gets_304(site, store, settings):
    _site(site)
    _source(store, site)
    first = run_once(store, settings)
    assert first.summary.new == 2
    with store.engine.connect() as conn:
        (kept,) = conn.execute(select(robots)).all()
    assert kept.url == site.base + "/robots.txt" and kept.etag == '"r1"' and kept.status == 200
    before = len(site.log)
    settings.every_source = True
    again = run_once(store, settings)
    later = site.log[before:]
    assert [p for _, p, _ in later] == ["/robots.txt", "/rss"]
    assert all(h.get("If-None-Match") for _, _, h in later)
    assert again.requests == 2 and again.not_modified == 2 and again.summary.new == 0


def test_rules_kept_from_a_304_still_apply(site, store, settings):
    _site(site, rules="Disallow: /berita/2024/05/kerja-sama-daerah-1\n")
    _source(store, site)
    run_once(store, settings)
    assert site.gets(PAGES[1]) == 0
    # a new page under the forbidden path: the cached rules (answered 304) still forbid it
    site.add_article(PAGES[1] + "-lanjutan", 5)
    site.add(
        "/rss",
        rss(site.base, [*PAGES, PAGES[1] + "-lanjutan"]),
        etag='"f2"',
        content_type="application/rss+xml",
    )
    settings.every_source = True
    report = run_once(store, settings)
    assert report.not_modified == 1  # robots.txt
    assert site.gets(PAGES[1] + "-lanjutan") == 0 and site.gets(PAGES[0]) == 1


def test_changed_robots_txt_is_read_again(site, store, settings):
    _site(site)
    _source(store, site)
    run_once(store, settings)
    site.add(
        "/robots.txt", "User-agent: *\nDisallow: /berita/\n", content_type="text/plain", etag='"r2"'
    )
    site.add_article("/berita/2024/05/kerja-sama-daerah-baru", 7)
    site.add(
        "/rss",
        rss(site.base, [*PAGES, "/berita/2024/05/kerja-sama-daerah-baru"]),
        content_type="application/rss+xml",
        etag='"f2"',
    )
    settings.every_source = True
    report = run_once(store, settings)
    assert site.gets("/berita/2024/05/kerja-sama-daerah-baru") == 0 and report.summary.new == 0
    with store.engine.connect() as conn:
        assert conn.execute(select(robots.c.etag)).scalar() == '"r2"'


def test_missing_robots_txt_is_not_asked_for_again_within_the_hour(site, store, settings):
    _site(site, robots_etag=None)  # no robots.txt: 404, nothing to validate against
    _source(store, site)
    run_once(store, settings)
    assert site.gets("/robots.txt") == 1
    before = len(site.log)
    settings.every_source = True
    again = run_once(store, settings)
    assert [p for _, p, _ in site.log[before:]] == ["/rss"]
    assert again.requests == again.not_modified == 1
