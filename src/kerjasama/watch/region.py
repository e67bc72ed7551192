"""A source's region: the Indonesian province, regency or city it covers, and what lies in it.

`--region` on a source narrows what it keeps: a cooperation story is stored when one of its
Indonesian parties is the region or lies in it (a regency or city of the province), or when no
Indonesian region was recognised among its parties (the benefit of the doubt); a story only
about other regions is remembered as skipped, like a page that is not cooperation.
"""

from __future__ import annotations

from functools import cache

from kerjasama.errors import KerjasamaError
from kerjasama.gazetteer.model import Entry
from kerjasama.record import Article

REGION_KINDS = ("province", "regency", "city")


class RegionError(KerjasamaError):
    """A region a source cannot be given: not an Indonesian province, regency or city."""


@cache
def _by_code() -> dict[str, Entry]:
    from kerjasama.gazetteer import load_gazetteer

    out: dict[str, Entry] = {}
    for entry in load_gazetteer().entries():
        if entry.kind in REGION_KINDS and entry.country == "ID":
            for code in (entry.code, entry.kemendagri):
                if code:
                    out.setdefault(code.upper(), entry)
    return out


def region_entry(value: str) -> Entry:
    """The region a user named: its code (ID-KI, 64, 64.72) or its name ('Kalimantan Timur',
    'Kaltim', 'Kota Samarinda')."""
    wanted = (value or "").strip()
    if not wanted:
        raise RegionError("say which region (a code such as ID-KI or 64.72, or a name)")
    entry = _by_code().get(wanted.upper())
    if entry is None:
        from kerjasama.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
        for kind in REGION_KINDS:
            found = gazetteer.lookup(wanted, kind)
            if found is not None and found.country == "ID":
                entry = found
                break
    if entry is None or not entry.code:
        raise RegionError(
            f"{value!r} is not an Indonesian province, regency or city the gazetteer knows "
            "(give a code such as ID-KI or 64.72, or a name such as 'Kalimantan Timur')"
        )
    return entry


def region_code(value: str) -> str:
    """The code a source keeps for its region (ID-KI for a province, 64.72 for a city)."""
    return region_entry(value).code or value


def _ancestors(entry: Entry):
    from kerjasama.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    seen = set()
    while entry is not None and entry.key not in seen:
        seen.add(entry.key)
        yield entry
        entry = gazetteer.get(entry.parent) if entry.parent else None


def in_region(rec: Article, region: str | None) -> bool:
    """Whether a record belongs to a source of `region` (always, without a region)."""
    if not region:
        return True
    target = region_entry(region).key
    recognised = False
    for coop in rec.cooperations:
        for party in coop.parties:
            entry = _by_code().get((party.code or "").upper()) if party.country == "ID" else None
            if entry is None:
                continue
            recognised = True
            if any(e.key == target for e in _ancestors(entry)):
                return True
    return not recognised
