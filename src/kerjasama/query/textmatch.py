"""Full-text matching for the read model: which articles match a query's words, and snippets.

A query matches the articles holding every word, whole words (a word ending in * matches
words that begin with it: "investa*"). On SQLite each word is looked up once in the FTS5
index, by rowid only (no text is read), and kept as a set of register positions: a query
is the intersection of its words' sets, so "kerja sama investasi" reuses what "kerja sama"
looked up. Relevance is "every word in the title first, then newest": two set operations,
no scoring of every match.
The most frequent words of the index are looked up ahead, in the background, after a
snapshot is built, and their sets kept in the index's files (`column_files.save_words`): a
matcher for an index mapped from those files starts with them (moved through the index's
patch, if it was patched since). On other databases a word is looked up through the store's
search backend (article ids, PostgreSQL's tsvector) and kept the same way, for the snapshot.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Engine

from kerjasama.query.columns import ColumnIndex, KeptWords, Lineage
from kerjasama.store.lexemes import fold
from kerjasama.store.search import SearchBackend

SNIPPET_BEFORE, SNIPPET_AFTER = 70, 170
_WORD = re.compile(r"(\w+)(\*?)", re.UNICODE)
# The words looked up ahead and kept in the files: a first look-up costs in proportion to the
# word's articles (PostgreSQL at 1M, from memory: 0.1-0.2 s for a word in 2-6% of them, place
# names among them), so the 2,048 most frequent found in at least 1% of the articles, and the
# first 256 of them in the titles too (the titles' index is small: quick to ask): 2,304 sets,
# 288 MB of files at 1,000,000 articles, shared by the processes that map them.
FREQUENT_SHARE, FREQUENT_MAX, TITLE_MOST = 0.01, 2048, 256
CACHE_SIZE = 512  # words kept (packed: 125 kB each at 1,000,000 articles)
CARRIED = 64  # most recently used words a patched snapshot takes over
Key = tuple[str, bool, str | None]  # (word, is_prefix, column or None: every column)


def query_words(query: str) -> list[tuple[str, bool]]:
    """(word, is_prefix) for each word of a query; operators and punctuation are dropped."""
    return [(w.casefold(), star == "*") for w, star in _WORD.findall(query)]


@dataclass(frozen=True)
class Match:
    """The articles a query matches, and those with every word in the title (per position)."""

    mask: np.ndarray
    in_title: np.ndarray


class TextMatcher:
    """Matches queries against the full-text index, remembering recently used words.

    A word's articles are kept packed (one bit per article). A matcher made for a patched
    index (`carried`) takes over the most recently used words of the one before: their sets
    moved to the new positions, plus a look-up among the new rows only (rowid range). Words
    kept in the index's files (`index.words`) are used as they are when computed for this
    index, moved the same way when computed for the index it was patched from (and through
    every later patch: `carried` composes the patches' position maps), else ignored.
    """

    def __init__(self, engine: Engine, backend: SearchBackend, index: ColumnIndex) -> None:
        self.engine, self.backend, self.index = engine, backend, index
        self.size = index.n_articles
        self.sqlite = engine.dialect.name == "sqlite"
        self._words: OrderedDict[Key, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        rowid = index.columns.rowid
        self._position_at_rowid = np.full(int(rowid.max(initial=0)) + 1, -1, dtype=np.int32)
        self._position_at_rowid[rowid] = np.arange(len(rowid), dtype=np.int32)
        # The files' words and how this index came from theirs (None: it is theirs), as one
        # value: `use_kept` replaces it while requests read it.
        self._files: tuple[KeptWords, Lineage | None] | None = _usable_words(index)

    def match(self, query: str) -> Match:
        words = query_words(query)
        if not words:
            nothing = np.zeros(self.size, dtype=bool)
            return Match(nothing, nothing)
        mask = np.ones(self.size, dtype=bool)
        title = np.ones(self.size, dtype=bool)
        for word, prefix in words:
            mask &= self._word(word, prefix, None)
            title &= self._word(word, prefix, "title")
        return Match(mask, title & mask)

    def _word(self, word: str, prefix: bool, column: str | None) -> np.ndarray:
        packed = self._packed((word, prefix, column))
        return np.unpackbits(packed, count=self.size).view(bool)

    def _packed(self, key: Key) -> np.ndarray:
        """A key's articles, packed: held, else from the files, else looked up in FTS5."""
        with self._lock:
            found = self._words.get(key)
            if found is not None:
                self._words.move_to_end(key)
                return found
        found = self._from_files(key)
        if found is None:
            found = np.packbits(self._look_up(key))
        self._keep(key, found)
        return found

    def _look_up(self, key: Key) -> np.ndarray:
        """A key's articles (per position) from the full-text index: FTS5 by rowid, else the
        store's search backend by article id."""
        if self.sqlite:
            return self._positions(self._rowids(key))
        return self._backend_mask(key)

    def _backend_mask(self, key: Key, among: list[str] | None = None) -> np.ndarray:
        """A key's articles (per position) from the store's search backend, among the ids
        `among` where given."""
        word, prefix, column = key
        with self.engine.connect() as conn:
            ids = self.backend.matching_ids(
                conn, [(word, prefix)], title=column == "title", among=among
            )
        return self._mask(ids)

    def _from_files(self, key: Key) -> np.ndarray | None:
        """The key's set kept in the index's files (moved through the patch), or None."""
        files = self._files  # read once: `use_kept` may replace it meanwhile
        if files is None:
            return None
        kept, via = files
        row = kept.rows.get(key)
        if row is None:
            return None
        packed = kept.packed[row]
        if via is None:
            return packed  # computed for this index: the mapped row itself
        return np.packbits(self._moved(key, packed, kept.articles, via.moved, via.first_rowid))

    def _moved(
        self, key: Key, packed: np.ndarray, size: int, moved: np.ndarray, first_rowid: int
    ) -> np.ndarray:
        """A key's set over an index of `size` positions, on this matcher's index, a patch of
        it (`moved`: each old position's new one, or -1; new rows from `first_rowid`)."""
        new = moved[np.flatnonzero(np.unpackbits(packed, count=size))]
        mask = self._look_up_new(key, moved, first_rowid)
        mask[new[new >= 0]] = True
        return mask

    def _look_up_new(self, key: Key, moved: np.ndarray, first_rowid: int) -> np.ndarray:
        """A key's articles among a patch's new rows: FTS5 by rowid range, else the backend
        among the ids of the positions no old position moved to."""
        if self.sqlite:
            return self._positions(self._rowids(key, first_rowid))
        taken = np.zeros(self.size, dtype=bool)
        taken[moved[moved >= 0]] = True
        return self._backend_mask(key, [self.index.id_at(int(p)) for p in np.flatnonzero(~taken)])

    def _keep(self, key: Key, packed: np.ndarray) -> None:
        with self._lock:
            self._words[key] = packed
            if len(self._words) > CACHE_SIZE:
                self._words.popitem(last=False)

    def _rowids(self, key: tuple, from_rowid: int = 0) -> np.ndarray:
        word, prefix, column = key
        expr = f'"{word}"' + ("*" if prefix else "")
        if column:
            expr = f"{column} : {expr}"
        # One text of the rowids, parsed by NumPy: a row per rowid costs ten times the search.
        sql = (
            "SELECT group_concat(rowid) FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?"
        )
        with self.engine.connect() as conn:  # the driver's own cursor: no row objects
            cursor = conn.connection.dbapi_connection.cursor()
            try:
                (joined,) = cursor.execute(sql, (expr, from_rowid)).fetchone()
            finally:
                cursor.close()
        if not joined:
            return np.zeros(0, dtype=np.int64)
        return np.fromstring(joined, dtype=np.int64, sep=",")

    def _positions(self, rowids: np.ndarray) -> np.ndarray:
        at = self._position_at_rowid
        rowids = rowids[rowids < len(at)]
        found = at[rowids]
        mask = np.zeros(self.size, dtype=bool)
        mask[found[found >= 0]] = True
        return mask

    def carried(self, index: ColumnIndex, moved: np.ndarray, first_rowid: int) -> TextMatcher:
        """A matcher for `index`, a patch of this one's (`moved`: each old position's new one,
        -1 when dropped; the patch's rows have rowids from `first_rowid`)."""
        fresh = TextMatcher(self.engine, self.backend, index)
        files = self._files
        if files is not None and (fresh._files is None or fresh._files[1] is not None):
            # The files' words follow this patch too, from the index they were computed for.
            fresh._files = (files[0], _then(files[0], files[1], moved, first_rowid))
        with self._lock:
            recent = list(self._words.items())[-CARRIED:]
        for key, packed in recent:
            fresh._keep(key, np.packbits(fresh._moved(key, packed, self.size, moved, first_rowid)))
        return fresh

    def prepare(self) -> None:
        """What this matcher's first look-up would otherwise make on a request's time: the
        index's ids in order, by which the backend's article ids are placed (not on SQLite,
        whose look-ups give rowids)."""
        if not self.sqlite:
            self.index.sorted_ids()

    def prewarm(self) -> list[str]:
        """Have the database read the full-text index into its memory where it can
        (`SearchBackend.prewarm`): the relations read."""
        with self.engine.connect() as conn:
            return self.backend.prewarm(conn)

    def warm_up(self, articles: int) -> dict[Key, np.ndarray]:
        """Look up ahead the words found in at least 1% of the articles (`FREQUENT_SHARE`) in
        the text, the most frequent also in the title (words held, or kept in the files, are
        not asked again); their packed sets by key. Where the files keep words for this
        index, those are the frequent ones."""
        if not articles:
            return {}
        if self._files is not None:
            keys = list(self._files[0].rows)
        else:
            words = self._frequent(articles)
            keys = [(w, False, None) for w in words]
            keys += [(w, False, "title") for w in words[:TITLE_MOST]]
        return {key: self._packed(key) for key in keys}

    def use_kept(self, kept: KeptWords | None) -> None:
        """Take the files' words from `kept` where they were computed for this index (once its
        sets are written to files: later patches then move them from here)."""
        if kept is not None and kept.mark == self.index.mark and kept.articles == self.size:
            self._files = (kept, None)

    def _frequent(self, articles: int) -> list[str]:
        """The words of the full-text index found in at least `FREQUENT_SHARE` of the articles,
        most first."""
        with self.engine.connect() as conn:
            return self.backend.frequent_words(conn, articles, FREQUENT_SHARE, FREQUENT_MAX)

    def _mask(self, article_ids: list[str]) -> np.ndarray:
        positions = self.index.positions_of(list(article_ids))
        mask = np.zeros(self.size, dtype=bool)
        mask[positions[positions >= 0]] = True
        return mask


def _usable_words(index: ColumnIndex) -> tuple[KeptWords, Lineage | None] | None:
    """The words kept in the index's files and, where they were computed for the index it was
    patched from, its lineage; None where they belong to another index."""
    kept, lineage = index.words, index.lineage
    if kept is None:
        return None
    if kept.mark == index.mark and kept.articles == index.n_articles:
        return kept, None
    if lineage is not None and lineage.mark == kept.mark and len(lineage.moved) == kept.articles:
        return kept, lineage
    return None


def _then(kept: KeptWords, via: Lineage | None, moved: np.ndarray, first_rowid: int) -> Lineage:
    """How an index came from the one `kept` was computed for: `via` (None: it is that one),
    then a patch (`moved`, new rows from `first_rowid`)."""
    if via is None:
        return Lineage(kept.mark, moved, first_rowid)
    both = np.where(via.moved >= 0, moved[via.moved], -1)
    return Lineage(kept.mark, both, min(via.first_rowid, first_rowid))


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
