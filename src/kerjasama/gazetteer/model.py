"""The gazetteer's value types: an `Entry` (a place or body with its codes) and a `Hit` in text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

ID_REGION_KINDS = frozenset({"province", "regency", "city"})
FOREIGN_PLACE_KINDS = frozenset({"country", "foreign_region", "foreign_city"})
BODY_KINDS = frozenset(
    {"ministry", "agency", "intl_org", "company", "university", "association", "other"}
)

# When one bare name belongs to several entries and no government form says which: lower wins.
# A province beats the city of the same name ("Bengkulu"), a city beats the regency ("Bandung"),
# a hand-listed foreign city beats the first-level region of the same name ("Osaka", "Busan").
KIND_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        (
            "province",
            "city",
            "regency",
            "country",
            "foreign_city",
            "foreign_region",
            "intl_org",
            "ministry",
            "agency",
            "association",
            "university",
            "company",
            "other",
        )
    )
}


@dataclass(frozen=True, slots=True)
class Entry:
    """A place or body the gazetteer knows, with its codes and every name it goes by."""

    key: str
    name: str
    kind: str
    code: str | None
    country: str | None
    aliases: tuple[str, ...]
    parent: str | None = None
    members: tuple[str, ...] = ()
    kemendagri: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """One mention of an entry in a text: half-open offsets, the government form it carried."""

    start: int
    end: int
    surface: str
    entry: Entry
    form: str | None


class AliasRef(NamedTuple):
    """One entry an alias may stand for, and how strictly the alias must be written to match.

    mode: "fold" (any case), "exact" (as written or in capitals), "cap" (capitalised),
    "risky" (capitalised and not a sentence-initial common word), "form" (only next to a
    government form such as "Kota"/"Provinsi"), "block" (a phrase that stops shorter matches).
    """

    entry: int
    mode: str
    written: str
