"""Partnerships and people for the web: the store's linked views, paged, with clear 404s.

The linker's tables are kept by `kerjasama.store.links`; when it is not installed, these views
answer 503 with a message instead of failing.
"""

from __future__ import annotations

import importlib
import threading
from types import ModuleType

from fastapi import HTTPException

from kerjasama.link.models import Partnership, PersonProfile
from kerjasama.query.catalogue import Catalogue, load_catalogue
from kerjasama.query.live import Snapshot
from kerjasama.store import Store
from kerjasama.web.schemas import Paged, PageParams, PartnershipBrief, PartyOut
from kerjasama.web.service import paged


def _links() -> ModuleType | None:
    try:
        return importlib.import_module("kerjasama.store.links")
    except ImportError:
        return None


def available() -> bool:
    return _links() is not None


def _required() -> ModuleType:
    module = _links()
    if module is None:
        raise HTTPException(
            503,
            "partnerships and people are not available: the linker's store "
            "module (kerjasama.store.links) is not installed",
        )
    return module


def brief(p: Partnership) -> PartnershipBrief:
    return PartnershipBrief(
        id=p.id,
        parties=[
            PartyOut(name=e.name, code=e.code, kind=e.kind, country=e.country) for e in p.parties
        ],
        stage=p.stage,
        scope=p.scope,
        first_date=p.first_date.isoformat() if p.first_date else None,
        last_date=p.last_date.isoformat() if p.last_date else None,
        sectors=list(p.sectors),
        events=len(p.events),
        stalled=p.signals.stalled,
        stalled_since=p.signals.stalled_since.isoformat() if p.signals.stalled_since else None,
    )


def catalogue(store: Store, snap: Snapshot) -> Catalogue:
    """The partnerships list of this snapshot (read once; see `kerjasama.query.catalogue`)."""
    _required()
    return snap.derived("partnerships", lambda: load_catalogue(store))


def partnerships(
    store: Store, snap: Snapshot, filters: dict, params: PageParams, path: str
) -> Paged[Partnership]:
    """A page of partnerships passing the filters (region, partner_country, stage, sector,
    stalled), latest news first; the page's partnerships come whole from the store."""
    found = catalogue(store, snap).find(filters)
    page = found[params.offset : params.offset + params.limit]
    module = _required()
    items = [full for p in page if (full := module.get_partnership(store, p.id)) is not None]
    query = {**filters, **params.model_dump()}
    return paged(Paged[Partnership], items, len(found), params, path, query)


def partnership(store: Store, pid: str) -> Partnership:
    found = _required().get_partnership(store, pid)
    if found is None:
        raise HTTPException(404, f"no partnership with id {pid!r}")
    return found


def stalled(store: Store, snap: Snapshot, limit: int = 10) -> list[PartnershipBrief]:
    """The stalled partnerships, for the dashboard (none when the linker is not installed)."""
    module = _links()
    if module is None:
        return []
    found = catalogue(store, snap).find({"stalled": True})[:limit]
    return [brief(full) for p in found if (full := module.get_partnership(store, p.id))]


def people(store: Store, name: str | None, params: PageParams, path: str) -> Paged[PersonProfile]:
    total, items = _required().list_people(
        store, name=name or None, limit=params.limit, offset=params.offset
    )
    query = {"name": name, **params.model_dump()}
    return paged(Paged[PersonProfile], items, total, params, path, query)


def person(store: Store, person_id: str) -> PersonProfile:
    found = _required().get_person(store, person_id)
    if found is None:
        raise HTTPException(404, f"no person with id {person_id!r}")
    return found


def people_named(store: Store, ids: list[str]) -> dict[str, PersonProfile]:
    module = _links()
    if module is None:
        return {}
    return {i: p for i in ids if (p := module.get_person(store, i)) is not None}


def partnerships_by_id(store: Store, ids: list[str]) -> list[PartnershipBrief]:
    module = _links()
    if module is None:
        return []
    return [brief(p) for i in ids if (p := module.get_partnership(store, i)) is not None]


_refreshing: dict[int, threading.Thread] = {}
_pending: set[int] = set()
_lock = threading.Lock()
WAIT_BELOW_ARTICLES = 5_000


def refresh(store: Store) -> None:
    """Re-thread the partnerships after a review changed parties or records.

    Runs in the background (a full re-link of a large register takes minutes), one run at a
    time per store, once more if asked again meanwhile; a small register is waited for, so
    the next page already shows the change. Without the linker, nothing to do.
    """
    module = _links()
    if module is None:
        return
    key = id(store)
    with _lock:
        _pending.add(key)
        worker = _refreshing.get(key)
        if worker is None:
            worker = _refreshing[key] = threading.Thread(
                target=_refresh_until_done, args=(module, store), daemon=True, name="links-refresh"
            )
            worker.start()
    if store.count() < WAIT_BELOW_ARTICLES:
        worker.join()


def _refresh_until_done(module: ModuleType, store: Store) -> None:
    key = id(store)
    while True:
        with _lock:  # deciding to stop and leaving happen under one lock: no request is lost
            if key not in _pending:
                _refreshing.pop(key, None)
                return
            _pending.discard(key)
        try:
            module.refresh_links(store)
        except Exception:
            with _lock:
                _refreshing.pop(key, None)
            raise
