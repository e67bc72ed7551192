"""The frequent words' sets kept in the column files: written after a server's warm-up, mapped by
the next process that starts (no FTS5 look-up for them), moved through a patch at start, and
ignored where they were computed for another register."""

from __future__ import annotations

import random
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import text

from kerjasama.query import column_files, live, textmatch
from kerjasama.query.columns import ColumnIndex
from kerjasama.query.live import LiveRegister, Snapshot
from kerjasama.query.textmatch import TextMatcher
from kerjasama.store import open_store

CROPS = ("padi", "jagung", "kopi", "sawit", "kakao", "cengkeh")
QUERIES = ("padi", "kopi sawit", "jagung", "kakao cengkeh", "padi jagung kopi", "cengkeh")


@pytest.fixture(autouse=True)
def _frequent_means_five_percent(monkeypatch) -> None:
    """Frequent words here: in a twentieth of the articles or more (the crops, in about half);
    the rare word, in one in forty, is not (shipped: 1% of a register of thousands)."""
    monkeypatch.setattr(textmatch, "FREQUENT_SHARE", 0.05)


def crop_article(n: int, rng: random.Random, invented):
    """An invented article whose title and text hold a random half of the crops (one article
    in forty a rare word)."""
    base = invented(n, rng)
    text = " ".join(c for c in CROPS if rng.random() < 0.5) + (" vanili" if n % 40 == 0 else "")
    title = " ".join(c for c in CROPS if rng.random() < 0.3) or "judul"
    return base.model_copy(update={"title": f"Panen {title}", "text": f"Ladang {text}."})


def fill(path: Path, invented, seed: int, written: str) -> str:
    """A register of 80 crop articles, written a second apart from `written` (a patch then
    reads again the articles written since, not every one of the same second)."""
    rng = random.Random(seed)
    store = open_store(str(path))
    store.save_batch([crop_article(n, rng, invented) for n in range(80)])
    stamp = "strftime('%Y-%m-%dT%H:%M:%S+00:00', :at, '+' || rowid || ' seconds')"
    with store.engine.begin() as conn:
        conn.execute(text(f"UPDATE articles SET updated_at = {stamp}"), {"at": written})
    return str(path)


@pytest.fixture
def db(tmp_path: Path, invented) -> str:
    return fill(tmp_path / "w.db", invented, 3, "2024-05-01 08:00:00")


@pytest.fixture
def asked(monkeypatch) -> list:
    """Every FTS5 look-up of the text matchers, as (key, lowest rowid asked)."""
    looked_up = []
    rowids = TextMatcher._rowids

    def counting(self, key, from_rowid=0):
        looked_up.append((key, from_rowid))
        return rowids(self, key, from_rowid)

    monkeypatch.setattr(TextMatcher, "_rowids", counting)
    return looked_up


def serve_and_warm(db: str, monkeypatch) -> Snapshot:
    """A server's first request and its background warm-up, waited for."""
    monkeypatch.setattr(live, "LARGE", 0)  # warm up however small the register
    snapshot = LiveRegister(open_store(db)).current()
    for thread in threading.enumerate():
        if thread.name == "register-warm-up":
            thread.join(timeout=60)
    return snapshot


def cold_matcher(db: str) -> TextMatcher:
    """A matcher with nothing cached, over an index built afresh."""
    store = open_store(db)
    with store.engine.connect() as conn:
        index = ColumnIndex.build(conn)
    return TextMatcher(store.engine, store.search_backend, index)


def cold_answers(db: str, queries=QUERIES) -> list:
    return answers(cold_matcher(db), queries)


def answers(matcher: TextMatcher, queries=QUERIES) -> list:
    out = []
    for q in queries:
        found = matcher.match(q)
        out.append((q, found.mask.tolist(), found.in_title.tolist()))
    return out


def frequent_keys() -> set:
    return {(c, False, column) for c in CROPS for column in (None, "title")}


def test_a_warm_up_writes_the_frequent_words_once(db, monkeypatch) -> None:
    snapshot = serve_and_warm(db, monkeypatch)
    folder = column_files.folder_of(snapshot.store) / snapshot.index.mark.name()
    kept = column_files.load_words(folder)
    assert kept is not None and kept.mark == snapshot.index.mark
    assert frequent_keys() <= set(kept.rows)  # the text and the title of each frequent word
    assert kept.packed.shape == (len(kept.rows), (snapshot.index.n_articles + 7) // 8)
    for key, row in kept.rows.items():
        assert np.array_equal(kept.packed[row], snapshot.text._packed(key))
    written = (folder / column_files.WORDS / "packed.npy").stat().st_mtime_ns
    sets = snapshot.text.warm_up(snapshot.index.n_articles)
    assert not column_files.save_words(folder.parent, snapshot.index, sets)  # kept already
    assert (folder / column_files.WORDS / "packed.npy").stat().st_mtime_ns == written


def test_a_new_process_starts_with_the_words(db, monkeypatch, asked) -> None:
    serve_and_warm(db, monkeypatch)
    expected = cold_answers(db)
    asked.clear()
    started = Snapshot(open_store(db))  # another process: the files mapped
    assert started.index.words is not None
    assert answers(started.text) == expected
    assert started.text.warm_up(started.index.n_articles)  # all held: nothing asked
    assert asked == []
    started.text.match("vanili")  # a rare word, not kept: looked up
    assert [key for key, _ in asked] == [("vanili", False, None), ("vanili", False, "title")]


def test_a_server_reads_the_files_it_maps_ahead(db, monkeypatch) -> None:
    serve_and_warm(db, monkeypatch)  # the first server writes the files and the words
    read: list[list[Path]] = []
    real = live.read_ahead

    def recording(index: ColumnIndex) -> int:
        read.append(column_files.mapped_files(index))
        return real(index)

    monkeypatch.setattr(live, "read_ahead", recording)
    started = serve_and_warm(db, monkeypatch)  # the next one maps them, words too
    folder = column_files.folder_of(started.store) / started.index.mark.name()
    assert read == [sorted([*folder.glob("*.npy"), folder / column_files.WORDS / "packed.npy"])]


@pytest.mark.parametrize("rewrite", [False, True], ids=["patched", "patched-and-written"])
def test_words_follow_a_patch_at_start(db, invented, monkeypatch, asked, rewrite) -> None:
    serve_and_warm(db, monkeypatch)
    rng = random.Random(21)
    store = open_store(db)
    store.save_batch([crop_article(n, rng, invented) for n in range(80, 95)])  # new articles
    store.save_batch([crop_article(n, rng, invented) for n in (4, 40)])  # rewritten ones
    if rewrite:  # the patch is written to new files, which keep no words yet
        monkeypatch.setattr(column_files, "REWRITE_MIN", 0)
        monkeypatch.setattr(column_files, "REWRITE_SHARE", 0.0)
    expected = cold_answers(db)
    asked.clear()
    started = Snapshot(open_store(db))
    lineage = started.index.lineage
    assert lineage is not None and started.index.words.mark == lineage.mark
    assert answers(started.text) == expected
    assert lineage.first_rowid > 1 and asked
    assert all(start == lineage.first_rowid for _, start in asked)  # the new rows only
    if rewrite:  # that process's warm-up keeps the moved sets in the new files
        started = serve_and_warm(db, monkeypatch)
        folder = column_files.folder_of(store) / started.index.mark.name()
        assert column_files.load_words(folder).mark == started.index.mark
        asked.clear()
        assert answers(Snapshot(open_store(db)).text) == expected
        assert asked == []


def test_a_start_patched_from_files_without_words_writes_both(db, invented, monkeypatch, asked):
    """Files that keep no words (their warm-up never ran) and a start that patches them: the
    warm-up writes the patched index to files of its own with its words, and the next process
    maps both instead of asking FTS5 again."""
    column_files.open_columns(open_store(db))  # files, no words
    rng = random.Random(23)
    open_store(db).save_batch([crop_article(n, rng, invented) for n in range(80, 86)])
    snapshot = serve_and_warm(db, monkeypatch)
    assert snapshot.index.lineage is not None  # patched at start
    folder = column_files.folder_of(snapshot.store) / snapshot.index.mark.name()
    assert column_files.load_words(folder).mark == snapshot.index.mark
    expected = cold_answers(db)
    asked.clear()
    started = Snapshot(open_store(db))
    assert started.index.lineage is None  # mapped as written
    assert answers(started.text) == expected and asked == []


def test_words_of_another_register_are_ignored(db, tmp_path, invented, monkeypatch, asked):
    serve_and_warm(db, monkeypatch)
    # Another register of as many articles, written at another time.
    other = fill(tmp_path / "other.db", invented, 9, "2024-06-01 08:00:00")
    index = column_files.open_columns(open_store(other))
    root = column_files.folder_of(open_store(db))
    (mine,) = [p for p in root.iterdir() if (p / column_files.WORDS).exists()]
    folder = column_files.folder_of(open_store(other)) / index.mark.name()
    assert folder.name != mine.name
    shutil.copytree(mine / column_files.WORDS, folder / column_files.WORDS)
    expected = cold_answers(other)
    asked.clear()
    started = Snapshot(open_store(other))
    assert started.index.words is not None  # mapped, but computed for another mark
    assert answers(started.text) == expected
    every_word = {w for q in QUERIES for w in q.split()}
    assert set(asked) == {((w, False, c), 0) for w in every_word for c in (None, "title")}


def settled(register: LiveRegister) -> Snapshot:
    """The register's snapshot once its background patch and warm-up are done."""
    register.current()  # a large register: the patch runs in the background
    for name in ("register-patch", "register-warm-up"):
        for thread in threading.enumerate():
            if thread.name == name:
                thread.join(timeout=60)
    return register.current()


def test_a_running_server_keeps_words_in_the_files_it_writes(db, invented, monkeypatch, asked):
    serve_and_warm(db, monkeypatch)
    monkeypatch.setattr(live, "REBUILD_GAP", 0.0)
    monkeypatch.setattr(textmatch, "CARRIED", 1)  # one recent word taken over, the rest: files
    register = LiveRegister(open_store(db))  # a server that started with the words
    first = settled(register)
    writer, rng = open_store(db), random.Random(33)
    writer.save_batch([crop_article(n, rng, invented) for n in range(80, 92)])
    monkeypatch.setattr(column_files, "REWRITE_MIN", 0)  # this patch is written to new files
    monkeypatch.setattr(column_files, "REWRITE_SHARE", 0.0)
    second = settled(register)
    assert second.carried and second.index.mark != first.index.mark
    kept = column_files.load_words(column_files.folder_of(writer) / second.index.mark.name())
    assert kept is not None and kept.mark == second.index.mark  # the moved sets, written
    cold = cold_matcher(db)
    for key, row in kept.rows.items():
        assert np.array_equal(kept.packed[row], cold._packed(key)), key
    monkeypatch.setattr(column_files, "REWRITE_MIN", 10**9)  # the next patch stays in memory
    writer.save_batch([crop_article(n, rng, invented) for n in range(92, 99)])
    expected = cold_answers(db)
    asked.clear()
    third = settled(register)
    assert third.index.lineage.mark == second.index.mark
    assert answers(third.text) == expected
    # The new rows of this patch only: the words are now moved from the files just written.
    assert len(asked) > 2 and {start for _, start in asked} == {third.index.lineage.first_rowid}
