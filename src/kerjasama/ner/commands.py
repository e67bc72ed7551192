"""The `kerjasama ner` commands: `train` the models, `tag` a CoNLL file, `eval` on test splits."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from kerjasama.ner.conlleval import evaluate
from kerjasama.ner.corpus import CORPORA, SPLITS, format_conll, load_split, read_conll
from kerjasama.ner.errors import NerError
from kerjasama.ner.tagger import default_models_dir, load_tagger
from kerjasama.ner.train import LEXICON_FILE, TRAIN_SPLITS, train_all

app = typer.Typer(help="Statistical NER (CRF) trained on NERGrit and NERP.", no_args_is_help=True)

DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data",
        help="Shared data directory (holds data/ner and data/news). "
        "Default: $KERJASAMA_SHARED, else ../shared.",
    ),
]
ModelsOpt = Annotated[
    Path | None, typer.Option("--models", help="Models directory. Default: the shipped models.")
]


def _fail(exc: Exception) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(code=2)


@app.command()
def train(
    data: DataOpt = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Output directory. Default: the package models/.")
    ] = None,
    corpus: Annotated[
        list[str] | None, typer.Option("--corpus", help="Corpus to train (repeatable).")
    ] = None,
    lexicon: Annotated[
        Path | None,
        typer.Option("--lexicon", help="Reuse this lexicon file instead of building one."),
    ] = None,
    reuse_lexicon: Annotated[
        bool, typer.Option("--reuse-lexicon", help="Reuse the shipped lexicon (needs no numpy).")
    ] = False,
    limit: Annotated[
        int | None, typer.Option("--limit", help="Use only the first N training sentences.")
    ] = None,
    split: Annotated[
        list[str] | None,
        typer.Option(
            "--split", help="Corpus split to learn from (repeatable). Default: train, valid."
        ),
    ] = None,
) -> None:
    """Build the lexicon and one CRF model per corpus from the shared corpora."""
    out_dir = out or default_models_dir()
    if reuse_lexicon and lexicon is None:
        lexicon = default_models_dir() / LEXICON_FILE
    splits = split or list(TRAIN_SPLITS)
    unknown = [s for s in splits if s not in SPLITS]
    if unknown:
        raise _fail(ValueError(f"unknown split(s) {unknown}; choose from {', '.join(SPLITS)}"))
    try:
        report = train_all(
            out_dir, data, corpus or list(CORPORA), lexicon, limit, splits, log=typer.echo
        )
    except NerError as exc:
        raise _fail(exc) from exc
    typer.echo(f"models written to {out_dir} in {report.total_seconds} s")


@app.command()
def tag(
    file: Annotated[Path, typer.Argument(help="CoNLL file: token<TAB>gold per line.")],
    model: Annotated[str, typer.Option("--model", help="nergrit or nerp.")] = "nergrit",
    models: ModelsOpt = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Append the predicted tag as a last column to each token line of FILE."""
    try:
        sentences = read_conll(file)
        tagger = load_tagger(model, models)
    except NerError as exc:
        raise _fail(exc) from exc
    predictions = (tagger.tag(s.tokens) for s in sentences)
    lines = format_conll(sentences, predictions)
    if output is None:
        sys.stdout.writelines(lines)
    else:
        with output.open("w", encoding="utf-8") as fh:
            fh.writelines(lines)


@app.command(name="eval")
def eval_(
    data: DataOpt = None,
    models: ModelsOpt = None,
    corpus: Annotated[
        list[str] | None, typer.Option("--corpus", help="Corpus to score (repeatable).")
    ] = None,
    split: Annotated[str, typer.Option("--split", help="train, valid or test.")] = "test",
) -> None:
    """Print entity-level precision, recall and F1 (conlleval rules) per type and overall."""
    if split not in SPLITS:
        raise _fail(ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}"))
    for name in corpus or list(CORPORA):
        try:
            sentences = load_split(name, split, data)
            tagger = load_tagger(name, models)
        except NerError as exc:
            raise _fail(exc) from exc
        start = time.perf_counter()
        predicted = [tagger.tag(s.tokens) for s in sentences]
        seconds = time.perf_counter() - start
        result = evaluate([s.tags or [] for s in sentences], predicted)
        typer.echo(result.report(f"== {name} {split} ({len(sentences)} sentences) =="))
        typer.echo(f"tagging: {result.tokens / max(seconds, 1e-9):,.0f} tokens/s\n")


if __name__ == "__main__":
    app()
