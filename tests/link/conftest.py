"""Builders for the multi-article stories of the linking tests, as `kerjasama.article/1` records."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import pytest

from kerjasama import record


class Story:
    """Writes articles for a test: `story.article(...)` with parties, people and dates."""

    KALTIM = {"name": "Pemprov Kaltim", "code": "ID-KI", "kind": "province", "country": "ID"}
    ANHUI = {"name": "Provinsi Anhui", "code": "CN-AH", "kind": "foreign_region", "country": "CN"}

    def __init__(self) -> None:
        self._ids = itertools.count(1)

    @staticmethod
    def party(
        name: str, kind: str = "province", code: str | None = None, country: str | None = None
    ):
        return record.Party(name=name, code=code, kind=kind, country=country)

    @staticmethod
    def person(
        name: str, role: str | None = None, org: str | None = None, org_code: str | None = None
    ):
        return record.Person(name=name, role=role, org=org, org_code=org_code)

    @staticmethod
    def cooperation(
        parties: Iterable[record.Party | dict],
        action: str,
        instrument: str = "none",
        date: str | None = None,
        sectors: Iterable[str] = (),
        place: str | None = None,
        facilitators: Iterable[record.Party | dict] = (),
    ) -> record.Cooperation:
        parties = [p if isinstance(p, record.Party) else record.Party(**p) for p in parties]
        foreign = any(p.country not in (None, "ID") for p in parties)
        return record.Cooperation(
            parties=parties,
            facilitators=[
                f if isinstance(f, record.Party) else record.Party(**f) for f in facilitators
            ],
            scope="foreign" if foreign else "domestic",
            instrument=instrument,
            action=action,
            sectors=list(sectors),
            date=date,
            place=place,
            confidence=0.9,
        )

    def article(
        self,
        *cooperations: record.Cooperation,
        published: str | None = None,
        outlet: str = "ANTARA",
        people: Iterable[record.Person] = (),
        article_id: str | None = None,
        text: str = "Isi berita kerja sama.",
    ) -> record.Article:
        number = next(self._ids)
        article_id = article_id or f"a{number:03d}"
        return record.Article(
            id=article_id,
            source=record.Source(
                url=f"https://news.example/{article_id}", outlet=outlet, published=published
            ),
            title=f"Berita {article_id}",
            text=text,
            is_cooperation=bool(cooperations),
            cooperation_score=0.9 if cooperations else 0.1,
            people=list(people),
            cooperations=list(cooperations),
        )


@pytest.fixture
def story() -> Story:
    return Story()
