"""The extractor on real news that CI can read: the IndoSum articles of ../shared/data/news
annotated in indosum-gold.jsonl (137 national-news articles that use a cooperation word and
name a government; 20 report cooperation, mostly ministries with foreign governments).

The texts are read from the shared corpus, never kept here. The figures are the reference
scorer's (../shared/tools/score.py), taken through `kerjasama eval` as a user runs it; the
floors sit a little under what the extractor scores today (README, "Real news in CI"), so a
change that loses real-news accuracy fails here even where the page cache is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kerjasama.evaluate import evaluate, load_gold
from support import REPO, SHARED, run_cli

GOLD = Path(__file__).parent / "indosum-gold.jsonl"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gold articles' texts from the shared corpus, as one JSON Lines input."""
    if not (SHARED / "data" / "news" / "indosum_dev").is_dir():
        pytest.skip(f"news corpus not found under {SHARED}/data/news")
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import articles

    corpus = {a["id"]: a for a in articles()}
    path = tmp_path_factory.mktemp("indosum") / "pages.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for g in load_gold(GOLD):
            a = corpus[g["indosum_id"]]
            assert (a["url"], a["published"]) == (g["url"], g["published"]), g["id"]
            out.write(json.dumps({k: a[k] for k in ("url", "published", "text")}) + "\n")
    return path


@pytest.fixture(scope="module")
def records(pages: Path) -> list[dict]:
    out = pages.with_name("records.jsonl")
    res = run_cli("eval", "--json", str(GOLD), str(pages), "--records", str(out))
    assert res.returncode == 0, res.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_eval_gives_the_reference_figures_on_real_news(reference, records: list[dict]) -> None:
    assert len(records) == len(load_gold(GOLD))
    ours = evaluate(load_gold(GOLD), records).reference_figures()
    assert ours == json.loads(json.dumps(reference.score(reference.read(GOLD), records)))


def test_real_national_news_keeps_its_figures(reference, records: list[dict]) -> None:
    fig = reference.score(reference.read(GOLD), records)
    coop_p, coop_r, _ = fig["is_cooperation_prf"]
    party_p, _, party_f = fig["party_prf"]
    assert coop_p >= 0.75 and coop_r >= 0.55, fig["is_cooperation_prf"]
    assert party_p >= 0.7 and party_f >= 0.58, fig["party_prf"]
    assert fig["instrument_acc"] >= 0.5 and fig["action_acc"] >= 0.35
    assert fig["record_strict_acc"] >= 0.3 and fig["place_acc"] >= 0.45
    assert fig["people_prf"][2] >= 0.7, fig["people_prf"]
    assert fig["people_with_role_recall"] >= 0.5


def test_hard_negatives_stay_negative(records: list[dict]) -> None:
    """National news that only uses cooperation words (sport transfers, company deals,
    leaders' diplomacy, police and army) is not flagged: at most 4 of its 117 articles."""
    gold = {g["url"]: g for g in load_gold(GOLD)}
    flagged = [
        gold[r["source"]["url"]]["id"]
        for r in records
        if r["is_cooperation"] and not gold[r["source"]["url"]]["is_cooperation"]
    ]
    assert len(flagged) <= 4, flagged
