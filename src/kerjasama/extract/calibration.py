"""Scores that mean what they say: of articles scored 0.8, about 80% are cooperation stories.

The extractor's raw scores (`cooperation_score`, a record's `confidence`) are mapped onto the
share found right on the annotated real pages by monotone curves fitted by
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

MODEL_FILE = "calibration.json"
STORY, RECORD = "cooperation_score", "confidence"
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
def curves() -> dict[str, Curve]:
    """The shipped curves by score name (none where no file ships or the setting says none)."""
    setting = os.environ.get("KERJASAMA_CALIBRATION", "")
    if setting.lower() == "none":
        return {}
    if setting:
        text = Path(setting).read_text(encoding="utf-8")
    else:
        shipped = resources.files("kerjasama.extract") / "models" / MODEL_FILE
        if not shipped.is_file():
            return {}
        text = shipped.read_text(encoding="utf-8")
    data = json.loads(text)
    return {name: Curve.from_json(data[name]) for name in (STORY, RECORD) if name in data}


def story_score(raw: float, is_cooperation: bool) -> float:
    """The article's calibrated cooperation_score, on the side of the cut its decision is on
    (a decision and its score never disagree)."""
    curve = curves().get(STORY)
    if curve is None:
        return raw
    p = round(curve(raw), 3)
    return max(p, CUT) if is_cooperation else min(p, CUT - 0.001)


def record_confidence(raw: float) -> float:
    """A record's calibrated confidence: the share of records so scored that are strictly
    right (all parties, instrument and action)."""
    curve = curves().get(RECORD)
    return raw if curve is None else round(curve(raw), 3)
