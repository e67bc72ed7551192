"""Lower-cased text with the same offsets, kept for the last text asked about."""

from __future__ import annotations

_last: tuple[str, str] = ("", "")  # the last text lowered and its result, replaced as one


def lowered(text: str) -> str:
    """Lower-cased text with the same offsets (characters that grow are kept as they are).

    Several stages lower the same article's text: the last result is kept for the same string
    object (strings are immutable, so that is safe; one tuple, so threads do not mix them)."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    _last = (text, low)
    return low
