"""Fuzzy clustering of name keys: which spellings of an uncoded name are one body.

The result is a function of the set of nodes alone (never of the order they arrived in), so an
incremental index and a full rebuild agree. Candidate pairs come from blocks that share the
first or last three letters of a word, so the work grows with the names that could match,
not with n².
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from kerjasama.link.normalise import compass_words

MIN_FUZZY_LENGTH = 5  # shorter keys (acronyms) only ever match exactly


@dataclass(frozen=True, slots=True)
class NameNode:
    """A name key with what constrains its matches; `entity` is set for names of a known body."""

    key: str
    family: str | None
    country: str | None
    entity: str | None = None

    def sort_key(self) -> tuple[str, str, str, str]:
        return (self.key, self.family or "", self.country or "", self.entity or "")


def compatible(a: str | None, b: str | None) -> bool:
    """Two traits (kind family, country) agree when equal or when one is unknown."""
    return a is None or b is None or a == b


def may_match(a: NameNode, b: NameNode) -> bool:
    if a.entity is not None and b.entity is not None:
        return False
    return (
        compatible(a.family, b.family)
        and compatible(a.country, b.country)
        and compass_words(a.key) == compass_words(b.key)
        and min(len(a.key), len(b.key)) >= MIN_FUZZY_LENGTH
    )


def block_keys(key: str) -> set[str]:
    """The first and the last three letters of each word: a typo spares one of them."""
    words = [t for t in key.split() if len(t) >= 3]
    return {f"{t[:3]}<" for t in words} | {f">{t[-3:]}" for t in words}


def _blocks(nodes: list[NameNode]) -> dict[str, list[int]]:
    """Nodes by their blocks: only nodes that share one are compared."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        for block in block_keys(node.key):
            blocks[block].append(i)
    return blocks


def pair_score(a: NameNode, b: NameNode, threshold: float) -> float | None:
    """The score of two nodes that share a block when they may be the same body, else None."""
    score = fuzz.ratio(a.key, b.key, score_cutoff=threshold)
    return score if score >= threshold and score > 0 and may_match(a, b) else None


def candidate_pairs(nodes: list[NameNode], threshold: float) -> list[tuple[float, int, int]]:
    """(score, i, j) with i < j for every pair of nodes that may be the same body."""
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[float, int, int]] = []
    for members in _blocks(nodes).values():
        if len(members) < 2:
            continue
        keys = [nodes[i].key for i in members]
        for pos, i in enumerate(members):
            hits = process.extract(
                nodes[i].key,
                keys[pos + 1 :],
                scorer=fuzz.ratio,
                score_cutoff=threshold,
                limit=None,
            )
            for _, score, offset in hits:
                j = members[pos + 1 + offset]
                pair = (i, j) if i < j else (j, i)
                if pair in seen or not may_match(nodes[i], nodes[j]):
                    continue
                seen.add(pair)
                pairs.append((score, *pair))
    return pairs


class _Clusters:
    """Union-find that refuses to join two bodies, two kinds or two countries."""

    def __init__(self, nodes: list[NameNode]) -> None:
        self.parent = list(range(len(nodes)))
        self.entity = [n.entity for n in nodes]
        self.family = [n.family for n in nodes]
        self.country = [n.country for n in nodes]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        for attr in (self.entity, self.family, self.country):
            if not compatible(attr[a], attr[b]):
                return
        root, child = min(a, b), max(a, b)
        self.parent[child] = root
        for attr in (self.entity, self.family, self.country):
            attr[root] = attr[root] if attr[root] is not None else attr[child]


def cluster_names(nodes: Iterable[NameNode], threshold: float) -> dict[NameNode, int]:
    """Each node to the index of its cluster's root, the strongest pairs joined first."""
    ordered = sorted(set(nodes), key=NameNode.sort_key)
    clusters = _Clusters(ordered)
    for _, i, j in sorted(candidate_pairs(ordered, threshold), key=lambda p: (-p[0], p[1], p[2])):
        clusters.union(i, j)
    return {node: clusters.find(i) for i, node in enumerate(ordered)}
