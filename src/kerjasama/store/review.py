"""Human-confirmed values: stored apart from extraction, applied over it when read.

Every change is one row of `confirmations` with who, when, the value before and after. A
reviewer may confirm an article field, a cooperation field, accept a cooperation (every field
confirmed as it reads now), or reject it (field "rejected": the cooperation leaves the record).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from kerjasama.record import Article, Cooperation
from kerjasama.store import schema
from kerjasama.store.rows import party_key

ARTICLE_FIELDS = {"is_cooperation", "title"}
COOPERATION_FIELDS = {
    "parties",
    "facilitators",
    "scope",
    "instrument",
    "action",
    "sectors",
    "date",
    "place",
}
REJECTED = "rejected"


@dataclass
class Marks:
    """Which values of a record a reviewer confirmed: article fields, and per cooperation."""

    article: set[str] = field(default_factory=set)
    cooperations: list[set[str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "article": sorted(self.article),
            "cooperations": [sorted(fields) for fields in self.cooperations],
        }


def cooperation_target(coop: Cooperation) -> str:
    """The confirmation target naming this cooperation of its article."""
    return f"cooperation:{party_key(coop)}"


def confirm(
    conn: Connection, article: Article, target: str, field: str, value: object, reviewer: str
) -> None:
    """Store a reviewer's value for one field of an article or of one of its cooperations."""
    allowed = ARTICLE_FIELDS if target == "article" else COOPERATION_FIELDS | {REJECTED}
    if field not in allowed:
        raise ValueError(f"field {field!r} cannot be confirmed on {target}")
    before = _current(article, target, field)
    conn.execute(
        schema.confirmations.insert().values(
            article_id=article.id,
            target=target,
            field=field,
            value=json.dumps(value, ensure_ascii=False),
            before=json.dumps(before, ensure_ascii=False),
            reviewer=reviewer,
            confirmed_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
    )


def accept(conn: Connection, article: Article, target: str, reviewer: str) -> None:
    """Confirm every field of a cooperation as it reads now, so re-extraction cannot change it."""
    coop = _find(article, target)
    if coop is None:
        raise ValueError(f"no cooperation {target!r} in article {article.id}")
    values = coop.model_dump(mode="json")
    for name in sorted(COOPERATION_FIELDS):
        confirm(conn, article, target, name, values[name], reviewer)


def reject(conn: Connection, article: Article, target: str, reviewer: str) -> None:
    """Mark a cooperation as wrongly extracted: it is left out of the record from now on."""
    if _find(article, target) is None:
        raise ValueError(f"no cooperation {target!r} in article {article.id}")
    confirm(conn, article, target, REJECTED, True, reviewer)


def _current(article: Article, target: str, field: str) -> object:
    if target == "article":
        return getattr(article, field)
    coop = _find(article, target)
    if coop is None:
        return None
    if field == REJECTED:
        return False
    return coop.model_dump(mode="json")[field]


def _find(article: Article, target: str) -> Cooperation | None:
    key = target.removeprefix("cooperation:")
    return next((c for c in article.cooperations if party_key(c) == key), None)


def _rows(conn: Connection, article_id: str) -> list:
    return conn.execute(
        select(schema.confirmations)
        .where(schema.confirmations.c.article_id == article_id)
        .order_by(schema.confirmations.c.id)
    ).all()


def apply_with_marks(conn: Connection, article: Article) -> tuple[Article, Marks]:
    """The record with every confirmed value applied (latest wins), and what was confirmed."""
    rows = _rows(conn, article.id)
    if not rows:
        return article, Marks(cooperations=[set() for _ in article.cooperations])
    data = article.to_dict()
    marks = Marks(cooperations=[set() for _ in data["cooperations"]])
    rejected: set[int] = set()
    for row in rows:
        value = json.loads(row.value)
        if row.target == "article":
            data[row.field] = value
            marks.article.add(row.field)
            continue
        for i, coop in enumerate(data["cooperations"]):
            if party_key(Cooperation.model_validate(coop)) != row.target.removeprefix(
                "cooperation:"
            ):
                continue
            if row.field == REJECTED:
                (rejected.add if value else rejected.discard)(i)
            else:
                coop[row.field] = value
                coop["confidence"] = 1.0
                marks.cooperations[i].add(row.field)
    keep = [i for i in range(len(data["cooperations"])) if i not in rejected]
    data["cooperations"] = [data["cooperations"][i] for i in keep]
    marks.cooperations = [marks.cooperations[i] for i in keep]
    return Article.model_validate(data), marks


def apply_confirmations(conn: Connection, article: Article) -> Article:
    """The record with every confirmed value in place of the extracted one (latest wins)."""
    return apply_with_marks(conn, article)[0]


def history(conn: Connection, article_id: str) -> list[dict]:
    """Every change made to an article's record, oldest first: who, when, before and after."""
    return [
        {
            "id": r.id,
            "target": r.target,
            "field": r.field,
            "before": json.loads(r.before or "null"),
            "after": json.loads(r.value),
            "reviewer": r.reviewer,
            "at": r.confirmed_at,
        }
        for r in _rows(conn, article_id)
    ]


def reviewed_article_ids(conn: Connection) -> set[str]:
    """Ids of the articles that carry at least one confirmation."""
    query = select(schema.confirmations.c.article_id).distinct()
    return set(conn.execute(query).scalars())


def confirmed_fields(conn: Connection) -> dict[str, list[list[str]]]:
    """Per reviewed article, per cooperation of its confirmed record: the confirmed fields."""
    out = {}
    for aid in sorted(reviewed_article_ids(conn)):
        row = conn.execute(
            select(schema.articles.c.record).where(schema.articles.c.id == aid)
        ).first()
        if row is not None:
            marks = apply_with_marks(conn, Article.model_validate_json(row.record))[1]
            out[aid] = [sorted(fields) for fields in marks.cooperations]
    return out
