"""Train the story model (is this a cooperation story?) from annotated real pages.

The inputs are what the extractor computes (`extract/story.py: story_inputs`); the labels are
the gold files' `is_cooperation`. Articles where the stage found no government with a partner
are not cooperation whatever the model says, so the model learns from the others only. Figures
are k-fold cross-validated, with the regularisation and the probability cut chosen inside each
training fold; the model shipped is fitted on every page with the choice cross-validation made.
Needs scikit-learn (`pip install scikit-learn`, or `make story-model`).
"""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Iterable
from dataclasses import dataclass

from kerjasama.extract.story import StoryModel
from kerjasama.sources.model import RawArticle

C_GRID = (0.03, 0.1, 0.3, 1.0)
CUTS = tuple(round(0.35 + 0.05 * i, 2) for i in range(7))
MIN_WORD_DOCS = 3


@dataclass(slots=True)
class Example:
    key: str
    inputs: dict[str, float]
    label: bool
    rule: bool  # the hand-set weights' decision

    @property
    def possible(self) -> bool:
        """A government with a partner was found: the model may call it cooperation."""
        return self.inputs.get("linked_partner", 0.0) > 0


def examples(pages: Iterable[tuple[str, RawArticle, bool]], today: dt.date) -> list[Example]:
    """Extract each page with the hand-set weights and keep the story inputs."""
    from kerjasama.extract import story
    from kerjasama.extract.pipeline import extract_doc

    os.environ["KERJASAMA_STORY_MODEL"] = "none"
    story.story_model.cache_clear()
    try:
        out = []
        for key, raw, label in pages:
            doc = extract_doc(raw, today)
            out.append(Example(key, doc.cache["story_inputs"](), label, doc.is_cooperation))
        return out
    finally:
        os.environ.pop("KERJASAMA_STORY_MODEL", None)
        story.story_model.cache_clear()


def fit(train: list[Example], c: float, cut: float) -> StoryModel:
    """Logistic regression (L2) on the possible examples; rare words left out."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [e for e in train if e.possible]
    counts: dict[str, int] = {}
    for e in rows:
        for k in e.inputs:
            if k.startswith("w:"):
                counts[k] = counts.get(k, 0) + 1
    keep = {k for k, n in counts.items() if n >= MIN_WORD_DOCS}
    data = [
        {k: v for k, v in e.inputs.items() if not k.startswith("w:") or k in keep} for e in rows
    ]
    vec = DictVectorizer()
    x = vec.fit_transform(data)
    y = [e.label for e in rows]
    if len(set(y)) < 2:
        return StoryModel(weights={}, bias=4.0 if y and y[0] else -4.0, threshold=cut)
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit(x, y)
    weights = dict(zip(vec.get_feature_names_out(), model.coef_[0].tolist(), strict=True))
    return StoryModel(weights=weights, bias=float(model.intercept_[0]), threshold=cut)


def predict(model: StoryModel, e: Example) -> bool:
    return e.possible and model.probability(e.inputs) >= model.threshold


def f1(pairs: Iterable[tuple[bool, bool]]) -> float:
    tp = fp = fn = 0
    for gold, sys in pairs:
        tp += gold and sys
        fp += sys and not gold
        fn += gold and not sys
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def folds(items: list[Example], k: int, seed: int = 13) -> list[list[Example]]:
    """k folds with the labels spread evenly (stratified), in a fixed shuffled order."""
    rng = random.Random(seed)
    out: list[list[Example]] = [[] for _ in range(k)]
    for label in (True, False):
        group = [e for e in items if e.label is label]
        rng.shuffle(group)
        for i, e in enumerate(group):
            out[i % k].append(e)
    return out


def choose(train: list[Example], k: int = 4) -> tuple[float, float]:
    """The regularisation and cut with the best cross-validated F1 inside `train`."""
    parts = folds(train, k, seed=29)
    best, best_f1 = (C_GRID[0], 0.5), -1.0
    for c in C_GRID:
        scored: list[tuple[bool, float, bool]] = []
        for i, test in enumerate(parts):
            rest = [e for j, p in enumerate(parts) if j != i for e in p]
            model = fit(rest, c, 0.5)
            scored += [(e.label, model.probability(e.inputs), e.possible) for e in test]
        for cut in CUTS:
            value = f1((g, ok and p >= cut) for g, p, ok in scored)
            if value > best_f1:
                best, best_f1 = (c, cut), value
    return best


@dataclass(slots=True)
class Report:
    pages: int
    rule_f1: float
    cv_f1: float
    c: float
    cut: float
    fold_choices: list[tuple[float, float]]
    out_of_fold: dict[str, bool]


def cross_validate(items: list[Example], k: int = 5) -> Report:
    """Nested k-fold: each test fold is scored by a model whose settings and weights came from
    the other folds only."""
    parts = folds(items, k)
    pairs, choices, oof = [], [], {}
    for i, test in enumerate(parts):
        train = [e for j, p in enumerate(parts) if j != i for e in p]
        c, cut = choose(train)
        choices.append((c, cut))
        model = fit(train, c, cut)
        for e in test:
            oof[e.key] = predict(model, e)
            pairs.append((e.label, oof[e.key]))
    c, cut = choose(items)
    return Report(
        pages=len(items),
        rule_f1=f1((e.label, e.rule) for e in items),
        cv_f1=f1(pairs),
        c=c,
        cut=cut,
        fold_choices=choices,
        out_of_fold=oof,
    )
