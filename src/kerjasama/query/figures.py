"""Counts of the register for `kerjasama stats`: records by action, instrument, year, sector."""

from __future__ import annotations

from sqlalchemy import func, select

from kerjasama.store import schema
from kerjasama.store.store import Store

A, C, P, S = schema.articles, schema.cooperations, schema.parties, schema.sectors


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
