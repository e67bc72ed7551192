"""Flatten a record into the filter tables (cooperations, parties, sectors, people)."""

from __future__ import annotations

from sqlalchemy import Connection, Table

from kerjasama.record import Article, Cooperation
from kerjasama.store import schema


def party_key(coop: Cooperation) -> str:
    """Identity of a cooperation inside its article, stable across re-extraction."""
    return "|".join(sorted((p.code or p.name).lower() for p in coop.parties))


def child_rows(conn: Connection, rec: Article) -> list[tuple[Table, list[dict]]]:
    """Insert the cooperations (to get their ids) and return the rows of the other tables."""
    party_rows, sector_rows = [], []
    for idx, coop in enumerate(rec.cooperations):
        result = conn.execute(
            schema.cooperations.insert().values(
                article_id=rec.id,
                idx=idx,
                scope=coop.scope,
                instrument=coop.instrument,
                action=coop.action,
                date=coop.date,
                year=int(coop.date[:4])
                if coop.date
                else (int(rec.source.published[:4]) if rec.source.published else None),
                place=coop.place,
                confidence=coop.confidence,
                party_key=party_key(coop),
            )
        )
        cid = result.inserted_primary_key[0]
        for role, group in (("party", coop.parties), ("facilitator", coop.facilitators)):
            for pos, p in enumerate(group):
                party_rows.append(
                    {
                        "cooperation_id": cid,
                        "role": role,
                        "position": pos,
                        "name": p.name,
                        "code": p.code,
                        "kind": p.kind,
                        "country": p.country,
                    }
                )
        sector_rows.extend({"cooperation_id": cid, "sector": s} for s in coop.sectors)
    people_rows = [
        {"article_id": rec.id, "name": p.name, "role": p.role, "org": p.org, "org_code": p.org_code}
        for p in rec.people
    ]
    return [
        (schema.parties, party_rows),
        (schema.sectors, sector_rows),
        (schema.people, people_rows),
    ]
