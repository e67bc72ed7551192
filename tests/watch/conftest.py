"""Fixtures of the watcher's tests: loopback news sites and a store, with tiny delays."""

from __future__ import annotations

import pytest

from kerjasama.store import open_store
from kerjasama.watch.fetch import FetchSettings
from kerjasama.watch.run import WatchSettings
from watch.newsroom import Site


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()


@pytest.fixture
def site_factory():
    made: list[Site] = []

    def make() -> Site:
        made.append(Site())
        return made[-1]

    yield make
    for server in made:
        server.close()


@pytest.fixture
def fast_fetch() -> FetchSettings:
    return FetchSettings(
        delay_s=0.01, timeout_s=1.0, retries=2, backoff_s=0.01, max_bytes=1_000_000
    )


@pytest.fixture
def settings(fast_fetch: FetchSettings) -> WatchSettings:
    return WatchSettings(fetch=fast_fetch, batch_size=3)


@pytest.fixture
def store(tmp_path):
    return open_store(str(tmp_path / "watch.db"))


@pytest.fixture(autouse=True)
def _alert_secrets(tmp_path, monkeypatch):
    """Each test keeps its webhook secret and SMTP password in its own 0600 file."""
    monkeypatch.setenv("KERJASAMA_ALERT_SECRETS_FILE", str(tmp_path / "alert-secrets"))
    monkeypatch.delenv("KERJASAMA_WEBHOOK_SECRET", raising=False)
    monkeypatch.delenv("KERJASAMA_SMTP_PASSWORD", raising=False)
