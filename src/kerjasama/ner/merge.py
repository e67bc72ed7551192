"""Combine the statistical tagger's spans with the spans that rules and gazetteers are sure of.

The rules win: a model span is kept only when it overlaps no sure span, so the model fills the
gaps (names the rules do not know) and never overrides or re-types what the rules found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Span = tuple[int, int, str]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when the half-open character ranges share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def fill_gaps(sure: Sequence[tuple[int, int, str]], model: Iterable[Span]) -> list[Span]:
    """Return the model spans that overlap no sure span, in text order."""
    ordered = sorted((s[0], s[1]) for s in sure)
    kept: list[Span] = []
    for span in model:
        if not any(overlaps((span[0], span[1]), r) for r in ordered):
            kept.append(span)
    return sorted(kept)


def merge_spans(sure: Sequence[Span], model: Iterable[Span]) -> list[Span]:
    """Sure spans plus the model spans that fill gaps between them, sorted by position."""
    return sorted([*sure, *fill_gaps(sure, model)])
