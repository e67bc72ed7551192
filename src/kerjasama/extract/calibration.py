"""Scores that mean what they say: of articles scored 0.8, about 80% are cooperation stories.

The extractor's raw scores (`cooperation_score`, a record's `confidence`) are mapped onto the
share found right on the annotated real pages by monotone curves (or, for records, by the
record model of extract/confidence.py where it does better) fitted by
`scripts/calibrate.py` (`make calibration`, cross-validated) and shipped as
`models/calibration.json`. Without that file, or with KERJASAMA_CALIBRATION=none, the raw scores
are reported; KERJASAMA_CALIBRATION=PATH reads another file.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kerjasama.extract.confidence import RecordModel, record_inputs
from kerjasama.record import Cooperation

MODEL_FILE = "calibration.json"
STORY, RECORD, RECORD_MODEL = "cooperation_score", "confidence", "record_model"
CUT = 0.5  # an article is a cooperation story at this calibrated score or above


@dataclass(frozen=True, slots=True)
class Curve:
    """A non-decreasing map from raw score to probability, linear between its knots."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]

    def __call__(self, raw: float) -> float:
        if raw <= self.xs[0]:
            return self.ys[0]
        if raw >= self.xs[-1]:
            return self.ys[-1]
        i = bisect_right(self.xs, raw)
        x0, x1, y0, y1 = self.xs[i - 1], self.xs[i], self.ys[i - 1], self.ys[i]
        return y0 + (y1 - y0) * (raw - x0) / (x1 - x0)

    def to_json(self) -> dict[str, list[float]]:
        return {"xs": [round(x, 4) for x in self.xs], "ys": [round(y, 4) for y in self.ys]}

    @classmethod
    def from_json(cls, data: dict) -> Curve:
        xs, ys = tuple(float(x) for x in data["xs"]), tuple(float(y) for y in data["ys"])
        if not xs or len(xs) != len(ys) or list(xs) != sorted(xs) or list(ys) != sorted(ys):
            raise ValueError("a calibration curve needs sorted knots, as many xs as ys")
        return cls(xs, ys)


@cache
def _shipped() -> dict:
    """The calibration file's content ({} where none ships or the setting says none)."""
    setting = os.environ.get("KERJASAMA_CALIBRATION", "")
    if setting.lower() == "none":
        return {}
    if setting:
        return json.loads(Path(setting).read_text(encoding="utf-8"))
    shipped = resources.files("kerjasama.extract") / "models" / MODEL_FILE
    return json.loads(shipped.read_text(encoding="utf-8")) if shipped.is_file() else {}


@cache
def curves() -> dict[str, Curve]:
    """The shipped curves by score name (parsed once, not per article)."""
    data = _shipped()
    return {name: Curve.from_json(data[name]) for name in (STORY, RECORD) if name in data}


@cache
def record_model() -> RecordModel | None:
    data = _shipped().get(RECORD_MODEL)
    return RecordModel.from_json(data) if data else None


def clear() -> None:
    """Forget the loaded file (after the setting changed)."""
    for loaded in (_shipped, curves, record_model):
        loaded.cache_clear()


def story_score(raw: float, is_cooperation: bool) -> float:
    """The article's calibrated cooperation_score, on the side of the cut its decision is on
    (a decision and its score never disagree)."""
    curve = curves().get(STORY)
    if curve is None:
        return raw
    p = round(curve(raw), 3)
    return max(p, CUT) if is_cooperation else min(p, CUT - 0.001)


def record_confidence(coop: Cooperation, story: float, records: int) -> float:
    """A record's calibrated confidence: the share of records so scored that are strictly
    right (all parties, instrument and action). `story` is the article's raw story score and
    `records` how many records the article has."""
    model = record_model()
    if model is not None:
        p = model.probability(record_inputs(coop, story, records))
        return round(min(0.98, max(0.02, p)), 3)
    curve = curves().get(RECORD)
    return coop.confidence if curve is None else round(curve(coop.confidence), 3)
