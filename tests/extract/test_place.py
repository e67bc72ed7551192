"""Where the reported activity took place: short articles written for the tests."""

from __future__ import annotations

import datetime as dt

from kerjasama.extract import extract_article

TODAY = dt.date(2026, 11, 24)


def places(text: str, **kw) -> list[str | None]:
    return [c.place for c in extract_article(text, today=TODAY, **kw).cooperations]


def test_a_place_phrase_ends_where_a_new_clause_opens_after_a_comma() -> None:
    text = (
        "Selasa, 4-6-2019 bertempat di ruang Aula Balaikota Pemkot Cirebon, pemerintah "
        "Kabupaten Ngawi dengan pemerintah kota Cirebon menandatangani nota kesepahaman "
        "kerja sama bidang pariwisata."
    )
    assert places(text) == ["Cirebon"]
