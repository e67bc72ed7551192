"""Load the unlabelled news corpus in ../shared/data/news as plain article texts."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(os.environ.get("KERJASAMA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
NEWS = SHARED / "data" / "news" / "indosum_dev"
JAKARTA = dt.timezone(dt.timedelta(hours=7))

_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]”])")
_NO_SPACE_AFTER = re.compile(r"([(\[“]) ")


def detokenize(tokens: list[str]) -> str:
    """Join pre-tokenised words back into readable text."""
    text = " ".join(tokens)
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))


def articles() -> Iterator[dict]:
    """Unique articles of the IndoSum development folds: `id` (IndoSum's), `url` (the
    article's source), `published` (the date of IndoSum's id timestamp, Jakarta time) and
    `text` (one paragraph per line)."""
    if not NEWS.is_dir():
        raise SystemExit(f"news corpus not found at {NEWS} (set KERJASAMA_SHARED)")
    seen: set[str] = set()
    for path in sorted(NEWS.glob("dev.*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] in seen:
                continue
            seen.add(row["id"])
            stamp = dt.datetime.fromtimestamp(int(row["id"].split("-", 1)[0]), JAKARTA)
            paragraphs = [" ".join(detokenize(s) for s in para) for para in row["paragraphs"]]
            yield {
                "id": row["id"],
                "url": row.get("source_url"),
                "published": stamp.date().isoformat(),
                "text": "\n".join(paragraphs),
            }


def load_news(limit: int | None = None) -> list[str]:
    """Texts of the unique articles of the IndoSum development folds (`articles`)."""
    return [a["text"] for a in itertools.islice(articles(), limit)]
