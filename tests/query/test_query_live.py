"""The live read model over the column index: the answers of today's bitset index, fresh at
once after another process's ingest or review, words included."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kerjasama.query import live
from kerjasama.query.facets import SHOWN_FACETS
from kerjasama.query.facts import load_facts
from kerjasama.query.index import RegisterIndex
from kerjasama.query.live import LiveRegister
from kerjasama.query.search import Filters, facet_counts, find, find_records, matching_ids
from kerjasama.record import SECTORS
from kerjasama.store import open_store
from kerjasama.store.review import confirm, cooperation_target

FILTERS = [
    Filters(),
    Filters(region="ID-KI"),
    Filters(region="kalimantan timur", instrument="mou"),
    Filters(partner="CN", cooperation_only=True),
    Filters(partner="Busan", action="sign"),
    Filters(partner_country="JP", stage="mou"),
    Filters(sector=SECTORS[0], year="2022"),
    Filters(scope="domestic", instrument="none"),
    Filters(region="nowhere"),
]


@pytest.fixture
def db(tmp_path: Path, invented) -> str:
    path = str(tmp_path / "live.db")
    rng = random.Random(12)
    open_store(path).save_batch([invented(n, rng) for n in range(90)])
    return path


def expected(store, filters: Filters) -> tuple:
    """What the bitset index answers: ids of every page, records, facet counts."""
    with store.engine.connect() as conn:
        bits = RegisterIndex(load_facts(conn))
    chosen = bits.select(filters.given(), None, filters.cooperation_only)
    ids = [bits.article(p).id for p in bits.page(chosen.articles, 0, 10_000)]
    oldest = [bits.article(p).id for p in bits.page(chosen.articles, 0, 10_000, reverse=True)]
    records = [
        (bits.article(p).id, bits.coop_at[p].index) for p in bits.page(chosen.records, 0, 10_000)
    ]
    return ids, oldest, records, bits.facet_counts(chosen.articles, SHOWN_FACETS)


def answered(snap, filters: Filters) -> tuple:
    found = find(snap, "", filters, limit=10_000)
    oldest = find(snap, "", filters, sort="oldest", limit=10_000)
    _, numbers = find_records(snap, "", filters, limit=10_000)
    records = [(aid, c.index) for aid, c in snap.record_facts(numbers)]
    ids = [snap.index.ids[p] for p in found.positions]
    assert ids == matching_ids(snap, "", filters)
    assert [f.id for f in snap.article_facts(found.positions)] == ids
    oldest_ids = [snap.index.ids[p] for p in oldest.positions]
    return ids, oldest_ids, records, facet_counts(snap, found, SHOWN_FACETS)


@pytest.mark.parametrize("filters", FILTERS)
def test_find_answers_as_the_bitset_index(db, filters) -> None:
    store = open_store(db)
    snap = LiveRegister(store).current()
    assert answered(snap, filters) == expected(store, filters)


def test_words_and_pages(db) -> None:
    store = open_store(db)
    snap = LiveRegister(store).current()
    found = find(snap, "berita 7", limit=3)  # every word: the title "Berita 7", text "nomor 7"
    assert found.total == 1 and snap.index.ids[found.positions[0]] == "a007"
    everything = find(snap, "nomor", limit=10, offset=85)
    assert everything.total == 90 and len(everything.positions) == 5
    by_relevance = find(snap, "berita", Filters(region="ID-KI"), limit=10_000)
    assert by_relevance.total == find(snap, "", Filters(region="ID-KI")).total


def test_fresh_after_another_process_ingests_and_reviews(db, invented, monkeypatch) -> None:
    monkeypatch.setattr(live, "SYNC_BUILD_SECONDS", 60.0)  # patches at once, however busy
    store = open_store(db)
    register = LiveRegister(store)
    before = register.current()
    assert find(before, "nomor").total == 90  # the word is now cached
    writer = open_store(db)  # another process, as an ingest would be
    writer.save_batch([invented(n, random.Random(n)) for n in (500, 501)])
    after = register.current()
    assert after is not before and after.carried
    assert find(after, "nomor").total == 92  # the cached word's set carried and extended
    assert answered(after, Filters(region="ID-KI")) == expected(store, Filters(region="ID-KI"))
    reviewed = next(a for a in (store.get(f"a{n:03d}") for n in range(90)) if a.cooperations)
    with writer.engine.begin() as conn:
        target = cooperation_target(reviewed.cooperations[0])
        confirm(conn, reviewed, target, "instrument", "agreement", reviewer="ana")
    reviewed_snap = register.current()
    assert reviewed_snap is not after
    assert int(reviewed_snap.index.columns.confirmed.sum()) == 1
    for filters in (Filters(instrument="agreement"), Filters(stage="agreement")):
        assert answered(reviewed_snap, filters) == expected(store, filters)
