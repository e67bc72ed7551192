"""What the read model keeps of each article: its facets per cooperation, confirmed values in.

Facts come from the flat filter tables (fast, for the whole register) except for reviewed
articles, whose facts come from the record with the confirmed values applied, so that search,
facets and the review queue show what the reviewers decided.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter, itemgetter

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
    key: str = field(init=False)  # the code, or the name of a party without one

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", self.code or self.name)


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
    stage: str | None = field(init=False)

    def __post_init__(self) -> None:
        self.stage = stage_of(self.action, self.instrument)


@cache
def stage_of(action: str, instrument: str) -> str | None:
    """The partnership stage a record shows (a review shows the stage of its document)."""
    return event_stage(action, instrument) or (instrument if instrument != "none" else None)


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
        coops.append(
            CoopFact(
                i,
                parties,
                c.scope,
                c.instrument,
                c.action,
                c.date,
                _year(c.date, rec.source.published),
                tuple(c.sectors),
                c.confidence,
                bool(confirmed and confirmed[i]),
            )
        )
    return ArticleFact(rec.id, rec.source.published, rec.is_cooperation, coops)


def fetch_rows(conn: Connection, query) -> list[tuple]:
    """All rows of a parameterless query through the driver's own cursor: several times
    faster than SQLAlchemy rows for the hundreds of thousands a full load reads."""
    sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def _party_rows(conn: Connection) -> dict[int, list[PartyFact]]:
    P = schema.parties
    interned: dict[tuple, PartyFact] = {}
    out: dict[int, list[PartyFact]] = defaultdict(list)
    positions: dict[int, list[int]] = defaultdict(list)
    query = select(
        P.c.cooperation_id, P.c.position, P.c.name, P.c.code, P.c.kind, P.c.country
    ).where(P.c.role == "party")
    for cid, position, *values in fetch_rows(conn, query):  # unordered: a sort costs more here
        key = tuple(values)
        party = interned.get(key)
        if party is None:
            party = interned[key] = PartyFact(*values)
        out[cid].append(party)
        positions[cid].append(position)
    for cid, order in positions.items():
        if order != sorted(order):
            out[cid] = [p for _, p in sorted(zip(order, out[cid], strict=True))]
    return out


def _sector_rows(conn: Connection) -> dict[int, list[str]]:
    S = schema.sectors
    out: dict[int, list[str]] = defaultdict(list)
    for cid, sector in fetch_rows(conn, select(S.c.cooperation_id, S.c.sector)):
        out[cid].append(sector)
    return out


def load_facts(conn: Connection) -> list[ArticleFact]:
    """Facts of every article, newest first (publication date descending, then id)."""
    A, C = schema.articles, schema.cooperations
    parties, sectors = _party_rows(conn), _sector_rows(conn)
    rows = fetch_rows(conn, select(A.c.id, A.c.published, A.c.is_cooperation))
    rows.sort(key=itemgetter(0))
    rows.sort(key=lambda r: r[1] or "", reverse=True)  # stable: ids ascend within a date
    ordered = [ArticleFact(aid, pub, bool(coop), []) for aid, pub, coop in rows if pub]
    ordered += [ArticleFact(aid, pub, bool(coop), []) for aid, pub, coop in rows if not pub]
    articles = {fact.id: fact for fact in ordered}
    cq = select(
        C.c.id,
        C.c.article_id,
        C.c.idx,
        C.c.scope,
        C.c.instrument,
        C.c.action,
        C.c.date,
        C.c.year,
        C.c.confidence,
    )
    no_parties: tuple = ()
    for cid, aid, idx, scope, instrument, action, date, year, confidence in fetch_rows(conn, cq):
        fact = articles.get(aid)
        if fact is not None:
            fact.coops.append(
                CoopFact(
                    idx,
                    tuple(parties.get(cid, no_parties)),
                    scope,
                    instrument,
                    action,
                    date,
                    year,
                    tuple(sectors.get(cid, ())),
                    confidence,
                )
            )
    for fact in ordered:
        if len(fact.coops) > 1:
            fact.coops.sort(key=attrgetter("index"))
    for aid in reviewed_article_ids(conn) & articles.keys():
        reviewed = reviewed_facts(conn, aid)
        if reviewed is not None:
            articles[aid].coops, articles[aid].is_cooperation = (
                reviewed.coops,
                reviewed.is_cooperation,
            )
    return ordered


def reviewed_facts(conn: Connection, article_id: str) -> ArticleFact | None:
    """Facts of one article from its record with the confirmed values applied."""
    row = conn.execute(
        select(schema.articles.c.record).where(schema.articles.c.id == article_id)
    ).first()
    if row is None:
        return None
    rec, marks = apply_with_marks(conn, Article.model_validate_json(row.record))
    return facts_of_record(rec, marks.cooperations)


def facts_of_ids(conn: Connection, ids: list[str]) -> dict[str, ArticleFact]:
    """Facts of the articles `ids` (those that exist), as `load_facts` has them: what a page
    of results shows, read for that page only."""
    A, C, P, S = schema.articles, schema.cooperations, schema.parties, schema.sectors
    if not ids:
        return {}
    rows = conn.execute(
        select(A.c.id, A.c.published, A.c.is_cooperation).where(A.c.id.in_(ids))
    ).all()
    found = {aid: ArticleFact(aid, pub, bool(coop), []) for aid, pub, coop in rows}
    reviewed = reviewed_article_ids(conn) & found.keys()
    coop_cols = (C.c.id, C.c.article_id, C.c.idx, C.c.scope, C.c.instrument, C.c.action)
    coops = conn.execute(
        select(*coop_cols, C.c.date, C.c.year, C.c.confidence).where(C.c.article_id.in_(ids))
    ).all()
    cids = [r[0] for r in coops]
    parties: dict[int, list[tuple[int, PartyFact]]] = defaultdict(list)
    sectors: dict[int, list[str]] = defaultdict(list)
    if cids:
        party_q = select(
            P.c.cooperation_id, P.c.position, P.c.name, P.c.code, P.c.kind, P.c.country
        ).where(P.c.role == "party", P.c.cooperation_id.in_(cids))
        for cid, position, *values in conn.execute(party_q):
            parties[cid].append((position, PartyFact(*values)))
        sector_q = select(S.c.cooperation_id, S.c.sector).where(S.c.cooperation_id.in_(cids))
        for cid, sector in conn.execute(sector_q):
            sectors[cid].append(sector)
    for cid, aid, idx, scope, instrument, action, date, year, confidence in coops:
        if aid in reviewed or aid not in found:
            continue
        ordered = tuple(p for _, p in sorted(parties.get(cid, []), key=itemgetter(0)))
        found[aid].coops.append(
            CoopFact(
                idx, ordered, scope, instrument, action, date, year,
                tuple(sectors.get(cid, ())), confidence,
            )
        )  # fmt: skip
    for fact in found.values():
        fact.coops.sort(key=attrgetter("index"))
    for aid in reviewed:
        fact = reviewed_facts(conn, aid)
        if fact is not None:
            found[aid].coops, found[aid].is_cooperation = fact.coops, fact.is_cooperation
    return found
