"""After every kind of change, the incremental refresh gives exactly what a full rebuild gives.

A seeded stream of invented articles goes through the store in rounds: new articles,
re-extractions of stored ones, changed articles superseding their old record, reviews that
change parties or the stage or reject a cooperation, and later reference days (signals). After
each refresh the stored partnerships, people and entities must equal `build_links` over the
stored records, and `relink` must find nothing to change. On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import create_engine, text

from kerjasama import record
from kerjasama.link import LinkSettings, build_links
from kerjasama.store import open_store
from kerjasama.store.links import load_result, refresh_links
from kerjasama.store.review import confirm, cooperation_target, reject

# Invented bodies, each with the spellings an extractor might give it ("~": a typo, never coded,
# that only fuzzy clustering places).
HOME = [
    ("Provinsi Sundara Timur", "ID-ST", "province", ["Sundara Timur", "~Sundarra Timur"]),
    ("Kota Lirang", "71.01", "city", ["Lirang", "~Kota Lirangg"]),
    ("Kabupaten Wetan Raya", "72.02", "regency", ["Wetan Raya", "Pemkab Wetan Raya"]),
    ("Provinsi Gelora Barat", "ID-GB", "province", ["Gelora Barat", "West Gelora"]),
]
ABROAD = [
    ("Provinsi Hanzhao", "CN-HZ", "foreign_region", "CN", ["Hanzhao", "~Hanzhaoo"]),
    ("Kota Mitsuhama", None, "foreign_city", "JP", ["Mitsuhama", "~Mitsuhamma City"]),
    ("Negara Bagian Velora", "AU-VL", "foreign_region", "AU", ["Velora"]),
]
# Coded only from the fourth round on: stored uncoded mentions then resolve to the code.
LATER_CODES = {"Kota Mitsuhama": "JP-MH"}
PEOPLE = [
    ("Dr. Arman Sutedja, M.Si", "Gubernur", 0),
    ("Arman", "Gubernur", 0),
    ("Ir. Wulan Pratiwi", "Wali Kota", 1),
    ("Wulan", None, None),
    ("Li Wenhao", "Gubernur", 4),
    ("Kenji Arata", "Wali Kota", 5),
    ("Bagas Hendrawan", "Sekda", 2),
    ("Bagas", None, None),
]
# Named only from the fourth round on: a fuller name that earlier mentions now merge into, and
# another spelling of a full name that may change whose spelling a profile shows.
LATER_PEOPLE = [
    ("Bagas Hendrawan Saputra", "Sekda", 2),
    ("Arman Sutedja", "Gubernur", 0),
    ("Arman Sutedja", "Gubernur", 0),
    ("Wulan Pratiwi", None, 1),
]
STEPS = [("explore", "none"), ("negotiate", "mou"), ("sign", "loi"), ("sign", "mou")]
STEPS += [("implement", "mou"), ("review", "mou")]


def _party(rng: random.Random, body: tuple, later: bool = False) -> record.Party:
    if len(body) == 4:
        name, code, kind, forms = body
        country = "ID"
    else:
        name, code, kind, country, forms = body
    code = LATER_CODES.get(name, code) if later else code
    if kind == "city" and rng.random() < 0.3:
        kind = "regency"  # a kind written for another: the entity's traits follow the majority
    written = rng.choice([name, *forms])
    typo = written.startswith("~")
    return record.Party(
        name=written.lstrip("~"),
        code=code if rng.random() < 0.5 and not typo else None,
        kind=kind,
        country=country if rng.random() < 0.7 else None,
    )


def _person(rng: random.Random, later: bool) -> record.Person:
    name, role, body = rng.choice(PEOPLE + LATER_PEOPLE if later else PEOPLE)
    bodies = HOME + ABROAD
    org = None if body is None else rng.choice([bodies[body][0], *bodies[body][-1]]).lstrip("~")
    code = bodies[body][1] if body is not None and rng.random() < 0.5 else None
    return record.Person(name=name, role=role, org=org, org_code=code)


def _cooperation(rng: random.Random, day: dt.date, later: bool) -> record.Cooperation:
    left = rng.choice(HOME)
    right = rng.choice([b for b in HOME + ABROAD if b is not left])
    action, instrument = rng.choice(STEPS)
    facilitators = [_party(rng, HOME[3])] if rng.random() < 0.15 and right is not HOME[3] else []
    return record.Cooperation(
        parties=[_party(rng, left, later), _party(rng, right, later)],
        facilitators=facilitators,
        scope="foreign" if right in ABROAD else "domestic",
        instrument=instrument,
        action=action,
        sectors=rng.sample(["education", "tourism", "trade", "health"], rng.randint(0, 2)),
        date=day.isoformat() if rng.random() < 0.8 else None,
        place=rng.choice([None, "Lirang", "Jakarta"]),
        confidence=0.9,
    )


def _article(rng: random.Random, article_id: str, later: bool = False) -> record.Article:
    day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(900))
    coops = [_cooperation(rng, day, later) for _ in range(rng.choice([0, 1, 1, 1, 2]))]
    entities = []
    if rng.random() < 0.3:  # alias evidence: a coded entity beside the parties
        name, code = rng.choice([(b[-1][0].lstrip("~"), b[1]) for b in HOME])
        entities.append(record.Entity(id="e1", type="GPE", text=name, start=0, end=1, code=code))
    return record.Article(
        id=article_id,
        source=record.Source(
            url=f"https://berita.example/{article_id}",
            outlet=rng.choice(["Warta Satu", "Kabar Dua"]),
            published=day.isoformat() if rng.random() < 0.9 else None,
        ),
        title=f"Berita {article_id}",
        text=f"Isi berita {article_id} nomor {rng.random():.6f}.",
        is_cooperation=bool(coops),
        cooperation_score=0.9 if coops else 0.1,
        entities=entities,
        people=[_person(rng, later) for _ in range(rng.randint(0, 3))],
        cooperations=coops,
    )


def _review(rng: random.Random, store, ids: list[str]) -> None:
    """A reviewer changes a cooperation's parties or stage, or rejects it."""
    for article_id in rng.sample(ids, min(3, len(ids))):
        article = store.get(article_id)
        if article is None or not article.cooperations:
            continue
        coop = article.cooperations[0]
        target = cooperation_target(coop)
        with store.engine.begin() as conn:
            roll = rng.random()
            if roll < 0.4:
                other = _party(rng, rng.choice(ABROAD))
                parties = [coop.parties[0].model_dump(mode="json"), other.model_dump(mode="json")]
                confirm(conn, article, target, "parties", parties, "tester")
            elif roll < 0.8:
                confirm(conn, article, target, "action", "implement", "tester")
            else:
                reject(conn, article, target, "tester")
            from kerjasama.store.store import mark_links_pending

            mark_links_pending(conn, [article_id])


def _dump(result) -> dict:
    return result.model_dump(mode="json")


def _check(store, settings: LinkSettings) -> None:
    assert not store.links_pending()
    expected = _dump(build_links(list(store.iter_records()), settings=settings))
    assert _dump(load_result(store)) == expected
    again = refresh_links(store, settings, full=True)
    assert (again.added, again.changed, again.removed) == (0, 0, 0)


def _scenario(url: str, seed: int) -> None:
    rng = random.Random(seed)
    store = open_store(url)
    today = dt.date(2024, 6, 1)
    settings = LinkSettings(today=today)
    ids = [f"s{seed}-{n:03d}" for n in range(30)]
    store.save_batch([_article(rng, i) for i in ids])
    refresh_links(store, settings)
    _check(store, settings)
    serial = len(ids)
    for round_ in range(8):
        fresh = [f"s{seed}-{serial + n:03d}" for n in range(rng.randint(1, 6))]
        serial += len(fresh)
        later = round_ >= 3
        batch = [_article(rng, i, later) for i in fresh]
        batch += [_article(rng, i, later) for i in rng.sample(ids, 2)]  # re-extracted: same id
        replaces = {}
        for old in rng.sample(ids, 1):  # a changed article supersedes its old record
            new_id = f"s{seed}-{serial:03d}"
            serial += 1
            batch.append(_article(rng, new_id, later))
            replaces[new_id] = old
            ids.remove(old)
            ids.append(new_id)
        ids += fresh
        store.save_batch(batch, replaces=replaces)
        if round_ % 3 == 1:
            _review(rng, store, ids)
        if round_ % 2:
            today += dt.timedelta(days=rng.randint(30, 400))  # signals turn with the days
            settings = LinkSettings(today=today)
        refresh_links(store, settings)
        _check(store, settings)
    assert load_result(store).partnerships and load_result(store).people


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_refresh_equals_rebuild_on_sqlite(tmp_path, seed: int) -> None:
    _scenario(str(tmp_path / "eq.db"), seed)


def test_incremental_refresh_equals_rebuild_on_postgres(pg_url: str) -> None:
    admin = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://"))
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("DROP DATABASE IF EXISTS refresh_equality"))
        conn.execute(text("CREATE DATABASE refresh_equality"))
    admin.dispose()
    _scenario(pg_url.rsplit("/", 1)[0] + "/refresh_equality", 4)


def _coop(*parties: record.Party, day: str = "2024-03-01") -> record.Cooperation:
    return record.Cooperation(
        parties=list(parties),
        scope="foreign",
        instrument="mou",
        action="sign",
        date=day,
        confidence=0.9,
    )


def _plain(article_id: str, *coops: record.Cooperation, people=()) -> record.Article:
    return record.Article(
        id=article_id,
        source=record.Source(published="2024-03-02"),
        text=f"Isi {article_id}.",
        is_cooperation=True,
        people=list(people),
        cooperations=list(coops),
    )


PARTNER = record.Party(name="Provinsi Hanzhao", code="CN-HZ", kind="foreign_region", country="CN")


def test_an_entity_renamed_by_new_articles_renames_its_people(tmp_path) -> None:
    settings = LinkSettings(today=dt.date(2024, 6, 1))
    store = open_store(str(tmp_path / "rename.db"))
    long_name = record.Party(name="Provinsi Sundara Timur", code="ID-ST", kind="province")
    staff = record.Person(name="Bagas Hendrawan", role="Sekda", org="Sundara", org_code="ID-ST")
    store.save_batch([_plain("r1", _coop(long_name, PARTNER), people=[staff])])
    refresh_links(store, settings)
    short = long_name.model_copy(update={"name": "Sundara Timur"})
    store.save_batch([_plain(f"r{n}", _coop(short, PARTNER)) for n in (2, 3)])  # no people
    refresh_links(store, settings)
    _check(store, settings)
    assert load_result(store).people[0].org == "Sundara Timur"


def test_coded_mentions_of_another_kind_place_a_stored_name(tmp_path) -> None:
    """The kind an entity's coded mentions mostly give decides which uncoded names fit it:
    when new coded mentions (under another name) change it, a stored uncoded name moves."""
    settings = LinkSettings(today=dt.date(2024, 6, 1))
    store = open_store(str(tmp_path / "traits.db"))
    coded_city = record.Party(name="Kota Lirang", code="71.01", kind="city")
    uncoded = record.Party(name="Lirang", kind="regency")
    store.save_batch(
        [_plain("t1", _coop(coded_city, PARTNER)), _plain("t2", _coop(uncoded, PARTNER))]
    )
    refresh_links(store, settings)
    _check(store, settings)
    other_name = record.Party(name="Lirang Baru", code="71.01", kind="regency")
    store.save_batch([_plain(f"t{n}", _coop(other_name, PARTNER)) for n in (3, 4)])
    refresh_links(store, settings)
    _check(store, settings)
    assert len(load_result(store).partnerships) == 1
