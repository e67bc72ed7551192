"""The shipped NER models: loading, tagging tokens, and typed spans on raw text."""

from __future__ import annotations

import pytest

from kerjasama.ner.errors import ModelNotFoundError
from kerjasama.ner.tagger import load_tagger
from kerjasama.ner.tokenize import split_sentences, tokenize, words

SENTENCE = "Gubernur Jawa Barat Ridwan Kamil bertemu Duta Besar Jepang di Bandung."


def test_tokenize_keeps_offsets() -> None:
    text = "Wali Kota Surabaya, Tri Rismaharini."
    assert [text[s:e] for s, e in tokenize(text)] == [
        "Wali", "Kota", "Surabaya", ",", "Tri", "Rismaharini", ".",
    ]  # fmt: skip


def test_sentences_split_after_stop_before_capital_but_not_after_titles() -> None:
    text = "Dr. Ani tiba di Medan. Ia disambut Bupati.\nacara dimulai"
    sents = [[text[s:e] for s, e in sent] for sent in split_sentences(text, tokenize(text))]
    assert sents == [
        ["Dr", ".", "Ani", "tiba", "di", "Medan", "."],
        ["Ia", "disambut", "Bupati", "."],
        ["acara", "dimulai"],
    ]


def test_shipped_model_tags_tokens() -> None:
    tagger = load_tagger("nergrit")
    tags = tagger.tag(words(SENTENCE))
    assert len(tags) == len(words(SENTENCE))
    assert tags[3:5] == ["B-PERSON", "I-PERSON"]
    assert tagger.tag([]) == []


def test_shipped_model_finds_a_person_and_a_place() -> None:
    spans = load_tagger().spans(SENTENCE)
    found = {(SENTENCE[s:e], label) for s, e, label in spans}
    assert ("Ridwan Kamil", "PERSON") in found
    assert ("Bandung", "PLACE") in found
    assert all(label in {"PERSON", "ORG", "PLACE"} for _, _, label in spans)


def test_loader_is_cached() -> None:
    assert load_tagger("nergrit") is load_tagger("nergrit")


def test_nerp_model_lowercases_and_maps_types() -> None:
    tagger = load_tagger("nerp")
    text = "Presiden Joko Widodo meresmikan bendungan di Kabupaten Bogor."
    found = {(text[s:e].lower(), label) for s, e, label in tagger.spans(text)}
    assert ("joko widodo", "PERSON") in found


def test_unknown_model_name_is_a_clear_error() -> None:
    with pytest.raises(ModelNotFoundError, match="unknown NER model"):
        load_tagger("conll2003")
