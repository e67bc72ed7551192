"""The register as columns of small integers: the read model's index for a million articles.

`kerjasama.query.index.RegisterIndex` keeps a Python object per record and a Python-integer
bitset per facet value: at 1,000,000 articles it takes 2.8 GB and two minutes to build, per
server process (benchmarks/read_model.md). Here each article is a position (register order:
newest first, then id), each record a row of NumPy arrays (its article, its code in each
single-valued facet) and each multi-valued facet (sectors, parties, partner countries) a list
of (record, value) pairs, so that a query is a few vectorised passes:

- an article matches the filters when one of its records has them all (as `RegisterIndex`);
- a facet count is the number of matching articles with a record having the value: each
  (article, value) pair is flagged once, at its first record, so a count is one `bincount`.

An index is built from one read of the database (`kerjasama.query.column_reads`), kept in
files that several processes map read-only (`kerjasama.query.column_files`), and brought up
to date by `refreshed`: the articles changed since its mark are read again and `merged` in
(their old positions dropped, the new ones inserted in register order), a cost proportional
to the change, not to the register.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, fields

import numpy as np
from sqlalchemy import Connection

from kerjasama.query import column_reads as reads
from kerjasama.query.column_reads import MULTI, SINGLE, Mark, Piece, Vocabulary
from kerjasama.query.facet_counting import FacetCounter
from kerjasama.query.facets import BY_NAME

FACET_NAMES = (*SINGLE, *MULTI)
_EMPTY_I = np.zeros(0, dtype=np.int32)


@dataclass
class Columns:
    """The arrays of an index (what its files hold), see the module's first lines."""

    keys: np.ndarray  # S, per article: its sort key (`column_reads.sort_key`), ascending
    rowid: np.ndarray  # int64, per article
    cooperation: np.ndarray  # bool, per article
    record_article: np.ndarray  # int32, per record, ascending
    record_idx: np.ndarray  # int32, per record
    confidence: np.ndarray  # float64, per record
    confirmed: np.ndarray  # bool, per record
    by_id: np.ndarray  # int64: the article positions in the order of their ids
    single: dict[str, np.ndarray] = field(default_factory=dict)  # per record
    pair_record: dict[str, np.ndarray] = field(default_factory=dict)
    pair_value: dict[str, np.ndarray] = field(default_factory=dict)
    first_article: dict[str, np.ndarray] = field(default_factory=dict)  # per facet
    first_value: dict[str, np.ndarray] = field(default_factory=dict)

    def arrays(self) -> dict[str, np.ndarray]:
        """Every array by a flat name ("single.year", "keys", ...)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, dict):
                out |= {f"{f.name}.{k}": v for k, v in value.items()}
            else:
                out[f.name] = value
        return out

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> Columns:
        plain, nested = {}, {f.name: {} for f in fields(cls) if f.name not in PLAIN_ARRAYS}
        for name, value in arrays.items():
            group, _, key = name.partition(".")
            if key:
                nested[group][key] = value
            else:
                plain[name] = value
        return cls(**plain, **nested)


PLAIN_ARRAYS = (  # the arrays of `Columns` that are not grouped by facet
    "keys",
    "rowid",
    "cooperation",
    "record_article",
    "record_idx",
    "confidence",
    "confirmed",
    "by_id",
)


@dataclass(frozen=True)
class Lineage:
    """How a merged index came from the one at `mark`: each old position's new one (-1:
    dropped), and the lowest rowid of the rows it read (the new ones have rowids from it)."""

    mark: Mark
    moved: np.ndarray
    first_rowid: int


@dataclass(frozen=True)
class KeptWords:
    """Words' article sets kept beside an index's files, computed for the index at `mark`
    (`articles` positions): row `rows[key]` of `packed` is the key's set, one bit per
    position (`np.packbits`); a key is (word, is_prefix, column or None)."""

    mark: Mark
    articles: int
    rows: dict[tuple[str, bool, str | None], int]
    packed: np.ndarray  # uint8, one row per key


def _firsts(articles: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Flags of the rows that first give their article the value (value 0 never)."""
    if not len(values):
        return np.zeros(0, dtype=bool)
    keyed = articles.astype(np.int64) * (int(values.max(initial=0)) + 1) + values
    _, first = np.unique(keyed, return_index=True)
    flags = np.zeros(len(values), dtype=bool)
    flags[first] = True
    return flags & (values > 0)


def _facet_rows(c: Columns | Piece, name: str) -> tuple[np.ndarray, np.ndarray]:
    """(article, value) of each row of a facet: a record, or a (record, value) pair."""
    if name in SINGLE:
        return c.record_article, c.single[name]
    return c.record_article[c.pair_record[name]], c.pair_value[name]


def _firsts_of(c: Columns | Piece, name: str) -> tuple[np.ndarray, np.ndarray]:
    articles, values = _facet_rows(c, name)
    first = _firsts(articles, values)
    return articles[first], values[first]


class ColumnIndex:
    """An immutable snapshot of the register as columns (see the module's first lines)."""

    def __init__(self, columns: Columns, vocab: dict[str, Vocabulary], mark: Mark) -> None:
        self.columns, self.vocab, self.mark = columns, vocab, mark
        self.n_articles = len(columns.keys)
        self.n_records = len(columns.record_article)
        self._ids: list[str] | None = None
        self._sorted_ids: np.ndarray | None = None  # `sorted_ids`, made on first use
        self.lineage: Lineage | None = None  # set by `merged`
        self.words: KeptWords | None = None  # set by `column_files.load`, `open_columns`
        self._queue: np.ndarray | None = None
        self._counters: dict[str, FacetCounter] = {}
        self._counters_lock = threading.Lock()

    # -- building ---------------------------------------------------------------------------
    @classmethod
    def build(cls, conn: Connection) -> ColumnIndex:
        """The whole register, read from the database (its mark read first)."""
        mark = reads.mark_now(conn)
        vocab = reads.new_vocabularies()
        piece = reads.read_piece(conn, vocab, None)
        return cls.empty(vocab, mark).merged(np.zeros(0, dtype=bool), piece, vocab, mark)

    @classmethod
    def empty(cls, vocab: dict[str, Vocabulary], mark: Mark) -> ColumnIndex:
        none = np.zeros(0, dtype=np.int32)
        columns = Columns(
            keys=np.zeros(0, dtype="S1"),
            rowid=np.zeros(0, dtype=np.int64),
            cooperation=np.zeros(0, dtype=bool),
            record_article=none,
            record_idx=none,
            confidence=np.zeros(0, dtype=np.float64),
            confirmed=np.zeros(0, dtype=bool),
            by_id=np.zeros(0, dtype=np.int64),
            single={name: none for name in SINGLE},
            pair_record={name: none for name in MULTI},
            pair_value={name: none for name in MULTI},
            first_article={name: none for name in FACET_NAMES},
            first_value={name: none for name in FACET_NAMES},
        )
        return cls(columns, vocab, mark)

    def refreshed(self, conn: Connection) -> ColumnIndex:
        """This index brought up to the database now: the articles written or reviewed since
        its mark read again and merged in; articles removed since, dropped. Self when nothing
        changed."""
        mark = reads.mark_now(conn)
        if mark == self.mark:
            return self
        changed = reads.changed_since(conn, self.mark)
        vocab = reads.copy_vocabularies(self.vocab)
        piece = reads.read_piece(conn, vocab, changed)
        drop = self.positions_of(changed)
        mask = np.zeros(self.n_articles, dtype=bool)
        mask[drop[drop >= 0]] = True
        # More articles than stored now (writes since only add): some were removed.
        if self.n_articles - int(mask.sum()) + len(piece.keys) > reads.article_count(conn):
            stored = reads.all_ids(conn)
            mask |= np.array([i not in stored for i in self.ids], dtype=bool)
        return self.merged(mask, piece, vocab, mark)

    def merged(
        self, drop: np.ndarray, piece: Piece, vocab: dict[str, Vocabulary], mark: Mark
    ) -> ColumnIndex:
        """A new index: this one without the articles flagged in `drop`, with `piece`'s
        articles inserted at their places in register order."""
        c = self.columns
        keep = ~drop if len(drop) else np.ones(self.n_articles, dtype=bool)
        kept_keys = c.keys[keep]
        n_kept, n_new = len(kept_keys), len(piece.keys)
        # Where each new article goes among the kept ones, and where the kept ones move.
        inserted = np.searchsorted(kept_keys, piece.keys) if n_kept else np.zeros(n_new, int)
        new_at = (inserted + np.arange(n_new)).astype(np.int64)
        kept_at = np.arange(n_kept) + np.searchsorted(inserted, np.arange(n_kept), side="right")
        old_to_new = np.full(self.n_articles, -1, dtype=np.int64)
        old_to_new[keep] = kept_at
        total = n_kept + n_new

        def articles(old: np.ndarray, new: np.ndarray) -> np.ndarray:
            dtype = np.result_type(old, new) if old.dtype.kind != "S" else _wider(old, new)
            out = np.empty(total, dtype=dtype)
            out[kept_at] = old[keep]
            out[new_at] = new
            return out

        # Records: the kept ones (their articles renumbered), then the new ones; a stable sort
        # of two ascending runs by article keeps each article's records in index order.
        rkeep = keep[c.record_article]
        record_article = np.concatenate(
            [old_to_new[c.record_article[rkeep]], new_at[piece.record_article]]
        ).astype(np.int32)
        order = np.argsort(record_article, kind="stable")
        final = np.empty(len(order), dtype=np.int64)
        final[order] = np.arange(len(order))
        kept_final = final[: int(rkeep.sum())]
        old_record = np.full(self.n_records, -1, dtype=np.int64)
        old_record[rkeep] = kept_final
        new_record = final[len(kept_final) :]

        def records(old: np.ndarray, new: np.ndarray) -> np.ndarray:
            return np.concatenate([old[rkeep], new.astype(old.dtype)])[order]

        def pairs(name: str) -> tuple[np.ndarray, np.ndarray]:
            old_r, old_v = c.pair_record[name], c.pair_value[name]
            alive = rkeep[old_r]
            rec = np.concatenate([old_record[old_r[alive]], new_record[piece.pair_record[name]]])
            val = np.concatenate([old_v[alive], piece.pair_value[name]])
            return rec.astype(np.int32), val.astype(np.int32)

        def firsts(name: str) -> tuple[np.ndarray, np.ndarray]:
            old_a, old_v = c.first_article[name], c.first_value[name]
            alive = keep[old_a]
            new_a, new_v = _firsts_of(piece, name)
            art = np.concatenate([old_to_new[old_a[alive]], new_at[new_a]]).astype(np.int32)
            return art, np.concatenate([old_v[alive], new_v]).astype(np.int32)

        # Articles in id order: the kept ones in their order, the new ones inserted.
        kept_by_id = old_to_new[c.by_id[keep[c.by_id]]]
        new_ids = ids_of(piece.keys)
        new_order = np.argsort(new_ids, kind="stable")
        kept_ids = ids_of(c.keys[c.by_id[keep[c.by_id]]])
        spot = np.searchsorted(kept_ids, new_ids[new_order]) if n_kept else np.zeros(n_new, int)
        by_id = np.empty(total, dtype=np.int64)
        by_id[spot + np.arange(n_new)] = new_at[new_order]
        by_id[np.arange(n_kept) + np.searchsorted(spot, np.arange(n_kept), side="right")] = (
            kept_by_id
        )
        paired = {name: pairs(name) for name in MULTI}
        first = {name: firsts(name) for name in FACET_NAMES}
        columns = Columns(
            keys=articles(c.keys, piece.keys),
            rowid=articles(c.rowid, piece.rowid),
            cooperation=articles(c.cooperation, piece.cooperation),
            record_article=record_article[order],
            record_idx=records(c.record_idx, piece.record_idx),
            confidence=records(c.confidence, piece.confidence),
            confirmed=records(c.confirmed, piece.confirmed),
            by_id=by_id,
            single={k: records(c.single[k], piece.single[k]) for k in SINGLE},
            pair_record={k: v[0] for k, v in paired.items()},
            pair_value={k: v[1] for k, v in paired.items()},
            first_article={k: v[0] for k, v in first.items()},
            first_value={k: v[1] for k, v in first.items()},
        )
        merged = ColumnIndex(columns, vocab, mark)
        first_rowid = int(piece.rowid.min()) if n_new else int(c.rowid.max(initial=0)) + 1
        merged.lineage = Lineage(self.mark, old_to_new, first_rowid)
        return merged

    # -- articles by id -----------------------------------------------------------------------
    @property
    def ids(self) -> list[str]:
        """Article ids in register order (decoded on first use)."""
        if self._ids is None:
            self._ids = [i.decode() for i in ids_of(self.columns.keys).tolist()]
        return self._ids

    def id_at(self, position: int) -> str:
        return bytes(self.columns.keys[position])[KEY_PREFIX:].decode()

    def sorted_ids(self) -> np.ndarray:
        """The ids (bytes) in id order: a gather of every key (0.2 s at 1,000,000), made once."""
        if self._sorted_ids is None:
            self._sorted_ids = ids_of(self.columns.keys[self.columns.by_id])
        return self._sorted_ids

    def positions_of(self, ids: list[str]) -> np.ndarray:
        """The position of each id (-1: not in the index)."""
        if not ids or not self.n_articles:
            return np.full(len(ids), -1, dtype=np.int64)
        wanted = np.array([i.encode() for i in ids], dtype=bytes)
        in_order = self.sorted_ids()
        at = np.minimum(np.searchsorted(in_order, wanted), self.n_articles - 1)
        found = self.columns.by_id[at]
        same = in_order[at] == wanted
        return np.where(same, found, -1)

    # -- queries ----------------------------------------------------------------------------
    def resolve(self, facet: str, wanted: str) -> list[str]:
        """The keys of a facet a value names, as `RegisterIndex.resolve`."""
        vocab = self.vocab[facet]
        if wanted in vocab.code and wanted:
            return [wanted]
        folded = wanted.strip().casefold()

        def label(k: str) -> str:
            return vocab.labels.get(k, k).casefold()

        found = [k for k in vocab.keys[1:] if k.casefold() == folded or label(k) == folded]
        if found or facet not in ("region", "partner") or not folded:
            return found
        found = [k for k in vocab.keys[1:] if folded in label(k)]
        if facet == "partner":
            found += [k for k in self.vocab["partner_country"].keys[1:] if k.casefold() == folded]
        return found

    def _records_with(self, facet: str, keys: list[str]) -> np.ndarray:
        c = self.columns
        ok = np.zeros(self.n_records, dtype=bool)
        for key in keys:
            name = facet
            if facet == "partner" and key not in self.vocab["partner"].code:
                name = "partner_country"  # a partner named by its country code
            code = self.vocab[name].code.get(key)
            if code is None:
                continue
            if name in c.single:
                ok |= c.single[name] == code
            else:
                ok[c.pair_record[name][c.pair_value[name] == code]] = True
        return ok

    def select_records(self, filters: dict[str, str]) -> np.ndarray | None:
        """Per record, whether it has every facet filter (None: no filters)."""
        if not filters:
            return None
        records = np.ones(self.n_records, dtype=bool)
        for name, wanted in filters.items():
            records &= self._records_with(name, self.resolve(name, wanted))
        return records

    def select(
        self,
        filters: dict[str, str],
        text: np.ndarray | None = None,
        cooperation_only: bool = False,
    ) -> np.ndarray:
        """Per article, whether it passes every facet filter, the text match and the flag."""
        records = self.select_records(filters)
        if records is not None:
            articles = np.zeros(self.n_articles, dtype=bool)
            articles[self.columns.record_article[records]] = True
        else:
            articles = np.ones(self.n_articles, dtype=bool)
        if text is not None:
            articles &= text
        if cooperation_only:
            articles &= self.columns.cooperation
        return articles

    def counter(self, name: str) -> FacetCounter:
        """The facet's rows arranged for counting (made on first use, once per index)."""
        found = self._counters.get(name)
        if found is None:
            with self._counters_lock:
                found = self._counters.get(name)
                if found is None:
                    c = self.columns
                    found = FacetCounter(
                        c.first_article[name],
                        c.first_value[name],
                        self.n_articles,
                        len(self.vocab[name].keys),
                    )
                    self._counters[name] = found
        return found

    def prepare_facets(self, names: tuple[str, ...] = FACET_NAMES) -> None:
        """Make the facets' counters now (a server's warm-up), not on the first request."""
        for name in names:
            self.counter(name)

    def facet_counts(
        self, articles: np.ndarray, names: tuple[str, ...], n_selected: int | None = None
    ) -> dict:
        """Per facet, (key, number of selected articles with a record having it), best first;
        `n_selected`: the number of articles flagged, if known."""
        if n_selected is None:
            n_selected = int(np.count_nonzero(articles))
        out = {}
        for name in names:
            keys = self.vocab[name].keys
            counts = self.counter(name).counts(articles, n_selected)
            nonzero = np.flatnonzero(counts[1:]) + 1
            out[name] = BY_NAME[name].sort({keys[i]: int(counts[i]) for i in nonzero})
        return out

    def record_counts(self, name: str, records: np.ndarray | None = None) -> dict[str, int]:
        """Number of records per value of a facet (all records, or those flagged); a record
        holding a key twice (two parties with one code) counts once."""
        c, keys = self.columns, self.vocab[name].keys
        if name in SINGLE:
            values = c.single[name] if records is None else c.single[name][records]
        else:
            rec, values = c.pair_record[name], c.pair_value[name]
            if records is not None:
                chosen = records[rec]
                rec, values = rec[chosen], values[chosen]
            width = len(keys) + 1
            values = np.unique(rec.astype(np.int64) * width + values) % width
        counts = np.bincount(values, minlength=len(keys))
        return {keys[i]: int(counts[i]) for i in np.flatnonzero(counts[1:]) + 1}

    def labels(self, name: str) -> dict[str, str]:
        """Display names of a facet's keys that differ from the key (parties: their names)."""
        return self.vocab[name].labels

    def party_records(self) -> list[tuple[str, int]]:
        """(party key, number of its appearances in records), every party that has one."""
        c = self.columns
        counts = np.bincount(c.pair_value["party"], minlength=len(self.vocab["party"].keys))
        keys = self.vocab["party"].keys
        return [(keys[i], int(counts[i])) for i in np.flatnonzero(counts)]

    def queue(self, offset: int, limit: int) -> tuple[int, list[int]]:
        """(number of, page of) unconfirmed records, lowest confidence first, then article id,
        then register order (sorted once per index)."""
        if self._queue is None:
            c = self.columns
            waiting = np.flatnonzero(~c.confirmed)
            article_ids = ids_of(c.keys)[c.record_article[waiting]]
            order = np.lexsort((waiting, article_ids, c.confidence[waiting]))
            self._queue = waiting[order]
        return len(self._queue), self._queue[offset : offset + limit].tolist()

    def page(self, articles: np.ndarray, offset: int, limit: int, reverse: bool = False):
        """Article positions (register order, or reversed) from `offset`."""
        chosen = np.flatnonzero(articles)
        if reverse:
            chosen = chosen[::-1]
        return chosen[offset : offset + limit].tolist()

    def records_of(self, articles: np.ndarray, records: np.ndarray | None = None) -> np.ndarray:
        """The records (numbers) of the flagged articles, and of `records` if given."""
        ok = articles[self.columns.record_article]
        return ok if records is None else ok & records


KEY_PREFIX = 11  # bytes of a sort key before the id


def ids_of(keys: np.ndarray) -> np.ndarray:
    """The ids (bytes) inside sort keys, without a Python loop."""
    width = keys.dtype.itemsize
    if not len(keys) or width <= KEY_PREFIX:
        return np.zeros(len(keys), dtype="S1")
    raw = np.ascontiguousarray(keys).view(np.uint8).reshape(len(keys), width)
    return np.ascontiguousarray(raw[:, KEY_PREFIX:]).view(f"S{width - KEY_PREFIX}").ravel()


def _wider(old: np.ndarray, new: np.ndarray) -> np.dtype:
    return np.dtype(f"S{max(old.dtype.itemsize, new.dtype.itemsize, 1)}")
