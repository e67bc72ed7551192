"""Load a shipped CRF model and tag tokens or raw text (the pipeline's statistical NER).

`load_tagger("nergrit")` returns a cached `Tagger`; `Tagger.tag` gives IOB tags for tokens and
`Tagger.spans` gives character spans typed PERSON / ORG / PLACE on raw text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from kerjasama.ner.clusters import Lexicon, load_lexicon
from kerjasama.ner.conlleval import chunks
from kerjasama.ner.corpus import CORPORA, LOWERCASED
from kerjasama.ner.errors import ModelNotFoundError
from kerjasama.ner.features import FeatureExtractor, person_cues
from kerjasama.ner.gazetteer import Gazetteer
from kerjasama.ner.tokenize import split_sentences, tokenize
from kerjasama.ner.train import (
    LEXICON_FILE,
    NAMES_FILE,
    PEOPLE_MODEL,
    PLACES_FILE,
    entities_path,
    model_path,
)

#: Corpus entity types mapped to the pipeline's types; unmapped types (IND, EVT, FNB) are dropped.
TYPE_MAP: dict[str, str] = {
    "PERSON": "PERSON",
    "PPL": "PERSON",
    "PLACE": "PLACE",
    "PLC": "PLACE",
    "ORGANISATION": "ORG",
}
Span = tuple[int, int, str]


def default_models_dir() -> Path:
    """The `models/` directory shipped inside the package."""
    return Path(str(resources.files("kerjasama.ner").joinpath("models")))


def _require(path: Path, what: str) -> Path:
    if not path.is_file():
        raise ModelNotFoundError(
            f"NER {what} not found: {path}; run `kerjasama ner train` to build the models"
        )
    return path


class Tagger:
    """A CRF model plus the feature extractor (lexicon, gazetteers) it was trained with."""

    def __init__(
        self,
        model_file: Path,
        lexicon: Lexicon,
        gazetteers: Iterable[Gazetteer] = (),
        lowercase: bool = False,
        cues: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(_require(model_file, "model")))
        self.extractor = FeatureExtractor(lexicon, list(gazetteers), cues)
        self.lowercase = lowercase
        self.labels: list[str] = list(self._crf.labels())

    def tag(self, tokens: list[str]) -> list[str]:
        """Return one IOB tag per token."""
        if not tokens:
            return []
        if self.lowercase:
            tokens = [tok.lower() for tok in tokens]
        return list(self._crf.tag(self.extractor.sentence(tokens)))

    def tag_many(self, sentences: Iterable[list[str]]) -> Iterator[list[str]]:
        """Tag several tokenised sentences."""
        for tokens in sentences:
            yield self.tag(tokens)

    def spans(self, text: str) -> list[Span]:
        """Return (start, end, type) character spans in raw text; type is PERSON, ORG or PLACE."""
        result: list[Span] = []
        for sent in split_sentences(text, tokenize(text)):
            tokens = [text[s:e] for s, e in sent]
            for first, last, label in chunks(self.tag(tokens)):
                mapped = TYPE_MAP.get(label)
                if mapped is not None:
                    result.append((sent[first][0], sent[last - 1][1], mapped))
        return result


@lru_cache(maxsize=4)
def _shared_resources(folder: Path) -> tuple[Lexicon, list[Gazetteer]]:
    lexicon = load_lexicon(_require(folder / LEXICON_FILE, "lexicon"))
    places = Gazetteer.load(_require(folder / PLACES_FILE, "place list"))
    names = Gazetteer.load(_require(folder / NAMES_FILE, "name list"))
    return lexicon, [places, names]


@lru_cache(maxsize=8)
def load_tagger(name: str = "nergrit", models_dir: Path | None = None) -> Tagger:
    """Load (once) the tagger trained on corpus `name` ("nergrit" or "nerp")."""
    if name not in CORPORA:
        raise ModelNotFoundError(f"unknown NER model {name!r}; choose one of {', '.join(CORPORA)}")
    folder = Path(models_dir) if models_dir is not None else default_models_dir()
    lexicon, lists = _shared_resources(folder)
    entities = Gazetteer.load(_require(entities_path(folder, name), "entity list"))
    return Tagger(model_path(folder, name), lexicon, [*lists, entities], name in LOWERCASED)


@lru_cache(maxsize=8)
def load_people_tagger(models_dir: Path | None = None) -> Tagger:
    """Load (once) the person model (`kerjasama.ner.people`, trained by `make people-model`)
    from `models_dir`; the lexicon and place lists are the shipped ones."""
    folder = Path(models_dir) if models_dir is not None else default_models_dir()
    lexicon, lists = _shared_resources(default_models_dir())
    entities = Gazetteer.load(_require(entities_path(folder, PEOPLE_MODEL), "entity list"))
    return Tagger(model_path(folder, PEOPLE_MODEL), lexicon, [*lists, entities], cues=person_cues())
