"""An incremental refresh (only the changed records read again) gives what `relink` gives."""

from __future__ import annotations

import datetime as dt

from kerjasama import record
from kerjasama.link import LinkSettings
from kerjasama.store import open_store
from kerjasama.store.links import load_result, refresh_links

SETTINGS = LinkSettings(today=dt.date(2026, 11, 24))
REGIONS = [
    ("Provinsi Kalimantan Timur", "ID-KI", "province"),
    ("Kalimantan Timur", None, "province"),
    ("Kota Balikpapan", "64.71", "city"),
    ("Kota Balikpapn", None, "city"),
]
PARTNERS = [
    ("Anhui", "CN-AH", "foreign_region", "CN"),
    ("Kitakyushu", None, "foreign_city", "JP"),
    ("Provinsi Anhui", None, "foreign_region", "CN"),
]


def article(n: int, variant: int = 0) -> record.Article:
    name, code, kind = REGIONS[n % len(REGIONS)]
    pname, pcode, pkind, country = PARTNERS[(n + variant) % len(PARTNERS)]
    people = [record.Person(name="Dr. Budi Santoso, M.Si", role="Gubernur", org=name)]
    if n % 3 == 0:
        people.append(record.Person(name="Santoso", role="Gubernur", org=name, org_code=code))
    coop = record.Cooperation(
        parties=[
            record.Party(name=name, code=code, kind=kind),
            record.Party(name=pname, code=pcode, kind=pkind, country=country),
        ],
        scope="foreign",
        instrument=["mou", "loi", "none"][n % 3],
        action=["sign", "explore", "negotiate"][(n + variant) % 3],
        sectors=["education"],
        date=f"2024-0{1 + n % 9}-1{n % 10}",
        confidence=0.9,
    )
    return record.Article(
        id=f"a{n:03d}",
        source=record.Source(url=f"https://a.test/{n}", published=f"2024-0{1 + n % 9}-20"),
        title=f"Kerja sama {n}",
        text=f"Isi berita {n} versi {variant}.",
        is_cooperation=True,
        people=people,
        cooperations=[coop],
    )


def snapshot(store) -> str:
    return load_result(store).model_dump_json()


def test_incremental_refreshes_match_a_full_relink(tmp_path) -> None:
    store = open_store(str(tmp_path / "inc.db"))
    for start in range(0, 24, 6):  # four batches, each followed by a refresh
        store.save_batch([article(n) for n in range(start, start + 6)])
        refresh_links(store, SETTINGS)
    # re-extractions that change parties and actions, and a new article, in one batch
    store.save_batch([article(2, variant=1), article(7, variant=2), article(30)])
    refresh_links(store, SETTINGS)
    assert not store.links_pending()
    incremental = snapshot(store)
    again = refresh_links(store, SETTINGS, full=True)
    assert (again.added, again.changed, again.removed) == (0, 0, 0)
    assert snapshot(store) == incremental
    fresh = open_store(str(tmp_path / "full.db"))
    fresh.save_batch(
        [article(n) for n in range(24) if n not in (2, 7)]
        + [article(2, variant=1), article(7, variant=2), article(30)]
    )
    refresh_links(fresh, SETTINGS)
    assert snapshot(fresh) == incremental
    assert load_result(store).partnerships


def test_a_refresh_reads_only_the_changed_records(tmp_path, monkeypatch) -> None:
    store = open_store(str(tmp_path / "inc.db"))
    store.save_batch([article(n) for n in range(10)])
    refresh_links(store, SETTINGS)
    read: list = []
    original = store.iter_records

    def counting(ids=None):
        for rec in original(ids):
            read.append(rec.id)
            yield rec

    monkeypatch.setattr(store, "iter_records", counting)
    store.save_batch([article(10), article(3, variant=1)])
    refresh_links(store, SETTINGS)
    assert sorted(read) == ["a003", "a010"]
