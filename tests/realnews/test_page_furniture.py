"""The robustness check's furniture (scripts/page_furniture.py) adds to a page, keeps its words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from page_furniture import VARIANTS  # noqa: E402

PAGE = (
    "Pemkab Lorenta Jajaki Kerja Sama Irigasi\n\n"
    "Lorenta (ANTARA) - Pemkab Lorenta menjajaki kerja sama irigasi dengan Kota Miravel, "
    "Senin (2/9/2024).\n\nKedua pihak membahas air baku.\n\nBupati menyambut baik tawaran itu.\n"
)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_variant_adds_furniture_and_keeps_the_words(name: str) -> None:
    changed = VARIANTS[name](PAGE)
    assert changed != PAGE
    for word in PAGE.split():
        assert word in changed.replace("\u00a0", " ")
