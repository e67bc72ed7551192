"""`ingest` makes alerts with the same code as `watch`: following works whatever the input."""

from __future__ import annotations

import json

from kerjasama.watch.alerts import add_follow, list_alerts
from kerjasama.watch.deliver import write_settings
from watch.newsroom import article_html, cooperation_story
from watch.test_watch_alerts import Receiver


def _write(folder, name: str, i: int) -> str:
    title, body = cooperation_story(i)
    path = folder / name
    path.write_text(article_html(title, body), encoding="utf-8")
    return str(path)


def test_ingest_alerts_and_sends_like_watch(tmp_path, store, cli):
    db = str(tmp_path / "watch.db")
    receiver = Receiver()
    try:
        add_follow(store, "region", "samarinda")
        write_settings(store, {"webhook_url": receiver.url})
        files = tmp_path / "berita"
        files.mkdir()
        _write(files, "samarinda.html", 0)  # Samarinda ↔ Kitakyushu: followed
        _write(files, "berau.html", 1)  # Berau ↔ Kitakyushu: not followed
        env = {"KERJASAMA_ALERT_SECRETS_FILE": str(tmp_path / "alert-secrets")}
        done = cli("ingest", str(files), "--db", db, env=env)
        assert done.returncode == 0, done.stderr.decode()
        assert b"alerts: 2" in done.stdout
        kinds = sorted(a["kind"] for a in list_alerts(store))
        assert kinds == ["new_partnership", "new_record"]
        assert sorted(json.loads(body)["kind"] for _, body in receiver.posts) == kinds
        # the same files again: nothing new, no alert
        again = cli("ingest", str(files), "--db", db, env=env)
        assert again.returncode == 0 and b"alerts" not in again.stdout
        assert len(list_alerts(store)) == 2
        # --no-alerts stores without alerting
        _write(files, "samarinda-2.html", 16)  # Samarinda ↔ Guangxi
        quiet = cli("ingest", str(files), "--db", db, "--no-alerts", env=env)
        assert quiet.returncode == 0 and b"new: 1" in quiet.stdout
        assert len(list_alerts(store)) == 2
    finally:
        receiver.close()
