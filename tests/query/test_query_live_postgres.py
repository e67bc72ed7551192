"""The live register on PostgreSQL: whether the data changed is asked by two indexed maxima on
a request's time; the articles are counted in the background (a count reads every row), which
is how an article removed by hand, outside the store, still leaves the register."""

from __future__ import annotations

import random
import threading

import psycopg
from sqlalchemy import event

from kerjasama.query import live
from kerjasama.query.live import LiveRegister
from kerjasama.store import open_store


def _statements_on_this_thread(engine, run) -> list[str]:
    """The SQL sent through `engine` by this thread while `run()` runs."""
    me, sent = threading.get_ident(), []

    def seen(conn, cursor, statement, *args) -> None:
        if threading.get_ident() == me:
            sent.append(statement.lower())

    event.listen(engine, "before_cursor_execute", seen)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    return sent


def _settled(register: LiveRegister):
    """The snapshot once the background count and patch started by the last check are done."""
    for name in ("_counting", "_building"):
        thread = getattr(register, name)
        if thread is not None:
            thread.join(timeout=30)
    register._checked = 0.0  # a second has passed
    register.current()  # starts the patch
    building = register._building
    if building is not None:
        building.join(timeout=30)
    return register.current()


def test_a_request_never_counts_the_articles_and_a_removal_by_hand_still_shows(
    pg_fresh, invented, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("KERJASAMA_COLUMNS_DIR", str(tmp_path / "columns"))
    monkeypatch.setattr(live, "LARGE", 0)  # patched in the background, as a large register
    monkeypatch.setattr(live, "REBUILD_GAP", 0.0)
    monkeypatch.setattr(live, "COUNT_EVERY", 0.0)  # counted after every check
    store = open_store(pg_fresh)
    rng = random.Random(3)
    store.save_batch([invented(n, rng) for n in range(30)])
    register = LiveRegister(store)
    assert register.current().index.n_articles == 30

    store.save_batch([invented(30, rng)])  # within the second of the last write, often
    register._checked = 0.0  # a second has passed
    sent = _statements_on_this_thread(store.engine, register.current)
    assert sent and not any("count(" in s for s in sent)  # counted in the background
    assert _settled(register).index.n_articles == 31

    with psycopg.connect(pg_fresh, autocommit=True) as con:  # removed by hand: no write
        gone = con.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        con.execute("DELETE FROM articles WHERE id = %s", (gone,))
    register._checked = 0.0
    sent = _statements_on_this_thread(store.engine, register.current)
    assert sent and not any("count(" in s for s in sent)
    now = _settled(register)
    assert now.index.n_articles == 30 and gone not in now.index.ids
    register.close()
