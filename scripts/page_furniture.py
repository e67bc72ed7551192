"""Invented page furniture, added to real pages to see whether the extractor's records hold.

Real pages carry menus, breadcrumbs, share bars, related-article lines and footers that the
cached excerpts show only now and then; the hidden pages may carry more. `realnews.py
--furniture NAME` scores the cache with one of these added to every page: a robust extractor
gives the figures it gives without. Every line here is written for this purpose (no page's
text); the regions named in the related lines are chosen far from most pages' own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MENU = "Beranda\nNasional\nDaerah\nEkonomi\nOlahraga\nIndeks\nHome > Daerah > Berita\n\n"
_SHARE = "Bagikan: Facebook Twitter WhatsApp Telegram\n\n"
_BYLINE = "Oleh Andi Saputra, Wartawan Daerah\n"
_RELATED_LINE = "Baca juga: Pemprov Bali jalin kerja sama dengan Queensland"
_FOOTER = (
    "\n\nCopyright © 2024 Kabarnusa.id. All Rights Reserved.\n"
    "Redaksi | Pedoman Media Siber | Kontak | Karir\n"
)
_RELATED_BLOCK = (
    "\n\nBerita Terkait\nPemkab Sumba Timur teken MoU dengan Universitas Nusa Cendana\n"
    "Wali Kota Kupang terima kunjungan Konsul Jenderal Australia\n"
    "Gubernur NTT bahas kerja sama dengan Timor Leste\n"
)
_TAGS = "\n\nTags: kerja sama, MoU, Pemprov Bali, Queensland, Australia\n"


_CAPTION = "Gubernur (kiri) berjabat tangan dengan tamunya. FOTO/HO-Humas "
# The first line that opens with a dateline ("Samarinda (ANTARA) - ", "BALIKPAPAN – ").
_DATELINE_LINE = re.compile(
    r"^[A-Z][A-Za-z .]{2,30}(?:,\s*[A-Za-z.]+)?\s*(?:\([^)]{2,30}\))?\s*[-–—]\s", re.M
)


def _glued_caption(text: str) -> str:
    """A photo caption and its credit glued before the dateline, on its line."""
    m = _DATELINE_LINE.search(text)
    return text if m is None else text[: m.start()] + _CAPTION + text[m.start() :]


def _title_twice(text: str) -> str:
    """The page's first line written again above it, where it is a title (short, no
    sentence's end)."""
    first = text.lstrip("\n").split("\n", 1)[0]
    if len(first.split()) > 20 or first.rstrip().endswith((".", '"', "”")):
        return text
    return first + "\n" + text


def _after_second_paragraph(line: str) -> Callable[[str], str]:
    def add(text: str) -> str:
        sep = "\n\n" if text.count("\n\n") >= 3 else "\n"
        parts = text.split(sep)
        k = min(2, len(parts) - 1)
        return sep.join([*parts[:k], line, *parts[k:]])

    return add


VARIANTS: dict[str, Callable[[str], str]] = {
    "menu": lambda text: _MENU + text,
    "share": lambda text: _SHARE + text,
    "byline": lambda text: _BYLINE + text,
    "title-twice": lambda text: _title_twice(text),
    "related-line": _after_second_paragraph(_RELATED_LINE),
    "footer": lambda text: text + _FOOTER,
    "no-break-spaces": lambda text: text.replace(" dan ", "\u00a0dan\u00a0").replace(
        ", ", ",\u00a0"
    ),
    "glued-caption": _glued_caption,
    # Known to mislead the extractor today (see benchmarks/robustness.md):
    "related-block": lambda text: text + _RELATED_BLOCK,
    "tags": lambda text: text + _TAGS,
    "one-paragraph": lambda text: re.sub(r"\s*\n\s*", " ", text),
}
