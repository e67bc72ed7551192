"""The `kerjasama.article/1` record: the one public shape of what is extracted from an article.

This module is the only place the schema lives. Change it only by adding optional fields.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "kerjasama.article/1"

EntityType = Literal["PERSON", "ORG", "GOV", "GPE", "LOC", "FAC", "EVENT", "DATE", "MONEY", "LAW"]
BoilerplateKind = Literal["related", "credit", "dateline", "caption"]
PartyKind = Literal[
    "province",
    "regency",
    "city",
    "country",
    "foreign_region",
    "foreign_city",
    "ministry",
    "agency",
    "intl_org",
    "company",
    "university",
    "association",
    "other",
]
Scope = Literal["foreign", "domestic"]
Instrument = Literal["loi", "mou", "agreement", "none"]
Action = Literal["explore", "negotiate", "sign", "implement", "review"]
Sector = Literal[
    "investment",
    "trade",
    "industry",
    "agriculture",
    "plantation",
    "livestock",
    "fisheries",
    "forestry",
    "energy",
    "mining",
    "tourism",
    "education",
    "health",
    "culture",
    "infrastructure",
    "transport",
    "environment",
    "technology",
    "labour",
    "governance",
    "sports",
    "social",
    "security",
    "finance",
]

SECTORS: tuple[str, ...] = Sector.__args__  # type: ignore[attr-defined]
ACTIONS: tuple[str, ...] = Action.__args__  # type: ignore[attr-defined]
INSTRUMENTS: tuple[str, ...] = Instrument.__args__  # type: ignore[attr-defined]
PARTY_KINDS: tuple[str, ...] = PartyKind.__args__  # type: ignore[attr-defined]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A half-open character range into the record's `text`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Source(_Model):
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    credit: str | None = None


class Boilerplate(_Model):
    kind: BoilerplateKind
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Entity(_Model):
    id: str
    type: EntityType
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    canonical: str | None = None
    code: str | None = None


class Person(_Model):
    name: str
    role: str | None = None
    org: str | None = Field(
        default=None,
        description="the body the person belongs to: a record party's name where it is one",
    )
    org_code: str | None = Field(default=None, description="that party's or region's code")
    role_org: str | None = Field(
        default=None,
        description="the organisation as the role writes it ('Kejaksaan Negeri Binjai')",
    )
    mentions: list[tuple[int, int]] = Field(default_factory=list)


class Acronym(_Model):
    short: str
    long: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Quote(_Model):
    speaker: str | None = None
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Party(_Model):
    name: str
    code: str | None = None
    kind: PartyKind
    country: str | None = None


class Cooperation(_Model):
    parties: list[Party]
    facilitators: list[Party] = Field(default_factory=list)
    scope: Scope
    instrument: Instrument
    action: Action
    sectors: list[Sector] = Field(default_factory=list)
    date: str | None = Field(default=None, description="YYYY-MM-DD")
    date_text: str | None = None
    place: str | None = None
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)


class Article(_Model):
    """One article and everything extracted from it."""

    schema_: Literal["kerjasama.article/1"] = Field(default=SCHEMA_ID, alias="schema")
    id: str
    source: Source = Field(default_factory=Source)
    title: str | None = None
    text: str
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    related_titles: list[str] = Field(default_factory=list)
    is_cooperation: bool = False
    cooperation_score: float = Field(default=0.0, ge=0.0, le=1.0)
    entities: list[Entity] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    acronyms: list[Acronym] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    cooperations: list[Cooperation] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> str:
        """Serialise as one JSON line in the public field order."""
        return self.model_dump_json(by_alias=True)

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")


def json_schema() -> dict:
    """The JSON Schema of `kerjasama.article/1`."""
    schema = Article.model_json_schema(by_alias=True)
    schema["$id"] = SCHEMA_ID
    schema["title"] = SCHEMA_ID
    return schema
