"""A facet counter gives the plain pass's counts on every path: few articles, packed bits, rows."""

from __future__ import annotations

import numpy as np
import pytest

from kerjasama.query import facet_counting
from kerjasama.query.facet_counting import FacetCounter


def facet_rows(rng: np.random.Generator, n_articles: int, n_values: int):
    """(article, value) rows, each pair once, values skewed (a few held by many articles)."""
    rows = rng.integers(0, n_articles, size=3 * n_articles)
    values = np.minimum(rng.zipf(1.3, size=len(rows)), n_values - 1).astype(np.int32)
    pairs = np.unique(rows.astype(np.int64) * n_values + values)
    rng.shuffle(pairs)  # the counter must not rely on the rows' order
    return (pairs // n_values).astype(np.int32), (pairs % n_values).astype(np.int32)


def plain(articles, values, selected, n_values) -> np.ndarray:
    out = np.bincount(values[selected[articles]], minlength=n_values)
    out[0] = 0
    return out


@pytest.mark.parametrize("n_articles", [100, 5_003, 70_001])
@pytest.mark.parametrize("share", [0.0, 0.002, 0.01, 0.3, 1.0])
def test_counts_equal_the_plain_pass(n_articles: int, share: float) -> None:
    rng = np.random.default_rng(n_articles)
    n_values = 400
    articles, values = facet_rows(rng, n_articles, n_values)
    counter = FacetCounter(articles, values, n_articles, n_values)
    if n_articles >= facet_counting.MIN_DENSE_ARTICLES:
        assert len(counter.dense) > 0 and len(counter.sparse_values) > 0  # both passes run
    selected = rng.random(n_articles) < share
    expected = plain(articles, values, selected, n_values)
    assert counter.counts(selected).tolist() == expected.tolist()
    assert counter.counts(selected, int(selected.sum())).tolist() == expected.tolist()


def test_the_last_article_and_a_small_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Packed rows built a few at a time still hold the last article of a partial word."""
    monkeypatch.setattr(facet_counting, "BUFFER_BYTES", 1)
    n = 4_097  # one bit into the 65th word
    articles = np.array([n - 1, 0, n - 1, 64, 5], dtype=np.int32)
    values = np.array([1, 1, 2, 3, 2], dtype=np.int32)
    monkeypatch.setattr(facet_counting, "DENSE", n)  # a value held once is dense
    counter = FacetCounter(articles, values, n, 4)
    assert counter.dense.tolist() == [1, 2, 3]
    selected = np.zeros(n, dtype=bool)
    selected[[n - 1, 64]] = True
    selected[100:300] = True  # large enough for the packed pass
    assert counter.counts(selected).tolist() == [0, 1, 1, 1]
    assert counter.counts(np.zeros(n, dtype=bool)).tolist() == [0, 0, 0, 0]


def test_an_empty_facet() -> None:
    none = np.zeros(0, dtype=np.int32)
    counter = FacetCounter(none, none, 10_000, 3)
    assert counter.counts(np.ones(10_000, dtype=bool)).tolist() == [0, 0, 0]


@pytest.mark.parametrize("share", [0.05, 0.2, 0.6])
def test_a_facet_with_no_dense_value_counts_alike_on_either_pass(share: float) -> None:
    """Many values, none held by many articles (the regions): a selection of up to a quarter
    of the articles is counted through its rows, a larger one by the plain pass."""
    rng = np.random.default_rng(7)
    n_articles, n_values = 20_000, 3_000
    articles = rng.integers(0, n_articles, size=2 * n_articles).astype(np.int32)
    values = rng.integers(1, n_values, size=len(articles)).astype(np.int32)
    pairs = np.unique(articles.astype(np.int64) * n_values + values)
    articles, values = (pairs // n_values).astype(np.int32), (pairs % n_values).astype(np.int32)
    counter = FacetCounter(articles, values, n_articles, n_values)
    assert len(counter.dense) == 0
    selected = rng.random(n_articles) < share
    expected = plain(articles, values, selected, n_values)
    assert counter.counts(selected).tolist() == expected.tolist()
