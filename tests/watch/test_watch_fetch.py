"""The fetcher against a real loopback server: robots, retries, caps, types, redirects, 304."""

from __future__ import annotations

import time

from kerjasama.watch.fetch import LISTING_TYPES, Fetcher, FetchSettings


def test_robots_txt_forbids_a_path(site, fast_fetch):
    site.add("/robots.txt", "User-agent: *\nDisallow: /rahasia/\n", content_type="text/plain")
    site.add("/rahasia/dokumen-internal-pemda", "<html>x</html>")
    with Fetcher(fast_fetch) as fetcher:
        got = fetcher.fetch(site.base + "/rahasia/dokumen-internal-pemda")
    assert got.error and "robots.txt" in got.error
    assert site.gets("/rahasia/dokumen-internal-pemda") == 0


def test_503_then_success_is_retried(site, fast_fetch):
    site.add("/berita/sibuk-lalu-sukses", "<html>ok</html>", script=[503, 503])
    with Fetcher(fast_fetch) as fetcher:
        got = fetcher.fetch(site.base + "/berita/sibuk-lalu-sukses")
    assert got.ok and got.body == b"<html>ok</html>"
    assert got.attempts == 3


def test_404_is_not_retried(site, fast_fetch):
    with Fetcher(fast_fetch) as fetcher:
        got = fetcher.fetch(site.base + "/berita/tidak-ada")
    assert got.status == 404 and got.error == "HTTP 404" and got.attempts == 1


def test_slow_response_times_out_and_is_retried(site):
    site.add("/berita/lambat-sekali", "<html>x</html>", delay_s=0.6)
    settings = FetchSettings(delay_s=0, timeout_s=0.2, retries=1, backoff_s=0.01)
    with Fetcher(settings) as fetcher:
        got = fetcher.fetch(site.base + "/berita/lambat-sekali")
    assert got.error and got.error.startswith("timeout")
    assert got.attempts == 2


def test_oversized_response_is_refused_before_reading(site, fast_fetch):
    big = b"<html>" + b"a" * 2_000_000 + b"</html>"
    site.add("/berita/besar", big)
    with Fetcher(fast_fetch) as fetcher:
        got = fetcher.fetch(site.base + "/berita/besar")
    assert got.error and "cap" in got.error and got.body == b""


def test_fifty_megabyte_response_is_refused(site, fast_fetch):
    route = site.add("/berita/tanpa-panjang", b"")

    def stream_body() -> bytes:
        return b"x" * 50_000_000

    route.body = stream_body
    with Fetcher(fast_fetch) as fetcher:
        got = fetcher.fetch(site.base + "/berita/tanpa-panjang")
    assert got.error and "cap" in got.error


def test_wrong_content_type_is_refused(site, fast_fetch):
    site.add("/berita/gambar", b"\x89PNG....", content_type="image/png")
    with Fetcher(fast_fetch) as fetcher:
        got = fetcher.fetch(site.base + "/berita/gambar")
    assert got.error and "content type image/png" in got.error


def test_redirect_loop_is_reported(site, fast_fetch):
    site.add("/a", status=302, headers={"Location": "/b"})
    site.add("/b", status=302, headers={"Location": "/a"})
    with Fetcher(fast_fetch) as fetcher:
        got = fetcher.fetch(site.base + "/a")
    assert got.error and "redirect loop" in got.error


def test_redirects_are_followed_within_limits(site, fast_fetch):
    site.add("/lama", status=301, headers={"Location": "/baru"})
    site.add("/baru", "<html>pindah</html>")
    for i in range(8):
        site.add(f"/r{i}", status=302, headers={"Location": f"/r{i + 1}"})
    with Fetcher(fast_fetch) as fetcher:
        moved = fetcher.fetch(site.base + "/lama")
        chain = fetcher.fetch(site.base + "/r0")
    assert moved.ok and moved.final_url == site.base + "/baru"
    assert chain.error and "more than 5 redirects" in chain.error


def test_etag_gives_304(site, fast_fetch):
    site.add("/rss", "<rss/>", content_type="application/rss+xml", etag='"v1"')
    with Fetcher(fast_fetch) as fetcher:
        first = fetcher.fetch(site.base + "/rss", accept=LISTING_TYPES)
        second = fetcher.fetch(site.base + "/rss", accept=LISTING_TYPES, etag=first.etag)
    assert first.ok and first.etag == '"v1"'
    assert second.not_modified and second.error is None


def test_one_host_is_asked_with_the_delay_between_requests(site):
    for i in range(4):
        site.add(f"/berita/{i}", "<html>x</html>")
    with Fetcher(FetchSettings(delay_s=0.15, backoff_s=0)) as fetcher:
        started = time.monotonic()
        for i in range(4):
            fetcher.fetch(site.base + f"/berita/{i}")
        took = time.monotonic() - started
    # robots.txt, then four pages: four delays at least
    assert took >= 0.6
    assert fetcher.waited_s > 0.4
    agents = {headers.get("User-Agent") for _, _, headers in site.log}
    assert len(agents) == 1 and agents.pop().startswith("kerjasama-watch/")
