"""Train the CRF models (one per corpus) and the shared lexicon from the shared corpora.

`train_all` is what `kerjasama ner train` runs: it builds the word-cluster lexicon from the
unlabelled news plus the training text, then fits one CRFsuite model per corpus with the
hyper-parameters chosen on the validation splits (see `benchmarks/ner.md`).
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pycrfsuite

from kerjasama.ner.clusters import ClusterConfig, Lexicon, build_lexicon, save_lexicon
from kerjasama.ner.corpus import CORPORA, Sentence, iter_news_sentences, load_split
from kerjasama.ner.features import FeatureExtractor
from kerjasama.ner.gazetteer import Gazetteer

LEXICON_FILE = "lexicon.txt.gz"
META_FILE = "ner_models.json"
Log = Callable[[str], None]


@dataclass
class CrfParams:
    """L-BFGS settings for one CRF model."""

    c1: float = 0.05
    c2: float = 0.05
    max_iterations: int = 200
    min_freq: int = 1


#: Settings chosen on the validation splits (benchmarks/ner.md); `train_all` uses these.
DEFAULT_PARAMS: dict[str, CrfParams] = {
    "nergrit": CrfParams(),
    "nerp": CrfParams(),
}


@dataclass
class TrainReport:
    """What a training run produced, written next to the models as JSON."""

    models: dict[str, dict[str, object]] = field(default_factory=dict)
    lexicon_words: int = 0
    lexicon_seconds: float = 0.0


def model_path(models_dir: Path, corpus: str) -> Path:
    """Return the path of a corpus model, e.g. `models/nergrit.crfsuite`."""
    return models_dir / f"{corpus}.crfsuite"


def fit_crf(
    sentences: Sequence[Sentence],
    extractor: FeatureExtractor,
    out: Path,
    params: CrfParams,
    gazetteers: Sequence[Sequence[Gazetteer]] | None = None,
) -> int:
    """Fit one CRF on tagged sentences, save it to `out`; return the number of sentences.

    `gazetteers`, when given, holds per sentence the lists to match instead of the
    extractor's own (used for jack-knifed training-entity lists).
    """
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    count = 0
    for i, sent in enumerate(sentences):
        if sent.tags is None:
            continue
        gaz = gazetteers[i] if gazetteers is not None else None
        trainer.append(extractor.sentence(sent.tokens, gaz), sent.tags)
        count += 1
    trainer.set_params(
        {
            "c1": params.c1,
            "c2": params.c2,
            "max_iterations": params.max_iterations,
            "feature.minfreq": params.min_freq,
            "feature.possible_transitions": True,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return count


def lexicon_sentences(data: Path | str | None, corpora: Iterable[str]) -> Iterable[list[str]]:
    """Unlabelled text for the lexicon: the news plus the training splits' tokens."""
    yield from iter_news_sentences(data)
    for corpus in corpora:
        for sent in load_split(corpus, "train", data):
            yield sent.tokens


def train_lexicon(
    data: Path | str | None, cfg: ClusterConfig | None = None, corpora: Iterable[str] = CORPORA
) -> Lexicon:
    """Build the cluster / capitalisation lexicon from the shared data."""
    return build_lexicon(lexicon_sentences(data, corpora), cfg)


def train_all(
    out_dir: Path,
    data: Path | str | None = None,
    corpora: Iterable[str] = CORPORA,
    params: dict[str, CrfParams] | None = None,
    limit: int | None = None,
    log: Log = print,
) -> TrainReport:
    """Build the lexicon and one CRF per corpus into `out_dir`; `limit` caps sentences."""
    corpora = list(corpora)
    params = params or DEFAULT_PARAMS
    report = TrainReport()
    start = time.perf_counter()
    log("building word clusters from the unlabelled news and training text ...")
    lexicon = train_lexicon(data, corpora=corpora)
    save_lexicon(lexicon, out_dir / LEXICON_FILE)
    report.lexicon_words = len(lexicon)
    report.lexicon_seconds = round(time.perf_counter() - start, 1)
    log(f"lexicon: {len(lexicon)} words in {report.lexicon_seconds} s")
    extractor = FeatureExtractor(lexicon)
    for corpus in corpora:
        t0 = time.perf_counter()
        train = load_split(corpus, "train", data)
        if limit is not None:
            train = train[:limit]
        p = params.get(corpus, CrfParams())
        n = fit_crf(train, extractor, model_path(out_dir, corpus), p)
        seconds = round(time.perf_counter() - t0, 1)
        report.models[corpus] = {"sentences": n, "seconds": seconds, "params": asdict(p)}
        log(f"{corpus}: trained on {n} sentences in {seconds} s")
    (out_dir / META_FILE).write_text(json.dumps(asdict(report), indent=2) + "\n", "utf-8")
    return report


def grid(**axes: Iterable[float]) -> list[dict[str, float]]:
    """Expand a small hyper-parameter grid, e.g. `grid(c1=[0, .1], c2=[.01, .1])`."""
    keys = list(axes)
    return [dict(zip(keys, combo, strict=True)) for combo in itertools.product(*axes.values())]
