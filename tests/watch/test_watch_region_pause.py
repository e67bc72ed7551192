"""A source's --region narrows what it keeps; a paused source is not run."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kerjasama.store import schema
from kerjasama.store.watch_tables import pages
from kerjasama.watch.run import run_once
from kerjasama.watch.sources import (
    SourceConfigError,
    add_source,
    due_sources,
    list_sources,
    pause_source,
)
from watch.newsroom import rss

KALTIM = ["/berita/samarinda-kitakyushu-teken-mou", "/berita/berau-kitakyushu-teken-mou"]
SULUT = "/berita/sulut-kitakyushu-teken-mou"


def test_region_keeps_stories_of_the_region_and_its_regencies(site, store, settings):
    site.add_article(KALTIM[0], 0)  # Kota Samarinda, in Kalimantan Timur
    site.add_article(KALTIM[1], 1)  # Kabupaten Berau, in Kalimantan Timur
    site.add_article(SULUT, 3)  # Provinsi Sulawesi Utara
    site.add("/rss", rss(site.base, [*KALTIM, SULUT]), content_type="application/rss+xml")
    with store.engine.begin() as conn:
        add_source(conn, site.base + "/rss", region="Kalimantan Timur", delay_s=0.01)
        (source,) = list_sources(conn)
    assert source.region == "ID-KI"  # a name is kept as its code
    report = run_once(store, settings)
    assert report.summary.new == 2
    with store.engine.connect() as conn:
        urls = set(conn.execute(select(schema.articles.c.url)).scalars())
        other = conn.execute(select(pages).where(pages.c.url == site.base + SULUT)).one()
    assert urls == {site.base + p for p in KALTIM}
    assert other.state == "skipped" and "ID-KI" in other.error and other.score >= 0.5
    assert report.sources[0].skipped == 1


def test_a_city_region_and_keep_all(site, store, settings):
    site.add_article(KALTIM[0], 0)
    site.add_article(KALTIM[1], 1)
    site.add("/rss", rss(site.base, KALTIM), content_type="application/rss+xml")
    site.add("/rss-semua", rss(site.base, KALTIM), content_type="application/rss+xml")
    with store.engine.begin() as conn:
        add_source(conn, site.base + "/rss", region="64.72", delay_s=0.01)
    assert run_once(store, settings).summary.new == 1  # Samarinda only, not Berau


def test_region_is_checked_when_the_source_is_added(store):
    with store.engine.begin() as conn:
        with pytest.raises(SourceConfigError, match="not an Indonesian"):
            add_source(conn, "http://127.0.0.1:9/rss", region="Queensland")
        add_source(conn, "http://127.0.0.1:9/rss", region="kaltim")
        assert list_sources(conn)[0].region == "ID-KI"


def test_a_paused_source_is_not_run_until_resumed(site, store, settings, cli, tmp_path):
    site.add_article(KALTIM[0], 0)
    site.add("/rss", rss(site.base, KALTIM[:1]), content_type="application/rss+xml")
    db = str(tmp_path / "watch.db")
    assert cli("sources", "add", site.base + "/rss", "--name", "Kaltim", "--db", db).returncode == 0
    paused = cli("sources", "pause", "Kaltim", "--db", db)
    assert paused.returncode == 0 and b"paused" in paused.stdout
    listed = cli("sources", "list", "--db", db)
    assert b"paused" in listed.stdout
    settings.every_source = True  # not even `watch --all` runs it
    assert run_once(store, settings).sources == [] and site.log == []
    with store.engine.begin() as conn:
        pause_source(conn, "Kaltim", False)
        assert [s.label for s in due_sources(conn, dt.datetime.now(dt.UTC))] == ["Kaltim"]
    settings.fetch.delay_s = 0.01
    assert run_once(store, settings).summary.new == 1
