"""Partnerships, people and canonical entities in the store: refreshed after writes, queried.

The link library threads records into partnerships; this module keeps its result in tables so
the CLI and the API read it without re-linking. A refresh rewrites only the rows whose content
changed, so re-ingesting or adding articles updates the partnerships in place, and a full
rebuild gives the same tables.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass

from sqlalchemy import select

from kerjasama.link import (
    LinkResult,
    LinkSettings,
    Partnership,
    PersonProfile,
    filter_partnerships,
    find_people,
)
from kerjasama.link.models import CanonicalEntity
from kerjasama.store.link_tables import entities, partnerships, people
from kerjasama.store.store import Store


@dataclass
class RefreshSummary:
    added: int = 0
    changed: int = 0
    removed: int = 0


def link_settings() -> LinkSettings:
    """Settings for signals; KERJASAMA_TODAY fixes the reference date (tests, reports)."""
    today = os.environ.get("KERJASAMA_TODAY")
    return LinkSettings(today=dt.date.fromisoformat(today) if today else None)


def refresh_links(
    store: Store, settings: LinkSettings | None = None, *, full: bool = False
) -> RefreshSummary:
    """Bring the partnerships and people up to date with the stored records, in one
    transaction, redoing only what the records changed since the last refresh touch
    (`kerjasama.store.relink`); `full` rebuilds everything. The result is the same either way.
    """
    from kerjasama.store.relink import refresh

    return refresh(store, settings or link_settings(), full=full)


def _digest(data: str) -> str:
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _partnership_row(p: Partnership, data: str) -> dict:
    return {
        "id": p.id,
        "stage": p.stage,
        "scope": p.scope,
        "first_date": p.first_date.isoformat() if p.first_date else None,
        "last_date": p.last_date.isoformat() if p.last_date else None,
        "stalled": int(p.signals.stalled),
        "digest": _digest(data),
        "data": data,
    }


def _named_row(item: PersonProfile | CanonicalEntity, data: str) -> dict:
    return {"id": item.id, "name": item.name, "digest": _digest(data), "data": data}


def load_result(store: Store) -> LinkResult:
    """The stored link result."""
    with store.engine.connect() as conn:
        return LinkResult(
            partnerships=[
                Partnership.model_validate_json(r.data)
                for r in conn.execute(select(partnerships.c.data).order_by(partnerships.c.id))
            ],
            people=[
                PersonProfile.model_validate_json(r.data)
                for r in conn.execute(select(people.c.data).order_by(people.c.id))
            ],
            entities=[
                CanonicalEntity.model_validate_json(r.data)
                for r in conn.execute(select(entities.c.data).order_by(entities.c.id))
            ],
        )


def list_partnerships(
    store: Store,
    *,
    region: str | None = None,
    partner_country: str | None = None,
    stage: str | None = None,
    sector: str | None = None,
    stalled: bool | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[int, list[Partnership]]:
    """(total, page) of partnerships under the filters, latest news first, then by id."""
    query = select(partnerships.c.data)
    if stage:
        query = query.where(partnerships.c.stage == stage)
    if stalled is not None:
        query = query.where(partnerships.c.stalled == int(stalled))
    with store.engine.connect() as conn:
        items = [Partnership.model_validate_json(r.data) for r in conn.execute(query)]
    # Stage and stalled were filtered in SQL above; the rest needs the parties and events.
    found = filter_partnerships(
        items, region=region, partner_country=partner_country, sector=sector
    )
    found.sort(key=lambda p: ((p.last_date or dt.date.min).toordinal() * -1, p.id))
    return len(found), found[offset : offset + limit]


def get_partnership(store: Store, pid: str) -> Partnership | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(partnerships.c.data).where(partnerships.c.id == pid)).first()
    return Partnership.model_validate_json(row.data) if row else None


def partnership_ids(store: Store, prefix: str) -> list[str]:
    """Ids of the partnerships `prefix` names: the id itself, or every id it begins (with or
    without the "p-"), sorted; at most 11, enough to say a prefix is ambiguous."""
    prefix = prefix.strip()
    if not prefix:
        return []
    with store.engine.connect() as conn:
        exact = conn.execute(select(partnerships.c.id).where(partnerships.c.id == prefix)).first()
        if exact:
            return [exact.id]
        forms = {prefix, prefix if prefix.startswith("p-") else "p-" + prefix}
        ids: set[str] = set()
        for form in forms:
            escaped = form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = conn.execute(
                select(partnerships.c.id)
                .where(partnerships.c.id.like(escaped + "%", escape="\\"))
                .order_by(partnerships.c.id)
                .limit(11)
            )
            ids.update(r.id for r in rows)
    return sorted(ids)[:11]


def list_people(
    store: Store, name: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[PersonProfile]]:
    """(total, page) of people, by name; `name` matches whole or partial names."""
    with store.engine.connect() as conn:
        items = [
            PersonProfile.model_validate_json(r.data)
            for r in conn.execute(select(people.c.data).order_by(people.c.name, people.c.id))
        ]
    if name:
        items = find_people(items, name)
    return len(items), items[offset : offset + limit]


def get_person(store: Store, person_id: str) -> PersonProfile | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(people.c.data).where(people.c.id == person_id)).first()
    return PersonProfile.model_validate_json(row.data) if row else None
