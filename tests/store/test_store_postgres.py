"""The store on a real PostgreSQL server started for the test (skipped where none is installed)."""

from __future__ import annotations

import pytest

from kerjasama.query.figures import stats
from kerjasama.query.search import Filters, search
from kerjasama.record import Article, Cooperation, Party, Source
from kerjasama.store import open_store


def test_postgres_store_round_trip(pg_url: str) -> None:
    store = open_store(pg_url)
    coop = Cooperation(
        parties=[
            Party(name="Provinsi Jawa Barat", code="ID-JB", kind="province", country="ID"),
            Party(name="Provinsi Gyeonggi", code="KR-41", kind="foreign_region", country="KR"),
        ],
        scope="foreign",
        instrument="mou",
        action="sign",
        sectors=["education"],
        date="2024-02-01",
        confidence=0.9,
    )
    rec = Article(
        id="pg1",
        title="Jabar dan Gyeonggi perpanjang kerja sama",
        text="Pemprov Jawa Barat menandatangani perpanjangan MoU pendidikan dengan Gyeonggi.",
        is_cooperation=True,
        cooperation_score=0.9,
        source=Source(published="2024-02-01"),
        cooperations=[coop],
    )
    assert store.save_batch([rec]).new == 1
    assert store.save_batch([rec]).duplicates == 1
    total, hits = search(store, "pendidik")
    assert total == 1 and hits[0].id == "pg1"
    assert [h.id for h in search(store, "", Filters(partner="KR", sector="education"))[1]] == [
        "pg1"
    ]
    assert stats(store)["by_partner_country"] == {"KR": 1}
    assert store.get("pg1").cooperations[0].parties[1].code == "KR-41"
    # Migrations are versioned: opening again applies nothing new.
    assert open_store(pg_url).count() == 1


def test_postgres_failed_batch_leaves_nothing(pg_url: str) -> None:
    """The rows, the index entries and the pending list of a batch go through the driver's own
    cursor (COPY, unnest): still the batch's one transaction, all of it or none."""
    from sqlalchemy import text

    store = open_store(pg_url)
    before = store.count()
    good = Article(id="pgfail1", text="Pemkab Lorenta meneken nota irigasi.", source=Source())
    broken = Article(id="pgfail2", text="x", source=Source())
    object.__setattr__(broken, "cooperations", [None])  # cannot be flattened
    with pytest.raises(AttributeError):
        store.save_batch([good, broken])
    assert store.count() == before and store.get("pgfail1") is None
    with store.engine.connect() as conn:
        left = conn.execute(
            text(
                "SELECT (SELECT count(*) FROM articles_fts WHERE article_id = 'pgfail1') + "
                "(SELECT count(*) FROM link_dirty WHERE article_id = 'pgfail1')"
            )
        ).scalar()
    assert left == 0
