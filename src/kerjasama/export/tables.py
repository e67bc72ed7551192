"""Flat exports: JSON Lines (the record schema), CSV (one row per cooperation), XLSX (sheets)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from kerjasama.export.base import Exporter, register
from kerjasama.record import Article

COOPERATION_COLUMNS = [
    "article_id", "title", "published", "outlet", "url", "cooperation", "indonesian_party",
    "indonesian_code", "partners", "partner_codes", "partner_countries", "facilitators", "scope",
    "instrument", "action", "sectors", "date", "place", "confidence",
]


def cooperation_rows(records: Iterable[Article]) -> Iterator[dict]:
    """One flat row per cooperation record."""
    for rec in records:
        for i, c in enumerate(rec.cooperations, start=1):
            home, *partners = c.parties
            yield {
                "article_id": rec.id, "title": rec.title or "", "published": rec.source.published or "",
                "outlet": rec.source.outlet or "", "url": rec.source.url or "", "cooperation": i,
                "indonesian_party": home.name, "indonesian_code": home.code or "",
                "partners": "; ".join(p.name for p in partners),
                "partner_codes": "; ".join(p.code or "" for p in partners),
                "partner_countries": "; ".join(p.country or "" for p in partners),
                "facilitators": "; ".join(f.name for f in c.facilitators), "scope": c.scope,
                "instrument": c.instrument, "action": c.action, "sectors": "; ".join(c.sectors),
                "date": c.date or "", "place": c.place or "", "confidence": c.confidence,
            }


@register
class JsonLinesExporter(Exporter):
    name, suffix = "jsonl", ".jsonl"

    def write(self, records: Iterable[Article], out: BinaryIO) -> int:
        n = 0
        for rec in records:
            out.write(rec.to_json().encode("utf-8") + b"\n")
            n += 1
        return n


@register
class CsvExporter(Exporter):
    name, suffix = "csv", ".csv"

    def write(self, records: Iterable[Article], out: BinaryIO) -> int:
        counted = _Counter(records)
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        writer = csv.DictWriter(text, fieldnames=COOPERATION_COLUMNS)
        writer.writeheader()
        writer.writerows(cooperation_rows(counted))
        text.detach()
        return counted.n


@register
class XlsxExporter(Exporter):
    name, suffix, binary_only = "xlsx", ".xlsx", True

    def write(self, records: Iterable[Article], out: BinaryIO) -> int:
        from openpyxl import Workbook

        recs = list(records)
        wb = Workbook(write_only=True)
        sheet = wb.create_sheet("articles")
        sheet.append(["article_id", "title", "published", "outlet", "dateline", "url",
                      "is_cooperation", "cooperation_score", "cooperations"])
        for r in recs:
            s = r.source
            sheet.append([r.id, r.title, s.published, s.outlet, s.dateline, s.url, r.is_cooperation,
                          r.cooperation_score, len(r.cooperations)])
        sheet = wb.create_sheet("cooperations")
        sheet.append(COOPERATION_COLUMNS)
        for row in cooperation_rows(recs):
            sheet.append([row[c] for c in COOPERATION_COLUMNS])
        sheet = wb.create_sheet("people")
        sheet.append(["article_id", "name", "role", "org", "org_code"])
        for r in recs:
            for p in r.people:
                sheet.append([r.id, p.name, p.role, p.org, p.org_code])
        wb.save(out)
        return len(recs)


class _Counter:
    def __init__(self, items: Iterable[Article]) -> None:
        self.items, self.n = items, 0

    def __iter__(self) -> Iterator[Article]:
        for item in self.items:
            self.n += 1
            yield item
