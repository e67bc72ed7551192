"""The web side of the watcher: the Atom feed of the register, sources and alerts pages."""

from __future__ import annotations

import pytest
from lxml import etree

from kerjasama.watch.alerts import add_follow, make_alerts
from kerjasama.watch.run import run_once
from kerjasama.watch.sources import add_source
from watch.newsroom import rss

ATOM = "{http://www.w3.org/2005/Atom}"


def _client(db: str):
    from fastapi.testclient import TestClient

    from kerjasama.web import create_app

    return TestClient(create_app(db, secure_cookies=False))


@pytest.mark.filterwarnings("ignore:Using .httpx.")
def test_feed_sources_and_alerts_pages(site, store, settings, tmp_path):
    add_follow(store, "country", "JP")
    paths = ["/berita/samarinda-kitakyushu-teken-mou", "/berita/makassar-queensland-teken-mou"]
    site.add_article(paths[0], 0)  # Samarinda ↔ Kitakyushu (JP)
    site.add_article(paths[1], 21)  # Makassar ↔ Queensland (AU)
    site.add("/rss", rss(site.base, paths), content_type="application/rss+xml")
    with store.engine.begin() as conn:
        add_source(conn, site.base + "/rss", name="Kabar Daerah", delay_s=0.01)
    run_once(store, settings, on_alerts=make_alerts)
    db = str(tmp_path / "watch.db")
    with _client(db) as client:
        feed = client.get("/feeds/records.atom")
        assert feed.status_code == 200
        assert feed.headers["content-type"].startswith("application/atom+xml")
        root = etree.fromstring(feed.content)
        assert len(root.findall(f"{ATOM}entry")) == 2
        japan = etree.fromstring(client.get("/feeds/records.atom?partner_country=JP").content)
        (entry,) = japan.findall(f"{ATOM}entry")
        assert "Kitakyushu" in entry.findtext(f"{ATOM}summary")
        sources = client.get("/api/sources").json()
        assert sources[0]["name"] == "Kabar Daerah" and sources[0]["pages"]["stored"] == 2
        alerts = client.get("/api/alerts").json()
        assert {a["kind"] for a in alerts} == {"new_record", "new_partnership"}
        assert all("Kitakyushu" in a["summary"] for a in alerts)
        page = client.get("/sources")
        assert page.status_code == 200 and "Kabar Daerah" in page.text
        page = client.get("/alerts?lang=en")
        assert page.status_code == 200 and "new partnership" in page.text
