"""Words on PostgreSQL: looked up one at a time through tsvector, kept like FTS5's, carried
through a patch (the new articles asked by id), and warmed up from a sample of the vectors."""

from __future__ import annotations

import random
import threading

import pytest
from sqlalchemy import text

from kerjasama.query import column_files, live, textmatch
from kerjasama.query.columns import ColumnIndex
from kerjasama.query.live import LiveRegister, Snapshot
from kerjasama.query.textmatch import TextMatcher
from kerjasama.store import open_store
from kerjasama.store.search import PREWARMED

CROPS = ("padi", "jagung", "kopi", "sawit", "kakao")
QUERIES = ("padi", "kopi sawit", "jagung", "kakao padi", "vanili", "kop*")


@pytest.fixture(autouse=True)
def _frequent_means_five_percent(monkeypatch) -> None:
    """Frequent words here: in a twentieth of the articles or more (the crops, in about half);
    the rare word, in one in forty, is not (shipped: 1% of a register of thousands)."""
    monkeypatch.setattr(textmatch, "FREQUENT_SHARE", 0.05)


def crops(first: int, count: int, rng: random.Random, invented) -> list:
    out = []
    for n in range(first, first + count):
        body = " ".join(c for c in CROPS if rng.random() < 0.6) + (" vanili" if n % 40 == 0 else "")
        title = " ".join(c for c in CROPS if rng.random() < 0.3) or "judul"
        base = invented(n, rng)
        out.append(base.model_copy(update={"title": f"Panen {title}", "text": f"Ladang {body}."}))
    return out


@pytest.fixture
def pg_store(pg_fresh: str, invented, tmp_path, monkeypatch):
    monkeypatch.setenv("KERJASAMA_COLUMNS_DIR", str(tmp_path / "columns"))
    store = open_store(pg_fresh)
    store.save_batch(crops(0, 60, random.Random(2), invented))
    with store.engine.begin() as conn:  # written a minute apart, earlier: a patch then
        for n in range(60):  # reads again only the last of them and what comes next
            conn.execute(
                text("UPDATE articles SET updated_at = :at WHERE id = :id"),
                {"at": f"2024-05-01T08:{n:02d}:00+00:00", "id": f"a{n:03d}"},
            )
    return store


def answers(matcher: TextMatcher) -> list:
    out = []
    for q in QUERIES:
        found = matcher.match(q)
        ids = matcher.index.ids
        out.append((q, sorted(ids[p] for p in found.mask.nonzero()[0]), int(found.in_title.sum())))
    return out


def answers_now(store, asked: list) -> list:
    """A cold matcher's answers, its look-ups left out of `asked`."""
    before = list(asked)
    found = cold(store)
    asked[:] = before
    return found


def cold(store) -> list:
    with store.engine.connect() as conn:
        index = ColumnIndex.build(conn)
    return answers(TextMatcher(store.engine, store.search_backend, index))


def test_words_are_warmed_kept_and_carried_on_postgresql(pg_store, invented, monkeypatch) -> None:
    monkeypatch.setattr(live, "LARGE", 0)  # warm up however small the register
    snapshot = LiveRegister(pg_store).current()
    for thread in threading.enumerate():
        if thread.name == "register-warm-up":
            thread.join(timeout=60)
    folder = column_files.folder_of(pg_store) / snapshot.index.mark.name()
    kept = column_files.load_words(folder)
    assert kept is not None
    assert {(c, False, None) for c in CROPS} <= set(kept.rows)  # in half the articles or more
    assert ("vanili", False, None) not in kept.rows  # in one in forty
    assert answers(snapshot.text) == cold(pg_store)

    pg_store.save_batch(crops(60, 12, random.Random(5), invented))
    asked = []
    original = pg_store.search_backend.matching_ids

    def counting(conn, words, **kw):
        asked.append(kw.get("among"))
        return original(conn, words, **kw)

    monkeypatch.setattr(pg_store.search_backend, "matching_ids", counting)
    patched = Snapshot(pg_store, snapshot)
    assert patched.carried and patched.index.n_articles == 72
    assert answers(patched.text) == answers_now(pg_store, asked)
    assert asked and all(a is not None and len(a) <= 13 for a in asked)  # the new ones
    started = Snapshot(open_store(str(pg_store.engine.url.render_as_string(False))))
    assert started.index.words is not None  # a new process maps the words with the columns
    assert answers(started.text) == cold(pg_store)


def test_the_index_and_page_facts_are_read_ahead_where_pg_prewarm_is_installed(
    pg_store, pg_fresh
) -> None:
    import psycopg

    matcher = Snapshot(pg_store).text
    assert matcher.prewarm() == []  # the extension is the administrator's to install
    with psycopg.connect(pg_fresh, autocommit=True) as con:
        try:
            con.execute("CREATE EXTENSION pg_prewarm")
        except psycopg.Error as exc:
            pytest.skip(f"this server has no pg_prewarm: {exc}")
    assert matcher.prewarm() == list(PREWARMED)  # the index first, then a page's rows
    assert answers(matcher) == cold(pg_store)
