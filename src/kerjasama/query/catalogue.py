"""The list of partnerships as the web filters and pages it, kept with each register snapshot.

`kerjasama.store.links.list_partnerships` reads and validates every stored partnership per
call (seconds with 100,000 partnerships). The web reads them once per snapshot, without their
events (the heavy part), newest news first, with the words each party answers to; a request
narrows by those words and leaves the exact matching to `kerjasama.link.filter_partnerships`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from kerjasama.link import Partnership, filter_partnerships
from kerjasama.link.normalise import normalise_name
from kerjasama.store import Store


@dataclass
class Catalogue:
    """Partnerships without their events and people, latest news first, then by id."""

    items: list[Partnership]
    party_words: list[frozenset[str]]
    country_words: list[frozenset[str]]

    def find(self, filters: dict) -> list[Partnership]:
        """The partnerships passing the filters, in catalogue order."""
        chosen = range(len(self.items))
        region, country = filters.get("region"), filters.get("partner_country")
        if region:
            words = _asked(region)
            chosen = [i for i in chosen if words & self.party_words[i]]
        if country:
            words = _asked(country)
            chosen = [i for i in chosen if words & self.country_words[i]]
        candidates = [self.items[i] for i in chosen]
        given = {k: v for k, v in filters.items() if v is not None}
        return filter_partnerships(candidates, **given) if given else candidates


def _asked(value: str) -> frozenset[str]:
    return frozenset({value.strip().casefold(), normalise_name(value)})


def _words(p: Partnership) -> tuple[frozenset[str], frozenset[str]]:
    party, country = set(), set()
    for e in p.parties:
        names = {normalise_name(n) for n in (e.name, *e.aliases)}
        party |= names | ({e.code.casefold()} if e.code else set())
        if e.country and e.country != "ID":
            country.add(e.country.casefold())
        if e.kind == "country":
            country |= names | ({e.code.casefold()} if e.code else set())
    return frozenset(party), frozenset(country)


def load_catalogue(store: Store) -> Catalogue:
    """Read every stored partnership once, leaving out events and people."""
    from kerjasama.store.link_tables import partnerships

    with store.engine.connect() as conn:
        rows = conn.execute(select(partnerships.c.data)).scalars().all()
    items = []
    for data in rows:
        light = json.loads(data)
        light["events"], light["people"] = [], []
        items.append(Partnership.model_validate(light))
    items.sort(key=lambda p: p.id)
    items.sort(key=lambda p: p.last_date or dt.date.min, reverse=True)
    words = [_words(p) for p in items]
    return Catalogue(items, [w[0] for w in words], [w[1] for w in words])
