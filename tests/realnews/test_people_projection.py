"""The gold people of the cached real pages project onto their texts (the person model's
training labels, kerjasama.ner.pages); skipped without the page cache."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kerjasama.ner.pages import project_people
from kerjasama.text.normalise import normalise_text

HERE = Path(__file__).parent
CACHE = Path(os.environ.get("KERJASAMA_REALNEWS_CACHE", Path.home() / ".cache/kerjasama/realnews"))


def test_nearly_every_gold_name_is_found_on_its_page() -> None:
    if not CACHE.is_dir():
        pytest.skip(f"real-news page cache {CACHE} not present")
    found = total = pages = 0
    for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        page = CACHE / f"{gold['id']}.txt"
        names = [p["name"] for p in gold["people"]]
        if not page.exists() or not names:
            continue
        text = normalise_text(page.read_text(encoding="utf-8").partition("\n\n")[2])
        result = project_people(text, names)
        pages += 1
        total += len(set(names))
        found += len(set(names)) - len(result.unfound)
    if pages < 50:
        pytest.skip(f"only {pages} annotated pages cached in {CACHE}")
    assert found / total >= 0.98, (found, total)
