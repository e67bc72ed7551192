"""Read-side queries of the register: filtered search, one article's rows, statistics."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Select, and_, exists, func, or_, select

from kerjasama.store import schema
from kerjasama.store.store import Store

A, C, P, S = schema.articles, schema.cooperations, schema.parties, schema.sectors


@dataclass
class Filters:
    """Facet filters; every given one must hold for at least one cooperation of the article."""

    region: str | None = None
    partner: str | None = None
    instrument: str | None = None
    action: str | None = None
    sector: str | None = None
    year: int | None = None
    cooperation_only: bool = False

    def any(self) -> bool:
        return any(v not in (None, False) for v in self.__dict__.values())


@dataclass
class Hit:
    id: str
    title: str | None
    published: str | None
    outlet: str | None
    is_cooperation: bool
    score: float
    snippet: str = ""
    cooperations: list[dict] = field(default_factory=list)
    lead: str = ""


def _party_match(value: str, indonesian: bool):
    like = f"%{value.lower()}%"
    side = P.c.country == "ID" if indonesian else or_(P.c.country.is_(None), P.c.country != "ID")
    return exists().where(
        and_(
            P.c.cooperation_id == C.c.id,
            P.c.role == "party",
            side,
            or_(
                func.lower(P.c.name).like(like),
                func.lower(P.c.code) == value.lower(),
                func.lower(P.c.country) == value.lower() if not indonesian else False,
            ),
        )
    )


def _coop_conditions(f: Filters) -> list:
    conds = []
    if f.region:
        conds.append(_party_match(f.region, True))
    if f.partner:
        conds.append(
            or_(
                _party_match(f.partner, False),
                and_(
                    _party_match(f.partner, True),
                    exists().where(
                        and_(
                            P.c.cooperation_id == C.c.id,
                            P.c.position > 0,
                            func.lower(P.c.name).like(f"%{f.partner.lower()}%"),
                        )
                    ),
                ),
            )
        )
    if f.instrument:
        conds.append(C.c.instrument == f.instrument)
    if f.action:
        conds.append(C.c.action == f.action)
    if f.sector:
        conds.append(exists().where(and_(S.c.cooperation_id == C.c.id, S.c.sector == f.sector)))
    if f.year:
        conds.append(C.c.year == f.year)
    return conds


def filtered_ids(f: Filters) -> Select:
    """Ids of articles that pass the filters."""
    query = select(A.c.id)
    conds = _coop_conditions(f)
    if conds:
        query = query.where(exists().where(and_(C.c.article_id == A.c.id, *conds)))
    if f.cooperation_only:
        query = query.where(A.c.is_cooperation.is_(True))
    return query


def search(
    store: Store, query: str, filters: Filters | None = None, limit: int = 20, offset: int = 0
) -> tuple[int, list[Hit]]:
    """(total, page of hits) for a text query (may be empty) under the filters."""
    filters = filters or Filters()
    with store.engine.connect() as conn:
        allowed = filtered_ids(filters)
        if query.strip():
            matches = store.search_backend.match(conn, query, limit=100_000)
            ok = (
                {r[0] for r in conn.execute(allowed.where(A.c.id.in_([m[0] for m in matches])))}
                if filters.any()
                else None
            )
            ranked = [m for m in matches if ok is None or m[0] in ok]
        else:
            rows = conn.execute(allowed.order_by(A.c.published.desc(), A.c.id)).all()
            ranked = [(r[0], 0.0, "") for r in rows]
        total = len(ranked)
        page = ranked[offset : offset + limit]
        lead = func.substr(A.c.text, 1, 160).label("lead")
        meta = {
            r.id: r
            for r in conn.execute(
                select(
                    A.c.id, A.c.title, A.c.published, A.c.outlet, A.c.is_cooperation, lead
                ).where(A.c.id.in_([p[0] for p in page]))
            )
        }
        coops = _coops_of(conn, [p[0] for p in page])
    hits = [
        Hit(
            aid,
            meta[aid].title,
            meta[aid].published,
            meta[aid].outlet,
            bool(meta[aid].is_cooperation),
            score,
            snippet,
            coops.get(aid, []),
            lead=_lead(meta[aid].lead),
        )
        for aid, score, snippet in page
        if aid in meta
    ]
    return total, hits


def _lead(text: str | None) -> str:
    """The first words of the story, for articles without a title."""
    first = (text or "").split("\n", 1)[0]
    return first[:120].rsplit(" ", 1)[0] + " …" if len(first) > 120 else first


def _coops_of(conn, ids: list[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    if not ids:
        return out
    rows = conn.execute(
        select(C.c.id, C.c.article_id, C.c.instrument, C.c.action, C.c.date)
        .where(C.c.article_id.in_(ids))
        .order_by(C.c.article_id, C.c.idx)
    ).all()
    names: dict[int, list[str]] = {}
    for r in conn.execute(
        select(P.c.cooperation_id, P.c.name)
        .where(and_(P.c.cooperation_id.in_([r.id for r in rows]), P.c.role == "party"))
        .order_by(P.c.position)
    ):
        names.setdefault(r.cooperation_id, []).append(r.name)
    for r in rows:
        out.setdefault(r.article_id, []).append(
            {
                "parties": names.get(r.id, []),
                "instrument": r.instrument,
                "action": r.action,
                "date": r.date,
            }
        )
    return out


def stats(store: Store) -> dict:
    """Counts of the register by action, instrument, scope, year, partner country and sector."""
    with store.engine.connect() as conn:

        def grouped(col, *where) -> dict:
            q = select(col, func.count()).group_by(col).order_by(func.count().desc(), col)
            for w in where:
                q = q.where(w)
            return {str(k): n for k, n in conn.execute(q) if k is not None}

        return {
            "articles": conn.execute(select(func.count()).select_from(A)).scalar_one(),
            "cooperation_articles": conn.execute(
                select(func.count()).select_from(A).where(A.c.is_cooperation.is_(True))
            ).scalar_one(),
            "cooperations": conn.execute(select(func.count()).select_from(C)).scalar_one(),
            "by_action": grouped(C.c.action),
            "by_instrument": grouped(C.c.instrument),
            "by_scope": grouped(C.c.scope),
            "by_year": dict(sorted(grouped(C.c.year).items())),
            "by_sector": grouped(S.c.sector),
            "by_partner_country": grouped(P.c.country, P.c.role == "party", P.c.position > 0),
            "by_region": grouped(
                P.c.name, P.c.role == "party", P.c.country == "ID", P.c.position == 0
            ),
        }
