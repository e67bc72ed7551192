"""Request and response models of the JSON API: they generate the OpenAPI document."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from kerjasama.record import Action, Article, Instrument, Scope, Sector

T = TypeVar("T")
Stage = Literal["explore", "negotiate", "loi", "mou", "agreement", "implement"]
Sort = Literal["relevance", "newest", "oldest"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterFilters(_Model):
    """Facet filters; each given one must hold for one cooperation record of an article."""

    region: str | None = Field(None, description="Indonesian party: code or name (ID-KI, 64.72).")
    partner: str | None = Field(None, description="Partner party: code or name (CN-AH, Busan).")
    partner_country: str | None = Field(None, description="Partner country code (CN, KR).")
    instrument: Instrument | None = None
    action: Action | None = None
    stage: Stage | None = None
    sector: Sector | None = None
    year: int | None = Field(None, ge=1900, le=2100)
    scope: Scope | None = None

    def given(self) -> dict[str, str]:
        """The facet filters given, as strings."""
        return {
            k: str(getattr(self, k))
            for k in RegisterFilters.model_fields
            if getattr(self, k) is not None
        }


class SearchParams(RegisterFilters):
    """A search of the register: words, facet filters, order and page."""

    model_config = ConfigDict(extra="ignore")

    q: str = Field("", max_length=500, description="Words to find in titles and text.")
    cooperation_only: bool = Field(False, description="Only articles reporting a cooperation.")
    sort: Sort | None = Field(
        None, description="relevance (default with q), newest (default), oldest."
    )
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=1_000_000)


class PageParams(_Model):
    model_config = ConfigDict(extra="ignore")

    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=1_000_000)


class Paged(BaseModel, Generic[T]):
    """One page of a list, with the total and the address of the next page."""

    total: int
    limit: int
    offset: int
    next: str | None = None
    items: list[T]


class PartyOut(_Model):
    name: str
    code: str | None = None
    kind: str
    country: str | None = None


class RecordOut(_Model):
    """One cooperation record as the register lists it (confirmed values applied)."""

    article_id: str
    index: int
    parties: list[PartyOut]
    scope: str
    instrument: str
    action: str
    stage: str | None
    date: str | None
    year: int | None
    sectors: list[str]
    confidence: float
    confirmed: bool


class ArticleSummary(_Model):
    id: str
    title: str | None
    headline: str = Field(description="The title, or the start of the text when there is none.")
    published: str | None
    outlet: str | None
    url: str | None
    is_cooperation: bool
    snippet: str = ""
    records: list[RecordOut] = Field(default_factory=list)


class FacetValue(_Model):
    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str


class SearchResult(_Model):
    q: str
    filters: dict[str, str]
    sort: Sort
    total: int
    limit: int
    offset: int
    next: str | None
    hits: list[ArticleSummary]
    facets: dict[str, list[FacetValue]]


class CountOut(_Model):
    value: str
    label: str
    count: int


class PartnershipBrief(_Model):
    id: str
    parties: list[PartyOut]
    stage: str
    scope: str
    first_date: str | None
    last_date: str | None
    sectors: list[str]
    events: int
    stalled: bool
    stalled_since: str | None = None


class Stats(_Model):
    """The dashboard's figures."""

    articles: int
    cooperation_articles: int
    records: int
    confirmed_records: int
    by_year: list[CountOut]
    by_action: list[CountOut]
    by_instrument: list[CountOut]
    by_stage: list[CountOut]
    by_sector: list[CountOut]
    by_scope: list[CountOut]
    by_partner_country: list[CountOut]
    by_region: list[CountOut]
    stalled_partnerships: list[PartnershipBrief]
    partnerships_available: bool


class Change(_Model):
    """One change a reviewer made: who, when, the value before and after."""

    id: int
    target: str
    field: str
    before: Any
    after: Any
    reviewer: str | None = Field(
        description="Who made the change; shown to logged-in reviewers only (null otherwise)."
    )
    at: str


class Confirmed(_Model):
    article: list[str]
    cooperations: list[list[str]]


class ArticleView(_Model):
    """An article's record (`kerjasama.article/1`, confirmed values applied) and its review."""

    record: Article
    confirmed: Confirmed
    history: list[Change]


class PartyCount(_Model):
    key: str
    name: str
    code: str | None
    kind: str
    country: str | None
    records: int


class QueueItem(RecordOut):
    title: str | None
    review_url: str


class ReviewAction(_Model):
    """A reviewer's decision on one cooperation record."""

    action: Literal["accept", "correct", "reject"]
    values: dict[str, Any] = Field(
        default_factory=dict, description="For correct: field -> new value."
    )


class ReviewDone(_Model):
    article_id: str
    index: int | None
    action: str
    changed: list[str]
    record: Article


class ErrorOut(_Model):
    status: int
    message: str
    details: list[dict[str, Any]] = Field(default_factory=list)


class ErrorBody(_Model):
    error: ErrorOut
