"""Queries over a link result, as `kerjasama partnerships` and `kerjasama people` need them."""

from __future__ import annotations

from collections.abc import Iterable

from kerjasama.link.models import CanonicalEntity, Partnership, PersonProfile
from kerjasama.link.normalise import normalise_name, person_tokens


def partnership_summary(partnership: Partnership) -> dict:
    """The JSON object of `kerjasama partnerships --format json` for one partnership."""
    return {
        "id": partnership.id,
        "parties": [
            {"name": p.name, "code": p.code, "kind": p.kind, "country": p.country}
            for p in partnership.parties
        ],
        "stage": partnership.stage,
        "events": [
            {
                "date": e.date.isoformat() if e.date else None,
                "action": e.action,
                "instrument": e.instrument,
                "place": e.place,
                "sectors": list(e.sectors),
                "articles": [a.model_dump(mode="json") for a in e.articles],
            }
            for e in partnership.events
        ],
        "signals": partnership.signals.model_dump(mode="json"),
    }


def _names(entity: CanonicalEntity) -> set[str]:
    return {normalise_name(n) for n in (entity.name, *entity.aliases)}


def _is(entity: CanonicalEntity, wanted: str) -> bool:
    """Whether a user's words name this entity: its code, or any of its names once normalised."""
    if entity.code and entity.code.casefold() == wanted.strip().casefold():
        return True
    return normalise_name(wanted) in _names(entity)


def _in_country(entity: CanonicalEntity, wanted: str) -> bool:
    if entity.country and entity.country.casefold() == wanted.strip().casefold():
        return True
    return entity.kind == "country" and _is(entity, wanted)


def filter_partnerships(
    partnerships: Iterable[Partnership],
    *,
    region: str | None = None,
    partner_country: str | None = None,
    stage: str | None = None,
    sector: str | None = None,
    stalled: bool | None = None,
) -> list[Partnership]:
    """The partnerships that pass every filter given (None leaves a filter out).

    `region` names a party by code or any of its names ("ID-KI", "Kaltim"); `partner_country`
    keeps partnerships with a party of that country other than Indonesia ("CN" or "China").
    """
    kept = []
    for p in partnerships:
        if region and not any(_is(e, region) for e in p.parties):
            continue
        if partner_country and not any(
            e.country != "ID" and _in_country(e, partner_country) for e in p.parties
        ):
            continue
        if stage and p.stage != stage:
            continue
        if sector and sector not in p.sectors:
            continue
        if stalled is not None and p.signals.stalled != stalled:
            continue
        kept.append(p)
    return kept


def find_people(people: Iterable[PersonProfile], name: str) -> list[PersonProfile]:
    """People any of whose names hold every word of `name` (titles and degrees ignored)."""
    wanted = set(person_tokens(name))
    return [
        person
        for person in people
        if any(wanted <= set(person_tokens(n)) for n in (person.name, *person.aliases))
    ]
