"""What the linker reads from one article, taken once when the article is added."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kerjasama import record
from kerjasama.link.entities import PartyMention, article_aliases
from kerjasama.link.models import ArticleRef, EvidenceRef, LinkSettings
from kerjasama.link.thread import CoopUnit

EVIDENCE_CHARS = 300


def parse_date(value: str | None) -> date | None:
    """A YYYY-MM-DD date, or None for a missing or malformed one."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class RawPerson:
    name: str
    role: str | None
    org: str | None
    org_code: str | None


@dataclass(slots=True)
class ArticleFacts:
    """One article's cooperation records, people and alias evidence, ready for linking."""

    ref: ArticleRef
    date: date | None
    units: list[CoopUnit]
    people: list[RawPerson]
    mentions: list[PartyMention]
    aliases: list[tuple[str, str]]


def _evidence(article: record.Article, coop: record.Cooperation) -> tuple[EvidenceRef, ...]:
    return tuple(
        EvidenceRef(
            article=article.id,
            start=span.start,
            end=span.end,
            text=article.text[span.start : span.end][:EVIDENCE_CHARS],
        )
        for span in coop.evidence
    )


def _unit(
    article: record.Article, ref: ArticleRef, index: int, coop: record.Cooperation
) -> CoopUnit:
    published = parse_date(article.source.published)
    # `term_years` is not in kerjasama.article/1 yet: read it when a record model carries it
    term = getattr(coop, "term_years", None) if "term_years" in type(coop).model_fields else None
    return CoopUnit(
        article=ref,
        index=index,
        parties=tuple(PartyMention.of(p) for p in coop.parties),
        facilitators=tuple(PartyMention.of(p) for p in coop.facilitators),
        scope=coop.scope,
        action=coop.action,
        instrument=coop.instrument,
        sectors=tuple(coop.sectors),
        date=parse_date(coop.date) or published,
        place=coop.place,
        term_years=int(term) if term else None,
        evidence=_evidence(article, coop),
    )


def article_facts(article: record.Article, settings: LinkSettings) -> ArticleFacts:
    """The facts of one article; cooperation records below the settings' bar are left out."""
    source = article.source
    ref = ArticleRef.model_construct(  # the record was validated; its fields fit as they are
        id=article.id,
        url=source.url,
        title=article.title,
        outlet=source.outlet,
        published=source.published,
    )
    units: list[CoopUnit] = []
    if article.is_cooperation or not settings.only_cooperation_articles:
        units = [
            _unit(article, ref, i, coop)
            for i, coop in enumerate(article.cooperations)
            if coop.confidence >= settings.min_confidence
        ]
    dates = [u.date for u in units if u.date]
    return ArticleFacts(
        ref=ref,
        date=parse_date(source.published) or (min(dates) if dates else None),
        units=units,
        people=[RawPerson(p.name, p.role, p.org, p.org_code) for p in article.people],
        mentions=[m for u in units for m in (*u.parties, *u.facilitators)],
        aliases=article_aliases(article),
    )
