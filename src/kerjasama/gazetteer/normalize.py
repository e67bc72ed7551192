"""Case, accent and spacing folding that keeps a map back to the original character offsets."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HYPHENS = "-\u2010\u2011\u2012"
_APOSTROPHES = "\u2019\u2018`\u00b4\u02bc"
_SPECIAL = {"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe"}
_SPACES = re.compile("[\\s" + re.escape(_HYPHENS) + "]+")


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character lower-cased and without accents; hyphens and whitespace become a space."""
    if char.isspace() or char in _HYPHENS:
        return " "
    if char in _APOSTROPHES:
        return "'"
    lower = char.lower()
    if lower.isascii():
        return lower
    if lower in _SPECIAL:
        return _SPECIAL[lower]
    decomposed = unicodedata.normalize("NFD", lower)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold `text`; `offsets[i]` is the index in `text` of folded character i.

    Runs of whitespace and hyphens fold to one space, so "Bau-Bau", "Bau Bau" and "Bau  Bau"
    read alike. `offsets` has one extra item, len(text), so an end offset maps too.
    """
    out: list[str] = []
    offsets: list[int] = []
    previous_space = True
    for index, char in enumerate(text):
        folded = fold_char(char)
        if folded == " ":
            if previous_space:
                continue
            previous_space = True
        else:
            previous_space = False
        out.append(folded)
        offsets.extend([index] * len(folded))
    offsets.append(len(text))
    return "".join(out), offsets


def fold(text: str) -> str:
    """Fold a name for lookup: lower case, no accents, one space between words, trimmed."""
    return "".join(fold_char(c) for c in _SPACES.sub(" ", text.strip()))


def written_form(text: str) -> str:
    """A name as written, for case-sensitive comparison: no accents, hyphens as spaces."""
    spaced = _SPACES.sub(" ", text.strip())
    decomposed = unicodedata.normalize("NFD", spaced)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_boundary(text: str, index: int) -> bool:
    """True where a word may start or end at `index`: not inside a word, or at a lower-to-upper
    case change (glued articles such as "Pemprov KaltimBALIKPAPAN")."""
    if index <= 0 or index >= len(text):
        return True
    before, after = text[index - 1], text[index]
    if not (before.isalnum() and after.isalnum()):
        return True
    return before.islower() and after.isupper()
