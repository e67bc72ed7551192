"""A changed article at a URL already stored: the listing's date says so, the page is asked for
again conditionally, and a changed text updates its record instead of adding a second one."""

from __future__ import annotations

from sqlalchemy import select

from kerjasama.store import schema
from kerjasama.store.watch_tables import pages
from kerjasama.watch.listing import normalise_stamp, read_listing
from kerjasama.watch.run import run_once
from kerjasama.watch.sources import add_source
from watch.newsroom import article_html, cooperation_story

PAGES = ["/berita/2024/05/kerja-sama-daerah-0", "/berita/2024/05/kerja-sama-daerah-1"]
ADDED = "Pemerintah kedua daerah juga sepakat membentuk kelompok kerja bersama bulan depan."


def _sitemap(base: str, dates: list[str]) -> str:
    urls = "".join(
        f"<url><loc>{base}{p}</loc><lastmod>{d}</lastmod></url>"
        for p, d in zip(PAGES, dates, strict=True)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )


def _rss(base: str, dates: list[str]) -> str:
    items = "".join(
        f"<item><title>Berita {n}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
        for n, (p, d) in enumerate(zip(PAGES, dates, strict=True))
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Kabar Daerah</title><link>{base}/</link>{items}</channel></rss>"
    )


def _article(site, n: int, *, extra: str = "", etag: str | None = None) -> None:
    title, body = cooperation_story(n)
    site.add(PAGES[n], article_html(title, body + (f"\n{extra}" if extra else "")), etag=etag)


def _articles(store) -> dict[str, str]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.articles.c.url, schema.articles.c.text)).all()
    return {r.url: r.text for r in rows}


def test_listing_dates_are_read_from_sitemaps_and_feeds():
    base = "http://127.0.0.1:1"
    sitemap = read_listing(
        base + "/sitemap.xml", _sitemap(base, ["2024-05-14", "2024-05-15T09:30:00+08:00"]).encode()
    )
    assert sitemap.stamps == {
        base + PAGES[0]: "2024-05-14T00:00:00+00:00",
        base + PAGES[1]: "2024-05-15T01:30:00+00:00",
    }
    feed = read_listing(
        base + "/rss", _rss(base, ["Tue, 14 May 2024 08:00:00 +0800", "x"]).encode()
    )
    assert feed.stamps[base + PAGES[0]] == "2024-05-14T00:00:00+00:00"
    assert normalise_stamp("2024-05-14T08:00:00Z") == "2024-05-14T08:00:00+00:00"


def test_a_changed_article_updates_its_record(site, store, settings):
    _article(site, 0, etag='"a0-v1"')
    _article(site, 1, etag='"a1-v1"')
    site.add(
        "/sitemap.xml",
        _sitemap(site.base, ["2024-05-14", "2024-05-14"]),
        content_type="application/xml",
    )
    with store.engine.begin() as conn:
        add_source(conn, site.base + "/sitemap.xml", delay_s=0.01)
    first = run_once(store, settings)
    assert first.summary.new == 2
    before = _articles(store)
    with store.engine.connect() as conn:
        old_id = conn.execute(
            select(pages.c.article_id).where(pages.c.url == site.base + PAGES[0])
        ).scalar()
        conn.execute(
            schema.confirmations.insert().values(
                article_id=old_id,
                target="article",
                field="title",
                value='"Judul"',
                reviewer="ana",
                confirmed_at="2024-05-20T00:00:00+00:00",
            )
        )
        conn.commit()

    # the newsroom adds a paragraph to the first story and dates the change in its sitemap
    _article(site, 0, extra=ADDED, etag='"a0-v2"')
    site.add(
        "/sitemap.xml",
        _sitemap(site.base, ["2024-05-16T10:00:00+07:00", "2024-05-14"]),
        content_type="application/xml",
    )
    mark = len(site.log)
    settings.every_source = True
    second = run_once(store, settings)
    asked = [(p, h.get("If-None-Match")) for _, p, h in site.log[mark:] if p.startswith("/berita")]
    assert asked == [(PAGES[0], '"a0-v1"')]  # only the changed one, conditionally
    assert (second.summary.new, second.summary.updated) == (0, 1)
    assert second.sources[0].updated == 1
    after = _articles(store)
    assert set(after) == set(before)  # one record per URL: an update, not a duplicate
    assert ADDED in after[site.base + PAGES[0]] and ADDED not in before[site.base + PAGES[0]]
    assert after[site.base + PAGES[1]] == before[site.base + PAGES[1]]
    with store.engine.connect() as conn:
        page = conn.execute(select(pages).where(pages.c.url == site.base + PAGES[0])).one()
        moved = conn.execute(select(schema.confirmations.c.article_id)).scalar()
        ids = set(conn.execute(select(schema.articles.c.id)).scalars())
    assert page.state == "stored" and page.article_id != old_id and page.article_id in ids
    assert page.lastmod == "2024-05-16T03:00:00+00:00" and page.body is None
    assert moved == page.article_id  # the reviewer's confirmation follows the article

    # a later date with nothing changed on the page: a 304, nothing stored
    site.add(
        "/sitemap.xml",
        _sitemap(site.base, ["2024-05-16T10:00:00+07:00", "2024-05-18"]),
        content_type="application/xml",
    )
    mark = len(site.log)
    third = run_once(store, settings)
    asked = [(p, h.get("If-None-Match")) for _, p, h in site.log[mark:] if p.startswith("/berita")]
    assert asked == [(PAGES[1], '"a1-v1"')]
    assert third.summary.new == third.summary.updated == 0 and third.sources[0].unchanged == 1
    assert _articles(store) == after


def test_a_feed_date_without_validators_refetches_and_same_text_is_no_update(site, store, settings):
    _article(site, 0)
    _article(site, 1)
    dates = ["Tue, 14 May 2024 08:00:00 +0800", "Tue, 14 May 2024 09:00:00 +0800"]
    site.add("/rss", _rss(site.base, dates), content_type="application/rss+xml")
    with store.engine.begin() as conn:
        add_source(conn, site.base + "/rss", delay_s=0.01)
    assert run_once(store, settings).summary.new == 2
    before = _articles(store)
    dates[1] = "Wed, 15 May 2024 09:00:00 +0800"  # re-dated, text as it was
    site.add("/rss", _rss(site.base, dates), content_type="application/rss+xml")
    settings.every_source = True
    again = run_once(store, settings)
    assert site.gets(PAGES[1]) == 2 and site.gets(PAGES[0]) == 1
    assert again.summary.new == again.summary.updated == 0 and again.sources[0].unchanged == 1
    assert _articles(store) == before
    # the next run with the same dates fetches nothing
    mark = len(site.log)
    run_once(store, settings)
    assert [p for _, p, _ in site.log[mark:] if p.startswith("/berita")] == []


def test_pages_stored_before_dates_were_kept_take_the_first_date_without_a_fetch(
    site, store, settings
):
    _article(site, 0)
    _article(site, 1)
    site.add(
        "/rss",
        _rss(site.base, ["", ""]).replace("<pubDate></pubDate>", ""),
        content_type="application/rss+xml",
    )
    with store.engine.begin() as conn:
        add_source(conn, site.base + "/rss", delay_s=0.01)
    run_once(store, settings)
    site.add(
        "/rss",
        _rss(site.base, ["2024-05-14T00:00:00Z", "2024-05-14T00:00:00Z"]),
        content_type="application/rss+xml",
    )
    mark = len(site.log)
    settings.every_source = True
    run_once(store, settings)
    assert [p for _, p, _ in site.log[mark:] if p.startswith("/berita")] == []
    with store.engine.connect() as conn:
        stamps = set(conn.execute(select(pages.c.lastmod)).scalars())
    assert stamps == {"2024-05-14T00:00:00+00:00"}
