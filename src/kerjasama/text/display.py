"""How an article is named where it has no title: the start of its text, cut at a word."""

from __future__ import annotations


def headline(title: str | None, body: str | None, size: int = 110) -> str:
    """The title, or the start of the text cut at a word (for articles without a title)."""
    if title and title.strip():
        return title.strip()
    text = " ".join((body or "").split())
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > 0 else size] + " …"
