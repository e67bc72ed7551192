"""Reading and writing CoNLL-style files and locating the shared data directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from kerjasama.ner.corpus import Sentence, format_conll, parse_conll, read_conll, shared_root
from kerjasama.ner.errors import CorpusFormatError, DataNotFoundError

SAMPLE = "Ridwan\tB-PERSON\nKamil\tI-PERSON\nke\tO\nBandung\tB-PLACE\n\n\nIa\tO\npulang\tO\n"


def test_reader_splits_sentences_on_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    sentences = read_conll(path)
    assert [s.tokens for s in sentences] == [["Ridwan", "Kamil", "ke", "Bandung"], ["Ia", "pulang"]]
    assert sentences[0].tags == ["B-PERSON", "I-PERSON", "O", "B-PLACE"]


def test_reader_accepts_token_only_lines() -> None:
    sentences = list(parse_conll(["Halo\n", "dunia\n", "\n"]))
    assert sentences == [Sentence(["Halo", "dunia"], None)]


def test_reader_rejects_mixed_columns() -> None:
    with pytest.raises(CorpusFormatError, match="tag column"):
        list(parse_conll(["Halo\tO\n", "dunia\n"]))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataNotFoundError, match="not found"):
        read_conll(tmp_path / "absent.txt")


def test_format_appends_the_prediction() -> None:
    sents = [Sentence(["Ke", "Bali"], ["O", "B-PLACE"])]
    lines = list(format_conll(sents, [["O", "B-PERSON"]]))
    assert lines == ["Ke\tO\tO\n", "Bali\tB-PLACE\tB-PERSON\n", "\n"]


def test_shared_root_accepts_root_or_ner_dir(tmp_path: Path) -> None:
    (tmp_path / "data" / "ner" / "nergrit").mkdir(parents=True)
    assert shared_root(tmp_path) == tmp_path
    assert shared_root(tmp_path / "data" / "ner") == tmp_path
    with pytest.raises(DataNotFoundError, match="KERJASAMA_SHARED"):
        shared_root(tmp_path / "nowhere")
