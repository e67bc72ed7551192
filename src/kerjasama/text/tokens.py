"""Tokens with character offsets, for the rule stages."""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


class Token(NamedTuple):
    """A word or punctuation mark and where it stands; a tuple, cheap to make by the thousand."""

    text: str
    start: int
    end: int
    lower: str  # the text lower-cased, asked for again and again by the stages

    @property
    def is_cap(self) -> bool:
        """Starts with an upper-case letter (Title, UPPER or CamelCase)."""
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words (with inner hyphens and apostrophes) and single punctuation marks."""
    end = len(text) if end is None else end
    return [
        Token(w, m.start(), m.end(), w.lower())
        for m in _TOKEN.finditer(text, start, end)
        if (w := m.group(0))
    ]
