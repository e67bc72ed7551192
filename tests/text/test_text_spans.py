"""Span questions answered by bisection agree with the plain scans they replace."""

from __future__ import annotations

import random

from kerjasama.text.spans import AddedSpans, Spans


def test_spans_agree_with_linear_scans() -> None:
    rng = random.Random(5)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 60)
            spans.append((s, s + rng.randint(1, 15)))
        index = Spans(spans)
        for _ in range(40):
            a = rng.randint(0, 80)
            b = a + rng.randint(1, 10)
            assert index.covers(a, b) == any(s <= a and b <= e for s, e in spans)
            assert index.holds(a) == any(s <= a < e for s, e in spans)
            assert index.overlaps(a, b) == any(s < b and a < e for s, e in spans)
            assert index.starts_within(a, b) == any(a <= s < b for s, _ in spans)


def test_added_spans_agree_with_a_linear_scan_as_they_grow() -> None:
    rng = random.Random(7)
    for _ in range(100):
        added, spans = AddedSpans(), []
        for _ in range(rng.randint(1, 15)):
            s = rng.randint(0, 80)
            span = (s, s + rng.randint(1, rng.choice((3, 30))))  # short and long, nested too
            added.add(*span)
            spans.append(span)
            for _ in range(10):
                a = rng.randint(0, 100)
                b = a + rng.randint(1, 10)
                assert added.overlaps(a, b) == any(s < b and a < e for s, e in spans)
