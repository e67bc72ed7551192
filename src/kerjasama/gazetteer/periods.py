"""The name a renamed Indonesian body had on a day (data/body_names.tsv).

>>> name_on("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", dt.date(2017, 9, 7))
'Kementerian Pendidikan dan Kebudayaan'
>>> name_on("Kementerian Luar Negeri", dt.date(2017, 9, 7))
'Kementerian Luar Negeri'
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from .gazetteer import load_gazetteer
from .loader import GazetteerDataError, data_dir, read_table
from .normalize import fold

NAMES_FILE = "body_names.tsv"
_EVER = dt.date.min


@cache
def _periods() -> dict[str, list[tuple[dt.date, dt.date, str]]]:
    """Canonical name -> (from, until, name) of each period the body had another name."""
    path = data_dir() / NAMES_FILE
    entries = {e.key: e for e in load_gazetteer().entries()}
    out: dict[str, list[tuple[dt.date, dt.date, str]]] = {}
    for row in read_table(path):
        entry = entries.get(row["key"])
        if entry is None:
            raise GazetteerDataError(f"{path}: unknown key {row['key']!r}")
        try:
            start = dt.date.fromisoformat(row["from"]) if row["from"] else _EVER
            until = dt.date.fromisoformat(row["until"])
        except ValueError as exc:
            raise GazetteerDataError(f"{path}: {row['key']} {row['name']!r}: {exc}") from None
        if fold(row["name"]) not in {fold(a) for a in (entry.name, *entry.aliases)}:
            # the old name must find the body too, in text and when partnerships are linked
            raise GazetteerDataError(f"{path}: {row['name']!r} is no alias of {entry.key}")
        out.setdefault(entry.name, []).append((start, until, row["name"]))
    return out


def name_on(name: str, day: dt.date | None) -> str:
    """The name the body called `name` (its canonical name) had on `day`; `name` itself
    where it was not renamed, the day is unknown or no period covers it."""
    if day is None:
        return name
    for start, until, old in _periods().get(name, ()):
        if start <= day < until:
            return old
    return name
