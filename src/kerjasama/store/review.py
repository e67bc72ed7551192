"""Human-confirmed values: stored apart from extraction, applied over it when read."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import Connection, select

from kerjasama.record import Article, Cooperation
from kerjasama.store import schema
from kerjasama.store.rows import party_key

ARTICLE_FIELDS = {"is_cooperation", "title"}
COOPERATION_FIELDS = {"parties", "facilitators", "scope", "instrument", "action", "sectors",
                      "date", "place"}


def confirm(conn: Connection, article: Article, target: str, field: str, value: object,
            reviewer: str) -> None:
    """Store a reviewer's value for one field of an article or of one of its cooperations."""
    allowed = ARTICLE_FIELDS if target == "article" else COOPERATION_FIELDS
    if field not in allowed:
        raise ValueError(f"field {field!r} cannot be confirmed on {target}")
    before = _current(article, target, field)
    conn.execute(schema.confirmations.insert().values(
        article_id=article.id, target=target, field=field, value=json.dumps(value, ensure_ascii=False),
        before=json.dumps(before, ensure_ascii=False), reviewer=reviewer,
        confirmed_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    ))


def _current(article: Article, target: str, field: str) -> object:
    if target == "article":
        return getattr(article, field)
    coop = _find(article, target)
    if coop is None:
        return None
    return coop.model_dump(mode="json")[field]


def _find(article: Article, target: str) -> Cooperation | None:
    key = target.removeprefix("cooperation:")
    return next((c for c in article.cooperations if party_key(c) == key), None)


def apply_confirmations(conn: Connection, article: Article) -> Article:
    """The record with every confirmed value in place of the extracted one (latest wins)."""
    rows = conn.execute(select(schema.confirmations).where(
        schema.confirmations.c.article_id == article.id).order_by(schema.confirmations.c.id)).all()
    if not rows:
        return article
    data = article.to_dict()
    for row in rows:
        value = json.loads(row.value)
        if row.target == "article":
            data[row.field] = value
            continue
        for coop in data["cooperations"]:
            if party_key(Cooperation.model_validate(coop)) == row.target.removeprefix("cooperation:"):
                coop[row.field] = value
                coop["confidence"] = 1.0
    return Article.model_validate(data)
