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


def _mention_data(m: PartyMention) -> list:
    return [m.name, m.code, m.kind, m.country]


def _unit_data(u: CoopUnit) -> dict:
    return {
        "index": u.index,
        "parties": [_mention_data(m) for m in u.parties],
        "facilitators": [_mention_data(m) for m in u.facilitators],
        "scope": u.scope,
        "action": u.action,
        "instrument": u.instrument,
        "sectors": list(u.sectors),
        "date": u.date.isoformat() if u.date else None,
        "place": u.place,
        "term_years": u.term_years,
        "evidence": [[e.start, e.end, e.text] for e in u.evidence],
    }


def facts_to_data(facts: ArticleFacts) -> dict:
    """The facts as plain JSON data, for the refresh's cache of linked articles."""
    return {
        "ref": facts.ref.model_dump(),
        "date": facts.date.isoformat() if facts.date else None,
        "units": [_unit_data(u) for u in facts.units],
        "people": [[p.name, p.role, p.org, p.org_code] for p in facts.people],
        "aliases": [list(a) for a in facts.aliases],
    }


def facts_from_data(data: dict) -> ArticleFacts:
    """The facts `facts_to_data` wrote, as `article_facts` made them."""
    ref = ArticleRef.model_construct(**data["ref"])
    units = [
        CoopUnit(
            article=ref,
            index=u["index"],
            parties=tuple(PartyMention(*m) for m in u["parties"]),
            facilitators=tuple(PartyMention(*m) for m in u["facilitators"]),
            scope=u["scope"],
            action=u["action"],
            instrument=u["instrument"],
            sectors=tuple(u["sectors"]),
            date=parse_date(u["date"]),
            place=u["place"],
            term_years=u["term_years"],
            evidence=tuple(
                EvidenceRef.model_construct(article=ref.id, start=s, end=e, text=t)
                for s, e, t in u["evidence"]
            ),
        )
        for u in data["units"]
    ]
    return ArticleFacts(
        ref=ref,
        date=parse_date(data["date"]),
        units=units,
        people=[RawPerson(*p) for p in data["people"]],
        mentions=[m for u in units for m in (*u.parties, *u.facilitators)],
        aliases=[tuple(a) for a in data["aliases"]],
    )
