#!/usr/bin/env python3
"""Train the story model from the annotated real pages in the local cache (`make story-model`).

Reads the gold lines of ../shared/data/realnews/dev-gold.jsonl and tests/realnews/gold.jsonl
whose page text is cached (see scripts/realnews.py), prints the nested 5-fold cross-validated
is_cooperation F1 against the hand-set weights', and writes
src/kerjasama/extract/models/story.json (fitted on every page).

usage: scripts/train_story_model.py [--folds K] [--dry-run]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kerjasama.learn.story import cross_validate, examples, fit  # noqa: E402
from realnews import CACHE, annotated_pages, learning_arguments  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src/kerjasama/extract/models/story.json"
TODAY = dt.date(2026, 11, 24)


def pages():
    """(id, raw article, is_cooperation) of every annotated page in the cache."""
    for key, raw, gold in annotated_pages():
        yield key, raw, bool(gold["is_cooperation"])


def main() -> int:
    args = learning_arguments(__doc__)
    items = examples(pages(), TODAY)
    if len(items) < 50:
        print(f"only {len(items)} cached annotated pages in {CACHE}: not enough to train")
        return 1
    report = cross_validate(items, args.folds)
    print(f"pages: {report.pages} ({sum(e.label for e in items)} cooperation)")
    print(f"is_cooperation F1, hand-set weights:          {report.rule_f1:.3f}")
    print(f"is_cooperation F1, model ({args.folds}-fold nested CV): {report.cv_f1:.3f}")
    print(f"settings chosen per fold (C, cut): {report.fold_choices}")
    if args.dry_run:
        return 0
    model = fit(items, report.c, report.cut)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        model.to_json(
            trained_on=report.pages,
            cv_f1=round(report.cv_f1, 3),
            rule_f1=round(report.rule_f1, 3),
            C=report.c,
            folds=args.folds,
        )
        + "\n",
        encoding="utf-8",
    )
    print(
        f"wrote {OUT.relative_to(REPO)} (C {report.c}, cut {report.cut}, "
        f"{len(model.weights)} weights)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
