"""Entry points: `build_links` for a full rebuild, `LinkIndex` to add and remove articles.

Both run the same linking over the same per-article facts, so an index fed any order of adds,
replacements and removals gives the result a full rebuild of its articles gives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from kerjasama import record
from kerjasama.lang.id.organisations import ORG_LEADS
from kerjasama.link.entities import EntityIndex, PartyMention, country_of
from kerjasama.link.facts import ArticleFacts, article_facts
from kerjasama.link.models import CanonicalEntity, LinkResult, LinkSettings, Partnership
from kerjasama.link.normalise import fold, normalise_name
from kerjasama.link.people import PersonMention, resolve_people
from kerjasama.link.resolution import Resolution
from kerjasama.link.signals import compute_signals
from kerjasama.link.thread import CoopUnit, furthest_stage, partnership_id, thread_events

_NOT_GOVERNMENT = tuple(
    fold(lead) + " "
    for lead, kind in ORG_LEADS.items()
    if kind in ("company", "university", "association")
)
_KIND_ORDER = ("province", "regency", "city", "ministry", "agency", "country", "foreign_region")


class PartyIds(Protocol):
    """What threading asks of a resolution: the entity id of each party mention in play."""

    ids: dict[PartyMention, str]


class LinkIndex:
    """Articles by id, kept ready for linking; `add` replaces an article with the same id."""

    def __init__(self, settings: LinkSettings | None = None) -> None:
        self.settings = settings or LinkSettings()
        self._facts: dict[str, ArticleFacts] = {}
        self._entities = EntityIndex()

    def __len__(self) -> int:
        return len(self._facts)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._facts

    def add(self, article: record.Article) -> ArticleFacts:
        """Add an article, or replace the one with its id (re-ingesting); returns its facts."""
        facts = article_facts(article, self.settings)
        self.add_facts(facts)
        return facts

    def add_facts(self, facts: ArticleFacts) -> None:
        """Add an article by the facts `add` took from it (kept from an earlier run)."""
        self.remove(facts.ref.id)
        self._facts[facts.ref.id] = facts
        self._entities.count(facts.mentions, facts.aliases, 1)

    def remove(self, article_id: str) -> None:
        """Forget an article; unknown ids are ignored."""
        facts = self._facts.pop(article_id, None)
        if facts is not None:
            self._entities.count(facts.mentions, facts.aliases, -1)

    def result(self) -> LinkResult:
        """Partnerships, people and entities of the articles held now."""
        facts = [self._facts[k] for k in sorted(self._facts)]
        resolution = Resolution(
            self._entities.mentions, self._entities.aliases, self.settings.fuzzy_threshold
        )
        return _link(facts, resolution, self.settings)


def build_links(
    articles: Iterable[record.Article], *, settings: LinkSettings | None = None
) -> LinkResult:
    """Thread a whole collection of article records into partnerships (a full rebuild)."""
    index = LinkIndex(settings)
    for article in articles:
        index.add(article)
    return index.result()


def _party_order(entity: CanonicalEntity) -> tuple:
    kind = _KIND_ORDER.index(entity.kind) if entity.kind in _KIND_ORDER else len(_KIND_ORDER)
    return (entity.country != "ID", kind, entity.name, entity.id)


def _group_units(
    facts: list[ArticleFacts], resolution: Resolution
) -> dict[frozenset[str], list[CoopUnit]]:
    groups: dict[frozenset[str], list[CoopUnit]] = defaultdict(list)
    for fact in facts:
        for unit in fact.units:
            parties = unit_parties(unit, resolution)
            if len(parties) >= 2:
                groups[parties].append(unit)
    return groups


def unit_parties(unit: CoopUnit, resolution: PartyIds) -> frozenset[str]:
    """The resolved party ids of a cooperation record: its partnership when two or more."""
    return frozenset(resolution.ids[m] for m in unit.parties)


def person_mentions(fact: ArticleFacts, resolution: Resolution) -> list[PersonMention]:
    """The named people of one article, their organisations resolved."""
    return [
        PersonMention(
            fact.ref.id, fact.date, p.name, p.role, p.org, resolution.org_id(p.org, p.org_code)
        )
        for p in fact.people
        if p.name.strip()
    ]


def _people(
    facts: list[ArticleFacts], resolution: Resolution, entities: dict[str, CanonicalEntity]
) -> tuple[list, dict[str, list[tuple[str, str | None]]]]:
    """People profiles, and per article the (person id, organisation id) of each person."""
    mentions = [m for f in facts for m in person_mentions(f, resolution)]
    names = {eid: e.name for eid, e in entities.items()}
    profiles, ids = resolve_people(mentions, names)
    by_article: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for mention, pid in ids.items():
        by_article[mention.article].append((pid, mention.org_id))
    return profiles, by_article


def _side(org: str | None, parties: list[CanonicalEntity], entities: dict) -> str | None:
    """The party a person's organisation is or belongs to, if one clearly is.

    The party itself; else the one party whose name the organisation's name holds ("Dinas
    Pariwisata Kaltim", "MIKTA Meksiko"); else, abroad, the one party of the organisation's
    country (a Chinese official in a Kaltim-Anhui story is on Anhui's side). Companies,
    universities and associations ("Kadin Anhui-Indonesia") take no side.
    """
    if org is None:
        return None
    if any(p.id == org for p in parties):
        return org
    if org.startswith("name:"):
        if org[5:].startswith(_NOT_GOVERNMENT):
            return None  # a chamber's chair or a rector speaks for no government
        words = set(org[5:].split())
        holders = {p.id for p in parties if any(set(k.split()) <= words for k in _keys(p))}
        if holders:
            return holders.pop() if len(holders) == 1 else None
    if org in entities:
        country = entities[org].country
    else:
        country = country_of(org[5:], None, None) if org.startswith("code:") else None
    same = [p.id for p in parties if country and p.country == country]
    return same[0] if len(same) == 1 else None


def _keys(entity: CanonicalEntity) -> set[str]:
    return {normalise_name(n) for n in (entity.name, *entity.aliases)}


@dataclass(slots=True)
class LinkContext:
    """What every partnership is built against: the resolved entities and people."""

    settings: LinkSettings
    resolution: PartyIds
    entities: dict[str, CanonicalEntity]
    people_by_article: dict[str, list[tuple[str, str | None]]]
    partnerships_per_article: Counter[str] = field(default_factory=Counter)


def _link(facts: list[ArticleFacts], resolution: Resolution, settings: LinkSettings) -> LinkResult:
    entities = resolution.entities()
    profiles, people_by_article = _people(facts, resolution, entities)
    context = LinkContext(settings, resolution, entities, people_by_article)
    groups = _group_units(facts, resolution)
    for units in groups.values():
        context.partnerships_per_article.update({u.article.id for u in units})
    partnerships = sorted(
        (build_partnership(party_ids, units, context) for party_ids, units in groups.items()),
        key=lambda p: p.id,
    )
    person_links: dict[str, list[str]] = defaultdict(list)
    for partnership in partnerships:
        for person in partnership.people:
            person_links[person].append(partnership.id)
    for profile in profiles:
        profile.partnerships = person_links.get(profile.id, [])
    return LinkResult(
        partnerships=partnerships,
        people=profiles,
        entities=[entities[k] for k in sorted(entities)],
    )


def _linked_people(
    units: list[CoopUnit], parties: list[CanonicalEntity], context: LinkContext
) -> tuple[set[str], list[str]]:
    """The people of a partnership's articles, and the party each one who has a side is on.

    A person whose organisation is no party is linked only when their article reports no
    other partnership (a governor signing with eight others is not in all eight).
    """
    people: set[str] = set()
    sides: list[str] = []
    for article in sorted({u.article.id for u in units}):
        alone = context.partnerships_per_article[article] == 1
        for person, org in context.people_by_article.get(article, ()):
            side = _side(org, parties, context.entities)
            if side is not None or alone:
                people.add(person)
            if side is not None:
                sides.append(side)
    return people, sides


def build_partnership(
    party_ids: frozenset[str], units: list[CoopUnit], context: LinkContext
) -> Partnership:
    pid = partnership_id(party_ids)
    entities, settings = context.entities, context.settings
    parties = sorted((entities[i] for i in party_ids), key=_party_order)
    events = thread_events(pid, units, settings.merge_window_days)
    stage = furthest_stage(events)
    dates = [u.date for u in units if u.date]
    people, sides = _linked_people(units, parties, context)
    ids = context.resolution.ids
    facilitators = {ids[m] for u in units for m in u.facilitators} - party_ids
    foreign = any(p.country not in (None, "ID") for p in parties) or any(
        u.scope == "foreign" for u in units
    )
    last_date = max(dates) if dates else None
    return Partnership(
        id=pid,
        parties=parties,
        facilitators=sorted((entities[i] for i in facilitators), key=_party_order),
        scope="foreign" if foreign else "domestic",
        stage=stage,
        first_date=min(dates) if dates else None,
        last_date=last_date,
        sectors=sorted({s for e in events for s in e.sectors}),
        events=events,
        people=sorted(people),
        signals=compute_signals(stage, events, last_date, sides, settings),
    )
