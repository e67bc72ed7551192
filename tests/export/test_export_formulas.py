"""A title or name that looks like a formula never runs in a spreadsheet (CSV and XLSX)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import load_workbook

EVIL = '=HYPERLINK("http://evil.test","klik")'


def _ingest_evil(cli, db: str, tmp_path: Path) -> None:
    article = {
        "url": "https://berita.test/1",
        "title": EVIL,
        "published": "2024-03-05",
        "text": "Samarinda - Pemerintah Provinsi Kalimantan Timur menandatangani nota "
        "kesepahaman dengan Pemerintah Kota Balikpapan tentang pendidikan, Selasa "
        "(5/3/2024). Gubernur Kalimantan Timur +Budi Santoso hadir.",
    }
    src = tmp_path / "evil.jsonl"
    src.write_text(json.dumps(article) + "\n", encoding="utf-8")
    res = cli("ingest", "--db", db, str(src))
    assert res.returncode == 0, res.stderr


def test_csv_cells_that_look_like_formulas_are_quoted(cli, db: str, tmp_path: Path) -> None:
    _ingest_evil(cli, db, tmp_path)
    res = cli("export", "--db", db, "--format", "csv")
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout.decode())))
    assert rows and rows[0]["title"] == "'" + EVIL
    for row in rows:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())


def test_xlsx_cells_are_text_never_formulas(cli, db: str, tmp_path: Path) -> None:
    _ingest_evil(cli, db, tmp_path)
    out = tmp_path / "register.xlsx"
    res = cli("export", "--db", db, "--format", "xlsx", "--output", str(out))
    assert res.returncode == 0, res.stderr
    wb = load_workbook(out)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert any(c.value == EVIL for c in cells)  # the text is kept as it was written
    assert all(c.data_type != "f" for c in cells)
