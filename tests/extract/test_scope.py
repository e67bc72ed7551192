"""Scope of a cooperation (foreign or domestic), on short texts written for the tests."""

from __future__ import annotations

import datetime as dt

from kerjasama.extract import extract_article

TODAY = dt.date(2026, 11, 24)


def scopes(text: str) -> list[str]:
    art = extract_article(text, published="2024-05-08", today=TODAY)
    return [c.scope for c in art.cooperations]


def test_a_town_abroad_whose_country_is_unknown_is_foreign() -> None:
    assert scopes(
        "Bogor - Wali Kota Bogor menandatangani pernyataan minat kota persahabatan dengan Wali "
        "Kota Hanamura, Rabu (8/5/2024). Kerja sama dengan Hanamura mencakup pendidikan dan "
        "pariwisata."
    ) == ["foreign"]


def test_two_regions_working_on_a_border_with_a_neighbour_country_is_domestic() -> None:
    rec = extract_article(
        "Pemprov Kaltim dan Kaltara Jalin Kerja Sama Pembangunan Perbatasan\n"
        "TANJUNG SELOR - Pemprov Kalimantan Utara menandatangani kesepakatan bersama dengan "
        "Pemprov Kalimantan Timur untuk membangun wilayah perbatasan negara di seberang Tawau, "
        "Malaysia, Senin (3/3/2025).",
        today=TODAY,
    )
    assert [c.scope for c in rec.cooperations] == ["domestic"]
