"""The SQLite store: idempotent writes, search with filters, confirmed values kept apart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kerjasama.errors import StoreError
from kerjasama.query.figures import stats
from kerjasama.query.search import Filters, search
from kerjasama.record import Article, Cooperation, Party, Source
from kerjasama.store import open_store
from kerjasama.store.migrations import LATEST
from kerjasama.store.review import confirm

KALTIM = Party(name="Provinsi Kalimantan Timur", code="ID-KI", kind="province", country="ID")
ANHUI = Party(name="Provinsi Anhui", code="CN-AH", kind="foreign_region", country="CN")
SURABAYA = Party(name="Kota Surabaya", code="35.78", kind="city", country="ID")
BUSAN = Party(name="Busan", code=None, kind="foreign_city", country="KR")


def article(
    aid: str,
    title: str,
    body: str,
    parties: list[Party],
    action: str = "sign",
    instrument: str = "mou",
    date: str = "2023-12-04",
    sectors=("investment",),
) -> Article:
    coop = Cooperation(
        parties=parties,
        scope="foreign",
        instrument=instrument,
        action=action,
        sectors=list(sectors),
        date=date,
        confidence=0.9,
    )
    return Article(
        id=aid,
        title=title,
        text=body,
        is_cooperation=True,
        cooperation_score=0.9,
        source=Source(published=date, url=f"https://x.id/{aid}"),
        cooperations=[coop],
    )


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(str(tmp_path / "r.db"))
    s.save_batch(
        [
            article(
                "a1",
                "Kaltim teken MoU dengan Anhui",
                "Pemprov Kaltim menandatangani MoU investasi.",
                [KALTIM, ANHUI],
            ),
            article(
                "a2",
                "Surabaya jajaki kota kembar Busan",
                "Pemkot Surabaya menjajaki kerja sama pelabuhan.",
                [SURABAYA, BUSAN],
                action="explore",
                instrument="none",
                date="2022-03-01",
                sectors=("transport",),
            ),
        ]
    )
    return s


def test_schema_is_migrated_and_wal(store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT max(version) FROM schema_version")).scalar() == LATEST
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_idempotent_by_id(store) -> None:
    again = article(
        "a1",
        "Kaltim teken MoU dengan Anhui",
        "Pemprov Kaltim menandatangani MoU investasi.",
        [KALTIM, ANHUI],
    )
    summary = store.save_batch([again])
    assert (summary.new, summary.updated, summary.duplicates) == (0, 0, 1)
    changed = again.model_copy(update={"title": "Judul baru"})
    summary = store.save_batch([changed])
    assert (summary.new, summary.updated) == (0, 1)
    assert store.count() == 2 and store.get("a1").title == "Judul baru"


def test_full_text_search_folds_case_and_prefix(store) -> None:
    total, hits = search(store, "INVEST")
    assert total == 1 and hits[0].id == "a1" and "[" in hits[0].snippet
    assert search(store, "kerja sama")[1][0].id == "a2"
    assert search(store, 'MoU" (')[0] == 1  # quotes and brackets are not passed through


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(region="Kaltim"), []),  # region matches the stored name or code, not a nickname
        (Filters(region="kalimantan timur"), ["a1"]),
        (Filters(region="35.78"), ["a2"]),
        (Filters(partner="CN"), ["a1"]),
        (Filters(partner="busan"), ["a2"]),
        (Filters(action="explore"), ["a2"]),
        (Filters(instrument="mou", year=2023), ["a1"]),
        (Filters(sector="transport"), ["a2"]),
        (Filters(year=2021), []),
    ],
)
def test_filters(store, filters, expected) -> None:
    assert sorted(h.id for h in search(store, "", filters)[1]) == expected


def test_stats(store) -> None:
    s = stats(store)
    assert s["articles"] == 2 and s["cooperations"] == 2
    assert s["by_action"] == {"explore": 1, "sign": 1}
    assert s["by_partner_country"] == {"CN": 1, "KR": 1}


def test_confirmed_values_survive_reextraction(store) -> None:
    rec = store.get("a2")
    with store.engine.begin() as conn:
        confirm(conn, rec, "cooperation:35.78|busan", "action", "negotiate", reviewer="ana")
    assert store.get("a2").cooperations[0].action == "negotiate"
    # Re-extraction writes a new extracted record; the confirmed value still wins when read.
    fresh = rec.model_copy(update={"cooperation_score": 0.8})
    assert store.save_batch([fresh]).updated == 1
    got = store.get("a2")
    assert got.cooperations[0].action == "negotiate" and got.cooperations[0].confidence == 1.0
    with store.engine.connect() as conn:
        stored = conn.execute(text("SELECT record FROM articles WHERE id='a2'")).scalar()
    assert '"action":"explore"' in stored  # the extracted value is kept apart


def test_store_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        open_store(str(tmp_path / "missing.db"), create=False)
    bad = tmp_path / "garbage.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(str(bad))


def test_failed_batch_leaves_store_untouched(store, tmp_path: Path) -> None:
    good = article("a3", "t", "Kerja sama baru.", [KALTIM, ANHUI])
    broken = article("a4", "t", "x", [KALTIM, ANHUI])
    object.__setattr__(broken, "cooperations", [None])  # cannot be flattened
    with pytest.raises(AttributeError):
        store.save_batch([good, broken])
    assert store.count() == 2 and store.get("a3") is None
    con = sqlite3.connect(str(tmp_path / "r.db"))
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_updating_an_article_replaces_its_search_entry(store) -> None:
    changed = store.get("a1").model_copy(update={"title": "Kaltim dan Anhui perluas kerja sama"})
    store.save_batch([changed])
    assert [h.id for h in search(store, "perluas")[1]] == ["a1"]
    assert search(store, "teken")[0] == 0  # the old title is gone from the index
    with store.engine.connect() as conn:
        n_fts = conn.execute(text("SELECT count(*) FROM articles_fts")).scalar()
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM articles_fts WHERE rowid NOT IN (SELECT rowid FROM articles)"
            )
        ).scalar()
    assert n_fts == store.count() and orphans == 0
