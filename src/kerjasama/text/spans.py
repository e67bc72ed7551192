"""Questions about a set of character spans, answered in O(log n): does one cover, overlap or
hold a position? Stages ask them for every mention, so a linear scan would make extraction
quadratic in the length of the text."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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
