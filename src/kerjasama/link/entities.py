"""Party resolution: every party of every record to one canonical entity.

A party resolves, in this order: by its code; by a name the gazetteer lists (when
`kerjasama.gazetteer` is installed); by an exact alias learnt from coded mentions anywhere in
the collection (a coded "Provinsi Kalimantan Timur" teaches that "Kalimantan Timur" is
ID-KI); by fuzzy clustering with the names of known bodies and the other names; by the
gazetteer's fuzzy guess; else as a body of its own. Ids: "code:<code>" when a code is known, else
"name:<normalised folded name>" (regencies and cities keep "kabupaten "/"kota " in front, as
Kabupaten Bandung and Kota Bandung are two bodies).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kerjasama import record
from kerjasama.link.cluster import NameNode, compatible
from kerjasama.link.models import CanonicalEntity
from kerjasama.link.normalise import normalise_name

# Kinds that may be written for one another by an extractor are one family; None matches any.
_FAMILY: dict[str, str | None] = {
    "province": "region",
    "foreign_region": "region",
    "regency": "regency",
    "city": "city",
    "foreign_city": "city",
    "country": "country",
    "ministry": "ministry",
    "agency": "ministry",
    "intl_org": "intl_org",
    "company": "company",
    "university": "university",
    "association": "association",
    "other": None,
}
_INDONESIAN_KINDS = frozenset({"province", "regency", "city"})
_KEY_PREFIX = {"regency": "kabupaten ", "city": "kota "}
_KEMENDAGRI_CODE = re.compile(r"^\d{2}(\.\d{2}){0,3}$")


def family(kind: str | None) -> str | None:
    return _FAMILY.get(kind or "other")


def country_of(code: str | None, kind: str | None, country: str | None) -> str | None:
    """The country a body belongs to, from what the record says or what its code implies."""
    if country:
        return country.upper()
    if code:
        if _KEMENDAGRI_CODE.match(code):
            return "ID"
        if len(code) == 2 and code.isalpha():  # ISO 3166-1: the code of a country
            return code.upper()
        if len(code) > 3 and code[2] == "-":
            return code[:2].upper()
    return "ID" if kind in _INDONESIAN_KINDS else None


def name_id(name: str, kind: str | None) -> str:
    return "name:" + _KEY_PREFIX.get(kind or "", "") + normalise_name(name)


def code_id(code: str) -> str:
    """The id of a coded body; "id-ki" and "ID-KI" are one code."""
    return "code:" + code.strip().upper()


@dataclass(frozen=True, slots=True)
class PartyMention:
    """A distinct way a party was written in a record."""

    name: str
    code: str | None
    kind: str
    country: str | None

    @classmethod
    def of(cls, party: record.Party) -> PartyMention:
        code = party.code.strip().upper() if party.code and party.code.strip() else None
        country = country_of(code, party.kind, party.country)
        return cls(party.name.strip(), code, party.kind, country)

    @property
    def node(self) -> NameNode:
        return NameNode(normalise_name(self.name), family(self.kind), self.country)


@lru_cache(maxsize=1)
def _gazetteer() -> Any | None:
    try:
        from kerjasama.gazetteer import load_gazetteer
    except ImportError:
        return None
    try:
        return load_gazetteer()
    except (OSError, ValueError):
        return None


@lru_cache(maxsize=100_000)
def gazetteer_entity(name: str, kind: str | None) -> CanonicalEntity | None:
    """The gazetteer's entry for a name as a canonical entity, or None (also with no gazetteer).

    An entry of the party's own kind wins ("Bandung" as a regency is Kabupaten Bandung); else
    the gazetteer's first choice, if its kind could have been written for the party's.
    """
    gazetteer = _gazetteer()
    if gazetteer is None:
        return None
    entry = gazetteer.lookup(name)  # without a kind first: the gazetteer answers that fastest
    if entry is not None and kind is not None and entry.kind != kind:
        fallback = entry if compatible(family(entry.kind), family(kind)) else None
        entry = gazetteer.lookup(name, kind=kind) or fallback
    if entry is None:
        return None
    code = getattr(entry, "code", None)
    return CanonicalEntity(
        id=code_id(code) if code else name_id(entry.name, entry.kind),
        name=entry.name,
        code=code,
        kind=entry.kind,
        country=country_of(code, entry.kind, getattr(entry, "country", None)),
        aliases=sorted(set(getattr(entry, "aliases", ()) or ())),
    )


def gazetteer_exact(name: str, kind: str | None) -> CanonicalEntity | None:
    """The gazetteer's entry when it lists this very name (form words aside), not a near one."""
    entry = gazetteer_entity(name, kind)
    if entry is None:
        return None
    key = normalise_name(name)
    return entry if any(normalise_name(n) == key for n in (entry.name, *entry.aliases)) else None


def local_id(mention: PartyMention) -> str | None:
    """The id a mention has on its own evidence: its code, or an exact gazetteer name."""
    if mention.code:
        return code_id(mention.code)
    entry = gazetteer_exact(mention.name, mention.kind)
    return entry.id if entry else None


def resolve_party(party: record.Party) -> CanonicalEntity:
    """One party on its own: by code, else the gazetteer, else its normalised name.

    Within a collection `build_links` resolves with more evidence (see `Resolution`).
    """
    mention = PartyMention.of(party)
    entry = gazetteer_entity(mention.name, mention.kind)
    if entry is not None and mention.code in (None, entry.code):
        return entry
    return CanonicalEntity(
        id=local_id(mention) or name_id(mention.name, mention.kind),
        name=mention.name,
        code=mention.code,
        kind=mention.kind,
        country=mention.country,
    )


class EntityIndex:
    """Counts of party mentions and alias evidence; a `Resolution` turns them into entities."""

    def __init__(self) -> None:
        self.mentions: Counter[PartyMention] = Counter()
        self.aliases: Counter[tuple[str, str]] = Counter()  # (normalised name, entity id)

    def count(
        self, mentions: list[PartyMention], aliases: list[tuple[str, str]], sign: int
    ) -> None:
        """Add (sign 1) or take away (sign -1) one article's mentions and alias evidence."""
        for mention in mentions:
            self.mentions[mention] += sign
            if self.mentions[mention] <= 0:
                del self.mentions[mention]
        for alias in aliases:
            self.aliases[alias] += sign
            if self.aliases[alias] <= 0:
                del self.aliases[alias]


def article_aliases(article: record.Article) -> list[tuple[str, str]]:
    """Name-to-code evidence beside an article's parties: coded entities, people's orgs."""
    found: list[tuple[str, str]] = []
    for entity in article.entities:
        if entity.code and entity.type in ("GPE", "GOV", "ORG", "LOC"):
            for text in {entity.text, entity.canonical or entity.text}:
                found.append((normalise_name(text), code_id(entity.code)))
    for person in article.people:
        if person.org and person.org_code:
            found.append((normalise_name(person.org), code_id(person.org_code)))
    return found
