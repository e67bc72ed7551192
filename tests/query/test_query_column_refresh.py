"""A column index brought up to date by a patch answers as one built afresh (and as the bitsets):
after an ingest of new articles, a re-extraction, a review, and an article that gives way."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kerjasama.query.columns import ColumnIndex
from kerjasama.query.facets import FACETS, SHOWN_FACETS
from kerjasama.query.facts import load_facts
from kerjasama.query.index import RegisterIndex
from kerjasama.record import SECTORS
from kerjasama.store import open_store
from kerjasama.store.review import confirm, cooperation_target, reject

QUERIES = [
    {},
    {"region": "ID-KI"},
    {"region": "jawa", "instrument": "mou"},
    {"partner": "CN"},
    {"partner": "Busan", "action": "sign"},
    {"partner_country": "JP"},
    {"sector": SECTORS[0]},
    {"year": "2023", "scope": "foreign"},
]


def target_of(article) -> str:
    return cooperation_target(article.cooperations[0])


def answers(index: ColumnIndex) -> list:
    out = [(index.ids, index.columns.cooperation.tolist())]
    for filters in QUERIES:
        for flag in (False, True):
            mask = index.select(filters, None, flag)
            out.append((index.page(mask, 0, 10_000), index.facet_counts(mask, SHOWN_FACETS)))
    out.append({f.name: index.record_counts(f.name) for f in FACETS})
    out.append(index.columns.confirmed.tolist())
    return out


def bitset_answers(bits: RegisterIndex) -> list:
    out = [([a.id for a in bits.articles], [a.is_cooperation for a in bits.articles])]
    for filters in QUERIES:
        for flag in (False, True):
            chosen = bits.select(filters, None, flag)
            positions = bits.page(chosen.articles, 0, 10_000)
            article_at = [bits.article_at[p] for p in positions]
            out.append((article_at, bits.facet_counts(chosen.articles, SHOWN_FACETS)))
    out.append({f.name: bits.record_counts(f.name) for f in FACETS})
    out.append([c.confirmed for c in bits.coop_at if c is not None])
    return out


def same_as_fresh(store, index: ColumnIndex) -> None:
    with store.engine.connect() as conn:
        fresh = ColumnIndex.build(conn)
        bits = RegisterIndex(load_facts(conn))
    assert index.mark == fresh.mark
    assert answers(index) == answers(fresh) == bitset_answers(bits)


@pytest.fixture
def store(tmp_path: Path, invented):
    store = open_store(str(tmp_path / "r.db"))
    rng = random.Random(5)
    store.save_batch([invented(n, rng) for n in range(80)])
    return store


def test_a_patch_after_an_ingest_answers_as_a_fresh_build(store, invented) -> None:
    with store.engine.connect() as conn:
        before = ColumnIndex.build(conn)
    rng = random.Random(9)
    store.save_batch([invented(n, rng) for n in range(80, 130)])  # new articles
    changed = invented(3, random.Random(99))  # the same article, extracted otherwise
    store.save_batch([changed.model_copy(update={"title": "Judul baru"})])
    with store.engine.connect() as conn:
        after = before.refreshed(conn)
    assert after.n_articles == 130
    same_as_fresh(store, after)


def test_a_patch_after_a_review_shows_the_confirmed_values(store) -> None:
    with store.engine.connect() as conn:
        before = ColumnIndex.build(conn)
    reviewed = [a for a in (store.get(f"a{n:03d}") for n in range(80)) if a.cooperations]
    first, second = reviewed[0], reviewed[1]
    with store.engine.begin() as conn:
        confirm(conn, first, target_of(first), "instrument", "agreement", reviewer="ana")
        reject(conn, second, target_of(second), reviewer="ana")
    with store.engine.connect() as conn:
        after = before.refreshed(conn)
    assert after is not before
    assert after.columns.confirmed.sum() == 1
    same_as_fresh(store, after)


def test_a_patch_drops_an_article_that_gave_way(store, invented) -> None:
    with store.engine.connect() as conn:
        before = ColumnIndex.build(conn)
    newer = invented(500, random.Random(1))
    store.save_batch([newer], replaces={newer.id: "a010"})  # the watcher: a changed page
    with store.engine.connect() as conn:
        after = before.refreshed(conn)
    assert "a010" not in after.ids and newer.id in after.ids
    same_as_fresh(store, after)


def test_no_change_keeps_the_index(store) -> None:
    with store.engine.connect() as conn:
        before = ColumnIndex.build(conn)
        assert before.refreshed(conn) is before
