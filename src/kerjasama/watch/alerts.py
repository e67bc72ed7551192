"""Follows and alerts: what a user follows, and one alert per new thing that happened to it.

An alert has a key naming its event (`stage:p-…:loi->mou`), unique in the store, so an event
alerts once however often it is seen. What the alerts last saw of each partnership is kept in
`watch_partnership_state`; following something takes a snapshot first, so a new follow starts
from now instead of alerting the whole past.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select, update

from kerjasama.errors import KerjasamaError
from kerjasama.gazetteer.normalize import fold
from kerjasama.record import Article
from kerjasama.store.links import load_result
from kerjasama.store.store import Store
from kerjasama.store.watch_tables import alerts, follows, partnership_state
from kerjasama.watch.sources import now_iso

FOLLOW_KINDS = ("region", "country", "partnership")
ALERT_KINDS = ("new_record", "new_partnership", "stage_change", "stalled", "mou_term_end")


class FollowError(KerjasamaError):
    """A follow cannot be added or removed as asked."""


@dataclass(frozen=True)
class Follow:
    id: int
    kind: str
    value: str


@dataclass(frozen=True)
class _Side:
    """A party as the matcher sees it (a record's party or a partnership's entity)."""

    name: str
    code: str | None
    country: str | None


# -- follows ------------------------------------------------------------------------------
def add_follow(store: Store, kind: str, value: str) -> int:
    if kind not in FOLLOW_KINDS:
        raise FollowError(f"follow one of {', '.join(FOLLOW_KINDS)}, not {kind!r}")
    if not value.strip():
        raise FollowError("say what to follow")
    value = value.strip().upper() if kind == "country" else value.strip()
    with store.engine.begin() as conn:
        if _follow_list(conn) == []:
            snapshot_partnerships(store, conn)
        done = conn.execute(follows.insert().values(kind=kind, value=value, added_at=now_iso()))
        return int(done.inserted_primary_key[0])


def remove_follow(store: Store, ref: str) -> Follow:
    with store.engine.begin() as conn:
        for follow in _follow_list(conn):
            if str(follow.id) == ref or follow.value.lower() == ref.lower():
                conn.execute(delete(follows).where(follows.c.id == follow.id))
                return follow
    raise FollowError(f"no follow {ref!r} (give its id or value)")


def list_follows(store: Store) -> list[Follow]:
    with store.engine.connect() as conn:
        return _follow_list(conn)


def _follow_list(conn: Connection) -> list[Follow]:
    rows = conn.execute(select(follows).order_by(follows.c.id)).all()
    return [Follow(r.id, r.kind, r.value) for r in rows]


def _matches(follow: Follow, sides: list[_Side], partnership_id: str | None) -> bool:
    if follow.kind == "partnership":
        return bool(partnership_id) and partnership_id.startswith(follow.value)
    if follow.kind == "country":
        return any(s.country == follow.value and s.country != "ID" for s in sides)
    wanted = fold(follow.value)
    return any(
        s.country in ("ID", None)
        and ((s.code or "").lower() == follow.value.lower() or wanted in fold(s.name))
        for s in sides
    )


def _followed(follow_list: list[Follow], sides: list[_Side], pid: str | None) -> list[Follow]:
    return [f for f in follow_list if _matches(f, sides, pid)]


# -- making alerts ------------------------------------------------------------------------
def snapshot_partnerships(store: Store, conn: Connection) -> None:
    """Remember every partnership as it is now (what later changes are measured against)."""
    conn.execute(delete(partnership_state))
    rows = [_state_row(p) for p in load_result(store).partnerships]
    if rows:
        conn.execute(partnership_state.insert(), rows)


def _state_row(p) -> dict:
    return {
        "id": p.id,
        "stage": p.stage,
        "stalled": bool(p.signals.stalled),
        "mou_near_end": bool(p.signals.mou_near_end),
    }


def make_alerts(store: Store, stored: Iterable[Article]) -> int:
    """Alerts for the records just stored and for what changed in the partnerships."""
    with store.engine.begin() as conn:
        follow_list = _follow_list(conn)
        made = [a for rec in stored for a in _record_alerts(rec, follow_list)]
        made += _partnership_alerts(store, conn, follow_list)
        have = set(
            conn.execute(select(alerts.c.key).where(alerts.c.key.in_([a["key"] for a in made])))
            .scalars()
            .all()
        )
        fresh = list({a["key"]: a for a in made if a["key"] not in have}.values())
        if fresh:
            conn.execute(alerts.insert(), fresh)
    return len(fresh)


def _alert(kind: str, key: str, summary: str, data: dict, *, pid=None, article=None) -> dict:
    return {
        "key": key,
        "kind": kind,
        "partnership_id": pid,
        "article_id": article,
        "summary": summary,
        "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
        "created_at": now_iso(),
    }


def _record_alerts(rec: Article, follow_list: list[Follow]) -> list[dict]:
    out = []
    for idx, coop in enumerate(rec.cooperations):
        sides = [_Side(p.name, p.code, p.country) for p in coop.parties]
        matched = _followed(follow_list, sides, None)
        if not matched:
            continue
        names = " ↔ ".join(p.name for p in coop.parties)
        summary = f"new record: {names} · {coop.action} · {coop.instrument}"
        data = {
            "title": rec.title,
            "url": rec.source.url,
            "parties": [p.model_dump() for p in coop.parties],
            "action": coop.action,
            "instrument": coop.instrument,
            "date": coop.date,
            "follows": [f"{f.kind}:{f.value}" for f in matched],
        }
        out.append(_alert("new_record", f"record:{rec.id}:{idx}", summary, data, article=rec.id))
    return out


def _partnership_alerts(store: Store, conn: Connection, follow_list: list[Follow]) -> list[dict]:
    before = {r.id: r for r in conn.execute(select(partnership_state)).all()}
    out = []
    current = load_result(store).partnerships
    for p in current:
        sides = [_Side(e.name, e.code, e.country) for e in p.parties]
        matched = _followed(follow_list, sides, p.id)
        old = before.get(p.id)
        names = " ↔ ".join(e.name for e in p.parties)
        data = {
            "parties": [e.name for e in p.parties],
            "stage": p.stage,
            "follows": [f"{f.kind}:{f.value}" for f in matched],
        }
        if matched:
            out += _changes(p, old, names, data)
        row = _state_row(p)
        if old is None:
            conn.execute(partnership_state.insert().values(**row))
        else:
            conn.execute(
                update(partnership_state).where(partnership_state.c.id == p.id).values(**row)
            )
    return out


def _changes(p, old, names: str, data: dict) -> list[dict]:
    out = []
    if old is None:
        out.append(
            _alert(
                "new_partnership",
                f"partnership:{p.id}",
                f"new partnership: {names} ({p.stage})",
                data,
                pid=p.id,
            )
        )
        return out
    if old.stage != p.stage:
        out.append(
            _alert(
                "stage_change",
                f"stage:{p.id}:{old.stage}->{p.stage}",
                f"stage change: {names}: {old.stage} → {p.stage}",
                data | {"from": old.stage},
                pid=p.id,
            )
        )
    if p.signals.stalled and not old.stalled:
        since = p.signals.stalled_since.isoformat() if p.signals.stalled_since else None
        out.append(
            _alert(
                "stalled",
                f"stalled:{p.id}:{since}",
                f"stalled: {names}: no news since {since or 'long ago'}",
                data | {"since": since},
                pid=p.id,
            )
        )
    if p.signals.mou_near_end and not old.mou_near_end:
        end = p.signals.mou_term_end.isoformat() if p.signals.mou_term_end else None
        out.append(
            _alert(
                "mou_term_end",
                f"term:{p.id}:{end}",
                f"MoU term ends: {names}: {end or 'soon'}",
                data | {"term_end": end},
                pid=p.id,
            )
        )
    return out


def list_alerts(store: Store, limit: int = 100) -> list[dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(alerts).order_by(alerts.c.id.desc()).limit(limit)).all()
    return [alert_payload(r) for r in rows]


def alert_payload(row) -> dict:
    """The public shape of an alert (JSON API, webhook body, feeds)."""
    return {
        "id": row.id,
        "kind": row.kind,
        "summary": row.summary,
        "partnership_id": row.partnership_id,
        "article_id": row.article_id,
        "created_at": row.created_at,
        "data": json.loads(row.data),
    }


def today_utc() -> dt.date:
    return dt.datetime.now(dt.UTC).date()
