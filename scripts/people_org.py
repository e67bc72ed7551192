#!/usr/bin/env python3
"""How often a person's organisation agrees with the annotators' (`org` of each gold person).

People are paired by name as the reference scorer pairs them (../shared/tools/score.py); an
organisation agrees when it matches the gold one as a party name does there (folded case,
government words such as Pemerintah, Provinsi, Kota dropped, token subset or similarity ≥ 0.85).
Reported over the paired people whose gold line names an organisation: agree, other, none.
This measure is the project's own; the reference scorer does not score organisations.

usage: scripts/people_org.py GOLD.jsonl RECORDS.jsonl [--errors]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KERJASAMA_SHARED", REPO.parent / "shared"))


def scorer() -> ModuleType:
    """The reference scorer, loaded for its matching rules."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools/score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def org_agreement(gold: list[dict], records: list[dict]) -> tuple[dict[str, int], list[str]]:
    """Counts (agree, other, none, paired) and one line per disagreement."""
    sc = scorer()
    by_url = {(r.get("source") or {}).get("url"): r for r in records}
    counts = {"paired": 0, "agree": 0, "other": 0, "none": 0}
    lines: list[str] = []
    for g in gold:
        rec = by_url.get(g.get("url"))
        if rec is None:
            continue
        gpeople = [p for p in g.get("people") or [] if p.get("role") and p.get("org")]
        for gp, sp in sc.greedy(gpeople, rec.get("people") or [], sc.person_match):
            counts["paired"] += 1
            if not sp.get("org"):
                counts["none"] += 1
                lines.append(f"{g['id']}: {gp['name']}: gold {gp['org']} · system –")
            elif sc.party_match({"name": gp["org"]}, {"name": sp["org"]}):
                counts["agree"] += 1
            else:
                counts["other"] += 1
                lines.append(f"{g['id']}: {gp['name']}: gold {gp['org']} · system {sp['org']}")
    return counts, lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("records", type=Path)
    ap.add_argument("--errors", action="store_true", help="list each disagreement")
    args = ap.parse_args()
    counts, lines = org_agreement(_rows(args.gold), _rows(args.records))
    if args.errors:
        print("\n".join(lines))
    n = counts["paired"] or 1
    print(
        f"person org agreement {counts['agree'] / n:.3f} "
        f"({counts['agree']}/{counts['paired']} paired people with a gold org; "
        f"other {counts['other']}, none {counts['none']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
