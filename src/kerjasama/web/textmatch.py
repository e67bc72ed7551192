"""Full-text matching for the web register: which articles match, ranked, and their snippets.

On SQLite the FTS5 index is read by rowid only (no article text is loaded) and the rowids are
mapped to register positions; other databases go through the store's search backend.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import Engine, text

from kerjasama.store.search import SearchBackend, terms
from kerjasama.web import bitsets


@dataclass(frozen=True)
class Match:
    """The articles a query matches: as a mask of start positions, and best first."""

    mask: int
    ranked: list[int]


def fts5_expression(query: str) -> str | None:
    """The FTS5 query the store's search uses: every word, the last one as a prefix."""
    words = terms(query)
    if not words:
        return None
    return (" ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*').strip()


class TextMatcher:
    """Matches queries against the full-text index, remembering recent queries."""

    def __init__(self, engine: Engine, backend: SearchBackend, position_of: dict[str, int],
                 size: int, cache_size: int = 256) -> None:
        self.engine, self.backend = engine, backend
        self.position_of, self.size = position_of, size
        self.sqlite = engine.dialect.name == "sqlite"
        self._cache: OrderedDict[str, tuple[Match, dict[int, str]]] = OrderedDict()
        self._cache_size = cache_size
        self._rowid_position: dict[int, int] = {}
        if self.sqlite:
            with engine.connect() as conn:
                rows = conn.exec_driver_sql("SELECT rowid, article_id FROM articles_fts")
                self._rowid_position = {rowid: position_of[aid] for rowid, aid in rows
                                        if aid in position_of}
        self._position_rowid = {p: r for r, p in self._rowid_position.items()}

    def match(self, query: str) -> Match:
        key = " ".join(terms(query))
        hit = self._cache.get(key)
        if hit is None:
            hit = self._match_sqlite(query) if self.sqlite else self._match_backend(query)
            self._cache[key] = hit
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return hit[0]

    def _match_sqlite(self, query: str) -> tuple[Match, dict[int, str]]:
        expr = fts5_expression(query)
        if expr is None:
            return Match(0, []), {}
        with self.engine.connect() as conn:
            rowids = conn.execute(text(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q "
                "ORDER BY bm25(articles_fts, 0, 5.0, 1.0)"), {"q": expr}).scalars().all()
        ranked = [p for r in rowids if (p := self._rowid_position.get(r)) is not None]
        return Match(bitsets.mask_of(ranked, self.size), ranked), {}

    def _match_backend(self, query: str) -> tuple[Match, dict[int, str]]:
        with self.engine.connect() as conn:
            found = self.backend.match(conn, query, limit=1_000_000)
        snippets = {self.position_of[a]: s for a, _, s in found if a in self.position_of}
        ranked = list(snippets)
        return Match(bitsets.mask_of(ranked, self.size), ranked), snippets

    def snippets(self, query: str, positions: list[int]) -> dict[int, str]:
        """A snippet of each article around the query's words ('[word]' marks a match)."""
        self.match(query)
        cached = self._cache[" ".join(terms(query))][1]
        if not self.sqlite:
            return {p: cached.get(p, "") for p in positions}
        expr = fts5_expression(query)
        rowids = [self._position_rowid[p] for p in positions if p in self._position_rowid]
        if expr is None or not rowids:
            return {}
        marks = ",".join(str(int(r)) for r in rowids)
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT rowid, snippet(articles_fts, 2, '[', ']', ' … ', 14) FROM articles_fts "
                f"WHERE articles_fts MATCH :q AND rowid IN ({marks})"), {"q": expr})
            return {self._rowid_position[r]: s for r, s in rows}
