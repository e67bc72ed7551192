"""The development set (invented articles, annotated by the team) scored with `kerjasama eval`.

The floors are a ratchet against regressions, set a little below what the extractor reaches;
the targets of the project are measured on real news the project does not hold.
"""

from __future__ import annotations

import json
from pathlib import Path

from support import REPO, run_cli

DEVSET = REPO / "tests" / "devset"
FLOORS = {"is_cooperation": 0.95, "parties": 0.95, "people": 0.95, "sectors": 0.82}
ACCURACY_FLOORS = {
    "strict": 0.92,
    "instrument": 0.95,
    "action": 0.95,
    "date": 0.95,
    "place": 0.78,
    "people_with_role": 0.89,
}


def test_devset_scores_hold() -> None:
    res = run_cli("eval", "--json", str(DEVSET / "gold.jsonl"), str(DEVSET / "articles"))
    assert res.returncode == 0, res.stderr
    scores = json.loads(res.stdout)
    assert scores["articles"] >= 40 and not scores["missing"]
    for key, floor in FLOORS.items():
        assert scores[key]["f1"] >= floor, (key, scores[key])
    for key, floor in ACCURACY_FLOORS.items():
        assert scores[key]["accuracy"] >= floor, (key, scores[key])


def test_devset_gold_is_well_formed() -> None:
    files = {p.name for p in (DEVSET / "articles").iterdir()}
    for line in (DEVSET / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        assert gold["file"] in files
        assert gold["is_cooperation"] == bool(gold["cooperations"])
        assert Path(DEVSET / "articles" / gold["file"]).read_text(encoding="utf-8").strip()
