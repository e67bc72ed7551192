"""Fit the score calibration (extract/calibration.py) on annotated real pages, cross-validated.

Each page is extracted with calibration off; its raw `cooperation_score` is paired with the
gold `is_cooperation`, and each record's raw `confidence` with whether the record is strictly
right (a gold record of the page has exactly its parties, and the same instrument and action).
A logistic curve of the raw score (Platt scaling) maps it onto the share right; for records, a
logistic model over the record's findings (extract/confidence.py) is fitted beside it. Figures
are k-fold cross-validated by page: each fold is scored by what was fitted on the others only.
Needs scikit-learn (`make calibration` installs it).
"""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Iterable
from dataclasses import dataclass

from kerjasama.evaluate import shared_parties
from kerjasama.extract.calibration import RECORD, RECORD_MODEL, STORY, Curve
from kerjasama.extract.confidence import RecordModel, record_inputs
from kerjasama.sources.model import RawArticle

BINS = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01))
FLOOR, CEILING = 0.02, 0.98  # no score claims certainty from a few hundred pages


@dataclass(slots=True)
class Page:
    """One page's raw scores and what the gold says of them."""

    key: str
    story: tuple[float, bool]
    records: list[tuple[float, bool]]
    record_inputs: list[dict[str, float]]  # the record model's inputs, one per record


def record_right(coop: dict, gold: dict) -> bool:
    """The record is strictly right: one gold record has exactly its parties, instrument and
    action."""
    if not gold.get("is_cooperation"):
        return False
    n = len(coop.get("parties") or [])
    return any(
        shared_parties(gc, coop) == len(gc.get("parties") or []) == n
        and gc.get("instrument") == coop.get("instrument")
        and gc.get("action") == coop.get("action")
        for gc in gold.get("cooperations") or []
    )


def pages(items: Iterable[tuple[str, RawArticle, dict]], today: dt.date) -> list[Page]:
    """Extract each (key, article, gold line) with calibration off and keep the raw scores."""
    from kerjasama.extract import calibration
    from kerjasama.extract.pipeline import extract_raw

    before = os.environ.get("KERJASAMA_CALIBRATION")
    os.environ["KERJASAMA_CALIBRATION"] = "none"
    calibration.clear()
    try:
        out = []
        for key, raw, gold in items:
            rec = extract_raw(raw, today)
            coops = rec.cooperations
            records = [(c.confidence, record_right(c.model_dump(), gold)) for c in coops]
            inputs = [record_inputs(c, rec.cooperation_score, len(coops)) for c in coops]
            story = (rec.cooperation_score, bool(gold.get("is_cooperation")))
            out.append(Page(key, story, records, inputs))
        return out
    finally:
        if before is None:
            os.environ.pop("KERJASAMA_CALIBRATION", None)
        else:
            os.environ["KERJASAMA_CALIBRATION"] = before
        calibration.clear()


KNOTS = tuple(i / 20 for i in range(21))  # the curve is written down at these raw scores


def fit_curve(pairs: list[tuple[float, bool]]) -> Curve:
    """Platt scaling: a logistic regression of right-or-wrong on the raw score, written as a
    curve. Two parameters (little to overfit on a few hundred pages) and strictly increasing,
    so the order of the raw scores, which the review queue follows, is kept."""
    from sklearn.linear_model import LogisticRegression

    labels = {ok for _, ok in pairs}
    if len(labels) < 2:
        p = CEILING if labels == {True} else FLOOR
        return Curve((0.0, 1.0), (p, p))
    model = LogisticRegression(C=100.0)
    model.fit([[s] for s, _ in pairs], [int(ok) for _, ok in pairs])
    ys = model.predict_proba([[x] for x in KNOTS])[:, 1]
    return Curve(KNOTS, tuple(min(CEILING, max(FLOOR, float(y))) for y in ys))


def fit_record_model(rows: list[tuple[dict[str, float], bool]], c: float = 0.3) -> RecordModel:
    """Logistic regression (L2) of strictly-right on the record's inputs."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    labels = {ok for _, ok in rows}
    if len(labels) < 2:
        return RecordModel(weights={}, bias=4.0 if labels == {True} else -4.0)
    vec = DictVectorizer()
    x = vec.fit_transform([inputs for inputs, _ in rows])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, [int(ok) for _, ok in rows])
    names = vec.get_feature_names_out()
    return RecordModel(
        weights=dict(zip(names, model.coef_[0].tolist(), strict=True)),
        bias=float(model.intercept_[0]),
    )


def _record_rows(some: list[Page]) -> list[tuple[dict[str, float], bool]]:
    return [(x, ok) for p in some for x, (_, ok) in zip(p.record_inputs, p.records, strict=True)]


def fit(all_pages: list[Page]) -> dict[str, Curve | RecordModel]:
    """Everything calibration can ship, fitted on these pages."""
    return {
        STORY: fit_curve([p.story for p in all_pages]),
        RECORD: fit_curve([r for p in all_pages for r in p.records]),
        RECORD_MODEL: fit_record_model(_record_rows(all_pages)),
    }


def folds(n: int, k: int, seed: int = 7) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def cross_validated(all_pages: list[Page], k: int) -> dict[str, list[tuple[float, bool]]]:
    """(calibrated score, right) of every page and record, each scored by what was fitted on
    the other folds only: the story curve, the record curve and the record model."""
    out: dict[str, list[tuple[float, bool]]] = {STORY: [], RECORD: [], RECORD_MODEL: []}
    for held in folds(len(all_pages), k):
        held_set = set(held)
        fitted = fit([p for i, p in enumerate(all_pages) if i not in held_set])
        story, record, model = fitted[STORY], fitted[RECORD], fitted[RECORD_MODEL]
        assert isinstance(story, Curve) and isinstance(record, Curve)
        assert isinstance(model, RecordModel)
        for i in held:
            page = all_pages[i]
            out[STORY].append((story(page.story[0]), page.story[1]))
            out[RECORD].extend((record(s), ok) for s, ok in page.records)
            out[RECORD_MODEL].extend(
                (model.probability(x), ok)
                for x, (_, ok) in zip(page.record_inputs, page.records, strict=True)
            )
    return out


def raw_pairs(all_pages: list[Page]) -> dict[str, list[tuple[float, bool]]]:
    records = [r for p in all_pages for r in p.records]
    return {STORY: [p.story for p in all_pages], RECORD: records, RECORD_MODEL: records}


def binned(pairs: list[tuple[float, bool]]) -> list[tuple[tuple[float, float], int, float, float]]:
    """Per score bin: (bin, count, mean score, share right)."""
    rows = []
    for lo, hi in BINS:
        items = [(s, ok) for s, ok in pairs if lo <= s < hi]
        if items:
            mean = sum(s for s, _ in items) / len(items)
            right = sum(ok for _, ok in items) / len(items)
            rows.append(((lo, min(hi, 1.0)), len(items), mean, right))
    return rows


def ece(pairs: list[tuple[float, bool]]) -> float:
    """Expected calibration error: the count-weighted gap between mean score and share right."""
    if not pairs:
        return 0.0
    return sum(n * abs(mean - right) for _, n, mean, right in binned(pairs)) / len(pairs)


def brier(pairs: list[tuple[float, bool]]) -> float:
    return sum((s - ok) ** 2 for s, ok in pairs) / len(pairs) if pairs else 0.0


def auc(pairs: list[tuple[float, bool]]) -> float:
    """Area under the ROC curve: how well the score ranks right above wrong (0.5: not at all)."""
    pos = [s for s, ok in pairs if ok]
    neg = [s for s, ok in pairs if not ok]
    if not pos or not neg:
        return 0.5
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))
