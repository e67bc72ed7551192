#!/usr/bin/env python3
"""Score the extractor on the cached real-news pages (a development command: `make realnews`).

The pages' texts live outside the repository, in KERJASAMA_REALNEWS_CACHE (default
~/.cache/kerjasama/realnews/<id>.txt: the url on the first line, a blank line, then the text).
Their facts are the gold files: ../shared/data/realnews/dev-gold.jsonl and the project's own
tests/realnews/gold.jsonl. This script gathers the cached pages that have a gold line into one
JSON Lines input, then runs `kerjasama eval --errors` on it and the reference scorer
(../shared/tools/score.py) on the records eval wrote, then how often people's organisations
agree with the annotators' (scripts/people_org.py, not a reference figure). It skips, with a
message, when the cache or the gold is absent.

With --cv K the learned story model is cross-validated as the figures are taken: each fold of
pages is extracted with a model trained (scripts/train_story_model.py's way) on the other folds
only, so no page is scored by a model that saw it. Figures of a trained model must be taken so.
The shipped person model was trained on these pages: its cross-validated figures come from
scripts/train_people_model.py (`make people-model ARGS=--dry-run`); KERJASAMA_PEOPLE_MODEL=nergrit
or none scores without it.

With --furniture NAME invented page furniture (a menu, a share bar, a related line, a footer:
scripts/page_furniture.py) is added to every page first: a robust extractor gives the same
figures (benchmarks/robustness.md).

The `indosum` set (tests/realnews/indosum-gold.jsonl) is annotated on articles of the
IndoSum corpus in ../shared/data/news: its texts come from there, so it needs no cache.

usage: scripts/realnews.py [--set dev|ours|indosum|all] [--gold FILE ...] [--ids ID,ID]
                           [--no-errors] [--json] [--cv K] [--furniture NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from page_furniture import VARIANTS  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KERJASAMA_SHARED", REPO.parent / "shared"))
CACHE = Path(os.environ.get("KERJASAMA_REALNEWS_CACHE", Path.home() / ".cache/kerjasama/realnews"))
GOLD = {
    "dev": SHARED / "data/realnews/dev-gold.jsonl",
    "ours": REPO / "tests/realnews/gold.jsonl",
    "indosum": REPO / "tests/realnews/indosum-gold.jsonl",
}
CACHED_SETS = ("dev", "ours")  # the sets whose texts are in the page cache


def indosum_texts() -> dict[str, dict]:
    """The IndoSum articles of ../shared/data/news by IndoSum id (url, published, text): the
    texts of the `indosum` gold lines, read from the shared corpus, not from the cache."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import NEWS, articles

    if not NEWS.is_dir():
        return {}
    return {a["id"]: a for a in articles()}


def read_cached(path: Path) -> tuple[str, str]:
    """(url, text) of one cache file."""
    head, _, text = path.read_text(encoding="utf-8").partition("\n\n")
    return head.strip(), text


def gather(
    paths: list[Path], ids: set[str] | None, furniture: str | None = None
) -> tuple[list[dict], list[dict], list[str]]:
    """Gold lines with a cached page, the pages as inputs (with invented `furniture` added,
    `page_furniture.VARIANTS`), and the ids of gold pages not cached."""
    add = (lambda text: text) if furniture is None else VARIANTS[furniture]
    gold, inputs, absent = [], [], []
    shared: dict[str, dict] | None = None
    for path in paths:
        if not path.exists():
            print(f"(gold {path} not found: skipped)", file=sys.stderr)
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            g = json.loads(line)
            if ids and g["id"] not in ids:
                continue
            if g.get("indosum_id"):
                shared = indosum_texts() if shared is None else shared
                page = shared.get(g["indosum_id"])
                if page is None:
                    absent.append(g["id"])
                    continue
                gold.append(g)
                inputs.append(
                    {**{k: page[k] for k in ("url", "published")}, "text": add(page["text"])}
                )
                continue
            cached = CACHE / f"{g['id']}.txt"
            if not cached.exists():
                absent.append(g["id"])
                continue
            url, text = read_cached(cached)
            if url != g["url"]:
                print(f"warning: {cached}: url differs from the gold line", file=sys.stderr)
            gold.append(g)
            inputs.append({"url": g["url"], "published": g.get("published"), "text": add(text)})
    return gold, inputs, absent


def annotated_pages(paths: list[Path] | None = None):
    """(id, raw article, gold line) of every annotated page in the cache (both gold files by
    default): what the learning scripts train and cross-validate on."""
    from kerjasama.sources.model import RawArticle

    gold, inputs, _ = gather(paths or [GOLD["dev"], GOLD["ours"]], None)
    for g, page in zip(gold, inputs, strict=True):
        yield (
            g["id"],
            RawArticle(text=page["text"], url=page["url"], published=page["published"]),
            g,
        )


def learning_arguments(doc: str) -> argparse.Namespace:
    """The options every learning script takes: --folds K, --dry-run."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only; write nothing")
    return ap.parse_args()


def _fold_runs(gold: list[dict], inputs: list[dict], k: int, tmp: Path):
    """(gold, inputs, model file) per fold: the model trained on the other folds."""
    import datetime as dt

    from kerjasama.learn.story import choose, examples, fit, folds
    from kerjasama.sources.model import RawArticle

    pages = [
        (g["id"], RawArticle(text=i["text"], url=i["url"], published=i["published"]), g)
        for g, i in zip(gold, inputs, strict=True)
    ]
    items = examples(((k_, r, bool(g["is_cooperation"])) for k_, r, g in pages), dt.date.today())
    by_key = {g["id"]: (g, i) for g, i in zip(gold, inputs, strict=True)}
    runs = []
    parts = folds(items, k)
    for n, test in enumerate(parts):
        train = [e for j, p in enumerate(parts) if j != n for e in p]
        model = fit(train, *choose(train))
        path = tmp / f"story-{n}.json"
        path.write_text(model.to_json(), encoding="utf-8")
        keys = [e.key for e in test]
        runs.append(([by_key[x][0] for x in keys], [by_key[x][1] for x in keys], path))
    return runs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=["dev", "ours", "indosum", "all"], default="all")
    ap.add_argument("--gold", type=Path, action="append", help="other gold file(s) instead")
    ap.add_argument("--ids", help="comma-separated gold ids to score")
    ap.add_argument("--no-errors", action="store_true", help="figures only")
    ap.add_argument("--json", action="store_true", help="reference figures as JSON")
    ap.add_argument("--cv", type=int, metavar="K", help="cross-validate the story model")
    ap.add_argument(
        "--furniture",
        choices=sorted(VARIANTS),
        help="add invented page furniture to every page (a robustness check)",
    )
    args = ap.parse_args()
    sets = [*CACHED_SETS, "indosum"] if args.set == "all" else [args.set]
    if not CACHE.is_dir() and not args.gold:
        print(f"realnews cache {CACHE} not found: its pages are left out (see scripts/realnews.py)")
        sets = [s for s in sets if s not in CACHED_SETS]
        if not sets:
            return 0
    ids = set(args.ids.split(",")) if args.ids else None
    gold, inputs, absent = gather(args.gold or [GOLD[s] for s in sets], ids, args.furniture)
    if not gold:
        print(f"no cached page has a gold line in {CACHE}: nothing to score")
        return 0
    if absent:
        print(f"({len(absent)} gold page(s) not cached, left out: {' '.join(absent[:20])})")
    kerjasama = Path(sys.executable).with_name("kerjasama")
    with tempfile.TemporaryDirectory(prefix="kerjasama-realnews-") as tmp:
        gold_file, records = Path(tmp, "gold.jsonl"), Path(tmp, "records.jsonl")
        gold_file.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
        runs = _fold_runs(gold, inputs, args.cv, Path(tmp)) if args.cv else [(gold, inputs, None)]
        parts = []
        for i, (fold_gold, fold_inputs, model) in enumerate(runs):
            part_gold, part_input = Path(tmp, f"gold-{i}.jsonl"), Path(tmp, f"pages-{i}.jsonl")
            part_records = Path(tmp, f"records-{i}.jsonl")
            part_gold.write_text("".join(json.dumps(g) + "\n" for g in fold_gold), "utf-8")
            part_input.write_text("".join(json.dumps(x) + "\n" for x in fold_inputs), "utf-8")
            cmd = [str(kerjasama), "eval", str(part_gold), str(part_input)]
            cmd += ["--records", str(part_records)]
            quiet = args.json or args.cv
            if not args.no_errors and not quiet:
                cmd.append("--errors")
            env = {**os.environ, **({"KERJASAMA_STORY_MODEL": str(model)} if model else {})}
            done = subprocess.run(cmd, stdout=subprocess.DEVNULL if quiet else None, env=env)
            parts.append(part_records)
        records.write_text("".join(p.read_text("utf-8") for p in parts), encoding="utf-8")
        scorer = SHARED / "tools/score.py"
        if scorer.exists() and records.exists():
            how = f", story model {args.cv}-fold cross-validated" if args.cv else ""
            print(f"\nreference scorer ({scorer.name}) on {len(gold)} page(s){how}:")
            ref = [sys.executable, str(scorer), str(gold_file), str(records)]
            subprocess.run(ref + (["--json"] if args.json else []), check=True)
            if not args.json:  # the project's own measure, beside the reference figures
                orgs = [sys.executable, str(REPO / "scripts/people_org.py"), str(gold_file)]
                subprocess.run([*orgs, str(records)], check=True)
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
