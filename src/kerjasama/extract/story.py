"""Is this a government-cooperation story? A small logistic model over the stage's own features.

The features are the cooperation stage's findings (cooperation sentences, a linked partner, an
instrument, cues in the lead and title, topic words of stories that are not cooperation, the
kinds of the partners, a regional enterprise or a witness) and the words of the title, the lead
and the cooperation sentences. `story_inputs` is the one place they are computed, for training
and for use alike. The weights are learned from the annotated real pages by
`scripts/train_story_model.py` (`make story-model`) and shipped as `models/story.json`; without
that file the hand-set weights decide, as before.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kerjasama.extract.doc import Doc

_WORD = re.compile(r"[^\W\d_]{3,}")
MODEL_FILE = "story.json"


def story_inputs(
    doc: Doc,
    features: dict[str, float],
    partners: list,
    flags: dict[str, bool],
    sentences: list[tuple[int, int]],
) -> dict[str, float]:
    """Named inputs of the story model: the stage's features, partner kinds, and words."""
    inputs = {k: float(v) for k, v in features.items() if k != "bias"}
    for kind in {c.party.kind for c in partners}:
        inputs[f"partner:{kind}"] = 1.0
    inputs["partners"] = min(len(partners), 3) / 3
    inputs["foreign_partner"] = float(any(c.is_foreign for c in partners))
    inputs["government_partner"] = float(any(c.is_id_gov for c in partners))
    for name, on in flags.items():
        inputs[name] = float(on)
    title = doc.raw.title or ""
    text = " ".join([title, *(doc.text[s:e] for s, e in sentences)]).lower()
    for word in set(_WORD.findall(text)):
        inputs["w:" + word] = 1.0
    return inputs


@dataclass(frozen=True, slots=True)
class StoryModel:
    """Weights of a logistic model over named inputs, and the probability cut."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, inputs: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in inputs.items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self, **about: object) -> str:
        body = {"about": about, "bias": self.bias, "threshold": self.threshold}
        body["weights"] = {k: round(v, 5) for k, v in sorted(self.weights.items()) if v}
        return json.dumps(body, ensure_ascii=False, indent=0)


@cache
def story_model() -> StoryModel | None:
    """The shipped model (or the file KERJASAMA_STORY_MODEL names; "none": the hand-set
    weights), or None where it has not been trained."""
    chosen = os.environ.get("KERJASAMA_STORY_MODEL")
    if chosen == "none":
        return None
    path = resources.files("kerjasama.extract") / "models" / MODEL_FILE
    if chosen:
        from pathlib import Path

        path = Path(chosen)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return StoryModel(
        weights=data["weights"], bias=float(data["bias"]), threshold=float(data["threshold"])
    )
