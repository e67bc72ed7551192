"""Watch runs against loopback sites: listings of every kind, memory, conditional requests."""

from __future__ import annotations

import json

from sqlalchemy import select

from kerjasama.ingest import ingest_paths
from kerjasama.store import open_store, schema
from kerjasama.store.watch_tables import fetches, pages
from kerjasama.watch.run import run_once, states
from kerjasama.watch.sources import add_source, list_sources
from watch.newsroom import atom, gz, json_feed, rss, sitemap_index, urlset

COOP = [f"/berita/2024/05/kerja-sama-daerah-{i}" for i in range(3)]
OTHER = [f"/berita/2024/05/banjir-rob-pesisir-{i}" for i in range(2)]


def _news(site, start: int = 0) -> list[str]:
    for n, path in enumerate(COOP):
        site.add_article(path, start + n)
    for n, path in enumerate(OTHER):
        site.add_article(path, start + n, cooperation=False)
    return COOP + OTHER


def _add(store, url, **kw) -> int:
    with store.engine.begin() as conn:
        return add_source(conn, url, delay_s=0.01, **kw)


def _urls(store) -> set[str]:
    with store.engine.connect() as conn:
        return set(conn.execute(select(schema.articles.c.url)).scalars())


def test_feed_stores_cooperation_and_remembers_the_rest(site, store, settings):
    links = _news(site)
    site.add("/rss", rss(site.base, links), content_type="application/rss+xml", etag='"a1"')
    _add(store, site.base + "/rss", name="Kabar Daerah")
    report = run_once(store, settings)
    assert report.summary.new == 3
    assert _urls(store) == {site.base + p for p in COOP}
    assert states(store) == {"stored": 3, "skipped": 2}
    with store.engine.connect() as conn:
        skipped = conn.execute(select(pages).where(pages.c.state == "skipped")).all()
        logged = conn.execute(select(fetches.c.url, fetches.c.status)).all()
    assert all(r.text_hash and r.score < 0.5 and r.body is None for r in skipped)
    assert (site.base + "/rss", 200) in logged and len(logged) == 1 + 5  # robots.txt unlogged
    (source,) = list_sources(store.engine.connect())
    assert source.last_status == "ok" and source.last_new == 3 and source.next_run_at


def test_second_run_makes_only_conditional_requests(site, store, settings):
    links = _news(site)
    site.add("/rss", rss(site.base, links), content_type="application/rss+xml", etag='"a1"')
    _add(store, site.base + "/rss")
    run_once(store, settings)
    before = len(site.log)
    settings.every_source = True
    again = run_once(store, settings)
    later = site.log[before:]
    assert [p for _, p, _ in later if p != "/robots.txt"] == ["/rss"]
    assert later[-1][2].get("If-None-Match") == '"a1"'
    assert again.summary.new == 0 and again.sources[0].not_modified == 1


def test_atom_and_json_feed(site, store, settings):
    _news(site)
    site.add("/atom.xml", atom(site.base, COOP[:2]), content_type="application/atom+xml")
    site.add("/feed.json", json_feed(site.base, COOP[1:]), content_type="application/feed+json")
    _add(store, site.base + "/atom.xml")
    _add(store, site.base + "/feed.json")
    report = run_once(store, settings)
    assert report.summary.new == 3
    assert sum(site.gets(p) for p in COOP) == 3  # the shared page is fetched once


def test_sitemap_index_with_gzip_children(site, store, settings):
    _news(site)
    site.add(
        "/sitemap_index.xml",
        sitemap_index(site.base, ["/sitemap-news-1.xml.gz", "/sitemap-news-2.xml"]),
        content_type="application/xml",
    )
    site.add(
        "/sitemap-news-1.xml.gz", gz(urlset(site.base, COOP[:2])), content_type="application/gzip"
    )
    site.add("/sitemap-news-2.xml", urlset(site.base, COOP[2:] + OTHER), content_type="text/xml")
    _add(store, site.base + "/sitemap_index.xml")
    report = run_once(store, settings)
    assert report.summary.new == 3 and report.sources[0].listed == 5


def test_txt_sitemap_and_a_list_of_urls(site, store, settings):
    _news(site)
    site.add("/daftar.txt", "\n".join(site.base + p for p in COOP[:2]), content_type="text/plain")
    _add(store, site.base + "/daftar.txt")
    _add(store, site.base + "/pilihan", kind="urls", urls=[site.base + COOP[2]])
    assert run_once(store, settings).summary.new == 3


def test_home_page_discovers_its_feed(site, store, settings):
    links = _news(site)
    site.add(
        "/",
        "<html><head><link rel='alternate' type='application/rss+xml' href='/rss'></head>"
        "<body><h1>Kabar Daerah</h1></body></html>",
    )
    site.add("/rss", rss(site.base, links), content_type="application/rss+xml")
    _add(store, site.base + "/")
    assert run_once(store, settings).summary.new == 3


def test_section_page_without_feed_gives_its_article_links(site, store, settings):
    _news(site)
    anchors = "".join(f"<a href='{p}'>berita</a>" for p in COOP)
    site.add("/kanal/daerah", f"<html><body><a href='/kanal/olahraga'>x</a>{anchors}</body></html>")
    _add(store, site.base + "/kanal/daerah")
    assert run_once(store, settings).summary.new == 3


def test_broken_feed_is_an_error_of_its_source(site, store, settings):
    site.add(
        "/rss", "<?xml version='1.0'?><rss><channel><item><title>rusak", content_type="text/xml"
    )
    _add(store, site.base + "/rss")
    report = run_once(store, settings)
    (source,) = list_sources(store.engine.connect())
    assert source.last_status == "error" and "feed" in source.last_error
    assert report.summary.new == 0


def test_pdf_served_as_html_and_robots_forbidden_page_fail(site, store, settings):
    _news(site)
    site.add("/robots.txt", "User-agent: *\nDisallow: /internal/\n", content_type="text/plain")
    site.add("/berita/2024/05/laporan-tahunan-pemda", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 ...")
    site.add("/internal/kerja-sama-rahasia-daerah", "<html>x</html>")
    listed = [
        COOP[0],
        "/berita/2024/05/laporan-tahunan-pemda",
        "/internal/kerja-sama-rahasia-daerah",
    ]
    site.add("/rss", rss(site.base, listed), content_type="application/rss+xml")
    _add(store, site.base + "/rss")
    report = run_once(store, settings)
    assert report.summary.new == 1 and report.sources[0].failed == 2
    with store.engine.connect() as conn:
        query = select(pages.c.url, pages.c.error).where(pages.c.state == "failed")
        failed = dict(conn.execute(query).all())
    assert "PDF" in failed[site.base + "/berita/2024/05/laporan-tahunan-pemda"]
    assert "robots.txt" in failed[site.base + "/internal/kerja-sama-rahasia-daerah"]
    assert site.gets("/internal/kerja-sama-rahasia-daerah") == 0


def test_503_page_is_tried_again_next_run(site, store, settings):
    _news(site)
    site.routes[COOP[0]].script = [503, 503, 503]  # more failures than retries in one run
    site.add("/rss", rss(site.base, COOP[:1]), content_type="application/rss+xml")
    _add(store, site.base + "/rss")
    assert run_once(store, settings).summary.new == 0
    settings.every_source = True
    assert run_once(store, settings).summary.new == 1


def test_same_text_at_two_urls_is_stored_once(site, store, settings):
    site.add_article("/berita/asli-kerja-sama-daerah", 5)
    site.add_article("/berita/salinan-kerja-sama-daerah", 5)
    site.add(
        "/rss",
        rss(site.base, ["/berita/asli-kerja-sama-daerah", "/berita/salinan-kerja-sama-daerah"]),
        content_type="application/rss+xml",
    )
    _add(store, site.base + "/rss")
    report = run_once(store, settings)
    assert report.summary.new == 1 and report.summary.duplicates == 1
    assert store.count() == 1


def test_keep_all_source_stores_every_page(site, store, settings):
    links = _news(site)
    site.add("/rss", rss(site.base, links), content_type="application/rss+xml")
    _add(store, site.base + "/rss", keep_all=True)
    assert run_once(store, settings).summary.new == 5


def test_watched_article_equals_the_ingested_one(site, store, settings, tmp_path):
    from watch.newsroom import article_html, cooperation_story

    site.add_article(COOP[0], 9)
    site.add("/rss", rss(site.base, COOP[:1]), content_type="application/rss+xml")
    _add(store, site.base + "/rss")
    run_once(store, settings)
    page = tmp_path / "page.html"
    page.write_text(article_html(*cooperation_story(9)), encoding="utf-8")
    other = open_store(str(tmp_path / "ingested.db"))
    ingest_paths(other, [str(page)], url=site.base + COOP[0], on_error=print, on_warning=print)
    (watched,) = list(store.iter_records())
    (ingested,) = list(other.iter_records())
    assert watched.id == ingested.id
    drop = {"source": {"path"}}
    assert json.loads(watched.model_dump_json(exclude=drop)) == json.loads(
        ingested.model_dump_json(exclude=drop)
    )
