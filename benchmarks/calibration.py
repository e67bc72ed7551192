"""Reliability of the scores: is a record scored 0.9 right about 90% of the time?

Scores the development set (tests/devset) and prints, per score bin, how many records fell in
it and the share that was right: for `cooperation_score`, whether the article is a cooperation
article; for a record's `confidence`, whether it is strictly right (all parties, instrument and
action). Run: python benchmarks/calibration.py [GOLD.jsonl ARTICLES_DIR]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from kerjasama.evaluate import load_gold, shared_parties, with_gold_metadata
from kerjasama.extract import extract_raw
from kerjasama.sources import read_sources

REPO = Path(__file__).resolve().parents[1]
BINS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def table(name: str, pairs: list[tuple[float, bool]]) -> None:
    gaps = [abs(_share(b) - sum(s for s, _ in b) / len(b)) * len(b) for b in _binned(pairs) if b]
    ece = sum(gaps) / max(1, len(pairs))
    print(f"\n{name}: {len(pairs)} items, expected calibration error {ece:.3f}")
    print(f"{'bin':>11}  {'n':>4}  {'mean score':>10}  {'share right':>11}")
    for (lo, hi), items in zip(BINS, _binned(pairs), strict=True):
        if items:
            mean = sum(s for s, _ in items) / len(items)
            right = sum(ok for _, ok in items) / len(items)
            print(f"{lo:4.1f}–{min(hi, 1.0):4.1f}  {len(items):4d}  {mean:10.2f}  {right:11.2f}")


def _share(items: list[tuple[float, bool]]) -> float:
    return sum(ok for _, ok in items) / len(items)


def _binned(pairs: list[tuple[float, bool]]) -> list[list[tuple[float, bool]]]:
    return [[p for p in pairs if lo <= p[0] < hi] for lo, hi in BINS]


def main() -> None:
    gold_path = Path(sys.argv[1]) if len(sys.argv) > 2 else REPO / "tests/devset/gold.jsonl"
    folder = sys.argv[2] if len(sys.argv) > 2 else str(REPO / "tests/devset/articles")
    gold = {g["file"]: g for g in load_gold(gold_path)}
    articles, records = [], []
    for raw in with_gold_metadata(read_sources([folder]), list(gold.values())):
        rec = extract_raw(raw, dt.date(2026, 11, 24))
        g = gold[Path(rec.source.path).name]
        articles.append((rec.cooperation_score, bool(g["is_cooperation"])))
        for coop in rec.cooperations:
            c = coop.model_dump()
            best = max(g["cooperations"], key=lambda gc: shared_parties(gc, c), default=None)
            ok = (
                bool(best)
                and shared_parties(best, c) == len(best["parties"])
                and best["instrument"] == c["instrument"]
                and best["action"] == c["action"]
            )
            records.append((coop.confidence, ok))
    table("cooperation_score (article is a cooperation article)", articles)
    table("record confidence (record strictly right)", records)


if __name__ == "__main__":
    main()
