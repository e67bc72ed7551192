"""The register as columns of small integers: the read model's index for a million articles.

`kerjasama.query.index.RegisterIndex` keeps a Python object per record and a Python-integer
bitset per facet value: at 1,000,000 articles it takes 2.8 GB and two minutes to build, per
server process (benchmarks/read_model.md). Here each record is a row of NumPy arrays (its
article, its code in each single-valued facet) and each multi-valued facet (sectors, parties,
partner countries) a list of (record, value) pairs, so that the whole register is tens of
megabytes, built from the flat fact tables in seconds, and a query is a few vectorised passes:

- an article matches the filters when one of its records has them all (as `RegisterIndex`);
- a facet count is the number of matching articles with a record having the value: each
  (article, value) pair is flagged once, at its first record, so a count is one `bincount`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Connection, select

from kerjasama.query.facets import BY_NAME, STAGES
from kerjasama.query.facts import ArticleFact, fetch_rows, reviewed_facts, stage_of
from kerjasama.record import ACTIONS, INSTRUMENTS
from kerjasama.store import schema
from kerjasama.store.review import reviewed_article_ids

SINGLE = {
    "instrument": INSTRUMENTS,
    "action": ACTIONS,
    "stage": STAGES,
    "scope": ("foreign", "domestic"),
}
MULTI = ("sector", "region", "partner", "partner_country")


class Vocabulary:
    """Keys of one facet and their codes (0 is "no value")."""

    def __init__(self, known: tuple[str, ...] = ()) -> None:
        self.keys: list[str] = [""]
        self.code: dict[str, int] = {"": 0}
        self.labels: dict[str, str] = {}
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


@dataclass
class _Pairs:
    record: list[int]
    value: list[int]


class ColumnIndex:
    """An immutable snapshot of the register as columns (see the module's first lines)."""

    def __init__(self, conn: Connection) -> None:
        A, C, P, S = schema.articles, schema.cooperations, schema.parties, schema.sectors
        rows = fetch_rows(conn, select(A.c.id, A.c.published, A.c.is_cooperation))
        rows.sort(key=lambda r: r[0])
        rows.sort(key=lambda r: r[1] or "", reverse=True)
        rows = [r for r in rows if r[1]] + [r for r in rows if not r[1]]
        self.ids = [r[0] for r in rows]
        self.position_of = {aid: n for n, aid in enumerate(self.ids)}
        self.n_articles = len(self.ids)
        self.cooperation = np.array([bool(r[2]) for r in rows], dtype=bool)
        self.vocab = {name: Vocabulary(known) for name, known in SINGLE.items()}
        self.vocab |= {name: Vocabulary() for name in (*MULTI, "year")}
        self.vocab["sector"] = Vocabulary(BY_NAME["sector"].vocabulary)
        reviewed = reviewed_article_ids(conn) & self.position_of.keys()
        record_of: dict[int, int] = {}
        article, single = [], {name: [] for name in (*SINGLE, "year")}
        columns = (C.c.id, C.c.article_id, C.c.idx, C.c.scope, C.c.instrument, C.c.action)
        coops = fetch_rows(conn, select(*columns, C.c.year))
        coops.sort(key=lambda r: (self.position_of.get(r[1], -1), r[2]))
        for cid, aid, _idx, scope, instrument, action, year in coops:
            n = self.position_of.get(aid)
            if n is None or aid in reviewed:
                continue
            record_of[cid] = len(article)
            article.append(n)
            self._single(single, scope, instrument, action, year)
        pairs = {name: _Pairs([], []) for name in MULTI}
        for cid, sector in fetch_rows(conn, select(S.c.cooperation_id, S.c.sector)):
            if (r := record_of.get(cid)) is not None:
                pairs["sector"].record.append(r)
                pairs["sector"].value.append(self.vocab["sector"].add(sector))
        parties = defaultdict(list)
        pq = select(P.c.cooperation_id, P.c.position, P.c.code, P.c.name, P.c.country)
        for cid, position, code, name, country in fetch_rows(conn, pq.where(P.c.role == "party")):
            if (r := record_of.get(cid)) is not None:
                parties[r].append((position, code or name, name, country))
        for r, found in parties.items():
            found.sort()
            self._parties(pairs, r, [(k, nm, c) for _, k, nm, c in found])
        for aid in reviewed:  # confirmed values win: such records come from the record itself
            fact = reviewed_facts(conn, aid)
            if fact is not None:
                self._add_reviewed(fact, article, single, pairs)
        self._finish(article, single, pairs)

    # -- building ---------------------------------------------------------------------------
    def _single(self, single: dict, scope, instrument, action, year) -> None:
        v = self.vocab
        single["scope"].append(v["scope"].add(scope))
        single["instrument"].append(v["instrument"].add(instrument))
        single["action"].append(v["action"].add(action))
        single["stage"].append(v["stage"].add(stage_of(action, instrument) or ""))
        single["year"].append(v["year"].add(str(year)) if year else 0)

    def _parties(self, pairs: dict, r: int, parties: list[tuple[str, str, str | None]]) -> None:
        def add(name: str, key: str, label: str) -> None:
            pairs[name].record.append(r)
            pairs[name].value.append(self.vocab[name].add(key, label))

        for key, name, _ in {p[0]: p for p in parties if p[2] == "ID"}.values():
            add("region", key, name)
        for key, name, _ in {p[0]: p for p in parties[1:]}.values():
            add("partner", key, name)
        for country in {p[2] for p in parties if p[2] and p[2] != "ID"}:
            add("partner_country", country, country)

    def _add_reviewed(self, fact: ArticleFact, article: list, single: dict, pairs: dict) -> None:
        n = self.position_of[fact.id]
        self.cooperation[n] = fact.is_cooperation
        for coop in fact.coops:
            r = len(article)
            article.append(n)
            self._single(single, coop.scope, coop.instrument, coop.action, coop.year)
            for sector in coop.sectors:
                pairs["sector"].record.append(r)
                pairs["sector"].value.append(self.vocab["sector"].add(sector))
            self._parties(pairs, r, [(p.key, p.name, p.country) for p in coop.parties])

    def _finish(self, article: list, single: dict, pairs: dict) -> None:
        self.record_article = np.array(article, dtype=np.int32)
        self.n_records = len(article)
        self.single = {k: np.array(v, dtype=np.int32) for k, v in single.items()}
        self.pair_record = {k: np.array(p.record, dtype=np.int32) for k, p in pairs.items()}
        self.pair_value = {k: np.array(p.value, dtype=np.int32) for k, p in pairs.items()}
        # Per facet, the rows that first give their article the value: their articles and values.
        self.first_article, self.first_value = {}, {}
        for name in (*SINGLE, "year", *MULTI):
            if name in self.single:
                articles, values = self.record_article, self.single[name]
            else:
                articles = self.record_article[self.pair_record[name]]
                values = self.pair_value[name]
            first = self._firsts(articles, values)
            self.first_article[name], self.first_value[name] = articles[first], values[first]
        self.has_record = np.zeros(self.n_articles, dtype=bool)
        self.has_record[self.record_article] = True

    @staticmethod
    def _firsts(articles: np.ndarray, values: np.ndarray) -> np.ndarray:
        keyed = articles.astype(np.int64) * (int(values.max(initial=0)) + 1) + values
        _, first = np.unique(keyed, return_index=True)
        flags = np.zeros(len(values), dtype=bool)
        flags[first] = True
        return flags & (values > 0)

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
        ok = np.zeros(self.n_records, dtype=bool)
        for key in keys:
            name = facet
            if facet == "partner" and key not in self.vocab["partner"].code:
                name = "partner_country"  # a partner named by its country code
            code = self.vocab[name].code.get(key)
            if code is None:
                continue
            if name in self.single:
                ok |= self.single[name] == code
            else:
                ok[self.pair_record[name][self.pair_value[name] == code]] = True
        return ok

    def select(
        self,
        filters: dict[str, str],
        text: np.ndarray | None = None,
        cooperation_only: bool = False,
    ) -> np.ndarray:
        """Per article, whether it passes every facet filter, the text match and the flag."""
        if filters:
            records = np.ones(self.n_records, dtype=bool)
            for name, wanted in filters.items():
                records &= self._records_with(name, self.resolve(name, wanted))
            articles = np.zeros(self.n_articles, dtype=bool)
            articles[self.record_article[records]] = True
        else:
            articles = np.ones(self.n_articles, dtype=bool)
        if text is not None:
            articles &= text
        if cooperation_only:
            articles &= self.cooperation
        return articles

    def facet_counts(self, articles: np.ndarray, names: tuple[str, ...]) -> dict:
        """Per facet, (key, number of selected articles with a record having it), best first."""
        out = {}
        for name in names:
            vocab = self.vocab[name]
            values = self.first_value[name][articles[self.first_article[name]]]
            counts = np.bincount(values, minlength=len(vocab.keys))
            nonzero = np.flatnonzero(counts[1:]) + 1
            spec = BY_NAME[name]
            out[name] = spec.sort({vocab.keys[c]: int(counts[c]) for c in nonzero})
        return out

    def page(self, articles: np.ndarray, offset: int, limit: int, reverse: bool = False):
        """Article positions (register order, or reversed) from `offset`."""
        chosen = np.flatnonzero(articles)
        if reverse:
            chosen = chosen[::-1]
        return chosen[offset : offset + limit].tolist()
