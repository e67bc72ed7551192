"""Train the CRF models (one per corpus), the shared lexicon and the gazetteers they use.

`train_all` is what `kerjasama ner train` runs: it builds the word-cluster lexicon from the
unlabelled news plus the training text (or reuses a given one), writes the place list and,
per corpus, the list of training entities, then fits one CRFsuite model per corpus with the
hyper-parameters chosen on the validation splits (see `benchmarks/ner.md`).
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pycrfsuite

from kerjasama.ner.augment import recased_nerp
from kerjasama.ner.clusters import ClusterConfig, Lexicon, build_lexicon, load_lexicon, save_lexicon
from kerjasama.ner.corpus import CORPORA, Sentence, iter_news_sentences, load_split
from kerjasama.ner.features import FeatureExtractor, cue_words, person_cues
from kerjasama.ner.gazetteer import (
    Gazetteer,
    entity_gazetteer,
    kfold_gazetteers,
    name_gazetteer,
    place_gazetteer,
)

LEXICON_FILE = "lexicon.txt.gz"
PLACES_FILE = "places.txt.gz"
NAMES_FILE = "names.txt.gz"
META_FILE = "ner_models.json"
GAZETTEER_FOLDS = 5
#: Splits the shipped models learn from: hyper-parameters were chosen on `valid` with models
#: trained on `train` alone, then the final models are refitted on both (benchmarks/ner.md).
TRAIN_SPLITS: tuple[str, ...] = ("train", "valid")
#: Extra training data per model: the cased NERGrit model also learns from re-cased NERP
#: PERSON / PLACE sentences (news patterns like "Gubernur Jawa Barat Ridwan Kamil").
AUGMENT_WITH_RECASED_NERP: frozenset[str] = frozenset({"nergrit"})
Log = Callable[[str], None]
#: The person model: PERSON spans only, learnt from the annotated real pages plus NERGrit and
#: the re-cased NERP (their other entity types read as O); see `train_people`.
PEOPLE_MODEL = "people"
PERSON_LABEL = "PERSON"


@dataclass
class CrfParams:
    """L-BFGS settings for one CRF model."""

    c1: float = 0.05
    c2: float = 0.1
    max_iterations: int = 300
    min_freq: int = 1


#: Settings chosen on the validation splits (benchmarks/ner.md); `train_all` uses these.
DEFAULT_PARAMS: dict[str, CrfParams] = {
    "nergrit": CrfParams(c1=0.05, c2=0.1, max_iterations=300),
    "nerp": CrfParams(c1=0.05, c2=0.1, max_iterations=300),
    PEOPLE_MODEL: CrfParams(c1=0.1, c2=0.05, max_iterations=200, min_freq=2),
}


@dataclass
class TrainReport:
    """What a training run produced, written next to the models as JSON."""

    models: dict[str, dict[str, object]] = field(default_factory=dict)
    lexicon_words: int = 0
    lexicon_seconds: float = 0.0
    total_seconds: float = 0.0


def model_path(models_dir: Path, corpus: str) -> Path:
    """Return the path of a corpus model, e.g. `models/nergrit.crfsuite`."""
    return models_dir / f"{corpus}.crfsuite"


def entities_path(models_dir: Path, corpus: str) -> Path:
    """Return the path of a corpus' training-entity list, e.g. `models/nergrit_entities.txt.gz`."""
    return models_dir / f"{corpus}_entities.txt.gz"


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


def load_training(
    corpus: str, data: Path | str | None, splits: Sequence[str] = TRAIN_SPLITS
) -> list[Sentence]:
    """Concatenate the given splits of one corpus."""
    return [sent for split in splits for sent in load_split(corpus, split, data)]


def lexicon_sentences(
    data: Path | str | None, corpora: Iterable[str], splits: Sequence[str] = TRAIN_SPLITS
) -> Iterable[list[str]]:
    """Unlabelled text for the lexicon: the news plus the training splits' tokens."""
    yield from iter_news_sentences(data)
    for corpus in corpora:
        for sent in load_training(corpus, data, splits):
            yield sent.tokens


def train_lexicon(
    data: Path | str | None,
    cfg: ClusterConfig | None = None,
    corpora: Iterable[str] = CORPORA,
    splits: Sequence[str] = TRAIN_SPLITS,
) -> Lexicon:
    """Build the cluster / capitalisation lexicon from the shared data."""
    return build_lexicon(lexicon_sentences(data, corpora, splits), cfg)


def train_corpus(
    corpus: str,
    out_dir: Path,
    lexicon: Lexicon,
    lists: Sequence[Gazetteer],
    data: Path | str | None = None,
    params: CrfParams | None = None,
    limit: int | None = None,
    splits: Sequence[str] = TRAIN_SPLITS,
) -> dict[str, object]:
    """Write one corpus' entity list and CRF model into `out_dir`; return a summary.

    `lists` are the fixed name lists (places, regions and known names) every sentence sees.
    """
    t0 = time.perf_counter()
    params = params or DEFAULT_PARAMS.get(corpus, CrfParams())
    train = load_training(corpus, data, splits)
    if limit is not None:
        train = train[:limit]
    augmented = 0
    if corpus in AUGMENT_WITH_RECASED_NERP and limit is None:
        extra = recased_nerp(load_training("nerp", data, splits), lexicon, cue_words())
        train, augmented = train + extra, len(extra)
    entities = entity_gazetteer(train)
    entities.save(entities_path(out_dir, corpus))
    extractor = FeatureExtractor(lexicon, [*lists, entities])
    per_sentence = [[*lists, g] for g in kfold_gazetteers(train, GAZETTEER_FOLDS)]
    n = fit_crf(train, extractor, model_path(out_dir, corpus), params, per_sentence)
    return {
        "sentences": n,
        "recased_nerp_sentences": augmented,
        "splits": list(splits),
        "entities": len(entities),
        "seconds": round(time.perf_counter() - t0, 1),
        "params": asdict(params),
        "bytes": model_path(out_dir, corpus).stat().st_size,
    }


def train_all(
    out_dir: Path,
    data: Path | str | None = None,
    corpora: Iterable[str] = CORPORA,
    lexicon_file: Path | None = None,
    limit: int | None = None,
    splits: Sequence[str] = TRAIN_SPLITS,
    log: Log = print,
) -> TrainReport:
    """Build lexicon, place list and one CRF per corpus into `out_dir`.

    `lexicon_file` reuses an existing lexicon instead of building one (no numpy needed);
    `limit` caps the training sentences per corpus (for quick checks); `splits` are the
    corpus splits learnt from.
    """
    corpora = list(corpora)
    out_dir.mkdir(parents=True, exist_ok=True)
    report = TrainReport()
    start = time.perf_counter()
    target = out_dir / LEXICON_FILE
    if lexicon_file is not None:
        log(f"reusing the lexicon {lexicon_file}")
        lexicon = load_lexicon(lexicon_file)
        if lexicon_file.resolve() != target.resolve():
            shutil.copyfile(lexicon_file, target)
    else:
        log("building word clusters from the unlabelled news and the training text ...")
        lexicon = train_lexicon(data, corpora=CORPORA, splits=splits)
        save_lexicon(lexicon, target)
    report.lexicon_words = len(lexicon)
    report.lexicon_seconds = round(time.perf_counter() - start, 1)
    log(f"lexicon: {len(lexicon)} words in {report.lexicon_seconds} s")
    places = place_gazetteer()
    places.save(out_dir / PLACES_FILE)
    names = name_gazetteer(data)
    names.save(out_dir / NAMES_FILE)
    log(f"name lists: {len(places)} places, {len(names)} region and known names")
    for corpus in corpora:
        summary = train_corpus(
            corpus, out_dir, lexicon, [places, names], data, limit=limit, splits=splits
        )
        report.models[corpus] = summary
        log(f"{corpus}: {summary['sentences']} sentences, {summary['seconds']} s")
    report.total_seconds = round(time.perf_counter() - start, 1)
    (out_dir / META_FILE).write_text(json.dumps(asdict(report), indent=2) + "\n", "utf-8")
    return report


def person_only(sentences: Iterable[Sentence]) -> list[Sentence]:
    """The sentences with every entity but persons read as O (NERP's PPL is a person)."""
    out = []
    for sent in sentences:
        if sent.tags is None:
            continue
        tags = [t if t[2:] in (PERSON_LABEL, "PPL") else "O" for t in sent.tags]
        out.append(Sentence(sent.tokens, [t[:2] + PERSON_LABEL if t != "O" else t for t in tags]))
    return out


def corpus_people(data: Path | str | None, lexicon: Lexicon) -> list[Sentence]:
    """NERGrit's training splits and the re-cased NERP sentences, persons only."""
    nergrit = load_training("nergrit", data)
    recased = recased_nerp(load_training("nerp", data), lexicon, cue_words())
    return person_only([*nergrit, *recased])


def shipped_resources(folder: Path) -> tuple[Lexicon, list[Gazetteer]]:
    """The lexicon, place list and region / known-name list that `ner train` wrote."""
    return (
        load_lexicon(folder / LEXICON_FILE),
        [Gazetteer.load(folder / PLACES_FILE), Gazetteer.load(folder / NAMES_FILE)],
    )


def train_people(
    out_dir: Path,
    pages: Sequence[Sentence],
    corpus: Sequence[Sentence],
    resources_dir: Path,
    params: CrfParams | None = None,
) -> dict[str, object]:
    """Fit the person model on labelled page sentences plus corpus sentences into `out_dir`
    (`people.crfsuite` and its jack-knifed list of training names); return a summary.

    `resources_dir` holds the lexicon and name lists the features use (the shipped models).
    """
    t0 = time.perf_counter()
    params = params or DEFAULT_PARAMS[PEOPLE_MODEL]
    lexicon, lists = shipped_resources(resources_dir)
    train = [*pages, *corpus]
    entities = entity_gazetteer(train)
    entities.save(entities_path(out_dir, PEOPLE_MODEL))
    extractor = FeatureExtractor(lexicon, [*lists, entities], person_cues())
    per_sentence = [[*lists, g] for g in kfold_gazetteers(train, GAZETTEER_FOLDS)]
    out = model_path(out_dir, PEOPLE_MODEL)
    n = fit_crf(train, extractor, out, params, per_sentence)
    return {
        "sentences": n,
        "page_sentences": len(pages),
        "corpus_sentences": len(corpus),
        "entities": len(entities),
        "seconds": round(time.perf_counter() - t0, 1),
        "params": asdict(params),
        "bytes": out.stat().st_size,
    }
