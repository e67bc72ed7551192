#!/usr/bin/env python3
"""Score the extractor on the cached real-news pages (a development command: `make realnews`).

The pages' texts live outside the repository, in KERJASAMA_REALNEWS_CACHE (default
~/.cache/kerjasama/realnews/<id>.txt: the url on the first line, a blank line, then the text).
Their facts are the gold files: ../shared/data/realnews/dev-gold.jsonl and the project's own
tests/realnews/gold.jsonl. This script gathers the cached pages that have a gold line into one
JSON Lines input, then runs `kerjasama eval --errors` on it and the reference scorer
(../shared/tools/score.py) on the records eval wrote. It skips, with a message, when the cache
or the gold is absent.

usage: scripts/realnews.py [--set dev|ours|all] [--gold FILE ...] [--ids ID,ID] [--no-errors]
                           [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KERJASAMA_SHARED", REPO.parent / "shared"))
CACHE = Path(os.environ.get("KERJASAMA_REALNEWS_CACHE", Path.home() / ".cache/kerjasama/realnews"))
GOLD = {
    "dev": SHARED / "data/realnews/dev-gold.jsonl",
    "ours": REPO / "tests/realnews/gold.jsonl",
}


def read_cached(path: Path) -> tuple[str, str]:
    """(url, text) of one cache file."""
    head, _, text = path.read_text(encoding="utf-8").partition("\n\n")
    return head.strip(), text


def gather(paths: list[Path], ids: set[str] | None) -> tuple[list[dict], list[dict], list[str]]:
    gold, inputs, absent = [], [], []
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
            cached = CACHE / f"{g['id']}.txt"
            if not cached.exists():
                absent.append(g["id"])
                continue
            url, text = read_cached(cached)
            if url != g["url"]:
                print(f"warning: {cached}: url differs from the gold line", file=sys.stderr)
            gold.append(g)
            inputs.append({"url": g["url"], "published": g.get("published"), "text": text})
    return gold, inputs, absent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=["dev", "ours", "all"], default="all")
    ap.add_argument("--gold", type=Path, action="append", help="other gold file(s) instead")
    ap.add_argument("--ids", help="comma-separated gold ids to score")
    ap.add_argument("--no-errors", action="store_true", help="figures only")
    ap.add_argument("--json", action="store_true", help="reference figures as JSON")
    args = ap.parse_args()
    if not CACHE.is_dir():
        print(f"realnews cache {CACHE} not found: nothing to score (see scripts/realnews.py)")
        return 0
    sets = ["dev", "ours"] if args.set == "all" else [args.set]
    ids = set(args.ids.split(",")) if args.ids else None
    gold, inputs, absent = gather(args.gold or [GOLD[s] for s in sets], ids)
    if not gold:
        print(f"no cached page has a gold line in {CACHE}: nothing to score")
        return 0
    if absent:
        print(f"({len(absent)} gold page(s) not cached, left out: {' '.join(absent[:20])})")
    kerjasama = Path(sys.executable).with_name("kerjasama")
    with tempfile.TemporaryDirectory(prefix="kerjasama-realnews-") as tmp:
        gold_file, input_file = Path(tmp, "gold.jsonl"), Path(tmp, "pages.jsonl")
        records = Path(tmp, "records.jsonl")
        gold_file.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
        input_file.write_text("".join(json.dumps(i) + "\n" for i in inputs), encoding="utf-8")
        cmd = [str(kerjasama), "eval", str(gold_file), str(input_file), "--records", str(records)]
        if not args.no_errors and not args.json:
            cmd.append("--errors")
        if args.json:
            cmd.append("--json")
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL if args.json else None)
        scorer = SHARED / "tools/score.py"
        if scorer.exists() and records.exists():
            print(f"\nreference scorer ({scorer.name}) on {len(gold)} page(s):")
            ref = [sys.executable, str(scorer), str(gold_file), str(records)]
            subprocess.run(ref + (["--json"] if args.json else []), check=True)
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
