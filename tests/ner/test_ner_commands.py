"""The `kerjasama ner` commands: tag output format, scores on the test splits, tiny training."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kerjasama.ner.commands import app
from kerjasama.ner.conlleval import evaluate
from kerjasama.ner.corpus import load_split
from kerjasama.ner.tagger import default_models_dir, load_tagger
from kerjasama.ner.train import LEXICON_FILE

runner = CliRunner()


CONLL = (
    "Gubernur\tO\nJawa\tB-PLACE\nBarat\tI-PLACE\nRidwan\tB-PERSON\nKamil\tI-PERSON\n"
    "tiba\tO\ndi\tO\nBandung\tB-PLACE\n.\tO\n\nIa\tO\ntersenyum\tO\n.\tO\n"
)
#: Floors a little below the shipped models' test F1 (see benchmarks/ner.md).
F1_FLOOR = {"nergrit": 73.0, "nerp": 76.5}


def test_tag_writes_token_gold_and_prediction(tmp_path: Path) -> None:
    path = tmp_path / "in.txt"
    path.write_text(CONLL, encoding="utf-8")
    result = runner.invoke(app, ["tag", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("\n")
    in_lines = CONLL.split("\n")
    assert len(lines) == len(in_lines) + 1  # one extra blank line closes the last sentence
    for src, out in zip(in_lines, lines, strict=False):
        if not src:
            assert out == ""
            continue
        token, gold, pred = out.split("\t")
        assert f"{token}\t{gold}" == src
        assert pred == "O" or pred[:2] in ("B-", "I-")


def test_tag_reports_a_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["tag", str(tmp_path / "absent.txt")])
    assert result.exit_code == 2
    assert "not found" in result.output


@pytest.mark.parametrize("corpus", ["nergrit", "nerp"])
def test_test_split_f1_above_floor(shared_data: Path, corpus: str) -> None:
    sentences = load_split(corpus, "test", shared_data)
    tagger = load_tagger(corpus)
    result = evaluate([s.tags or [] for s in sentences], [tagger.tag(s.tokens) for s in sentences])
    assert result.overall.f1 >= F1_FLOOR[corpus]


def test_eval_command_prints_scores(shared_data: Path) -> None:
    result = runner.invoke(app, ["eval", "--data", str(shared_data), "--corpus", "nergrit"])
    assert result.exit_code == 0, result.output
    assert "FB1" in result.stdout and "PERSON:" in result.stdout


def test_train_command_end_to_end_on_50_sentences(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "models"
    lexicon = default_models_dir() / LEXICON_FILE
    args = ["train", "--data", str(shared_data), "--out", str(out), "--corpus", "nergrit"]
    result = runner.invoke(app, [*args, "--lexicon", str(lexicon), "--limit", "50"])
    assert result.exit_code == 0, result.output
    assert (out / "nergrit.crfsuite").is_file()
    tagger = load_tagger("nergrit", out)
    assert len(tagger.tag(["Ridwan", "Kamil", "di", "Bandung"])) == 4
