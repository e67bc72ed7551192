"""Codes from what users type: a code, or the label the web app shows for it (either language).

`--instrument MoU`, `--instrument "nota kesepahaman"`, `--sector pariwisata` and `--stage "MoU
diteken"` all name a code. The labels are the web app's own (web/i18n/*.json), split at "/" and
"(…)", so "MoU / nota kesepahaman" answers to both forms, and "Perjanjian kerja sama (PKS)"
also to "PKS".
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from kerjasama.errors import KerjasamaError


class ChoiceError(KerjasamaError):
    """A value that names no code of its kind."""


def _fold(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@cache
def _labels(kind: str) -> dict[str, str]:
    """Folded label (and label part) → code, for one kind (action, instrument, sector, stage)."""
    out: dict[str, str] = {}
    for lang in ("id", "en"):
        path = resources.files("kerjasama.web") / "i18n" / f"{lang}.json"
        for key, label in json.loads(path.read_text(encoding="utf-8")).items():
            prefix, _, code = key.partition(".")
            if prefix != kind:
                continue
            parts = [label, *re.split(r"\s*/\s*|\s*\(|\)", label)]
            for part in parts:
                if _fold(part):
                    out.setdefault(_fold(part), code)
    return out


def resolve_choice(kind: str, value: str | None, codes: tuple[str, ...] | list[str]) -> str | None:
    """The code `value` names among `codes`, by code or label; ChoiceError otherwise."""
    if value is None:
        return None
    key = _fold(value)
    if key.replace(" ", "_") in codes:
        return key.replace(" ", "_")
    code = _labels(kind).get(key)
    if code in codes:
        return code
    raise ChoiceError(f"--{kind} {value!r} is not one of {', '.join(codes)} (or their labels)")
