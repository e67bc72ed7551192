"""Invented articles for the read model's tests: a few regions and partners, random facets."""

from __future__ import annotations

import random

import pytest

from kerjasama.record import SECTORS, Article, Cooperation, Party, Source

HOME = [
    Party(name="Provinsi Kalimantan Timur", code="ID-KI", kind="province", country="ID"),
    Party(name="Kota Surabaya", code="35.78", kind="city", country="ID"),
    Party(name="Provinsi Jawa Timur", code="ID-JI", kind="province", country="ID"),
]
AWAY = [
    Party(name="Provinsi Anhui", code="CN-AH", kind="foreign_region", country="CN"),
    Party(name="Busan", code=None, kind="foreign_city", country="KR"),
    Party(name="Prefektur Osaka", code="JP-27", kind="foreign_region", country="JP"),
]


def make_article(n: int, rng: random.Random) -> Article:
    published = None if n % 17 == 0 else f"202{rng.randint(0, 4)}-0{rng.randint(1, 9)}-1{n % 10}"
    coops = [
        Cooperation(
            parties=[rng.choice(HOME), rng.choice(AWAY + HOME)],
            scope=rng.choice(("foreign", "domestic")),
            instrument=rng.choice(("loi", "mou", "agreement", "none")),
            action=rng.choice(("explore", "negotiate", "sign", "implement", "review")),
            sectors=rng.sample(SECTORS, rng.randint(0, 2)),
            date=published if rng.random() < 0.8 else None,
            confidence=round(rng.random(), 2),
        )
        for _ in range(rng.choice((0, 1, 1, 2, 3)))
    ]
    return Article(
        id=f"a{n:03d}",
        title=f"Berita {n}",
        text=f"Kerja sama nomor {n}.",
        is_cooperation=bool(coops),
        cooperation_score=0.5,
        source=Source(published=published),
        cooperations=coops,
    )


@pytest.fixture(scope="session")
def invented():
    """`make_article(n, rng)`: an invented article with 0 to 3 cooperation records."""
    return make_article
