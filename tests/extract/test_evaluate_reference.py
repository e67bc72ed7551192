"""`kerjasama eval` gives the reference scorer's figures (../shared/tools/score.py)."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from kerjasama.evaluate import evaluate, load_gold
from support import REPO, run_cli

DEVSET = REPO / "tests" / "devset"


def _as_reference(res: dict) -> dict:
    """score.py's figures with tuples as lists, as JSON gives them."""
    return json.loads(json.dumps(res))


def test_eval_on_the_devset_agrees_with_the_reference(reference, tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    gold = DEVSET / "gold.jsonl"
    res = run_cli("eval", "--json", str(gold), str(DEVSET / "articles"), "--records", str(records))
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 40
    ours = evaluate(load_gold(gold), rows).reference_figures()
    assert ours == _as_reference(reference.score(reference.read(gold), rows))
    cli = json.loads(res.stdout)
    assert cli["people"]["tp"] == evaluate(load_gold(gold), rows).people.tp


def _perturbed(gold: list[dict], seed: int) -> list[dict]:
    """System rows made from gold with the mistakes an extractor makes: parties dropped, codes
    changed, names varied, deputies for principals, wrong actions, missing articles."""
    rng = random.Random(seed)
    rows = []
    for g in gold:
        if rng.random() < 0.08:
            continue  # article missing
        coops = copy.deepcopy(g.get("cooperations") or [])
        for c in coops:
            c["parties"] = [
                {"name": p["name"], "code": p.get("code"), "kind": p.get("kind", "other")}
                for p in c["parties"]
                if rng.random() > 0.15
            ]
            for p in c["parties"]:
                r = rng.random()
                if r < 0.1 and p["code"]:
                    p["code"] = p["code"][:-1] + "9"
                elif r < 0.2:
                    p["code"] = None
                    p["name"] = "Pemerintah " + p["name"].split()[-1]
            if rng.random() < 0.3:
                c["action"] = rng.choice(["explore", "sign", "review"])
            if rng.random() < 0.3:
                c["instrument"] = rng.choice(["mou", "none"])
            if rng.random() < 0.3:
                c["place"] = None
            if rng.random() < 0.3:
                c["sectors"] = (c.get("sectors") or [])[:1] + ["trade"]
            if rng.random() < 0.2:
                c["date"] = None
        if rng.random() < 0.2:
            coops.append({"parties": [{"name": "Kota Lain", "code": None, "kind": "city"}]})
        people = []
        for p in g.get("people") or []:
            r = rng.random()
            if r < 0.1:
                continue
            role = p.get("role")
            if r < 0.25 and role:
                role = "Wakil " + role
            elif r < 0.35:
                role = None
            name = p["name"] if rng.random() > 0.1 else "Dr. " + p["name"].split()[-1]
            people.append({"name": name, "role": role, "org": p.get("org")})
        if rng.random() < 0.3:
            people.append({"name": "Orang Lain", "role": "Kepala Dinas"})
        is_coop = g.get("is_cooperation") if rng.random() > 0.1 else not g.get("is_cooperation")
        rows.append(
            {
                # every real record has a path (score.py pairs a pathless one with any gold
                # line that has neither a record nor a file name)
                "source": {"path": g.get("file") or "pages.jsonl", "url": g.get("url")},
                "is_cooperation": is_coop,
                "cooperations": coops,
                "people": people,
            }
        )
    return rows


@pytest.mark.parametrize("seed", range(6))
def test_figures_agree_on_flawed_records(reference, shared: Path, seed: int) -> None:
    for gold_path in (DEVSET / "gold.jsonl", shared / "data" / "realnews" / "dev-gold.jsonl"):
        gold = load_gold(gold_path)
        rows = _perturbed(gold, seed)
        ours = evaluate(gold, rows).reference_figures()
        assert ours == _as_reference(reference.score(gold, rows)), gold_path.name


def test_errors_name_each_disagreement(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    article = tmp_path / "a.txt"
    article.write_text(
        "Samarinda - Pemerintah Provinsi Kalimantan Timur menandatangani nota kesepahaman "
        "dengan Pemerintah Kota Balikpapan di bidang pendidikan, Senin (3/6/2024).\n",
        encoding="utf-8",
    )
    line = {
        "id": "a",
        "file": "a.txt",
        "url": None,
        "is_cooperation": True,
        "cooperations": [
            {
                "parties": [
                    {"code": "ID-KI", "name": "Provinsi Kalimantan Timur", "kind": "province"},
                    {"code": "64.71", "name": "Kota Balikpapan", "kind": "city"},
                ],
                "scope": "domestic",
                "instrument": "agreement",
                "action": "sign",
                "sectors": ["education"],
                "date": "2024-06-03",
                "place": "Balikpapan",
            }
        ],
        "people": [{"name": "Budi Santoso", "role": "Wali Kota Balikpapan"}],
    }
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    res = run_cli("eval", "--errors", str(gold), str(article), env={"COLUMNS": "200"})
    assert res.returncode == 0, res.stderr
    text = res.stdout.decode()
    assert "instrument [Provinsi Kalimantan Timur ↔ Kota Balikpapan]: gold agreement" in text
    assert "place [" in text and "person missed: gold Budi Santoso" in text
    assert "menandatangani nota kesepahaman" in text  # the evidence sentence
    res = run_cli("eval", "--errors", "--json", str(gold), str(article))
    errors = json.loads(res.stdout)["errors"][0]["errors"]
    assert {"field": "person missed", "gold": "Budi Santoso — Wali Kota Balikpapan"} | {
        "system": None,
        "evidence": None,
    } in errors


def test_two_annotators_are_compared_with_the_same_rules(
    reference, shared: Path, tmp_path: Path
) -> None:
    gold_path = shared / "data" / "realnews" / "dev-gold.jsonl"
    gold = load_gold(gold_path)
    second = []
    for g, row in zip(gold, _perturbed(gold, 11) + [None] * len(gold), strict=False):
        line = dict(g)
        if row is not None and row["source"]["url"] == g["url"]:
            line.update({k: row[k] for k in ("is_cooperation", "cooperations", "people")})
        second.append(line)
    other = tmp_path / "second.jsonl"
    other.write_text("".join(json.dumps(x) + "\n" for x in second), encoding="utf-8")
    res = run_cli("eval", "--json", str(gold_path), "--annotations", str(other))
    assert res.returncode == 0, res.stderr
    figures = json.loads(res.stdout)
    rows = [{"source": {"url": x["url"], "path": x["id"]}, **x} for x in second]
    expected = _as_reference(reference.score(gold, rows))
    assert figures["parties"]["f1"] == expected["party_prf"][2] < 1.0
    assert figures["people_with_role"]["accuracy"] == expected["people_with_role_recall"]
