"""The webhook secret and the SMTP password stay out of the database."""

from __future__ import annotations

import hashlib
import hmac
import os
import stat

import pytest
from sqlalchemy import select, text

from kerjasama.store import open_store
from kerjasama.store.watch_tables import settings as settings_table
from kerjasama.watch.deliver import read_settings, write_settings
from kerjasama.watch.secrets import SecretsError, read_secret, secrets_file


def _db_values(store) -> dict[str, str]:
    with store.engine.connect() as conn:
        return dict(conn.execute(select(settings_table.c.key, settings_table.c.value)).all())


def test_secrets_go_to_a_private_file_not_the_database(store):
    write_settings(store, {"webhook_url": "http://127.0.0.1:9/hook", "webhook_secret": "rahasia"})
    write_settings(store, {"smtp_host": "127.0.0.1", "smtp_password": "sandi-smtp"})
    values = _db_values(store)
    assert values["webhook_url"] == "http://127.0.0.1:9/hook"
    assert "webhook_secret" not in values and "smtp_password" not in values
    assert not any("rahasia" in v or "sandi" in v for v in values.values())
    path = secrets_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_secret("webhook_secret") == "rahasia"
    assert read_secret("smtp_password") == "sandi-smtp"
    write_settings(store, {"webhook_secret": None})
    assert read_secret("webhook_secret") is None and read_secret("smtp_password") == "sandi-smtp"


def test_environment_wins_and_a_readable_file_is_refused(store, monkeypatch):
    write_settings(store, {"webhook_secret": "dari-berkas"})
    monkeypatch.setenv("KERJASAMA_WEBHOOK_SECRET", "dari-lingkungan")
    assert read_secret("webhook_secret") == "dari-lingkungan"
    monkeypatch.delenv("KERJASAMA_WEBHOOK_SECRET")
    os.chmod(secrets_file(), 0o644)
    with pytest.raises(SecretsError, match="chmod 600"):
        read_secret("webhook_secret")


def test_migration_moves_old_secrets_out_of_the_database(tmp_path):
    db = str(tmp_path / "old.db")
    store = open_store(db)
    with store.engine.begin() as conn:  # as the first round of the watcher kept them
        conn.execute(settings_table.insert().values(key="webhook_secret", value="lama"))
        conn.execute(settings_table.insert().values(key="smtp_password", value="sandi-lama"))
        conn.execute(settings_table.insert().values(key="webhook_url", value="http://x.test/"))
        conn.execute(text("DELETE FROM schema_version WHERE version = 21"))
    again = open_store(db)
    with again.engine.connect() as conn:
        assert set(read_settings(conn)) == {"webhook_url"}
    assert read_secret("webhook_secret") == "lama"
    assert read_secret("smtp_password") == "sandi-lama"


def test_the_webhook_is_signed_with_the_secret_from_the_environment(
    store, monkeypatch, site, settings
):
    from kerjasama.watch.alerts import add_follow, make_alerts
    from kerjasama.watch.deliver import deliver
    from kerjasama.watch.run import run_once
    from kerjasama.watch.sources import add_source
    from watch.newsroom import rss
    from watch.test_watch_alerts import Receiver

    receiver = Receiver(script=[])
    try:
        monkeypatch.setenv("KERJASAMA_WEBHOOK_SECRET", "kunci-lingkungan")
        add_follow(store, "region", "samarinda")
        write_settings(store, {"webhook_url": receiver.url})
        site.add_article("/berita/samarinda-kitakyushu-teken-mou", 0)
        site.add("/rss", rss(site.base, ["/berita/samarinda-kitakyushu-teken-mou"]))
        with store.engine.begin() as conn:
            add_source(conn, site.base + "/rss", delay_s=0.01)
        run_once(store, settings, on_alerts=make_alerts)
        assert deliver(store, backoff_s=0.01).webhook_sent >= 1
        for headers, body in receiver.posts:
            digest = hmac.new(b"kunci-lingkungan", body, hashlib.sha256).hexdigest()
            assert headers["X-Kerjasama-Signature"] == "sha256=" + digest
    finally:
        receiver.close()
