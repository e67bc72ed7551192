"""The shapes the linker returns: canonical entities, events, partnerships, people, settings."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Stage = Literal["explore", "negotiate", "loi", "mou", "agreement", "implement"]
STAGES: tuple[str, ...] = Stage.__args__  # type: ignore[attr-defined]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LinkSettings(_Model):
    """Knobs of the linker; the defaults are the ones the issue names."""

    merge_window_days: int = Field(default=7, ge=0)
    stalled_months: int = Field(default=12, ge=1)
    stalled_stages: tuple[Stage, ...] = ("loi", "mou")
    mou_term_years: int = Field(default=5, ge=1)
    expiry_warning_months: int = Field(default=6, ge=0)
    today: dt.date | None = None
    fuzzy_threshold: float = Field(default=88.0, ge=50.0, le=100.0)
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    only_cooperation_articles: bool = True

    def reference_date(self) -> dt.date:
        return self.today or dt.date.today()


class CanonicalEntity(_Model):
    """One government or body, whatever name variant an article used."""

    id: str
    name: str
    code: str | None = None
    kind: str
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)


class ArticleRef(_Model):
    id: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


class EvidenceRef(_Model):
    """A sentence of an article that supports an event."""

    article: str
    start: int
    end: int
    text: str


class Event(_Model):
    """One step of a partnership, with every article that reported it."""

    id: str
    date: dt.date | None = None
    action: str
    instrument: str
    place: str | None = None
    sectors: list[str] = Field(default_factory=list)
    articles: list[ArticleRef] = Field(default_factory=list)
    evidence: list[EvidenceRef] = Field(default_factory=list)
    term_years: int | None = None


class Signals(_Model):
    """Attention signals for cooperation offices."""

    stalled: bool = False
    stalled_since: dt.date | None = None
    mou_term_end: dt.date | None = None
    mou_near_end: bool = False
    one_sided: bool = False


class Partnership(_Model):
    """All the articles about the same set of parties, as one timeline."""

    id: str
    parties: list[CanonicalEntity]
    facilitators: list[CanonicalEntity] = Field(default_factory=list)
    scope: Literal["foreign", "domestic"]
    stage: Stage
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    sectors: list[str] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    people: list[str] = Field(default_factory=list)
    signals: Signals = Field(default_factory=Signals)


class RoleSpan(_Model):
    """A role a person held in an organisation, as seen in the news."""

    role: str
    org: str | None = None
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    articles: list[str] = Field(default_factory=list)


class PersonProfile(_Model):
    id: str
    name: str
    org: str | None = None
    org_id: str | None = None
    aliases: list[str] = Field(default_factory=list)
    roles: list[RoleSpan] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    partnerships: list[str] = Field(default_factory=list)


class LinkResult(_Model):
    """Everything the linker found; each list sorted by id."""

    partnerships: list[Partnership] = Field(default_factory=list)
    people: list[PersonProfile] = Field(default_factory=list)
    entities: list[CanonicalEntity] = Field(default_factory=list)

    def partnership(self, partnership_id: str) -> Partnership | None:
        """The partnership with this id (as in `kerjasama partnership ID`), or None."""
        return next((p for p in self.partnerships if p.id == partnership_id), None)

    def person(self, person_id: str) -> PersonProfile | None:
        return next((p for p in self.people if p.id == person_id), None)
