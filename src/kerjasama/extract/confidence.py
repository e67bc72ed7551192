"""How likely is a record strictly right? A small logistic model over the record's own findings.

`record_inputs` is the one place the inputs are computed, for training (learn/calibration.py)
and for use alike: the raw confidence, the story score, how many parties and records, the
partner's kind, the instrument and action read, whether a date and a place were found, and how
much evidence there is. The weights are fitted on the annotated real pages by
`scripts/calibrate.py` (`make calibration`, cross-validated) and shipped in
`models/calibration.json` under "record_model" when they beat a curve of the raw score.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kerjasama.record import Cooperation

_HOME_KINDS = frozenset({"province", "regency", "city"})


def record_inputs(coop: Cooperation, story_score: float, records: int) -> dict[str, float]:
    """Named inputs of the record model (all findings of the extractor; no gold)."""
    partners = [p for p in coop.parties if not (p.country == "ID" and p.kind in _HOME_KINDS)]
    inputs = {
        "raw": coop.confidence,
        "story": story_score,
        "parties": min(len(coop.parties), 4) / 4,
        "records": min(records, 5) / 5,
        "no_partner_outside": float(not partners),
        "foreign": float(coop.scope == "foreign"),
        "dated": float(coop.date is not None),
        "placed": float(coop.place is not None),
        "evidence": min(len(coop.evidence), 6) / 6,
        "facilitated": float(bool(coop.facilitators)),
        "sectors": min(len(coop.sectors), 4) / 4,
        f"instrument:{coop.instrument}": 1.0,
        f"action:{coop.action}": 1.0,
    }
    for kind in {p.kind for p in partners}:
        inputs[f"partner:{kind}"] = 1.0
    return inputs


@dataclass(frozen=True, slots=True)
class RecordModel:
    """Weights of a logistic model over named inputs."""

    weights: dict[str, float]
    bias: float

    def probability(self, inputs: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in inputs.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {
            "bias": round(self.bias, 5),
            "weights": {k: round(v, 5) for k, v in self.weights.items()},
        }

    @classmethod
    def from_json(cls, data: dict) -> RecordModel:
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
        )
