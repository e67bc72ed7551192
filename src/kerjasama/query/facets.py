"""Facets of the register: one small class per kind, each saying which values a cooperation has.

As in Datasette's facets.py: a base class and a few short subclasses, listed in one place
(`FACETS`). A facet value's query parameter is the facet's name (`?region=ID-KI&year=2023`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from operator import attrgetter
from typing import ClassVar

from kerjasama.query.facts import CoopFact, PartyFact
from kerjasama.record import ACTIONS, INSTRUMENTS, SECTORS

STAGES = ("explore", "negotiate", "loi", "mou", "agreement", "implement")


Coops = list[CoopFact | None]  # the register's records by position (None: no record)


class Facet:
    """A way to group cooperation records: `group` gives the positions of each value."""

    name: ClassVar[str]
    order: ClassVar[str] = "count"  # count (largest first), vocabulary, or key_desc
    vocabulary: ClassVar[tuple[str, ...]] = ()
    top: ClassVar[int] = 20

    def group(self, coops: Coops) -> dict[str, list[int]]:
        """Positions of the records having each value (one loop over the register)."""
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

    def group(self, coops: Coops) -> dict[str, list[int]]:
        get, out = attrgetter(self.attribute), defaultdict(list)
        for p, coop in enumerate(coops):
            if coop is not None and (value := get(coop)):
                out[value].append(p)
        return out


class InstrumentFacet(ColumnFacet):
    name, attribute, vocabulary = "instrument", "instrument", INSTRUMENTS


class ActionFacet(ColumnFacet):
    name, attribute, vocabulary = "action", "action", ACTIONS


class StageFacet(ColumnFacet):
    name, attribute, vocabulary = "stage", "stage", STAGES


class ScopeFacet(ColumnFacet):
    name, attribute, vocabulary = "scope", "scope", ("foreign", "domestic")


class YearFacet(ColumnFacet):
    name, attribute, order = "year", "year", "key_desc"

    def group(self, coops: Coops) -> dict[str, list[int]]:
        return {str(year): positions for year, positions in super().group(coops).items()}


class SectorFacet(Facet):
    name, vocabulary, top = "sector", SECTORS, len(SECTORS)

    def group(self, coops: Coops) -> dict[str, list[int]]:
        out = defaultdict(list)
        for p, coop in enumerate(coops):
            if coop is not None:
                for sector in coop.sectors:
                    out[sector].append(p)
        return out


class PartyFacet(Facet):
    """Parties by code (or name when the record gives none), labelled with their name."""

    def keep(self, coop: CoopFact) -> Iterable[PartyFact]:
        raise NotImplementedError

    def group(self, coops: Coops) -> dict[str, list[int]]:
        out = defaultdict(list)
        for p, coop in enumerate(coops):
            if coop is not None:
                for key in {party.key for party in self.keep(coop)}:
                    out[key].append(p)
        return out

    def label_of(self, coop: CoopFact, key: str) -> str | None:
        return next((p.name for p in coop.parties if p.key == key), None)


class RegionFacet(PartyFacet):
    """Indonesian parties."""

    name = "region"

    def keep(self, coop: CoopFact) -> Iterable[PartyFact]:
        return [p for p in coop.parties if p.country == "ID"]


class PartnerFacet(PartyFacet):
    """Every party but the first (the Indonesian side comes first in a record)."""

    name = "partner"

    def keep(self, coop: CoopFact) -> Iterable[PartyFact]:
        return coop.parties[1:]


class PartnerCountryFacet(Facet):
    """The countries of the parties that are not Indonesian."""

    name = "partner_country"

    def group(self, coops: Coops) -> dict[str, list[int]]:
        out = defaultdict(list)
        for p, coop in enumerate(coops):
            if coop is not None:
                for country in {q.country for q in coop.parties if q.country and q.country != "ID"}:
                    out[country].append(p)
        return out


FACETS: tuple[Facet, ...] = (
    RegionFacet(),
    PartnerFacet(),
    PartnerCountryFacet(),
    InstrumentFacet(),
    ActionFacet(),
    StageFacet(),
    SectorFacet(),
    YearFacet(),
    ScopeFacet(),
)
BY_NAME: dict[str, Facet] = {f.name: f for f in FACETS}
# Facets shown beside search results (partner is a filter, too many values to list).
SHOWN_FACETS: tuple[str, ...] = (
    "region",
    "partner_country",
    "instrument",
    "action",
    "stage",
    "sector",
    "year",
)
