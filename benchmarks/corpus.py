"""Load the unlabelled news corpus in ../shared/data/news as plain article texts."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

SHARED = Path(os.environ.get("KERJASAMA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
NEWS = SHARED / "data" / "news" / "indosum_dev"

_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]”])")
_NO_SPACE_AFTER = re.compile(r"([(\[“]) ")


def detokenize(tokens: list[str]) -> str:
    """Join pre-tokenised words back into readable text."""
    text = " ".join(tokens)
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))


def load_news(limit: int | None = None) -> list[str]:
    """Unique articles of the IndoSum development folds, one paragraph per line."""
    if not NEWS.is_dir():
        raise SystemExit(f"news corpus not found at {NEWS} (set KERJASAMA_SHARED)")
    seen: set[str] = set()
    texts: list[str] = []
    for path in sorted(NEWS.glob("dev.*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] in seen:
                continue
            seen.add(row["id"])
            paragraphs = [" ".join(detokenize(s) for s in para) for para in row["paragraphs"]]
            texts.append("\n".join(paragraphs))
            if limit and len(texts) >= limit:
                return texts
    return texts
