"""Rules win over the statistical tagger; the tagger fills the gaps."""

from __future__ import annotations

from kerjasama.ner.merge import fill_gaps, merge_spans


def test_model_spans_overlapping_sure_spans_are_dropped() -> None:
    sure = [(0, 19, "GOV")]
    model = [(9, 19, "PLACE"), (20, 32, "PERSON"), (50, 57, "PLACE")]
    assert fill_gaps(sure, model) == [(20, 32, "PERSON"), (50, 57, "PLACE")]


def test_merge_keeps_sure_spans_and_orders_by_position() -> None:
    sure = [(40, 47, "GPE"), (0, 8, "PERSON")]
    model = [(2, 6, "ORG"), (20, 30, "ORG")]
    assert merge_spans(sure, model) == [(0, 8, "PERSON"), (20, 30, "ORG"), (40, 47, "GPE")]


def test_touching_spans_do_not_overlap() -> None:
    assert fill_gaps([(0, 5, "PERSON")], [(5, 9, "PLACE")]) == [(5, 9, "PLACE")]
