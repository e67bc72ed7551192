#!/usr/bin/env python3
"""Calibrate the scores on the annotated real pages in the local cache (`make calibration`).

Reads the gold lines of ../shared/data/realnews/dev-gold.jsonl and tests/realnews/gold.jsonl
whose page text is cached (see scripts/realnews.py), prints the reliability of the raw scores
and of the k-fold cross-validated calibrated scores (per bin: count, mean score, share right;
expected calibration error and Brier score), and writes
src/kerjasama/extract/models/calibration.json fitted on every page, with a curve for each score
whose cross-validated calibration beats the raw score on both measures.

usage: scripts/calibrate.py [--folds K] [--dry-run]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kerjasama.extract.calibration import RECORD, RECORD_MODEL, STORY  # noqa: E402
from kerjasama.learn.calibration import (  # noqa: E402
    auc,
    binned,
    brier,
    cross_validated,
    ece,
    fit,
    pages,
    raw_pairs,
)
from realnews import CACHE, annotated_pages, learning_arguments  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src/kerjasama/extract/models/calibration.json"
TODAY = dt.date(2026, 11, 24)
NAMES = {
    STORY: "cooperation_score (is a cooperation story)",
    RECORD: "record confidence (strictly right)",
    RECORD_MODEL: "record confidence by the record model (strictly right)",
}


def table(title: str, pairs: list[tuple[float, bool]]) -> None:
    print(
        f"\n{title}: {len(pairs)} items, ECE {ece(pairs):.3f}, Brier {brier(pairs):.3f},"
        f" AUC {auc(pairs):.3f}"
    )
    print(f"{'bin':>9}  {'n':>4}  {'mean score':>10}  {'share right':>11}")
    for (lo, hi), n, mean, right in binned(pairs):
        print(f"{lo:3.1f}–{hi:3.1f}  {n:4d}  {mean:10.2f}  {right:11.2f}")


def main() -> int:
    args = learning_arguments(__doc__)
    found = pages(annotated_pages(), TODAY)
    if len(found) < 50:
        print(f"only {len(found)} cached annotated pages in {CACHE}: not enough to calibrate")
        return 1
    raw, cv = raw_pairs(found), cross_validated(found, args.folds)
    for name in (STORY, RECORD):
        table(f"{NAMES[name]}, raw", raw[name])
    for name in (STORY, RECORD, RECORD_MODEL):
        table(f"{NAMES[name]}, calibrated ({args.folds}-fold CV)", cv[name])
    if args.dry_run:
        return 0
    # A curve ships only where it beats the raw score out of fold on both measures; for
    # records, the model ships instead of the curve where its out-of-fold Brier score is lower.
    better = [
        n
        for n in (STORY, RECORD, RECORD_MODEL)
        if ece(cv[n]) < ece(raw[n]) and brier(cv[n]) <= brier(raw[n])
    ]
    if RECORD in better and RECORD_MODEL in better:
        better.remove(RECORD if brier(cv[RECORD_MODEL]) < brier(cv[RECORD]) else RECORD_MODEL)
    fitted = {n: c for n, c in fit(found).items() if n in better}
    print(f"\nshipped: {', '.join(better) or 'none (raw scores are no worse)'}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps({name: c.to_json() for name, c in fitted.items()}, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"\nwrote {OUT} (fitted on {len(found)} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
