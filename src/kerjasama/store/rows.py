"""Flatten records into the filter tables (cooperations, parties, sectors, people), in bulk."""

from __future__ import annotations

from sqlalchemy import Connection

from kerjasama.record import Article, Cooperation
from kerjasama.store import schema
from kerjasama.store.bulk import insert_rows, next_ids


def party_key(coop: Cooperation) -> str:
    """Identity of a cooperation inside its article, stable across re-extraction."""
    return "|".join(sorted((p.code or p.name).lower() for p in coop.parties))


def _year(rec: Article, coop: Cooperation) -> int | None:
    if coop.date:
        return int(coop.date[:4])
    return int(rec.source.published[:4]) if rec.source.published else None


COOPERATION_COLUMNS = (
    "id",
    "article_id",
    "idx",
    "scope",
    "instrument",
    "action",
    "date",
    "year",
    "place",
    "confidence",
    "party_key",
)
PARTY_COLUMNS = ("cooperation_id", "role", "position", "name", "code", "kind", "country")
PEOPLE_COLUMNS = ("article_id", "name", "role", "org", "org_code")


def insert_child_rows(conn: Connection, records: list[Article]) -> None:
    """Insert the cooperations, parties, sectors and people of records whose article rows were
    just written: one bulk statement per table. Call it after the article rows' insert."""
    pairs = [(rec, idx, coop) for rec in records for idx, coop in enumerate(rec.cooperations)]
    ids = next_ids(conn, schema.cooperations, len(pairs))
    coop_rows, party_rows, sector_rows = [], [], []
    for cid, (rec, idx, coop) in zip(ids, pairs, strict=True):
        coop_rows.append(
            (
                cid,
                rec.id,
                idx,
                coop.scope,
                coop.instrument,
                coop.action,
                coop.date,
                _year(rec, coop),
                coop.place,
                coop.confidence,
                party_key(coop),
            )
        )
        for role, group in (("party", coop.parties), ("facilitator", coop.facilitators)):
            party_rows.extend(
                (cid, role, pos, p.name, p.code, p.kind, p.country) for pos, p in enumerate(group)
            )
        sector_rows.extend((cid, s) for s in coop.sectors)
    people_rows = [
        (rec.id, p.name, p.role, p.org, p.org_code) for rec in records for p in rec.people
    ]
    insert_rows(conn, schema.cooperations, COOPERATION_COLUMNS, coop_rows)
    insert_rows(conn, schema.parties, PARTY_COLUMNS, party_rows)
    insert_rows(conn, schema.sectors, ("cooperation_id", "sector"), sector_rows)
    insert_rows(conn, schema.people, PEOPLE_COLUMNS, people_rows)
