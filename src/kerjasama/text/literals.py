"""Whole-word occurrences of fixed sets of literal words, found in one Aho-Corasick pass.

Python's regex engine tries an alternation such as `\\b(?:Gubernur|Bupati|...)\\b` at every
position of the text; an automaton reads the text once. `LiteralWords` gives the spans that
`re.finditer` gives for `\\b(?:<words>)\\b`, or with `before` and `after` for
`(?<![\\w<before>])(?:<words>)(?![\\w<after>])`: scanning left to right, at each start where
the left edge holds the longest word whose right edge holds; matches never overlap.

Walking the automaton over the text costs more than the few matches it yields, so the word
sets that stages ask about the same text share one automaton: a `WordGroup` (`CASED` for the
text as written, `LOWERED` for it lower-cased) finds the words of all its sets in one pass.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

import ahocorasick

Candidate = tuple[int, int, bool]  # start, end, whether the word closes with a word character


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class WordGroup:
    """Sets of literal words found together in one pass over a text."""

    def __init__(self) -> None:
        self._sets: list[tuple[frozenset[str], str]] = []  # each set's words and `before`
        self._automaton: ahocorasick.Automaton | None = None
        self._last: tuple[str, list[list[Candidate]]] | None = None

    def add(self, words: frozenset[str], before: str) -> int:
        """Take one more set (the automaton is rebuilt at the next search); its index."""
        self._sets.append((words, before))
        self._automaton, self._last = None, None
        return len(self._sets) - 1

    def _build(self) -> ahocorasick.Automaton:
        owners: dict[str, list[int]] = {}
        for index, (words, _) in enumerate(self._sets):
            for word in words:
                owners.setdefault(word, []).append(index)
        automaton = ahocorasick.Automaton()
        for word, sets in owners.items():
            opens, closes = _word_char(word[:1] or " "), _word_char(word[-1:] or " ")
            automaton.add_word(word, (len(word), opens, closes, tuple(sets)))
        automaton.make_automaton()
        return automaton

    def candidates(self, text: str) -> list[list[Candidate]]:
        """Per set, every occurrence of its words whose left edge holds, by start, the longer
        first (kept for the last text asked about: stages ask several windows of one text)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        if self._automaton is None:
            self._automaton = self._build()
        if self._automaton.kind != ahocorasick.AHOCORASICK:  # no words at all
            return [[] for _ in self._sets]
        befores = [before for _, before in self._sets]
        found: list[list[Candidate]] = [[] for _ in self._sets]
        for end, (length, opens, closes, sets) in self._automaton.iter(text):
            start = end - length + 1
            prev = text[start - 1] if start else " "
            if _word_char(prev) == opens:
                continue
            for index in sets:
                if prev not in befores[index]:
                    found[index].append((start, end + 1, closes))
        for spans in found:
            spans.sort(key=lambda c: (c[0], -c[1]))
        self._last = (text, found)
        return found


CASED = WordGroup()  # the sets searched in the text as written
LOWERED = WordGroup()  # the sets searched in the lower-cased text (`case.lowered`)


class LiteralWords:
    """A set of literal words to find as whole words (case as given: lower the text and the
    words beforehand for a case-blind search)."""

    __slots__ = ("_after", "_group", "_index")

    def __init__(
        self,
        words: Iterable[str],
        before: str = "",
        after: str = "",
        group: WordGroup | None = None,
    ) -> None:
        """`before`, `after`: characters besides word characters that may not stand just
        before or just after a match (then every word opens and closes with a word
        character, as a look-around pattern's words do). `group`: the group whose pass
        finds these words too (by default one of their own)."""
        words = frozenset(words)
        for word in words:
            if not word or (
                (before or after) and not (_word_char(word[0]) and _word_char(word[-1]))
            ):
                raise ValueError(f"a guarded word must open and close with a letter: {word!r}")
        self._group = WordGroup() if group is None else group
        self._index = self._group.add(words, before)
        self._after = after

    def _candidates(self, text: str) -> list[Candidate]:
        return self._group.candidates(text)[self._index]

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[tuple[int, int]]:
        """The (start, end) of the matches inside text[pos:endpos], in the order and with the
        window that `re.finditer(text, pos, endpos)` has (the window's end counts as the
        text's end; characters before `pos` still count)."""
        endpos = len(text) if endpos is None else endpos
        candidates = self._candidates(text)
        after = self._after
        reached = pos
        for i in range(bisect_left(candidates, (pos, -1)), len(candidates)):
            start, end, closes = candidates[i]
            if start >= endpos:
                return
            if start < reached or end > endpos:
                continue
            nxt = text[end] if end < endpos else " "
            if _word_char(nxt) == closes or nxt in after:
                continue
            yield start, end
            reached = end

    def matches(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """The matches of `pattern`, which opens with one of the words (left edge as here), as
        `pattern.finditer(text)` gives them: `pattern` is tried only where a word stands."""
        reached = 0
        for start in sorted({c[0] for c in self._candidates(text)}):
            if start >= reached and (m := pattern.match(text, start)) is not None:
                yield m
                reached = m.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
        """The first match inside text[pos:endpos], as `re.search` finds it, or None."""
        return next(self.finditer(text, pos, endpos), None)
