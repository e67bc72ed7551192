"""The register as the web app queries it: every cooperation record at a position, facets as bitsets.

Positions run through the articles newest first (publication date descending, then id); each
article takes one position per cooperation, or one empty position when it has none. A facet
value is the set of positions whose record has it; an article matches a set of filters when
one of its records has them all, as in `kerjasama.store.queries.Filters`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from kerjasama.web import bitsets
from kerjasama.web.facets import FACETS, Facet
from kerjasama.web.facts import ArticleFact, CoopFact


@dataclass
class Selection:
    """What a query selected: article start positions and record positions."""

    articles: int
    records: int
    total: int


def _newest_first(facts: list[ArticleFact]) -> list[ArticleFact]:
    ordered = sorted(facts, key=lambda f: f.id)
    ordered.sort(key=lambda f: f.published or "", reverse=True)
    return [f for f in ordered if f.published] + [f for f in ordered if not f.published]


class RegisterIndex:
    """An immutable snapshot of the register, rebuilt when the database changes."""

    def __init__(self, facts: list[ArticleFact]) -> None:
        self.articles = _newest_first(facts)
        self.position_of: dict[str, int] = {}
        self.article_at: list[int] = []
        self.coop_at: list[CoopFact | None] = []
        widths = []
        for n, art in enumerate(self.articles):
            self.position_of[art.id] = len(self.coop_at)
            width = max(1, len(art.coops))
            widths.append(width)
            self.article_at.extend([n] * width)
            self.coop_at.extend(art.coops or [None])
        self.size = size = len(self.coop_at)
        self.all = (1 << size) - 1
        self.starts = bitsets.mask_of(self.position_of.values(), size)
        self.with_coop = bitsets.mask_of((p for p, c in enumerate(self.coop_at) if c), size)
        self.cooperation_articles = bitsets.mask_of(
            (self.position_of[a.id] for a in self.articles if a.is_cooperation), size)
        self._down = bitsets.segment_steps(widths, upward=False)
        self._up = bitsets.segment_steps(widths, upward=True)
        self.values, self.labels = self._facet_masks()
        self.article_values = {
            name: {key: self.to_articles(mask) for key, mask in masks.items()}
            for name, masks in self.values.items()}
        self._queue = sorted((p for p, c in enumerate(self.coop_at) if c and not c.confirmed),
                             key=lambda p: (self.coop_at[p].confidence,
                                            self.articles[self.article_at[p]].id, p))

    def _facet_masks(self) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, str]]]:
        positions: dict[str, dict[str, list[int]]] = {f.name: defaultdict(list) for f in FACETS}
        names: dict[str, dict[str, Counter]] = {f.name: defaultdict(Counter) for f in FACETS}
        for p, coop in enumerate(self.coop_at):
            if coop is None:
                continue
            for facet in FACETS:
                for key in facet.keys(coop):
                    positions[facet.name][key].append(p)
                    label = facet.label_of(coop, key)
                    if label:
                        names[facet.name][key][label] += 1
        masks = {name: {k: bitsets.mask_of(ps, self.size) for k, ps in by_key.items()}
                 for name, by_key in positions.items()}
        labels = {name: {k: c.most_common(1)[0][0] for k, c in by_key.items()}
                  for name, by_key in names.items()}
        return masks, labels

    # -- conversions between article starts and record positions --------------------------
    def to_articles(self, records: int) -> int:
        """Start positions of the articles that have a position in `records`."""
        return bitsets.spread(records, self._down, upward=False) & self.starts

    def to_records(self, articles: int) -> int:
        """Every position of the articles whose start is in `articles`."""
        return bitsets.spread(articles, self._up, upward=True)

    def mask_of_ids(self, ids) -> int:
        return bitsets.mask_of((self.position_of[i] for i in ids if i in self.position_of), self.size)

    # -- queries ----------------------------------------------------------------------------
    def resolve(self, facet: str, wanted: str) -> list[str]:
        """The keys of a facet a user's value names: the key itself, else by name, any case."""
        masks = self.values.get(facet, {})
        if wanted in masks:
            return [wanted]
        folded = wanted.strip().casefold()
        labels = self.labels.get(facet, {})
        return [k for k in masks if k.casefold() == folded
                or labels.get(k, "").casefold() == folded]

    def select(self, filters: dict[str, str], text: int | None = None,
               cooperation_only: bool = False) -> Selection:
        """Articles and records passing every facet filter, the text match and the flag."""
        records = self.all
        for name, wanted in filters.items():
            keys = self.resolve(name, wanted)
            union = 0
            for key in keys:
                union |= self.values[name][key]
            records &= union
        articles = self.to_articles(records) if records != self.all else self.starts
        if text is not None:
            articles &= text
        if cooperation_only:
            articles &= self.cooperation_articles
        if articles != self.starts:
            records &= self.to_records(articles)
        return Selection(articles, records & self.with_coop, articles.bit_count())

    def facet_counts(self, articles: int, names: tuple[str, ...]) -> dict[str, list[tuple[str, int]]]:
        """Per facet, (key, number of selected articles with a record having it), best first."""
        out = {}
        for facet in FACETS:
            if facet.name not in names:
                continue
            counts = {k: (m & articles).bit_count() for k, m in self.article_values[facet.name].items()}
            out[facet.name] = facet.sort(counts)
        return out

    def record_counts(self, facet: Facet | str, records: int | None = None) -> dict[str, int]:
        """Number of records per value of a facet (all records, or those in `records`)."""
        name = facet if isinstance(facet, str) else facet.name
        masks = self.values[name]
        if records is None:
            return {k: m.bit_count() for k, m in masks.items()}
        return {k: (m & records).bit_count() for k, m in masks.items()}

    def page(self, mask: int, offset: int, limit: int, reverse: bool = False) -> list[int]:
        out = []
        for p in bitsets.iter_bits(mask, offset, reverse):
            out.append(p)
            if len(out) >= limit:
                break
        return out

    def queue(self, offset: int, limit: int) -> tuple[int, list[int]]:
        """Unconfirmed records, lowest confidence first."""
        return len(self._queue), self._queue[offset : offset + limit]

    def article(self, position: int) -> ArticleFact:
        return self.articles[self.article_at[position]]
