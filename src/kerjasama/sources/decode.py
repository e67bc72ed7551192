"""Turn bytes from a file into text, refusing what is not text."""

from __future__ import annotations

from kerjasama.errors import SourceError

MAX_BYTES = 5 * 1024 * 1024
"""Inputs larger than this (5 MB) are refused: no news article is that long."""


def decode_bytes(data: bytes, where: str, warnings: list[str]) -> str:
    """Decode UTF-8 (with or without BOM); fall back to cp1252 with a warning.

    Raises SourceError for empty, binary or oversized input.
    """
    if len(data) > MAX_BYTES:
        raise SourceError(where, f"file is {len(data) / 1e6:.1f} MB, over the 5 MB limit for text")
    if not data.strip():
        raise SourceError(where, "file is empty")
    if b"\x00" in data[:8192]:
        raise SourceError(where, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise SourceError(where, f"not valid UTF-8 or cp1252 text ({exc.reason})") from exc
        warnings.append(f"{where}: not valid UTF-8 (byte {exc.start}); read as cp1252")
        return text


def check_text(text: str, where: str) -> str:
    """Refuse text fields that are empty or oversized (for JSON Lines and CSV rows)."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise SourceError(where, "text is over the 5 MB limit")
    if not text.strip():
        raise SourceError(where, "text is empty")
    return text
