"""Regex tokenisation with character offsets and a simple sentence splitter for raw text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

_TOKEN = re.compile(r"\w+|[^\w\s]")
Offsets = tuple[int, int]


@cache
def abbreviations() -> frozenset[str]:
    """Lower-cased abbreviations whose full stop does not end a sentence (package data)."""
    text = resources.files("kerjasama.ner").joinpath("data/abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def tokenize(text: str) -> list[Offsets]:
    """Split raw text into word and punctuation tokens; return (start, end) offsets."""
    return [m.span() for m in _TOKEN.finditer(text)]


def split_sentences(text: str, offsets: list[Offsets]) -> Iterator[list[Offsets]]:
    """Group token offsets into sentences: break after . ! ? before a capital, or at a newline."""
    abbrevs = abbreviations()
    current: list[Offsets] = []
    for k, (start, end) in enumerate(offsets):
        if current and "\n" in text[current[-1][1] : start]:
            yield current
            current = []
        current.append((start, end))
        if text[start:end] in ".!?" and k + 1 < len(offsets):
            nxt = text[offsets[k + 1][0]]
            prev = text[current[-2][0] : current[-2][1]].lower() if len(current) > 1 else ""
            is_abbrev = prev in abbrevs or (len(prev) == 1 and prev.isalpha())
            if (nxt.isupper() or nxt in "\"'") and not is_abbrev:
                yield current
                current = []
    if current:
        yield current


def words(text: str) -> list[str]:
    """Tokenise text into token strings."""
    return [text[s:e] for s, e in tokenize(text)]
