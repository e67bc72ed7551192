"""Span questions answered by bisection agree with the plain scans they replace."""

from __future__ import annotations

import random

from kerjasama.text.spans import Spans


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
