"""Case, accent and spacing folding that keeps a map back to the original character offsets."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
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


def _one_to_one_table() -> tuple[dict[int, str], re.Pattern[str]]:
    """A translate table for every character below U+3000 that folds to exactly one character,
    and a pattern of those that do not (they take the slow path)."""
    table, odd = {}, []
    for code in range(0x3000):
        char = chr(code)
        folded = fold_char(char)
        if len(folded) == 1:
            if folded != char:
                table[code] = folded
        else:
            odd.append(re.escape(char))
    return table, re.compile("[" + "".join(odd) + "\u3000-\U0010ffff]")


_TABLE, _ODD = _one_to_one_table()
_ASCII_TABLE = {k: v for k, v in _TABLE.items() if k < 128 and not chr(k).isupper()}
# Runs of spaces to fold: at the start, or of two or more (single spaces stay as they are);
# "^ +| {2,}" written to open with the space, so the engine skips to the next one.
_RUN = re.compile(" (?:(?<=^ ) *| +)")


def fold_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """Fold `text`; `offsets[i]` is the index in `text` of folded character i.

    Runs of whitespace and hyphens fold to one space, so "Bau-Bau", "Bau Bau" and "Bau  Bau"
    read alike. `offsets` has one extra item, len(text), so an end offset maps too.
    """
    if text.isascii() or not _ODD.search(text):  # no ASCII character is odd
        return _fold_fast(text)
    return _fold_slow(text)


class OffsetMap(Sequence[int]):
    """Folded index -> original index, stored as blocks of consecutive characters.

    Behaves like the list `_fold_slow` returns, without building one item per character.
    """

    def __init__(
        self, folded_starts: list[int], original_starts: list[int], size: int, text_length: int
    ) -> None:
        self._f, self._o, self._size, self._end = folded_starts, original_starts, size, text_length

    def __len__(self) -> int:
        return self._size + 1

    def __getitem__(self, index):  # type: ignore[override]
        if index.__class__ is int and 0 <= index < self._size:  # the common case, first
            if len(self._f) == 1:  # no run of spaces folded: one block
                return self._o[0] + index - self._f[0]
            block = bisect_right(self._f, index) - 1
            return self._o[block] + index - self._f[block]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if index == self._size:
            return self._end
        if not 0 <= index < self._size:
            raise IndexError(index)
        block = bisect_right(self._f, index) - 1
        return self._o[block] + index - self._f[block]

    def index(self, value: int, *_args: object) -> int:  # type: ignore[override]
        if value == self._end:
            return self._size
        block = bisect_right(self._o, value) - 1
        if block >= 0:
            folded = self._f[block] + value - self._o[block]
            nxt = self._f[block + 1] if block + 1 < len(self._f) else self._size
            if folded < nxt:
                return folded
        raise ValueError(f"{value} is not a folded character's offset")


# Common non-ASCII characters of news text that fold to one ASCII character of the same role.
# Replacing them first lets most texts take CPython's fast ASCII path through translate().
_TO_ASCII = {"\xa0": " ", "”": '"', "“": '"', "’": "'", "‘": "'", "–": "-", "—": "-"}


def _fold_fast(text: str) -> tuple[str, OffsetMap]:
    """Every character folds to one: translate, then fold runs of spaces to one."""
    if not text.isascii():
        for char, ascii_char in _TO_ASCII.items():
            if char in text:
                text = text.replace(char, ascii_char)
    mapped = text.lower().translate(_ASCII_TABLE) if text.isascii() else text.translate(_TABLE)
    if not mapped.startswith(" ") and "  " not in mapped:  # nothing for _RUN to fold: one block
        blocks = [0] if mapped else []
        return mapped, OffsetMap(blocks, list(blocks), len(mapped), len(text))
    parts: list[str] = []
    f_starts: list[int] = []
    o_starts: list[int] = []
    pos, size = 0, 0
    for m in _RUN.finditer(mapped):
        keep_end = m.start() + (1 if m.start() > 0 else 0)  # the run's first space is kept
        if keep_end > pos:
            f_starts.append(size)
            o_starts.append(pos)
            parts.append(mapped[pos:keep_end])
            size += keep_end - pos
        pos = m.end()
    if pos < len(mapped):
        f_starts.append(size)
        o_starts.append(pos)
        parts.append(mapped[pos:])
        size += len(mapped) - pos
    return "".join(parts), OffsetMap(f_starts, o_starts, size, len(text))


def _fold_slow(text: str) -> tuple[str, list[int]]:
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
    spaced = _SPACES.sub(" ", text.strip())
    if not _ODD.search(spaced):
        return spaced.translate(_TABLE)
    return "".join(fold_char(c) for c in spaced)


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
