"""The live register under write load: a large register is not rebuilt after every commit."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from kerjasama.query import live
from kerjasama.record import Article, Source
from kerjasama.store import open_store


def _another_article(n: int) -> Article:
    return Article(id=f"extra{n}", title=f"Berita {n}", text=f"Teks {n}.", source=Source())


def test_a_large_register_waits_between_rebuilds(template_db, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(live, "SYNC_BUILD_SECONDS", -1.0)  # every build counts as large
    db = tmp_path / "web.db"
    shutil.copyfile(template_db, db)
    reader = open_store(str(db))
    register = live.LiveRegister(reader)
    first = register.current()
    first.built_in = 60.0  # as long as a large register's build, whatever this machine does
    writer = open_store(str(db))  # another process, as an ingest would be
    writer.save_batch([_another_article(1)])
    assert register.current() is first  # within the gap: the previous snapshot, no build
    assert register._building is None
    register._built_at -= live.REBUILD_GAP * first.built_in + 1  # the gap has passed
    assert register.current() is first  # built in the background meanwhile
    deadline = time.monotonic() + 10
    while register.current() is first and time.monotonic() < deadline:
        time.sleep(0.01)
    second = register.current()
    assert second is not first and second.index.n_articles == first.index.n_articles + 1
    reader.save_batch([_another_article(2)])  # a commit of the app's own (a review): at once
    deadline = time.monotonic() + 10
    while register.current() is second and time.monotonic() < deadline:
        time.sleep(0.01)
    assert register.current().index.n_articles == second.index.n_articles + 1
    register.close()


def test_the_register_is_made_ready_as_the_server_starts(sample_db, server_with) -> None:
    """Each server process makes its snapshot at start, not on its first request's time: the
    column files are written though nothing but a static file was asked."""
    columns = Path(f"{sample_db}.columns")
    shutil.rmtree(columns, ignore_errors=True)
    for _base, _proc in server_with(sample_db):
        deadline = time.monotonic() + 30
        while not list(columns.glob("*/mark.json")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert list(columns.glob("*/mark.json"))
