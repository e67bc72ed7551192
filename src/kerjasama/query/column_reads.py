"""Reading the register's columns from the database: all articles, or only the changed ones.

A read is one query per table (articles, cooperations, parties, sectors) through the driver's
own cursor, then list comprehensions and NumPy passes: no Python object per record. Reviewed
articles are read from their record with the confirmed values applied, as the bitset index
reads them (`kerjasama.query.facts.reviewed_facts`), so search shows what reviewers decided.

What a read gives is a `Piece`: articles in register order (newest first, then id; undated
last) with their records and (record, value) pairs, coded in the index's vocabularies.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Connection, bindparam, func, literal, literal_column, select

from kerjasama.query.facets import BY_NAME, STAGES
from kerjasama.query.facts import fetch_rows, reviewed_facts, stage_of
from kerjasama.record import ACTIONS, INSTRUMENTS
from kerjasama.store import schema
from kerjasama.store.review import reviewed_article_ids

SINGLE = {
    "instrument": INSTRUMENTS,
    "action": ACTIONS,
    "stage": STAGES,
    "scope": ("foreign", "domestic"),
    "year": (),
}
MULTI = ("sector", "region", "partner", "partner_country", "party")
PARTY = ("region", "partner", "party")  # one vocabulary: party keys (code, or name)
_COMPLEMENT = bytes(255 - b for b in range(256))  # reverses byte order: newest first
_UNDATED = b"\x01" + b"\xff" * 10
CHUNK = 500  # ids per IN (...) list


class Vocabulary:
    """Keys of one facet and their codes (0 is "no value"), with the label first seen."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self.keys: list[str] = [""]
        self.code: dict[str, int] = {"": 0}
        self.labels: dict[str, str] = {}
        self.info: dict[str, list] = {}  # parties: [code, kind, country] where first seen
        for key in known:
            self.add(key)

    def add(self, key: str, label: str | None = None) -> int:
        code = self.code.get(key)
        if code is None:
            code = self.code[key] = len(self.keys)
            self.keys.append(key)
            if label and label != key:
                self.labels[key] = label
        return code

    def copy(self) -> Vocabulary:
        other = Vocabulary()
        other.keys, other.code, other.labels = list(self.keys), dict(self.code), dict(self.labels)
        other.info = dict(self.info)
        return other

    def as_json(self) -> dict:
        return {"keys": self.keys, "labels": self.labels, "info": self.info}

    @classmethod
    def from_json(cls, data: dict) -> Vocabulary:
        vocab = cls()
        vocab.keys, vocab.labels = list(data["keys"]), dict(data["labels"])
        vocab.info = dict(data.get("info", {}))
        vocab.code = {k: n for n, k in enumerate(vocab.keys)}
        return vocab


def new_vocabularies() -> dict[str, Vocabulary]:
    """The vocabularies of a new index (region and partner share the party keys)."""
    vocab = {name: Vocabulary(known) for name, known in SINGLE.items()}
    vocab["sector"] = Vocabulary(BY_NAME["sector"].vocabulary)
    vocab["partner_country"] = Vocabulary()
    vocab["region"] = vocab["partner"] = vocab["party"] = Vocabulary()
    return vocab


def copy_vocabularies(vocab: dict[str, Vocabulary]) -> dict[str, Vocabulary]:
    out = {name: v.copy() for name, v in vocab.items() if name not in PARTY[1:]}
    out["partner"] = out["party"] = out["region"]
    return out


def sort_key(article_id: str, published: str | None) -> bytes:
    """Bytes that sort as the register: publication date descending, then id; undated last."""
    if not published:
        return _UNDATED + article_id.encode()
    date = published.encode().translate(_COMPLEMENT).ljust(10, b"\xff")
    return b"\x00" + date + article_id.encode()


@dataclass
class Piece:
    """Articles in register order and their records, coded (see the module's first lines)."""

    keys: np.ndarray  # S: `sort_key` of each article
    rowid: np.ndarray  # int64: the article row's rowid (SQLite; 0 elsewhere)
    cooperation: np.ndarray  # bool
    record_article: np.ndarray  # int32: position of each record's article, ascending
    record_idx: np.ndarray  # int32: the record's index in its article
    single: dict[str, np.ndarray]  # int32 codes per single-valued facet
    confidence: np.ndarray  # float64
    confirmed: np.ndarray  # bool: a reviewer confirmed a value of the record
    pair_record: dict[str, np.ndarray]  # int32 per multi-valued facet
    pair_value: dict[str, np.ndarray]  # int32


def _chunks(ids: list) -> Iterator[list]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _rows(conn: Connection, query, column, ids: list | None) -> list[tuple]:
    """Rows of `query`, for every article or for those whose `column` is in `ids`."""
    if ids is None:
        return fetch_rows(conn, query)
    out: list[tuple] = []
    chosen = query.where(column.in_(bindparam("ids", expanding=True)))
    for chunk in _chunks(ids):
        out += conn.execute(chosen, {"ids": chunk}).all()
    return out


def article_rows(conn: Connection, ids: list[str] | None) -> list[tuple]:
    """(rowid, id, published, is_cooperation) of every article, or of `ids` that exist."""
    A = schema.articles
    rowid = literal_column("rowid") if conn.dialect.name == "sqlite" else literal(0)
    query = select(rowid, A.c.id, A.c.published, A.c.is_cooperation)
    return [tuple(r) for r in _rows(conn, query, A.c.id, ids)]


def _coop_rows(conn: Connection, ids: list[str] | None) -> tuple[list, list, list]:
    """Cooperation, party and sector rows of every article, or of the articles `ids`."""
    C, P, S = schema.cooperations, schema.parties, schema.sectors
    coop_cols = (C.c.id, C.c.article_id, C.c.idx, C.c.scope, C.c.instrument, C.c.action)
    coops = _rows(conn, select(*coop_cols, C.c.year, C.c.confidence), C.c.article_id, ids)
    party_cols = (P.c.cooperation_id, P.c.position, P.c.code, P.c.name, P.c.country, P.c.kind)
    party_q = select(*party_cols).where(P.c.role == "party")
    sector_q = select(S.c.cooperation_id, S.c.sector)
    if ids is None:
        return coops, fetch_rows(conn, party_q), fetch_rows(conn, sector_q)
    cids = [r[0] for r in coops]
    return (
        coops,
        _rows(conn, party_q, P.c.cooperation_id, cids),
        _rows(conn, sector_q, S.c.cooperation_id, cids),
    )


def _reviewed_rows(conn: Connection, ids: Iterable[str], coops: list, parties: list, sectors: list):
    """Rows for reviewed articles, from their records with the confirmed values applied
    (cooperation ids below zero, so they never meet a stored one); returns confirmed ids."""
    confirmed = set()
    for aid in sorted(ids):
        fact = reviewed_facts(conn, aid)
        if fact is None:
            continue
        for coop in fact.coops:
            cid = -len(coops) - 1
            row = (cid, aid, coop.index, coop.scope, coop.instrument, coop.action)
            coops.append((*row, coop.year, coop.confidence))
            if coop.confirmed:
                confirmed.add(cid)
            parties += [
                (cid, n, p.code, p.name, p.country, p.kind) for n, p in enumerate(coop.parties)
            ]
            sectors += [(cid, s) for s in coop.sectors]
    return confirmed


def read_piece(conn: Connection, vocab: dict[str, Vocabulary], ids: list[str] | None) -> Piece:
    """Every article (`ids` None) or the articles `ids` that exist, coded in `vocab` (which
    gains the keys first seen here)."""
    arts = article_rows(conn, ids)
    keys = np.array([sort_key(aid, pub) for _, aid, pub, _ in arts], dtype=bytes)
    order = np.argsort(keys, kind="stable") if len(arts) else np.zeros(0, dtype=np.int64)
    arts = [arts[i] for i in order]
    position = {a[1]: n for n, a in enumerate(arts)}
    coops, parties, sectors = _coop_rows(conn, ids)
    reviewed = reviewed_article_ids(conn) & position.keys()
    if reviewed:
        coops = [r for r in coops if r[1] not in reviewed]
        confirmed = _reviewed_rows(conn, reviewed, coops, parties, sectors)
    else:
        confirmed = set()
    records = _records(coops, position, vocab, confirmed)
    record_of = _record_lookup(records.pop("cid"))
    pairs = _party_pairs(parties, record_of, vocab)
    pairs["sector"] = _sector_pairs(sectors, record_of, vocab["sector"])
    return Piece(
        keys=keys[order],
        rowid=np.array([a[0] for a in arts], dtype=np.int64),
        cooperation=np.array([bool(a[3]) for a in arts], dtype=bool),
        record_article=records["article"],
        record_idx=records["idx"],
        single={name: records[name] for name in SINGLE},
        confidence=records["confidence"],
        confirmed=records["confirmed"],
        pair_record={name: p[0] for name, p in pairs.items()},
        pair_value={name: p[1] for name, p in pairs.items()},
    )


def _records(coops: list, position: dict, vocab: dict, confirmed: set) -> dict[str, np.ndarray]:
    """The records' columns, ordered by article position then index (unknown articles out)."""
    columns_of = list(zip(*coops, strict=True)) if coops else [()] * 8
    cid, aid, idx, scope, instrument, action, year, confidence = (list(c) for c in columns_of)
    article = np.array([position.get(a, -1) for a in aid], dtype=np.int32)
    stage = [stage_of(a, i) or "" for a, i in zip(action, instrument, strict=True)]
    columns = {
        "cid": np.array(cid, dtype=np.int64),
        "article": article,
        "idx": np.array(idx, dtype=np.int32),
        "scope": _codes(vocab["scope"], scope),
        "instrument": _codes(vocab["instrument"], instrument),
        "action": _codes(vocab["action"], action),
        "stage": _codes(vocab["stage"], stage),
        "year": _codes(vocab["year"], [str(y) if y else "" for y in year]),
        "confidence": np.array(confidence, dtype=np.float64),
        "confirmed": np.array([c in confirmed for c in cid], dtype=bool),
    }
    keep = np.flatnonzero(article >= 0)
    order = keep[np.lexsort((columns["idx"][keep], article[keep]))]
    return {name: values[order] for name, values in columns.items()}


def _codes(vocab: Vocabulary, values: list, labels: list | None = None) -> np.ndarray:
    """The codes of `values` ("" is 0), adding the new ones in order of first occurrence,
    each labelled as `labels` has it there."""
    first_label = dict(zip(reversed(values), reversed(labels), strict=True)) if labels else {}
    for value in dict.fromkeys(values):
        if value and value not in vocab.code:
            vocab.add(value, first_label.get(value))
    return np.fromiter(map(vocab.code.__getitem__, values), dtype=np.int32, count=len(values))


def _record_lookup(cids: np.ndarray):
    """A function from cooperation ids to record numbers (-1: not a record read here)."""
    order = np.argsort(cids, kind="stable")
    ordered = cids[order]

    def record_of(wanted: np.ndarray) -> np.ndarray:
        if not len(ordered):
            return np.full(len(wanted), -1, dtype=np.int32)
        at = np.minimum(np.searchsorted(ordered, wanted), len(ordered) - 1)
        return np.where(ordered[at] == wanted, order[at], -1).astype(np.int32)

    return record_of


def _party_pairs(parties: list, record_of, vocab: dict) -> dict[str, tuple]:
    """(record, party key) pairs of region and partner, (record, country) of partner_country.

    Rows are coded in register order (record, then position), so that a key's label is the
    name it has in the first record holding it."""
    empty = (np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32))
    if not parties:
        return {name: empty for name in (*PARTY, "partner_country")}
    cid, pos, code, name, country, kind = (list(col) for col in zip(*parties, strict=True))
    record = record_of(np.array(cid, dtype=np.int64))
    pos_a = np.array(pos, dtype=np.int32)
    order = np.lexsort((pos_a, record))
    order = order[record[order] >= 0].tolist()
    names = [name[i] for i in order]
    keys = [code[i] or name[i] for i in order]
    countries = [country[i] for i in order]
    party = _codes(vocab["region"], keys, names)
    info = vocab["region"].info
    for key, i in dict(zip(reversed(keys), reversed(order), strict=True)).items():
        if key not in info:
            info[key] = [code[i], kind[i], country[i]]
    foreign = [c if c and c != "ID" else "" for c in countries]
    nation = _codes(vocab["partner_country"], foreign)
    home = np.array([c == "ID" for c in countries], dtype=bool)
    record, pos_a = record[order], pos_a[order]
    return {
        "region": (record[home], party[home]),
        "partner": (record[pos_a > 0], party[pos_a > 0]),
        "partner_country": (record[nation > 0], nation[nation > 0]),
        "party": (record, party),
    }


def _sector_pairs(sectors: list, record_of, vocab: Vocabulary) -> tuple:
    if not sectors:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32)
    record = record_of(np.array([s[0] for s in sectors], dtype=np.int64))
    value = _codes(vocab, [s[1] for s in sectors])
    keep = record >= 0
    return record[keep], value[keep]


# -- what changed since a snapshot ----------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """How far a snapshot has read the database: the newest article write it saw, the highest
    article rowid (SQLite: a rewrite is a new row), the last confirmation, the number of
    articles. A later write has `updated_at` at or after it, or (SQLite) a higher rowid."""

    updated_at: str
    rowid: int
    confirmation: int
    articles: int

    def name(self) -> str:
        """A file-system name for the mark (what the columns files are named by)."""
        stamp = "".join(ch for ch in self.updated_at if ch.isalnum())
        return f"{stamp or 'empty'}-{self.rowid}-{self.confirmation}-{self.articles}"


def mark_now(conn: Connection) -> Mark:
    """The database's mark now (indexed maxima and a count: cheap at any size)."""
    A, C = schema.articles, schema.confirmations
    updated = conn.execute(select(func.max(A.c.updated_at))).scalar() or ""
    rowid = 0
    if conn.dialect.name == "sqlite":
        rowid = conn.execute(select(func.max(literal_column("rowid"))).select_from(A)).scalar()
    confirmation = conn.execute(select(func.max(C.c.id))).scalar() or 0
    return Mark(updated, int(rowid or 0), int(confirmation), article_count(conn))


def changed_since(conn: Connection, mark: Mark) -> list[str]:
    """Ids of the articles written or reviewed at or after `mark` (sorted)."""
    A, C = schema.articles, schema.confirmations
    newer = A.c.updated_at >= mark.updated_at
    if conn.dialect.name == "sqlite":
        newer = newer | (literal_column("rowid") > mark.rowid)
    written = conn.execute(select(A.c.id).where(newer)).scalars()
    reviewed = conn.execute(
        select(C.c.article_id).where(C.c.id > mark.confirmation).distinct()
    ).scalars()
    return sorted({*written, *reviewed})


def article_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(schema.articles)).scalar() or 0)


def all_ids(conn: Connection) -> set[str]:
    """Every stored article's id (only when articles were removed: a scan of the index)."""
    return set(conn.execute(select(schema.articles.c.id)).scalars())
