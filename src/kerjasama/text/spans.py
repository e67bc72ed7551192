"""Questions about a set of character spans, answered in O(log n): does one cover, overlap or
hold a position? Stages ask them for every mention, so a linear scan would make extraction
quadratic in the length of the text."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from itertools import accumulate


class Spans:
    """Half-open spans [start, end), in any order, possibly nested or overlapping."""

    __slots__ = ("_starts", "_max_end")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end = list(accumulate((e for _, e in ordered), max))

    def _reach(self, count: int) -> int:
        """The furthest end among the first `count` spans (by start)."""
        return self._max_end[count - 1] if count else -1

    def covers(self, start: int, end: int) -> bool:
        """Some span holds all of [start, end)."""
        return self._reach(bisect_right(self._starts, start)) >= end

    def holds(self, pos: int) -> bool:
        """Some span holds position `pos`."""
        return self._reach(bisect_right(self._starts, pos)) > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with [start, end)."""
        return self._reach(bisect_left(self._starts, end)) > start

    def starts_within(self, start: int, end: int) -> bool:
        """Some span starts inside [start, end)."""
        i = bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end


class AddedSpans:
    """Spans added one at a time while a stage runs (mentions it notes as it goes), asked
    "does this overlap one of them?" in O(log n) plus the few spans near the position."""

    __slots__ = ("_spans", "_longest")

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Some added span shares a character with [start, end)."""
        j = bisect_left(self._spans, (end,)) - 1  # the last span starting before `end`
        while j >= 0 and self._spans[j][0] + self._longest > start:
            if self._spans[j][1] > start:
                return True
            j -= 1
        return False
