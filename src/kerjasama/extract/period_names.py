"""Renamed ministries and agencies named as they were on the article's day."""

from __future__ import annotations

import datetime as dt

from kerjasama.extract.doc import Doc
from kerjasama.gazetteer.periods import name_on
from kerjasama.record import Party

_RENAMED_KINDS = {"ministry", "agency"}


def _party_on(party: Party, day: dt.date | None) -> Party:
    if party.kind not in _RENAMED_KINDS or party.country not in ("ID", None):
        return party
    name = name_on(party.name, day)
    return party if name == party.name else party.model_copy(update={"name": name})


def name_bodies_of_their_day(doc: Doc) -> Doc:
    """A 2017 story's Kemendikbud is "Kementerian Pendidikan dan Kebudayaan", not the name
    the ministry had from 2021: parties, facilitators and people's bodies take the name of
    the article's date (else its first record's), one day for all, so that a person's body
    stays the name of the record's party."""
    dated = [c.date for c in doc.cooperations if c.date]
    day = doc.published or (dt.date.fromisoformat(dated[0]) if dated else None)
    if day is None:
        return doc
    for i, coop in enumerate(doc.cooperations):
        doc.cooperations[i] = coop.model_copy(
            update={
                "parties": [_party_on(p, day) for p in coop.parties],
                "facilitators": [_party_on(p, day) for p in coop.facilitators],
            }
        )
    for person in doc.people:
        if person.org:
            person.org = name_on(person.org, day)
    return doc
