"""Full-text matching for the read model: which articles match a query's words, and snippets.

A query matches the articles holding every word, whole words (a word ending in * matches
words that begin with it: "investa*"). On SQLite each word is looked up once in the FTS5
index, by rowid only (no text is read), and kept as a bitset of register positions: a query
is the intersection of its words' sets, so "kerja sama investasi" reuses what "kerja sama"
looked up. Relevance is "every word in the title first, then newest": two set operations,
no scoring of every match.
The most frequent words of the index are looked up ahead, in the background, after a
snapshot is built. Other databases go through the store's search backend.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import Engine, text

from kerjasama.query import bitsets
from kerjasama.store.search import SearchBackend

SNIPPET_BEFORE, SNIPPET_AFTER = 70, 170
_WORD = re.compile(r"(\w+)(\*?)", re.UNICODE)
FREQUENT_SHARE, FREQUENT_MAX = 0.05, 64


def query_words(query: str) -> list[tuple[str, bool]]:
    """(word, is_prefix) for each word of a query; operators and punctuation are dropped."""
    return [(w.casefold(), star == "*") for w, star in _WORD.findall(query)]


@dataclass(frozen=True)
class Match:
    """The articles a query matches (start positions), and those with every word in the title."""

    mask: int
    in_title: int


def fold(value: str) -> str:
    """Lower case without accents, as the full-text index compares words."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class TextMatcher:
    """Matches queries against the full-text index, remembering recently used words."""

    def __init__(
        self,
        engine: Engine,
        backend: SearchBackend,
        position_of: dict[str, int],
        size: int,
        cache_size: int = 1024,
    ) -> None:
        self.engine, self.backend = engine, backend
        self.position_of, self.size = position_of, size
        self.sqlite = engine.dialect.name == "sqlite"
        self._words: OrderedDict[tuple, int] = OrderedDict()
        self._lock = threading.Lock()
        self._cache_size = cache_size
        self._position_at_rowid: list[int] = []
        if self.sqlite:
            with engine.connect() as conn:
                rows = conn.exec_driver_sql("SELECT rowid, article_id FROM articles_fts").all()
            at = [-1] * (max((r for r, _ in rows), default=0) + 1)
            for rowid, aid in rows:
                at[rowid] = position_of.get(aid, -1)
            self._position_at_rowid = at

    def match(self, query: str) -> Match:
        words = query_words(query)
        if not words:
            return Match(0, 0)
        if not self.sqlite:
            return self._match_backend(words)
        mask = title = -1
        for word, prefix in words:
            mask &= self._word(word, prefix, None)
            title &= self._word(word, prefix, "title")
        return Match(mask, title & mask)

    def _word(self, word: str, prefix: bool, column: str | None) -> int:
        key = (word, prefix, column)
        with self._lock:
            found = self._words.get(key)
            if found is not None:
                self._words.move_to_end(key)
                return found
        expr = f'"{word}"' + ("*" if prefix else "")
        if column:
            expr = f"{column} : {expr}"
        with self.engine.connect() as conn:
            rowids = (
                conn.execute(
                    text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q"), {"q": expr}
                )
                .scalars()
                .all()
            )
        at = self._position_at_rowid
        found = bitsets.mask_of([p for r in rowids if r < len(at) and (p := at[r]) >= 0], self.size)
        with self._lock:
            self._words[key] = found
            if len(self._words) > self._cache_size:
                self._words.popitem(last=False)
        return found

    def warm_up(self, articles: int) -> int:
        """Look up the words found in at least 5% of the articles ahead; returns how many."""
        if not self.sqlite or not articles:
            return 0
        with self.engine.connect() as conn:
            conn.exec_driver_sql(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.kerjasama_fts_terms "
                "USING fts5vocab(main, articles_fts, 'row')"
            )
            words = (
                conn.exec_driver_sql(
                    "SELECT term FROM temp.kerjasama_fts_terms WHERE doc >= ? ORDER BY doc DESC "
                    "LIMIT ?",
                    (int(articles * FREQUENT_SHARE), FREQUENT_MAX),
                )
                .scalars()
                .all()
            )
        for word in words:
            self._word(word, False, None)
        return len(words)

    def _match_backend(self, words: list[tuple[str, bool]]) -> Match:
        with self.engine.connect() as conn:
            found = self.backend.matching_ids(conn, words)
        positions = [self.position_of[a] for a in found if a in self.position_of]
        return Match(bitsets.mask_of(positions, self.size), 0)


def snippet(body: str, query: str) -> str:
    """A piece of `body` around the first match of the query's words, matches in [brackets]."""
    words = query_words(fold(query))
    if not words or not body:
        return ""
    alternatives = [re.escape(w) + (r"\w*" if prefix else r"\b") for w, prefix in words]
    pattern = re.compile(r"\b(?:" + "|".join(alternatives) + ")", re.IGNORECASE)
    folded = body
    first = pattern.search(body)
    if first is None:  # accents or other case forms: compare folded text
        folded = fold(body)
        if len(folded) != len(body):  # characters that fold to several: give up on offsets
            folded = body.casefold()
        first = pattern.search(folded)
    if first is None or len(folded) != len(body):
        return ""
    start = max(0, first.start() - SNIPPET_BEFORE)
    end = min(len(body), first.start() + SNIPPET_AFTER)
    start = body.rfind(" ", 0, start) + 1 if start else 0
    cut = body.find(" ", end)
    end = cut if cut != -1 else len(body)
    plain = body.replace("[", "(").replace("]", ")")
    pieces, at = [], start
    for m in pattern.finditer(folded, start, end):
        pieces += [plain[at : m.start()], "[", plain[m.start() : m.end()], "]"]
        at = m.end()
    pieces.append(plain[at:end])
    joined = " ".join("".join(pieces).split())
    return ("… " if start else "") + joined + (" …" if end < len(body) else "")
