"""Fuzzy matching (rapidfuzz) for misspelt names: "Anhuui" -> Anhui, "Kalimantan Timut"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

MIN_LENGTH = 5
MIN_SCORE = 90.0
# Capitalised words, and two of them in a row: the places a misspelt name can stand.
# (?<![\w'])[A-Z]..., with the look-behind after the capital: the engine skips to capitals.
_CAPITALISED_WORD = re.compile(r"[A-Z](?<![\w'][A-Z])[a-z\u00c0-\u024f']+")


class FuzzyIndex:
    """Folded names (≥ 5 letters) -> entry numbers, searched by similarity ratio.

    A query matches when its ratio to one name is ≥ 90, the edit distance is small (one edit
    under 8 letters), it shares the first letter, and it is not merely the name with letters
    added or cut off ("Malaysian", "Malik" for "Mali"): those are other words, not typos.
    """

    def __init__(self, names: Iterable[tuple[str, int]], reject_affixes: bool = True) -> None:
        self.reject_affixes = reject_affixes
        self.by_initial: dict[str, dict[str, int]] = {}
        # Names by (first letter, length): a ratio of 90 allows only a couple of edits, so
        # only names of nearly the query's length need scoring.
        self.by_shape: dict[tuple[str, int], list[str]] = {}
        for name, entry in names:
            if len(name) >= MIN_LENGTH:
                if name not in self.by_initial.setdefault(name[0], {}):
                    self.by_shape.setdefault((name[0], len(name)), []).append(name)
                self.by_initial[name[0]].setdefault(name, entry)
        self._cache: dict[str, tuple[int, str] | None] = {}

    def match(self, query: str, allowed: set[int] | None = None) -> tuple[int, str] | None:
        """The entry number a folded `query` most likely misspells, with the name it
        misspells, or None when unsure."""
        if allowed is None:
            if query not in self._cache:
                if len(self._cache) > 50_000:
                    self._cache.clear()
                self._cache[query] = self._match(query, None)
            return self._cache[query]
        return self._match(query, allowed)

    def _match(self, query: str, allowed: set[int] | None) -> tuple[int, str] | None:
        choices = self.by_initial.get(query[:1])
        if len(query) < MIN_LENGTH or not choices:
            return None
        near = [
            n
            for size in range(len(query) - 3, len(query) + 4)
            for n in self.by_shape.get((query[0], size), ())
        ]
        if not near:
            return None
        results = process.extract(query, near, scorer=fuzz.ratio, score_cutoff=MIN_SCORE, limit=4)
        entries: list[tuple[int, str]] = []
        for name, _score, _index in results:
            entry = choices[name]
            if allowed is not None and entry not in allowed:
                continue
            if self.reject_affixes and (query.startswith(name) or name.startswith(query)):
                continue
            if Levenshtein.distance(query, name) > max(1, len(name) // 8):
                continue
            entries.append((entry, name))
        if not entries or any(e != entries[0][0] for e, _name in entries[1:]):
            return None
        return entries[0]


def capitalised_spans(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised words and of every pair of adjacent ones ("Mont Dore Kalendonia
    Baru": "Kalendonia Baru" too), pairs first so they are tried first."""
    words = [m.span() for m in _CAPITALISED_WORD.finditer(text)]
    pairs = [
        (a[0], b[1])
        for a, b in zip(words, words[1:], strict=False)
        if b[0] - a[1] == 1 and text[a[1]] in " -"
    ]
    return pairs + words
