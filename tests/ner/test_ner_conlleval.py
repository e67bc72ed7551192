"""Entity-level scoring with conlleval rules on small hand-made examples."""

from __future__ import annotations

import pytest

from kerjasama.ner.conlleval import chunks, evaluate


def test_chunks_follow_conlleval_rules() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-ORG"]
    assert chunks(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 7, "ORG")]


def test_type_change_inside_chunk_starts_a_new_chunk() -> None:
    assert chunks(["B-PER", "I-LOC"]) == [(0, 1, "PER"), (1, 2, "LOC")]


def test_chunk_at_sentence_end_is_closed() -> None:
    assert chunks(["O", "B-ORG", "I-ORG"]) == [(1, 3, "ORG")]


def test_known_precision_recall_f1() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O", "B-LOC"]]
    # 4 gold chunks; guesses: PER right, LOC right, ORG too long (wrong), LOC typed PER (wrong)
    pred = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "B-PER"]]
    result = evaluate(gold, pred)
    assert (result.overall.correct, result.overall.guessed, result.overall.gold) == (2, 4, 4)
    assert result.overall.precision == pytest.approx(50.0)
    assert result.overall.recall == pytest.approx(50.0)
    assert result.overall.f1 == pytest.approx(50.0)
    assert result.per_type["LOC"].precision == pytest.approx(100.0)
    assert result.per_type["LOC"].recall == pytest.approx(50.0)
    assert result.per_type["LOC"].f1 == pytest.approx(200 / 3)
    assert result.per_type["PER"].precision == pytest.approx(50.0)
    assert result.per_type["ORG"].f1 == 0.0
    assert result.accuracy == pytest.approx(100 * 5 / 7)


def test_unequal_lengths_are_rejected() -> None:
    with pytest.raises(ValueError, match="lengths differ"):
        evaluate([["O", "O"]], [["O"]])


def test_report_lists_every_type() -> None:
    text = evaluate([["B-PER", "B-LOC"]], [["B-PER", "O"]]).report("demo")
    assert "FB1:  66.67" in text
    assert "PER:" in text and "LOC:" in text
