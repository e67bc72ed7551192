"""The columnar index answers every query as the bitset index does, confirmed values included."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from kerjasama.query.columns import ColumnIndex
from kerjasama.query.facets import SHOWN_FACETS
from kerjasama.query.facts import load_facts
from kerjasama.query.index import RegisterIndex
from kerjasama.record import SECTORS
from kerjasama.store import open_store
from kerjasama.store.review import confirm


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory, invented):
    store = open_store(str(Path(tmp_path_factory.mktemp("columns")) / "c.db"))
    rng = random.Random(3)
    store.save_batch([invented(n, rng) for n in range(120)])
    reviewed = next(a for a in (store.get(f"a{n:03d}") for n in range(120)) if a.cooperations)
    with store.engine.begin() as conn:
        target = "cooperation:" + "|".join(
            (p.code or p.name).casefold() for p in reviewed.cooperations[0].parties
        )
        confirm(conn, reviewed, target, "instrument", "agreement", reviewer="ana")
    with store.engine.connect() as conn:
        return RegisterIndex(load_facts(conn)), ColumnIndex.build(conn)


QUERIES = [
    {},
    {"region": "ID-KI"},
    {"region": "kalimantan timur", "instrument": "mou"},
    {"partner": "CN"},
    {"partner": "Busan", "action": "sign"},
    {"partner_country": "JP", "stage": "mou"},
    {"sector": SECTORS[0], "year": "2022"},
    {"scope": "domestic", "instrument": "none"},
    {"region": "nowhere"},
]


@pytest.mark.parametrize("filters", QUERIES)
@pytest.mark.parametrize("cooperation_only", [False, True])
def test_columns_answer_as_the_bitsets(indexes, filters, cooperation_only) -> None:
    bits, columns = indexes
    chosen = bits.select(filters, None, cooperation_only)
    mask = columns.select(filters, None, cooperation_only)
    assert columns.ids == [a.id for a in bits.articles]
    expected = [bits.article(p).id for p in bits.page(chosen.articles, 0, 1000)]
    assert [columns.ids[n] for n in columns.page(mask, 0, 1000)] == expected
    assert columns.facet_counts(mask, SHOWN_FACETS) == bits.facet_counts(
        chosen.articles, SHOWN_FACETS, small=0
    )
    assert columns.facet_counts(mask, SHOWN_FACETS) == bits.facet_counts(
        chosen.articles, SHOWN_FACETS
    )


def test_columns_page_both_ways(indexes) -> None:
    _, columns = indexes
    everything = np.ones(columns.n_articles, dtype=bool)
    assert columns.page(everything, 0, 3, reverse=True) == [
        columns.n_articles - 1,
        columns.n_articles - 2,
        columns.n_articles - 3,
    ]


def test_columns_find_positions_by_id(indexes) -> None:
    _, columns = indexes
    wanted = [columns.ids[5], "nope", columns.ids[0]]
    assert columns.positions_of(wanted).tolist() == [5, -1, 0]
