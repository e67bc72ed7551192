"""Party resolution over a whole collection: each mention's entity id, and the entities."""

from __future__ import annotations

from collections import Counter, defaultdict

from kerjasama.link.cluster import NameNode, cluster_names, compatible
from kerjasama.link.entities import (
    PartyMention,
    code_id,
    country_of,
    family,
    gazetteer_entity,
    gazetteer_exact,
    local_id,
)
from kerjasama.link.models import CanonicalEntity
from kerjasama.link.normalise import most_frequent, normalise_name


def _node_id(node: NameNode) -> str:
    if node.family == "regency":
        return f"name:kabupaten {node.key}"
    if node.family == "city" and node.country == "ID":
        return f"name:kota {node.key}"
    return f"name:{node.key}"


class Resolution:
    """Which entity each distinct party mention is, given everything in the collection."""

    def __init__(
        self,
        mentions: Counter[PartyMention],
        aliases: Counter[tuple[str, str]],
        threshold: float,
    ) -> None:
        self.mentions = mentions
        self.ids: dict[PartyMention, str] = {}
        pending: list[PartyMention] = []
        for mention in mentions:
            found = local_id(mention)
            if found:
                self.ids[mention] = found
            else:
                pending.append(mention)
        self._votes = self._alias_votes(aliases)
        self._traits = self._entity_traits()
        unresolved = [m for m in pending if not self._exact(m)]
        self._by_key = self._cluster(unresolved, threshold)

    def _alias_votes(self, aliases: Counter[tuple[str, str]]) -> dict[str, Counter[str]]:
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for mention, entity in self.ids.items():
            votes[mention.node.key][entity] += self.mentions[mention]
        for (key, entity), n in aliases.items():
            votes[key][entity] += n
        return votes

    def _entity_traits(self) -> dict[str, tuple[str | None, str | None]]:
        """Entity id -> (family, country) of its coded mentions, for checking name matches."""
        kinds: dict[str, Counter[str]] = defaultdict(Counter)
        for mention, entity in self.ids.items():
            kinds[entity][mention.kind] += self.mentions[mention]
        traits: dict[str, tuple[str | None, str | None]] = {}
        for entity in {e for c in self._votes.values() for e in c}:
            kind = most_frequent(kinds[entity]) if entity in kinds else None
            code = entity[5:] if entity.startswith("code:") else None
            traits[entity] = (family(kind), country_of(code, kind, None))
        return traits

    def _fits(self, entity: str, node: NameNode) -> bool:
        fam, country = self._traits[entity]
        return compatible(fam, node.family) and compatible(country, node.country)

    def _exact(self, mention: PartyMention) -> bool:
        node = mention.node
        votes = self._votes.get(node.key)
        fitting = Counter({e: n for e, n in (votes or {}).items() if self._fits(e, node)})
        if not fitting:
            return False
        self.ids[mention] = most_frequent(fitting)
        return True

    def _cluster(self, unresolved: list[PartyMention], threshold: float) -> dict[str, str]:
        weight: Counter[NameNode] = Counter()
        for mention in unresolved:
            weight[mention.node] += self.mentions[mention]
        known = [
            NameNode(key, *self._traits[entity], entity=entity)
            for key, votes in self._votes.items()
            for entity in votes
        ]
        roots = cluster_names([*weight, *known], threshold)
        members: dict[int, list[NameNode]] = defaultdict(list)
        for node, root in roots.items():
            members[root].append(node)
        by_node: dict[NameNode, list[PartyMention]] = defaultdict(list)
        for mention in unresolved:
            by_node[mention.node].append(mention)
        node_ids: dict[NameNode, str] = {}
        for nodes in members.values():
            entity = next((n.entity for n in nodes if n.entity), None)
            entity = entity or self._guess([m for n in nodes for m in by_node.get(n, ())])
            if entity is None:
                named = (n for n in nodes if n in weight)
                rep = min(named, key=lambda n: (-weight[n], len(n.key), n.sort_key()))
                entity = _node_id(rep)
            node_ids.update((n, entity) for n in nodes)
        for mention in unresolved:
            self.ids[mention] = node_ids[mention.node]
        by_key: dict[str, str] = {}
        for node in sorted(weight, key=NameNode.sort_key):
            by_key.setdefault(node.key, node_ids[node])
        return by_key

    def _guess(self, mentions: list[PartyMention]) -> str | None:
        """The gazetteer's fuzzy guess for a cluster of names no evidence placed, if any."""
        votes: Counter[str] = Counter()
        for mention in mentions:
            entry = gazetteer_entity(mention.name, mention.kind)
            if entry is not None:
                votes[entry.id] += self.mentions[mention]
        return most_frequent(votes) if votes else None

    def org_id(self, name: str | None, code: str | None) -> str | None:
        """The entity id of a person's organisation, by the same evidence parties resolve by."""
        if code:
            return code_id(code)
        if not name:
            return None
        exact = gazetteer_exact(name, None)
        if exact is not None:
            return exact.id
        key = normalise_name(name)
        if key in self._votes:
            return most_frequent(self._votes[key])
        if key in self._by_key:
            return self._by_key[key]
        guess = gazetteer_entity(name, None)
        return guess.id if guess else f"name:{key}"

    def entities(self) -> dict[str, CanonicalEntity]:
        """Every entity some mention resolved to, named by the gazetteer or its commonest name."""
        grouped: dict[str, list[PartyMention]] = defaultdict(list)
        for mention, entity in self.ids.items():
            grouped[entity].append(mention)
        return {entity: self._entity(entity, ms) for entity, ms in grouped.items()}

    def _entity(self, entity: str, mentions: list[PartyMention]) -> CanonicalEntity:
        names: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        countries: Counter[str] = Counter()
        for m in mentions:
            n = self.mentions[m]
            names[m.name] += n
            kinds[m.kind] += n
            if m.country:
                countries[m.country] += n
        gazetteer = next(
            (
                g
                for m in sorted(mentions, key=lambda m: (m.name, m.kind))
                if (g := gazetteer_entity(m.name, m.kind)) is not None and g.id == entity
            ),
            None,
        )
        if gazetteer is not None:
            aliases = sorted((set(gazetteer.aliases) | set(names)) - {gazetteer.name})
            return gazetteer.model_copy(update={"aliases": aliases})
        name = most_frequent(names)
        return CanonicalEntity(
            id=entity,
            name=name,
            code=entity[5:] if entity.startswith("code:") else None,
            kind=most_frequent(kinds),
            country=most_frequent(countries) if countries else None,
            aliases=sorted(set(names) - {name}),
        )
