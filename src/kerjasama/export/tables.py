"""Flat exports: JSON Lines (the record schema), CSV (one row per cooperation), XLSX (sheets)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from kerjasama.export.base import Exporter, register
from kerjasama.export.cells import csv_row, xlsx_row
from kerjasama.record import Article
from kerjasama.text.display import headline

COOPERATION_COLUMNS = [
    "article_id",
    "title",
    "published",
    "outlet",
    "url",
    "cooperation",
    "indonesian_party",
    "indonesian_code",
    "partners",
    "partner_codes",
    "partner_countries",
    "facilitators",
    "scope",
    "instrument",
    "action",
    "sectors",
    "date",
    "place",
    "confidence",
    "confirmed",
]
ARTICLE_COLUMNS = [
    "article_id",
    "title",
    "published",
    "outlet",
    "dateline",
    "url",
    "is_cooperation",
    "cooperation_score",
    "cooperations",
]
PEOPLE_COLUMNS = ["article_id", "name", "role", "org", "org_code"]
# Headers and sheet names for readers of Indonesian (the `indonesian` option of the exporters).
INDONESIAN_HEADERS = {
    "article_id": "id_artikel",
    "title": "judul",
    "published": "tanggal_terbit",
    "outlet": "media",
    "url": "url",
    "cooperation": "kerja_sama_ke",
    "indonesian_party": "pihak_indonesia",
    "indonesian_code": "kode_pihak_indonesia",
    "partners": "mitra",
    "partner_codes": "kode_mitra",
    "partner_countries": "negara_mitra",
    "facilitators": "fasilitator",
    "scope": "lingkup",
    "instrument": "dokumen",
    "action": "tahap_kegiatan",
    "sectors": "sektor",
    "date": "tanggal",
    "place": "tempat",
    "confidence": "keyakinan",
    "confirmed": "dikonfirmasi",
    "dateline": "dateline",
    "is_cooperation": "berita_kerja_sama",
    "cooperation_score": "skor_kerja_sama",
    "cooperations": "jumlah_kerja_sama",
    "name": "nama",
    "role": "jabatan",
    "org": "organisasi",
    "org_code": "kode_organisasi",
    "articles": "artikel",
    "cooperations_sheet": "kerja_sama",
    "people": "orang",
}
# Per article id, per cooperation of the confirmed-applied record: the fields a reviewer confirmed.
Confirmed = dict[str, list[list[str]]]


def _confirmed_cell(confirmed: Confirmed | None, rec: Article, i: int, confidence: float) -> str:
    """The confirmed fields of a record; without the reviewers' marks, "yes" for a record
    whose confidence a confirmation set to 1.0 (extraction stays below 1)."""
    if confirmed is None:
        return "yes" if confidence >= 1.0 else ""
    marks = confirmed.get(rec.id) or []
    return "; ".join(marks[i]) if i < len(marks) else ""


def cooperation_rows(
    records: Iterable[Article], confirmed: Confirmed | None = None
) -> Iterator[dict]:
    """One flat row per cooperation record."""
    for rec in records:
        for i, c in enumerate(rec.cooperations, start=1):
            home, *partners = c.parties
            yield {
                "article_id": rec.id,
                "title": headline(rec.title, rec.text),
                "published": rec.source.published or "",
                "outlet": rec.source.outlet or "",
                "url": rec.source.url or "",
                "cooperation": i,
                "indonesian_party": home.name,
                "indonesian_code": home.code or "",
                "partners": "; ".join(p.name for p in partners),
                "partner_codes": "; ".join(p.code or "" for p in partners),
                "partner_countries": "; ".join(p.country or "" for p in partners),
                "facilitators": "; ".join(f.name for f in c.facilitators),
                "scope": c.scope,
                "instrument": c.instrument,
                "action": c.action,
                "sectors": "; ".join(c.sectors),
                "date": c.date or "",
                "place": c.place or "",
                "confidence": c.confidence,
                "confirmed": _confirmed_cell(confirmed, rec, i - 1, c.confidence),
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


class _TableExporter(Exporter):
    """Options of the table exports: the reviewers' marks, and Indonesian headers."""

    confirmed: Confirmed | None = None
    indonesian: bool = False

    def header(self, columns: list[str]) -> list[str]:
        return [INDONESIAN_HEADERS.get(c, c) for c in columns] if self.indonesian else columns


@register
class CsvExporter(_TableExporter):
    name, suffix = "csv", ".csv"

    def write(self, records: Iterable[Article], out: BinaryIO) -> int:
        counted = _Counter(records)
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        writer = csv.writer(text)
        writer.writerow(self.header(COOPERATION_COLUMNS))
        writer.writerows(
            csv_row(row[c] for c in COOPERATION_COLUMNS)
            for row in cooperation_rows(counted, self.confirmed)
        )
        text.detach()
        return counted.n


@register
class XlsxExporter(_TableExporter):
    name, suffix, binary_only = "xlsx", ".xlsx", True

    def write(self, records: Iterable[Article], out: BinaryIO) -> int:
        from openpyxl import Workbook

        recs = list(records)
        wb = Workbook(write_only=True)
        names = ("articles", "cooperations_sheet", "people")
        articles, cooperations, people = (
            wb.create_sheet(INDONESIAN_HEADERS[n] if self.indonesian else n.removesuffix("_sheet"))
            for n in names
        )
        articles.append(self.header(ARTICLE_COLUMNS))
        for r in recs:
            s = r.source
            articles.append(
                xlsx_row(
                    articles,
                    [
                        r.id,
                        headline(r.title, r.text),
                        s.published,
                        s.outlet,
                        s.dateline,
                        s.url,
                        r.is_cooperation,
                        r.cooperation_score,
                        len(r.cooperations),
                    ],
                )
            )
        cooperations.append(self.header(COOPERATION_COLUMNS))
        for row in cooperation_rows(recs, self.confirmed):
            cooperations.append(xlsx_row(cooperations, [row[c] for c in COOPERATION_COLUMNS]))
        people.append(self.header(PEOPLE_COLUMNS))
        for r in recs:
            for p in r.people:
                people.append(xlsx_row(people, [r.id, p.name, p.role, p.org, p.org_code]))
        wb.save(out)
        return len(recs)


@register
class XlsxIndonesianExporter(XlsxExporter):
    """XLSX with Indonesian sheet names and headers."""

    name, indonesian = "xlsx-id", True


class _Counter:
    def __init__(self, items: Iterable[Article]) -> None:
        self.items, self.n = items, 0

    def __iter__(self) -> Iterator[Article]:
        for item in self.items:
            self.n += 1
            yield item


from kerjasama.export import graphml, report  # noqa: E402,F401  (register graphml and report)
