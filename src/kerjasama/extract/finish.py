"""Assemble the `kerjasama.article/1` record from the finished working document."""

from __future__ import annotations

from kerjasama.extract.calibration import record_confidence, story_score
from kerjasama.extract.doc import Doc
from kerjasama.record import Article, Boilerplate, Entity, Source


def _headline(doc: Doc) -> str | None:
    """The headline a page repeats above the story, when the input gave no title."""
    if doc.marked.headline is None:
        return None
    s, e = doc.marked.headline
    return doc.text[s:e].strip() or None


def build_article(doc: Doc) -> Article:
    """The public record: entities numbered in text order, people and dates as entities."""
    entities = list(doc.entities)
    for p in doc.people:
        for s, e in p.mentions:
            entities.append(
                Entity(id="", type="PERSON", text=doc.text[s:e], start=s, end=e, canonical=p.name)
            )
    for d in doc.dates:
        entities.append(
            Entity(
                id="",
                type="DATE",
                text=d.text,
                start=d.start,
                end=d.end,
                canonical=d.date.isoformat() if d.date else None,
            )
        )
    entities.sort(key=lambda e: (e.start, -e.end))
    rejoined = bool(doc.written) and doc.written != doc.text
    for i, ent in enumerate(entities, start=1):
        ent.id = f"e{i}"
        if rejoined:  # as written in the record's text, its line breaks kept
            ent.text = doc.written[ent.start : ent.end]
    raw = doc.raw
    return Article(
        id=doc.id,
        source=Source(
            path=raw.path,
            url=raw.url,
            outlet=doc.marked.outlet,
            dateline=doc.marked.dateline,
            published=doc.published.isoformat() if doc.published else None,
            credit=doc.marked.credit,
        ),
        title=raw.title or _headline(doc),
        text=doc.written or doc.text,
        boilerplate=[Boilerplate(kind=k, start=s, end=e) for k, s, e in doc.marked.spans],  # type: ignore[arg-type]
        related_titles=doc.marked.related_titles,
        is_cooperation=doc.is_cooperation,
        cooperation_score=story_score(doc.cooperation_score, doc.is_cooperation),
        entities=entities,
        people=doc.people,
        acronyms=doc.acronyms,
        quotes=doc.quotes,
        cooperations=[
            c.model_copy(
                update={
                    "confidence": record_confidence(c, doc.cooperation_score, len(doc.cooperations))
                }
            )
            for c in doc.cooperations
        ],
    )
