"""Cells that a spreadsheet cannot run: article text is untrusted (OWASP CSV injection).

A spreadsheet reads a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
formula. CSV cells get a leading apostrophe; XLSX cells are stored as text, never as formulas.
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value: object) -> object:
    """The value, with an apostrophe in front where a spreadsheet would see a formula."""
    return "'" + value if is_formula_like(value) else value


def csv_row(values: Iterable[object]) -> list[object]:
    return [csv_cell(v) for v in values]


def xlsx_row(sheet, values: Iterable[object]) -> list[object]:
    """A row for an openpyxl write-only sheet in which every string is a string cell."""
    from openpyxl.cell import WriteOnlyCell

    row: list[object] = []
    for v in values:
        if isinstance(v, str):
            cell = WriteOnlyCell(sheet, value=v)
            cell.data_type = "s"  # openpyxl types "=…" as a formula otherwise
            row.append(cell)
        else:
            row.append(v)
    return row
