"""The review workflow: a queue by lowest confidence; accept, correct or reject a record.

Every decision is stored by `kerjasama.store.review` with who, when, before and after; the
confirmed values win over any later re-extraction. Corrections export in the gold format of
docs/evaluation.md, so they can measure and improve the extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from fastapi import HTTPException
from pydantic import ValidationError
from sqlalchemy import func, select

from kerjasama.query.live import Snapshot
from kerjasama.record import SECTORS, Article, Cooperation, Party
from kerjasama.store import Store, schema
from kerjasama.store.review import (
    ARTICLE_FIELDS,
    COOPERATION_FIELDS,
    accept,
    apply_with_marks,
    confirm,
    cooperation_target,
    reject,
    reviewed_article_ids,
)
from kerjasama.store.store import mark_links_pending
from kerjasama.text.display import headline
from kerjasama.web import link_views as links
from kerjasama.web.schemas import Paged, PageParams, QueueItem, ReviewAction, ReviewDone
from kerjasama.web.service import all_parties, paged, record_out

_LABEL = re.compile(r"^(?P<name>.*?)\s*\[(?P<code>[^\]]+)\]\s*$")


def party_label(name: str, code: str | None) -> str:
    """How a party is offered to pick: "Provinsi Kalimantan Timur [ID-KI]"."""
    return f"{name} [{code}]" if code else name


def queue(store: Store, snap: Snapshot, params: PageParams, path: str) -> Paged[QueueItem]:
    """Records no reviewer has confirmed yet, lowest confidence first."""
    total, positions = snap.index.queue(params.offset, params.limit)
    records = snap.record_facts(positions)
    ids = [aid for aid, _ in records]
    A = schema.articles
    titles: dict[str, str] = {}
    if ids:
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(A.c.id, A.c.title, func.substr(A.c.text, 1, 200)).where(A.c.id.in_(ids))
            )
            titles = {aid: headline(title, start) for aid, title, start in rows}
    items = []
    for aid, coop in records:
        rec = record_out(aid, coop)
        items.append(
            QueueItem(
                **rec.model_dump(), title=titles.get(aid), review_url=f"/review/{aid}/{rec.index}"
            )
        )
    return paged(Paged[QueueItem], items, total, params, path, params.model_dump())


def load(store: Store, article_id: str) -> Article:
    """An article's record with confirmed values applied, or 404."""
    rec = store.get(article_id)
    if rec is None or rec.id != article_id:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return rec


def cooperation(rec: Article, index: int) -> Cooperation:
    if not 0 <= index < len(rec.cooperations):
        raise HTTPException(404, f"article {rec.id} has no cooperation record {index}")
    return rec.cooperations[index]


def resolve_party(snap: Snapshot, choice: object) -> Party:
    """A party a reviewer picked: a label from the list, a code, a known or a gazetteer name."""
    if isinstance(choice, dict):
        return Party.model_validate(choice)
    text = str(choice).strip()
    m = _LABEL.match(text)
    code = m.group("code") if m else None
    known = snap.derived("parties", lambda: all_parties(snap))
    for p in known:
        if (code and p.code == code) or (
            not code and text.casefold() in (p.key.casefold(), p.name.casefold())
        ):
            return Party(name=p.name, code=p.code, kind=p.kind, country=p.country)
    from kerjasama.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(m.group("name") if m else text)
    if entry is None or (code and entry.code != code):
        raise HTTPException(422, f"unknown party {text!r}: pick one from the list")
    return Party(name=entry.name, code=entry.code, kind=entry.kind, country=entry.country)


def _clean(field: str, value: object, snap: Snapshot, coop: Cooperation) -> object:
    """A submitted value in the record's shape; a malformed one is a 422 naming the field."""
    try:
        return _clean_value(field, value, snap, coop)
    except ValidationError as exc:
        problem = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'value'}: {e['msg']}" for e in exc.errors()
        )
        raise HTTPException(422, f"{field}: {problem}") from None


def _items(field: str, value: object, allowed: tuple[type, ...]) -> list:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if item is not None and not isinstance(item, allowed):
            kinds = " or ".join(
                t.__name__.replace("str", "text").replace("dict", "object") for t in allowed
            )
            raise HTTPException(422, f"{field}: each item must be {kinds}, got {item!r}")
    return items


def _clean_value(field: str, value: object, snap: Snapshot, coop: Cooperation) -> object:
    """A submitted value in the record's shape (None for an empty optional field)."""
    if field in ("parties", "facilitators"):
        items = _items(field, value, (str, dict))
        # A party left as it was stays exactly as extracted (not re-resolved by its label).
        kept = {party_label(p.name, p.code): p for p in (*coop.parties, *coop.facilitators)}
        parties = [
            kept.get(v) if isinstance(v, str) and v in kept else resolve_party(snap, v)
            for v in items
            if v not in (None, "")
        ]
        if field == "parties" and not parties:
            raise HTTPException(422, "parties: a cooperation needs at least one party")
        return [p.model_dump(mode="json") for p in parties]
    if field == "sectors":
        chosen = set(_items(field, value, (str,))) - {"", None}
        unknown = sorted(chosen - set(SECTORS))
        if unknown:
            raise HTTPException(422, f"sectors: unknown {', '.join(unknown)}; use sector codes")
        return [s for s in SECTORS if s in chosen]
    if field == "date":
        if not value:
            return None
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise HTTPException(422, f"date must be YYYY-MM-DD, got {value!r}") from None
    if field in ("place", "title"):
        return str(value).strip() or None
    if field == "is_cooperation":
        return (
            value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
        )
    return value


def _validated(coop: Cooperation, values: dict) -> dict:
    data = coop.model_dump(mode="json")
    data.update(values)
    try:
        return Cooperation.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        problem = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise HTTPException(422, f"invalid correction: {problem}") from None


def decide(
    store: Store, snap: Snapshot, reviewer: str, article_id: str, index: int, action: ReviewAction
) -> ReviewDone:
    """Accept, correct or reject one cooperation record of an article."""
    rec = load(store, article_id)
    coop = cooperation(rec, index)
    target = cooperation_target(coop)
    changed: list[str] = []
    with store.engine.begin() as conn:
        if action.action == "accept":
            accept(conn, rec, target, reviewer)
            changed = sorted(COOPERATION_FIELDS)
        elif action.action == "reject":
            reject(conn, rec, target, reviewer)
            changed = ["rejected"]
        else:
            changed = _correct(conn, snap, rec, coop, target, action.values, reviewer)
        if changed:
            mark_links_pending(conn, [article_id])
    if changed:  # stage, date, place and sectors shape partnerships as much as parties do
        links.refresh(store)
    fresh = load(store, article_id)
    return ReviewDone(
        article_id=article_id, index=index, action=action.action, changed=changed, record=fresh
    )


def _correct(
    conn, snap: Snapshot, rec: Article, coop: Cooperation, target: str, values: dict, reviewer: str
) -> list[str]:
    unknown = set(values) - COOPERATION_FIELDS - ARTICLE_FIELDS
    if unknown:
        raise HTTPException(
            422,
            f"cannot correct {', '.join(sorted(unknown))}: fields are "
            f"{', '.join(sorted(COOPERATION_FIELDS | ARTICLE_FIELDS))}",
        )
    cleaned = {f: _clean(f, v, snap, coop) for f, v in values.items()}
    coop_values = {f: v for f, v in cleaned.items() if f in COOPERATION_FIELDS}
    new = _validated(coop, coop_values)
    old = coop.model_dump(mode="json")
    changed = []
    for field in sorted(coop_values):
        same = (
            sorted(new[field]) == sorted(old[field])
            if field == "sectors"
            else new[field] == old[field]
        )
        if not same:
            confirm(conn, rec, target, field, new[field], reviewer)
            changed.append(field)
    for field in sorted(set(cleaned) & ARTICLE_FIELDS):
        if cleaned[field] != getattr(rec, field):
            confirm(conn, rec, "article", field, cleaned[field], reviewer)
            changed.append(field)
    return changed


def form_values(form) -> dict:
    """The fields of the correction form (only those present in it) as a values dict."""
    values: dict = {}
    # "action" names the decision (accept, correct, reject); the record's action is action_value.
    for field, name in (
        ("scope", "scope"),
        ("instrument", "instrument"),
        ("action", "action_value"),
        ("date", "date"),
        ("place", "place"),
    ):
        if name in form:
            values[field] = form.get(name)
    for field in ("parties", "facilitators", "sectors"):
        if f"{field}_present" in form:
            values[field] = [v for v in form.getlist(field) if str(v).strip()]
    if "is_cooperation_present" in form:
        values["is_cooperation"] = "is_cooperation" in form
    return values


def gold_lines(store: Store, complete_only: bool = True) -> Iterator[dict]:
    """Reviewed articles as gold objects (docs/evaluation.md); by default only those whose every
    remaining cooperation record a reviewer confirmed."""
    with store.engine.connect() as conn:
        ids = sorted(reviewed_article_ids(conn))
        for aid in ids:
            row = conn.execute(
                select(schema.articles.c.record).where(schema.articles.c.id == aid)
            ).first()
            if row is None:
                continue
            rec, marks = apply_with_marks(conn, Article.model_validate_json(row.record))
            if complete_only and not all(marks.cooperations):
                continue
            yield _gold(rec)


def _gold(rec: Article) -> dict:
    def party(p) -> dict:
        return {"code": p.code, "name": p.name, "aliases": [], "kind": p.kind}

    return {
        "id": rec.id,
        "url": rec.source.url,
        "file": Path(rec.source.path).name if rec.source.path else None,
        "published": rec.source.published,
        "is_cooperation": rec.is_cooperation,
        "cooperations": [
            {
                "parties": [party(p) for p in c.parties],
                "facilitators": [party(p) for p in c.facilitators],
                "scope": c.scope,
                "instrument": c.instrument,
                "action": c.action,
                "sectors": list(c.sectors),
                "date": c.date,
                "place": c.place,
            }
            for c in rec.cooperations
        ],
        "people": [{"name": p.name, "role": p.role, "org": p.org} for p in rec.people],
        "source": {
            "outlet": rec.source.outlet,
            "dateline": rec.source.dateline,
            "credit": rec.source.credit,
        },
        "notes": "from kerjasama review (confirmed by reviewers)",
    }
