"""The two seed articles come out as ../shared/seeds/expected.jsonl says."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kerjasama.evaluate import evaluate, load_gold, party_match, person_key, roles_agree
from kerjasama.extract import extract_raw
from kerjasama.sources import read_sources

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def pairs(seeds: Path):
    gold = {g["file"]: g for g in load_gold(seeds / "expected.jsonl")}
    records = [
        extract_raw(raw, TODAY)
        for raw in read_sources([str(p) for p in sorted(seeds.glob("*.txt"))])
    ]
    return [(gold[Path(r.source.path).name], r) for r in records]


def test_every_figure_is_perfect_on_the_seeds(seeds: Path, pairs) -> None:
    scores = evaluate(load_gold(seeds / "expected.jsonl"), [r for _, r in pairs]).as_dict()
    for key in ("is_cooperation", "parties", "people", "sectors"):
        assert scores[key]["f1"] == 1.0, key
    for key in ("strict", "instrument", "action", "scope", "place", "date", "people_with_role"):
        assert scores[key]["accuracy"] == 1.0, key


def test_records_match_the_gold_field_by_field(pairs) -> None:
    for gold, rec in pairs:
        assert rec.is_cooperation is gold["is_cooperation"]
        assert len(rec.cooperations) == len(gold["cooperations"])
        for gc, sc in zip(gold["cooperations"], rec.cooperations, strict=True):
            assert [p.code for p in sc.parties] == [p["code"] for p in gc["parties"]]
            assert all(
                party_match(g, s.model_dump())
                for g, s in zip(gc["parties"], sc.parties, strict=True)
            )
            assert [f.name for f in sc.facilitators] == [
                f["name"] for f in gc.get("facilitators", [])
            ]
            for key in ("scope", "instrument", "action", "date", "place"):
                assert getattr(sc, key) == gc[key], key
            assert sorted(sc.sectors) == sorted(gc["sectors"])
            assert sc.evidence and 0 < sc.confidence <= 1
        assert rec.related_titles == gold["related_titles"]
        for key, value in gold["source"].items():
            assert getattr(rec.source, key) == value, key
        people = {person_key(p.name): p for p in rec.people}
        for gp in gold["people"]:
            found = people[person_key(gp["name"])]
            assert roles_agree(gp["role"], found.role), (gp, found)


def test_offsets_index_into_the_text(pairs) -> None:
    for _, rec in pairs:
        for ent in rec.entities:
            assert rec.text[ent.start : ent.end] == ent.text
        for p in rec.people:
            assert all(rec.text[s:e] in p.name for s, e in p.mentions)
        for b in rec.boilerplate:
            assert 0 <= b.start < b.end <= len(rec.text)


def test_seed_details(pairs) -> None:
    records = {Path(r.source.path).name[:3]: r for _, r in pairs}
    anhui = records["000"]
    assert {a.short: a.long for a in anhui.acronyms}["IKN"] == "Ibu Kota Nusantara"
    assert {q.speaker for q in anhui.quotes} == {"Akmal Malik"}
    akmal = next(p for p in anhui.people if p.name == "Akmal Malik")
    assert (akmal.org, akmal.org_code) == ("Provinsi Kalimantan Timur", "ID-KI")
    mikta = records["004"]
    assert mikta.cooperations[0].date_text == "Kamis (4/5)"
    assert json.loads(mikta.to_json())["schema"] == "kerjasama.article/1"
