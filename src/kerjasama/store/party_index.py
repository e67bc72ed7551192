"""Party resolution kept in the store, redone only around what changed.

`Resolution` decides every distinct party mention from the counts of all mentions and aliases,
but one mention's answer depends on little of them: the votes for its name key (coded mentions
and alias evidence with that key), the traits of the entities voted for, and the cluster of
similar names its node falls in. The store keeps the mention and alias counts with each
mention's answer, and the name nodes with their cluster; a change recomputes the keys whose
votes moved, the keys voting for an entity whose traits moved, and the clusters of the nodes
that appeared, went or changed weight, with the rules of `kerjasama.link.resolution`. A
cluster is a connected part of the candidate graph (`kerjasama.link.cluster`), so clustering
its nodes alone gives what clustering everything gives.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    select,
)

from kerjasama.link.cluster import NameNode, block_keys, cluster_names, pair_score
from kerjasama.link.entities import PartyMention, local_id
from kerjasama.link.models import CanonicalEntity
from kerjasama.link.normalise import normalise_name
from kerjasama.link.resolution import (
    Traits,
    cluster_entity,
    entity_traits,
    exact_entity,
    make_entity,
    org_entity,
)
from kerjasama.store.bulk import delete_in, insert_rows, rows_in
from kerjasama.store.link_tables import alias_counts, name_blocks, name_nodes, party_mentions


def mention_key(m: PartyMention) -> str:
    return json.dumps([m.name, m.code, m.kind, m.country], ensure_ascii=False)


def _node_key(node: NameNode) -> str:
    return json.dumps([node.key, node.family, node.country, node.entity], ensure_ascii=False)


def _node(key: str) -> NameNode:
    return NameNode(*json.loads(key))


class StoredResolution:
    """The stored resolution, brought up to date with a change of counts (`update`)."""

    def __init__(self, conn: Connection, threshold: float, *, everything: bool = False) -> None:
        self.conn = conn
        self.threshold = threshold
        self.everything = everything  # a full rebuild: every node is in play

    # -- SQL helpers ---------------------------------------------------------------------
    def _rows(self, table: Table, column, values: Iterable) -> list:
        return rows_in(self.conn, [table], column, values)

    def _delete(self, table: Table, column, values: Iterable) -> None:
        delete_in(self.conn, table, column, values)

    def _insert(self, table: Table, rows: list[tuple]) -> None:
        insert_rows(self.conn, table, [c.name for c in table.columns], rows)

    # -- the update ----------------------------------------------------------------------
    def update(
        self, mentions: Counter[PartyMention], aliases: Counter[tuple[str, str]]
    ) -> tuple[set[PartyMention], set[str], set[str]]:
        """Apply changes of counts; (the mentions whose entity changed, the entities whose
        mentions changed, the name keys whose votes or clusters changed)."""
        mentions = Counter({m: n for m, n in mentions.items() if n})
        aliases = Counter({a: n for a, n in aliases.items() if n})
        keys = self._keys(mentions, aliases)
        old = {
            PartyMention(*json.loads(r.mention)): r
            for r in self._rows(party_mentions, party_mentions.c.name_key, keys)
        }
        rows = self._count(old, mentions, aliases)
        votes = self._votes(rows, keys)
        traits = self._traits({e for v in votes.values() for e in v}, rows, keys)
        answers: dict[PartyMention, str | None] = {}
        weight: Counter[NameNode] = Counter()
        for m, (n, local) in rows.items():
            answers[m] = local or exact_entity(m.node, votes.get(m.node.key), traits)
            if answers[m] is None:
                weight[m.node] += n
        changed = self._nodes(keys, votes, traits, weight)
        clustered = {m for m, entity in answers.items() if entity is None}
        for m, entity in answers.items():  # placed as its node's cluster was, unless reclustered
            if entity is None and _node_key(m.node) in self._clusters:
                answers[m] = self._clusters[_node_key(m.node)]
        self._delete(party_mentions, party_mentions.c.name_key, keys)
        self._insert(
            party_mentions,
            [
                (mention_key(m), m.node.key, local, n, answers[m] or "", int(m in clustered))
                for m, (n, local) in rows.items()
            ],
        )
        cluster_keys, placed = self._recluster(changed)
        final = {m: e for m, e in answers.items() if e is not None}
        final |= placed
        previous = self._previous | {m: r.entity for m, r in old.items()}
        moved = {m for m in set(previous) | set(final) if previous.get(m) != final.get(m)}
        touched = {e for m in moved for e in (previous.get(m), final.get(m)) if e}
        touched |= {final[m] for m in mentions if m in final}
        return moved, touched, keys | cluster_keys

    def _keys(self, mentions: Counter[PartyMention], aliases: Counter[tuple[str, str]]) -> set[str]:
        """The name keys whose mentions may answer otherwise: those whose counts or votes
        changed, and those voting for an entity whose coded mentions changed."""
        keys = {m.node.key for m in mentions} | {key for key, _ in aliases}
        stored = {
            r.mention: r.local
            for r in self._rows(
                party_mentions, party_mentions.c.mention, map(mention_key, mentions)
            )
        }
        coded = {
            found
            for m in mentions
            if (found := stored[mention_key(m)] if mention_key(m) in stored else local_id(m))
        }
        keys |= {r.name_key for r in self._rows(party_mentions, party_mentions.c.local, coded)}
        keys |= {r.name_key for r in self._rows(alias_counts, alias_counts.c.entity, coded)}
        return keys

    def _count(
        self, old: dict, mentions: Counter[PartyMention], aliases: Counter[tuple[str, str]]
    ) -> dict[PartyMention, tuple[int, str | None]]:
        """The live mentions of the keys in play, counted anew: mention -> (n, local id)."""
        rows = {m: (r.n, r.local) for m, r in old.items()}
        for m, delta in mentions.items():
            n, local = rows.get(m, (0, None))
            rows[m] = (n + delta, local if m in old else local_id(m))
        t = alias_counts
        stored = {
            (r.name_key, r.entity): r.n
            for r in self._rows(t, t.c.name_key, {k for k, _ in aliases})
        }
        for key, entity in aliases:
            if (key, entity) in stored:
                self.conn.execute(t.delete().where(t.c.name_key == key, t.c.entity == entity))
        new = [(k, e, stored.get((k, e), 0) + n) for (k, e), n in sorted(aliases.items())]
        self._insert(t, [row for row in new if row[2] > 0])
        return {m: r for m, r in rows.items() if r[0] > 0}

    def _votes(self, rows: dict, keys: set[str]) -> dict[str, Counter[str]]:
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for m, (n, local) in rows.items():
            if local:
                votes[m.node.key][local] += n
        for r in self._rows(alias_counts, alias_counts.c.name_key, keys):
            votes[r.name_key][r.entity] += r.n
        return votes

    def _traits(self, entities: set[str], rows: dict, keys: set[str]) -> dict[str, Traits]:
        """Traits as the coded mentions give them: those of the keys in play as counted anew
        (every coded mention of an entity is in play when one of them changed), the others
        as stored."""
        kinds: dict[str, Counter[str]] = defaultdict(Counter)
        for r in self._rows(party_mentions, party_mentions.c.local, entities):
            if r.name_key not in keys:
                kinds[r.local][json.loads(r.mention)[2]] += r.n
        for m, (n, local) in rows.items():
            if local in entities:
                kinds[local][m.kind] += n
        return {e: entity_traits(e, kinds.get(e)) for e in entities}

    # -- clusters ------------------------------------------------------------------------
    def _nodes(
        self,
        keys: set[str],
        votes: dict[str, Counter[str]],
        traits: dict[str, Traits],
        weight: Counter[NameNode],
    ) -> dict[str, int | None]:
        """Write the name nodes of the keys in play; the nodes that came, went or changed
        weight (node key -> its new weight, None when gone)."""
        now: dict[str, int] = {_node_key(n): w for n, w in weight.items()}
        for key in keys:
            for entity in votes.get(key, ()):
                now[_node_key(NameNode(key, *traits[entity], entity=entity))] = 0
        stored = {r.node: r for r in self._rows(name_nodes, name_nodes.c.name_key, keys)}
        changed: dict[str, int | None] = {
            k: now.get(k)
            for k in set(stored) | set(now)
            if k not in stored or now.get(k) != stored[k].weight
        }
        self._old_clusters = {stored[k].cluster for k in changed if k in stored}
        self._clusters = {k: r.resolved for k, r in stored.items() if k not in changed}
        self._delete(name_nodes, name_nodes.c.node, [k for k in changed if k in stored])
        self._delete(name_blocks, name_blocks.c.node, [k for k, w in changed.items() if w is None])
        came = [k for k, w in changed.items() if w is not None]
        self._insert(name_nodes, [(k, json.loads(k)[0], now[k], k, "") for k in sorted(came)])
        fresh = [k for k in came if k not in stored]
        self._insert(
            name_blocks,
            [(b, k) for k in sorted(fresh) for b in sorted(block_keys(json.loads(k)[0]))],
        )
        return changed

    def _recluster(self, changed: dict[str, int | None]) -> tuple[set[str], dict]:
        """Cluster again every cluster a changed node was or now is in; (their name keys,
        the new entity of each mention those clusters place)."""
        self._previous: dict[PartyMention, str] = {}
        if self.everything:
            seeds = set(self.conn.execute(select(name_nodes.c.node)).scalars())
        else:
            members = self._rows(name_nodes, name_nodes.c.cluster, self._old_clusters)
            seeds = {r.node for r in members} | {k for k, w in changed.items() if w is not None}
            seeds = self._reach(seeds)
        nodes = [_node(k) for k in seeds]
        keys = {n.key for n in nodes}
        placed_rows = [
            r for r in self._rows(party_mentions, party_mentions.c.name_key, keys) if r.clustered
        ]
        counts: Counter[PartyMention] = Counter()
        by_node: dict[NameNode, list[PartyMention]] = defaultdict(list)
        for r in placed_rows:
            m = PartyMention(*json.loads(r.mention))
            counts[m] = r.n
            by_node[m.node].append(m)
            self._previous[m] = r.entity
        roots = cluster_names(nodes, self.threshold)
        groups: dict[int, list[NameNode]] = defaultdict(list)
        for node, root in roots.items():
            groups[root].append(node)
        resolved: dict[NameNode, tuple[str, str]] = {}
        for group in groups.values():
            found = [m for n in group for m in by_node.get(n, ())]
            entity = cluster_entity(group, found, counts)
            first = _node_key(group[0])
            resolved.update((n, (first, entity)) for n in group)
        t = name_nodes
        self._update(
            t.update()
            .where(t.c.node == bindparam("k_"))
            .values(cluster=bindparam("c_"), resolved=bindparam("e_")),
            [{"k_": _node_key(n), "c_": c, "e_": e} for n, (c, e) in resolved.items()],
        )
        placed = {m: resolved[m.node][1] for m in counts if m.node in resolved}
        t = party_mentions
        self._update(
            t.update().where(t.c.mention == bindparam("k_")).values(entity=bindparam("e_")),
            [{"k_": mention_key(m), "e_": e} for m, e in placed.items() if self._previous[m] != e],
        )
        return keys, placed

    def _update(self, statement, rows: list[dict]) -> None:
        if rows:
            self.conn.execute(statement, rows)

    def _reach(self, seeds: set[str]) -> set[str]:
        """The nodes connected to `seeds` by pairs that may be the same body."""
        seen = set(seeds)
        frontier = set(seeds)
        while frontier:
            blocks: dict[str, set[str]] = defaultdict(set)
            for k in frontier:
                for b in block_keys(json.loads(k)[0]):
                    blocks[b].add(k)
            members: dict[str, set[str]] = defaultdict(set)
            for r in self._rows(name_blocks, name_blocks.c.block, blocks):
                members[r.block].add(r.node)
            found: set[str] = set()
            for block, mine in blocks.items():
                for k in mine:
                    a = _node(k)
                    for other in members[block] - seen - found:
                        if pair_score(a, _node(other), self.threshold) is not None:
                            found.add(other)
            seen |= found
            frontier = found
        return seen

    # -- answers -------------------------------------------------------------------------
    def ids_of(self, mentions: Iterable[PartyMention]) -> dict[PartyMention, str]:
        """The stored entity of each mention."""
        wanted = {mention_key(m): m for m in mentions}
        rows = self._rows(party_mentions, party_mentions.c.mention, wanted)
        return {wanted[r.mention]: r.entity for r in rows}

    def mentions_of(self, entities: Iterable[str]) -> dict[str, dict[PartyMention, int]]:
        found: dict[str, dict[PartyMention, int]] = defaultdict(dict)
        for r in self._rows(party_mentions, party_mentions.c.entity, entities):
            found[r.entity][PartyMention(*json.loads(r.mention))] = r.n
        return found

    def entities_of(self, ids: Iterable[str]) -> dict[str, CanonicalEntity]:
        """The entities with these ids, as their mentions show them now."""
        return {e: make_entity(e, counts) for e, counts in self.mentions_of(ids).items()}

    def org_ids(self, orgs: Iterable[tuple[str | None, str | None]]) -> dict:
        """The entity id of each (organisation name, code) of a person."""
        orgs = set(orgs)
        keys = {normalise_name(name) for name, code in orgs if name and not code}
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for r in self._rows(party_mentions, party_mentions.c.name_key, keys):
            if r.local:
                votes[r.name_key][r.local] += r.n
        for r in self._rows(alias_counts, alias_counts.c.name_key, keys):
            votes[r.name_key][r.entity] += r.n
        first: dict[str, tuple] = {}
        clustered: dict[str, str] = {}
        for r in self._rows(name_nodes, name_nodes.c.name_key, keys):
            if r.weight > 0:
                order = _node(r.node).sort_key()
                if r.name_key not in first or order < first[r.name_key]:
                    first[r.name_key] = order
                    clustered[r.name_key] = r.resolved
        out = {}
        for name, code in orgs:
            key = normalise_name(name) if name else ""
            out[(name, code)] = org_entity(name, code, votes.get(key), clustered.get(key))
        return out
