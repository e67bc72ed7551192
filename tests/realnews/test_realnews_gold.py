"""The project's real-news gold is well formed: facts in the record vocabulary, no page text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kerjasama.record import ACTIONS, INSTRUMENTS, PARTY_KINDS, SECTORS

HERE = Path(__file__).parent
CODE = re.compile(r"^(ID-[A-Z]{2}|\d{2}\.\d{2}|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
LINE_KEYS = {"id", "url", "query", "published", "is_cooperation", "cooperations", "people", "notes"}
SETS = ["gold.jsonl", "second-annotator.jsonl"]
INDOSUM = ["indosum-gold.jsonl", "indosum-second-annotator.jsonl"]  # texts in ../shared


def _lines(name: str) -> list[dict]:
    path = HERE / name
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.mark.parametrize("name", SETS + INDOSUM)
def test_lines_use_the_vocabulary(name: str) -> None:
    if not (HERE / name).exists():
        pytest.skip(f"{name} not present")
    lines = _lines(name)
    assert len({g["id"] for g in lines}) == len({g["url"] for g in lines}) == len(lines)
    for g in lines:
        # a page is found by its query; an IndoSum article by its id in the shared corpus
        assert set(g) == (LINE_KEYS | {"indosum_id"} if name in INDOSUM else LINE_KEYS), g["id"]
        assert g["url"].startswith("http") and (g["query"] or g.get("indosum_id")), g["id"]
        assert bool(g["cooperations"]) == g["is_cooperation"], g["id"]
        for c in g["cooperations"]:
            assert c["instrument"] in INSTRUMENTS and c["action"] in ACTIONS, g["id"]
            assert c["scope"] in ("foreign", "domestic") and set(c["sectors"]) <= set(SECTORS)
            assert c["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["date"])
            for p in c["parties"] + c.get("facilitators", []):
                assert p["kind"] in PARTY_KINDS, (g["id"], p)
                assert p["code"] is None or CODE.match(p["code"]), (g["id"], p)
        for person in g["people"]:
            assert person["name"].strip(), g["id"]


def test_the_set_is_new_and_a_third_negative(shared: Path) -> None:
    lines = _lines("gold.jsonl")
    dev = {json.loads(x)["url"] for x in (shared / "data/realnews/dev-gold.jsonl").open()}
    assert not dev & {g["url"] for g in lines}
    negatives = sum(not g["is_cooperation"] for g in lines)
    assert len(lines) >= 150 and negatives >= len(lines) // 4


@pytest.mark.parametrize("name", ["gold.jsonl", *INDOSUM])
def test_no_page_text_in_the_notes(name: str) -> None:
    """Notes paraphrase; a quoted sentence would be page text kept in the repository."""
    for g in _lines(name):
        quoted = re.findall(r'["“]([^"”]{80,})["”]', g["notes"] or "")
        assert not quoted, (g["id"], quoted[:1])
