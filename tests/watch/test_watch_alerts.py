"""Follows and alerts: one alert per event, kept, sent by signed webhook and SMTP digest."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kerjasama.watch.alerts import add_follow, list_alerts, make_alerts
from kerjasama.watch.deliver import deliver, write_settings
from kerjasama.watch.run import run_once
from kerjasama.watch.sources import add_source
from watch.newsroom import rss


class Receiver:
    """A webhook receiver on 127.0.0.1: answers `script` statuses first, then 204."""

    def __init__(self, script: list[int] | None = None) -> None:
        self.posts: list[tuple[dict, bytes]] = []
        self.script = list(script or [])
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = receiver.script.pop(0) if receiver.script else 204
                if status < 300:
                    receiver.posts.append((dict(self.headers), body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    made = Receiver(script=[500])
    yield made
    made.close()


@pytest.fixture
def smtp_server():
    pytest.importorskip("aiosmtpd")
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    class Collect(Message):
        def __init__(self) -> None:
            super().__init__()
            self.messages = []

        def handle_message(self, message) -> None:
            self.messages.append(message)

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    handler = Collect()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


def _source(store, site) -> None:
    with store.engine.begin() as conn:
        add_source(conn, site.base + "/rss", delay_s=0.01)


def _publish(site, paths: list[str]) -> None:
    site.add("/rss", rss(site.base, paths), content_type="application/rss+xml")


def test_new_record_and_partnership_alert_once_and_are_delivered(
    site, store, settings, receiver, smtp_server
):
    handler, port = smtp_server
    add_follow(store, "region", "samarinda")
    write_settings(store, {"webhook_url": receiver.url, "webhook_secret": "rahasia"})
    write_settings(
        store, {"smtp_host": "127.0.0.1", "smtp_port": str(port), "email_to": "bks@daerah.test"}
    )
    site.add_article("/berita/samarinda-kitakyushu-teken-mou", 0)  # Samarinda ↔ Kitakyushu
    site.add_article("/berita/berau-kitakyushu-teken-mou", 1)  # Berau: not followed
    _publish(site, ["/berita/samarinda-kitakyushu-teken-mou", "/berita/berau-kitakyushu-teken-mou"])
    _source(store, site)
    report = run_once(store, settings, on_alerts=make_alerts)
    kinds = sorted(a["kind"] for a in list_alerts(store))
    assert kinds == ["new_partnership", "new_record"] and report.alerts == 2
    sent = deliver(store, backoff_s=0.01)
    assert sent.webhook_sent == 2 and sent.emailed == 2 and sent.error is None
    for headers, body in receiver.posts:  # the first POST got a 500 and was retried
        expected = "sha256=" + hmac.new(b"rahasia", body, hashlib.sha256).hexdigest()
        assert headers["X-Kerjasama-Signature"] == expected
        assert json.loads(body)["kind"] == headers["X-Kerjasama-Event"]
    (mail,) = handler.messages
    assert mail["To"] == "bks@daerah.test" and "2 alert(s)" in mail["Subject"]
    assert "Kota Samarinda" in mail.get_payload()
    # nothing new: no new alerts, nothing sent again
    settings.every_source = True
    assert run_once(store, settings, on_alerts=make_alerts).alerts == 0
    again = deliver(store, backoff_s=0.01)
    assert again.webhook_sent == 0 and again.emailed == 0 and len(handler.messages) == 1


def test_stage_change_stalled_and_term_end(site, store, settings):
    import datetime as dt

    add_follow(store, "country", "jp")
    site.add_article("/berita/samarinda-kitakyushu-teken-loi", 0, loi=True)
    _publish(site, ["/berita/samarinda-kitakyushu-teken-loi"])
    _source(store, site)
    settings.today = dt.date(2024, 6, 1)
    run_once(store, settings, on_alerts=make_alerts)
    assert sorted(a["kind"] for a in list_alerts(store)) == ["new_partnership", "new_record"]

    site.add_article("/berita/samarinda-kitakyushu-teken-mou", 40)  # same parties, an MoU
    _publish(site, ["/berita/samarinda-kitakyushu-teken-mou"])
    settings.every_source = True
    run_once(store, settings, on_alerts=make_alerts)
    changes = [a for a in list_alerts(store) if a["kind"] == "stage_change"]
    assert len(changes) == 1 and "loi → mou" in changes[0]["summary"]

    # years later, any new story refreshes the partnerships: stalled, and the MoU term ends
    site.add_article("/berita/banyuwangi-davao-teken-mou", 36)
    _publish(site, ["/berita/banyuwangi-davao-teken-mou"])
    settings.today = dt.date(2029, 2, 1)
    run_once(store, settings, on_alerts=make_alerts)
    kinds = [a["kind"] for a in list_alerts(store)]
    assert kinds.count("stalled") == 1 and kinds.count("mou_term_end") == 1
    run_once(store, settings, on_alerts=make_alerts)
    assert len(list_alerts(store)) == len(kinds)


def test_webhook_refusal_keeps_the_alert_for_later(site, store, settings):
    refusing = Receiver(script=[400])
    try:
        add_follow(store, "region", "ID-KI")
        add_follow(store, "region", "64.72")
        write_settings(store, {"webhook_url": refusing.url, "webhook_secret": "s"})
        site.add_article("/berita/samarinda-kitakyushu-teken-mou", 0)
        _publish(site, ["/berita/samarinda-kitakyushu-teken-mou"])
        _source(store, site)
        run_once(store, settings, on_alerts=make_alerts)
        first = deliver(store, backoff_s=0.01)
        assert first.webhook_failed >= 1 and first.webhook_sent == len(list_alerts(store)) - 1
        second = deliver(store, backoff_s=0.01)
        assert second.webhook_sent == 1 and second.webhook_failed == 0
    finally:
        refusing.close()
