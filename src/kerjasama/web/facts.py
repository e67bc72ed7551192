"""What the web register keeps of each article: its facets per cooperation, confirmed values in.

Facts come from the flat filter tables (fast, for the whole register) except for reviewed
articles, whose facts come from the record with the confirmed values applied, so that search,
facets and the review queue show what the reviewers decided.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from kerjasama.link.thread import event_stage
from kerjasama.record import Article
from kerjasama.store import schema
from kerjasama.store.review import apply_with_marks, reviewed_article_ids


@dataclass(slots=True, frozen=True)
class PartyFact:
    name: str
    code: str | None
    kind: str
    country: str | None

    @property
    def key(self) -> str:
        return self.code or self.name

    @property
    def indonesian(self) -> bool:
        return self.country == "ID"


@dataclass(slots=True)
class CoopFact:
    """One cooperation record as the register shows and filters it."""

    index: int
    parties: tuple[PartyFact, ...]
    scope: str
    instrument: str
    action: str
    date: str | None
    year: int | None
    sectors: tuple[str, ...]
    confidence: float
    confirmed: bool = False

    @property
    def stage(self) -> str | None:
        return event_stage(self.action, self.instrument) or (
            self.instrument if self.instrument != "none" else None)


@dataclass(slots=True)
class ArticleFact:
    id: str
    published: str | None
    is_cooperation: bool
    coops: list[CoopFact]


def _year(date: str | None, published: str | None) -> int | None:
    when = date or published
    return int(when[:4]) if when and when[:4].isdigit() else None


def facts_of_record(rec: Article, confirmed: list[set[str]] | None = None) -> ArticleFact:
    """The facts of one (confirmed-applied) record."""
    coops = []
    for i, c in enumerate(rec.cooperations):
        parties = tuple(PartyFact(p.name, p.code, p.kind, p.country) for p in c.parties)
        coops.append(CoopFact(i, parties, c.scope, c.instrument, c.action, c.date,
                              _year(c.date, rec.source.published), tuple(c.sectors), c.confidence,
                              bool(confirmed and confirmed[i])))
    return ArticleFact(rec.id, rec.source.published, rec.is_cooperation, coops)


def _party_rows(conn: Connection, where) -> dict[int, list[PartyFact]]:
    P = schema.parties
    interned: dict[tuple, PartyFact] = {}
    out: dict[int, list[PartyFact]] = defaultdict(list)
    query = select(P.c.cooperation_id, P.c.name, P.c.code, P.c.kind, P.c.country).where(
        P.c.role == "party").order_by(P.c.cooperation_id, P.c.position)
    for cid, *values in conn.execute(where(query, P.c.cooperation_id)):
        key = tuple(values)
        party = interned.get(key)
        if party is None:
            party = interned[key] = PartyFact(*values)
        out[cid].append(party)
    return out


def _sector_rows(conn: Connection, where) -> dict[int, list[str]]:
    S = schema.sectors
    out: dict[int, list[str]] = defaultdict(list)
    for cid, sector in conn.execute(where(select(S.c.cooperation_id, S.c.sector), S.c.cooperation_id)):
        out[cid].append(sector)
    return out


def load_facts(conn: Connection, ids: Iterable[str] | None = None) -> list[ArticleFact]:
    """Facts of every article (or of `ids`), in no particular order."""
    A, C = schema.articles, schema.cooperations
    id_list = None if ids is None else list(ids)
    coop_ids = select(C.c.id)
    if id_list is not None:
        coop_ids = coop_ids.where(C.c.article_id.in_(id_list))

    def where(query, column):
        return query if id_list is None else query.where(column.in_(coop_ids))

    parties, sectors = _party_rows(conn, where), _sector_rows(conn, where)
    query = select(A.c.id, A.c.published, A.c.is_cooperation)
    if id_list is not None:
        query = query.where(A.c.id.in_(id_list))
    articles = {aid: ArticleFact(aid, pub, bool(coop), []) for aid, pub, coop in conn.execute(query)}
    cq = select(C.c.id, C.c.article_id, C.c.idx, C.c.scope, C.c.instrument, C.c.action, C.c.date,
                C.c.year, C.c.confidence).order_by(C.c.article_id, C.c.idx)
    if id_list is not None:
        cq = cq.where(C.c.article_id.in_(id_list))
    for cid, aid, idx, scope, instrument, action, date, year, confidence in conn.execute(cq):
        fact = articles.get(aid)
        if fact is not None:
            fact.coops.append(CoopFact(idx, tuple(parties.get(cid, ())), scope, instrument, action,
                                       date, year, tuple(sectors.get(cid, ())), confidence))
    reviewed = reviewed_article_ids(conn)
    if id_list is not None:
        reviewed &= set(id_list)
    for aid in reviewed & articles.keys():
        articles[aid] = reviewed_facts(conn, aid) or articles[aid]
    return list(articles.values())


def reviewed_facts(conn: Connection, article_id: str) -> ArticleFact | None:
    """Facts of one article from its record with the confirmed values applied."""
    row = conn.execute(select(schema.articles.c.record).where(
        schema.articles.c.id == article_id)).first()
    if row is None:
        return None
    rec, marks = apply_with_marks(conn, Article.model_validate_json(row.record))
    return facts_of_record(rec, marks.cooperations)
