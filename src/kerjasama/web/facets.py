"""Facets of the register: one small class per kind, each saying which values a cooperation has.

As in Datasette's facets.py: a base class and a few short subclasses, listed in one place
(`FACETS`). A facet value's query parameter is the facet's name (`?region=ID-KI&year=2023`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from kerjasama.record import ACTIONS, INSTRUMENTS, SECTORS
from kerjasama.web.facts import CoopFact

STAGES = ("explore", "negotiate", "loi", "mou", "agreement", "implement")


class Facet:
    """A way to group cooperation records: `keys` gives the values one record has."""

    name: ClassVar[str]
    order: ClassVar[str] = "count"  # count (largest first), vocabulary, or key_desc
    vocabulary: ClassVar[tuple[str, ...]] = ()
    top: ClassVar[int] = 20

    def keys(self, coop: CoopFact) -> Iterable[str]:
        raise NotImplementedError

    def label_of(self, coop: CoopFact, key: str) -> str | None:
        """The display name of `key` as this record writes it (None: the key is its label)."""
        return None

    def sort(self, counts: dict[str, int]) -> list[tuple[str, int]]:
        items = [(k, n) for k, n in counts.items() if n]
        if self.order == "vocabulary":
            rank = {k: i for i, k in enumerate(self.vocabulary)}
            return sorted(items, key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))
        if self.order == "key_desc":
            return sorted(items, key=lambda kv: kv[0], reverse=True)
        return sorted(items, key=lambda kv: (-kv[1], kv[0]))[: self.top]


class ColumnFacet(Facet):
    """A field with one value per record from a closed vocabulary."""

    order = "vocabulary"
    attribute: ClassVar[str]

    def keys(self, coop: CoopFact) -> Iterable[str]:
        value = getattr(coop, self.attribute)
        return (value,) if value else ()


class InstrumentFacet(ColumnFacet):
    name, attribute, vocabulary = "instrument", "instrument", INSTRUMENTS


class ActionFacet(ColumnFacet):
    name, attribute, vocabulary = "action", "action", ACTIONS


class StageFacet(ColumnFacet):
    name, attribute, vocabulary = "stage", "stage", STAGES


class ScopeFacet(ColumnFacet):
    name, attribute, vocabulary = "scope", "scope", ("foreign", "domestic")


class RegionFacet(Facet):
    """Indonesian parties, by code (or name when the record gives no code)."""

    name = "region"

    def keys(self, coop: CoopFact) -> Iterable[str]:
        return {p.key for p in coop.parties if p.indonesian}

    def label_of(self, coop: CoopFact, key: str) -> str | None:
        return next((p.name for p in coop.parties if p.key == key), None)


class PartnerFacet(Facet):
    """Parties from outside Indonesia (and Indonesian partners of a domestic record)."""

    name = "partner"

    def keys(self, coop: CoopFact) -> Iterable[str]:
        return {p.key for p in coop.parties[1:]}

    def label_of(self, coop: CoopFact, key: str) -> str | None:
        return next((p.name for p in coop.parties if p.key == key), None)


class PartnerCountryFacet(Facet):
    """The countries of the parties that are not Indonesian."""

    name = "partner_country"

    def keys(self, coop: CoopFact) -> Iterable[str]:
        return {p.country for p in coop.parties if p.country and p.country != "ID"}


class SectorFacet(Facet):
    name, vocabulary, top = "sector", SECTORS, len(SECTORS)

    def keys(self, coop: CoopFact) -> Iterable[str]:
        return coop.sectors


class YearFacet(Facet):
    name, order = "year", "key_desc"

    def keys(self, coop: CoopFact) -> Iterable[str]:
        return (str(coop.year),) if coop.year else ()


FACETS: tuple[Facet, ...] = (
    RegionFacet(), PartnerFacet(), PartnerCountryFacet(), InstrumentFacet(), ActionFacet(),
    StageFacet(), SectorFacet(), YearFacet(), ScopeFacet(),
)
FACET_NAMES: tuple[str, ...] = tuple(f.name for f in FACETS)
# Facets shown beside search results (partner is a filter, too many values to list).
SHOWN_FACETS: tuple[str, ...] = ("region", "partner_country", "instrument", "action", "stage",
                                 "sector", "year")
