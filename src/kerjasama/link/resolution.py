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

Traits = tuple[str | None, str | None]  # (kind family, country) of an entity's coded mentions


def entity_traits(entity: str, kinds: Counter[str] | None) -> Traits:
    """The family and country an entity's coded mentions give it, for checking name matches."""
    kind = most_frequent(kinds) if kinds else None
    code = entity[5:] if entity.startswith("code:") else None
    return (family(kind), country_of(code, kind, None))


def fits(traits: Traits, node: NameNode) -> bool:
    fam, country = traits
    return compatible(fam, node.family) and compatible(country, node.country)


def exact_entity(
    node: NameNode, votes: Counter[str] | None, traits: dict[str, Traits]
) -> str | None:
    """The entity most votes for the node's name give, among those whose traits fit it."""
    fitting = Counter({e: n for e, n in (votes or {}).items() if fits(traits[e], node)})
    return most_frequent(fitting) if fitting else None


def cluster_entity(
    nodes: list[NameNode], unresolved: list[PartyMention], counts: Counter[PartyMention]
) -> str:
    """The entity of one cluster of names: its known body's, else the gazetteer's guess for
    its unplaced mentions, else its most written name's."""
    entity = next((n.entity for n in nodes if n.entity), None)
    entity = entity or _guess(unresolved, counts)
    if entity is None:
        weight: Counter[NameNode] = Counter()
        for mention in unresolved:
            weight[mention.node] += counts[mention]
        named = (n for n in nodes if n in weight)
        rep = min(named, key=lambda n: (-weight[n], len(n.key), n.sort_key()))
        entity = _node_id(rep)
    return entity


def _guess(mentions: list[PartyMention], counts: Counter[PartyMention]) -> str | None:
    """The gazetteer's fuzzy guess for a cluster of names no evidence placed, if any."""
    votes: Counter[str] = Counter()
    for mention in mentions:
        entry = gazetteer_entity(mention.name, mention.kind)
        if entry is not None:
            votes[entry.id] += counts[mention]
    return most_frequent(votes) if votes else None


def org_entity(
    name: str | None, code: str | None, votes: Counter[str] | None, clustered: str | None
) -> str | None:
    """The entity id of a person's organisation: `votes` are those for its name's key,
    `clustered` the entity the key's first unplaced party name clustered into."""
    if code:
        return code_id(code)
    if not name:
        return None
    exact = gazetteer_exact(name, None)
    if exact is not None:
        return exact.id
    if votes:
        return most_frequent(votes)
    if clustered is not None:
        return clustered
    guess = gazetteer_entity(name, None)
    return guess.id if guess else f"name:{normalise_name(name)}"


def make_entity(entity: str, counts: dict[PartyMention, int]) -> CanonicalEntity:
    """An entity as its mentions show it: named by the gazetteer or its commonest name."""
    names: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for m, n in counts.items():
        names[m.name] += n
        kinds[m.kind] += n
        if m.country:
            countries[m.country] += n
    gazetteer = next(
        (
            g
            for m in sorted(counts, key=lambda m: (m.name, m.kind))
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
        entities = {e for c in self._votes.values() for e in c}
        return {e: entity_traits(e, kinds.get(e)) for e in entities}

    def _exact(self, mention: PartyMention) -> bool:
        node = mention.node
        found = exact_entity(node, self._votes.get(node.key), self._traits)
        if found is None:
            return False
        self.ids[mention] = found
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
            found = [m for n in nodes for m in by_node.get(n, ())]
            entity = cluster_entity(nodes, found, self.mentions)
            node_ids.update((n, entity) for n in nodes)
        for mention in unresolved:
            self.ids[mention] = node_ids[mention.node]
        by_key: dict[str, str] = {}
        for node in sorted(weight, key=NameNode.sort_key):
            by_key.setdefault(node.key, node_ids[node])
        return by_key

    def org_id(self, name: str | None, code: str | None) -> str | None:
        """The entity id of a person's organisation, by the same evidence parties resolve by."""
        key = normalise_name(name) if name else ""
        return org_entity(name, code, self._votes.get(key), self._by_key.get(key))

    def entities(self) -> dict[str, CanonicalEntity]:
        """Every entity some mention resolved to, named by the gazetteer or its commonest name."""
        grouped: dict[str, list[PartyMention]] = defaultdict(list)
        for mention, entity in self.ids.items():
            grouped[entity].append(mention)
        return {entity: self._entity(entity, ms) for entity, ms in grouped.items()}

    def _entity(self, entity: str, mentions: list[PartyMention]) -> CanonicalEntity:
        return make_entity(entity, {m: self.mentions[m] for m in mentions})
