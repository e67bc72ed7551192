"""Normalise article text: line endings only; everything else stays as written."""

from __future__ import annotations

import hashlib


def normalise_text(text: str) -> str:
    """Line endings to "\\n" and trailing whitespace at the end of the text trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return text.strip("\n ").rstrip()


def article_id(text: str) -> str:
    """Stable id: a hash of the text with whitespace folded, so re-ingesting is idempotent."""
    folded = " ".join(text.split())  # what _WS.sub(" ", text).strip() gives, faster
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]
