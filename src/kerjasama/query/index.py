"""The register as the read model queries it: records at positions, facet values as bitsets.

Positions run through the articles newest first (publication date descending, then id); each
article takes one position per cooperation, or one empty position when it has none. A facet
value is the set of positions whose record has it; an article matches a set of filters when
one of its records has them all, as in `kerjasama.query.search.Filters`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kerjasama.query import bitsets
from kerjasama.query.facets import FACETS, Facet
from kerjasama.query.facts import ArticleFact, CoopFact


@dataclass
class Selection:
    """What a query selected: article start positions and record positions."""

    articles: int
    records: int
    total: int


PARTY_FACETS = ("region", "partner")  # a value may name them by part of their name
SMALL_SELECTION = 3000  # articles; below it, facets are counted record by record


class Labels(dict):
    """Display names of a facet's keys, looked up on first use from a record having the key."""

    def __init__(self, facet: Facet, masks: dict[str, int], coops: list[CoopFact | None]) -> None:
        super().__init__()
        # No reference to the index itself: a snapshot holds no cycles (see LiveRegister).
        self.facet, self.masks, self.coops = facet, masks, coops

    def __missing__(self, key: str) -> str:
        mask = self.masks.get(key, 0)
        first = (mask & -mask).bit_length() - 1
        coop = self.coops[first] if first >= 0 else None
        label = (self.facet.label_of(coop, key) if coop else None) or key
        self[key] = label
        return label

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self[key] if key in self.masks else default


class RegisterIndex:
    """An immutable snapshot of the register, rebuilt when the database changes."""

    def __init__(self, facts: list[ArticleFact]) -> None:
        """`facts` in register order: newest first (see `load_facts`)."""
        self.articles = facts
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
            (self.position_of[a.id] for a in self.articles if a.is_cooperation), size
        )
        self._down = bitsets.segment_steps(widths, upward=False)
        self._up = bitsets.segment_steps(widths, upward=True)
        self.values, self.labels = self._facet_masks()
        self.article_values = {
            name: {key: self.to_articles(mask) for key, mask in masks.items()}
            for name, masks in self.values.items()
        }
        self._queue: list[int] | None = None

    def _facet_masks(self) -> tuple[dict[str, dict[str, int]], dict[str, Labels]]:
        masks = {
            f.name: {
                key: bitsets.mask_of(positions, self.size)
                for key, positions in f.group(self.coop_at).items()
            }
            for f in FACETS
        }
        return masks, {f.name: Labels(f, masks[f.name], self.coop_at) for f in FACETS}

    # -- conversions between article starts and record positions --------------------------
    def to_articles(self, records: int) -> int:
        """Start positions of the articles that have a position in `records`."""
        return bitsets.spread(records, self._down, upward=False) & self.starts

    def to_records(self, articles: int) -> int:
        """Every position of the articles whose start is in `articles`."""
        return bitsets.spread(articles, self._up, upward=True)

    def mask_of_ids(self, ids) -> int:
        return bitsets.mask_of(
            (self.position_of[i] for i in ids if i in self.position_of), self.size
        )

    # -- queries ----------------------------------------------------------------------------
    def resolve(self, facet: str, wanted: str) -> list[str]:
        """The keys of a facet a user's value names: the key itself, else the keys labelled so
        (any case), else for parties the keys whose label contains it; a partner is also named
        by its country code."""
        masks = self.values.get(facet, {})
        if wanted in masks:
            return [wanted]
        folded = wanted.strip().casefold()
        labels = self.labels.get(facet, {})
        found = [
            k for k in masks if k.casefold() == folded or labels.get(k, "").casefold() == folded
        ]
        if found or facet not in PARTY_FACETS or not folded:
            return found
        found = [k for k in masks if folded in labels.get(k, "").casefold()]
        if facet == "partner":
            countries = self.values.get("partner_country", {})
            found += [k for k in countries if k.casefold() == folded]
        return found

    def _filter_mask(self, facet: str, key: str) -> int:
        if facet == "partner" and key not in self.values[facet]:
            return self.values["partner_country"][key]  # a partner named by its country code
        return self.values[facet][key]

    def select(
        self, filters: dict[str, str], text: int | None = None, cooperation_only: bool = False
    ) -> Selection:
        """Articles and records passing every facet filter, the text match and the flag."""
        records = self.all
        for name, wanted in filters.items():
            keys = self.resolve(name, wanted)
            union = 0
            for key in keys:
                union |= self._filter_mask(name, key)
            records &= union
        articles = self.to_articles(records) if records != self.all else self.starts
        if text is not None:
            articles &= text
        if cooperation_only:
            articles &= self.cooperation_articles
        if articles != self.starts:
            records &= self.to_records(articles)
        return Selection(articles, records & self.with_coop, articles.bit_count())

    def facet_counts(
        self, articles: int, names: tuple[str, ...], small: int = SMALL_SELECTION
    ) -> dict[str, list[tuple[str, int]]]:
        """Per facet, (key, number of selected articles with a record having it), best first.

        A large selection is counted with one bitset intersection per value; a small one by
        going through its records, which is faster than intersecting with every value.
        """
        facets = [f for f in FACETS if f.name in names]
        if articles.bit_count() > small:
            return {
                f.name: f.sort(
                    {k: (m & articles).bit_count() for k, m in self.article_values[f.name].items()}
                )
                for f in facets
            }
        coops: list[CoopFact | None] = []
        owner: list[int] = []
        for start in bitsets.iter_bits(articles):
            n = self.article_at[start]
            while start < self.size and self.article_at[start] == n:
                coops.append(self.coop_at[start])
                owner.append(n)
                start += 1
        return {
            f.name: f.sort(
                {k: len({owner[i] for i in positions}) for k, positions in f.group(coops).items()}
            )
            for f in facets
        }

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
        """Unconfirmed records, lowest confidence first (sorted on first use)."""
        if self._queue is None:
            coops, ids = self.coop_at, [a.id for a in self.articles]
            self._queue = sorted(
                (p for p, c in enumerate(coops) if c and not c.confirmed),
                key=lambda p: (coops[p].confidence, ids[self.article_at[p]], p),
            )
        return len(self._queue), self._queue[offset : offset + limit]

    def article(self, position: int) -> ArticleFact:
        return self.articles[self.article_at[position]]
