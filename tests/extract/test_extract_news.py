"""Real national news (IndoSum, ../shared/data/news) is almost never regional cooperation.

The corpus is general national news: state visits, companies, politics, sport. Flagging it as
regional-government cooperation would flood a register with noise, so the share flagged must
stay tiny. Skipped where ../shared is absent.
"""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from kerjasama.extract import extract_raw
from kerjasama.sources.model import RawArticle
from support import REPO, SHARED


@pytest.fixture(scope="module")
def news() -> list[str]:
    if not (SHARED / "data" / "news" / "indosum_dev").is_dir():
        pytest.skip(f"news corpus not found under {SHARED}/data/news")
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import load_news

    return load_news(800)


def test_national_news_is_rarely_flagged(news: list[str]) -> None:
    flagged = [
        t[:120]
        for t in news
        if extract_raw(RawArticle(text=t), dt.date(2026, 11, 24)).is_cooperation
    ]
    assert len(flagged) <= len(news) // 100, flagged


def test_every_news_article_gives_a_valid_record(news: list[str]) -> None:
    for text in news[:200]:
        rec = extract_raw(RawArticle(text=text), dt.date(2026, 11, 24))
        for ent in rec.entities:
            assert rec.text[ent.start : ent.end] == ent.text
        assert 0.0 <= rec.cooperation_score <= 1.0
