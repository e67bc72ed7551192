"""Partnership threading: cooperation records with the same parties become one timeline of events.

A partnership is the set of resolved party ids of a record (facilitators left out). Within it,
records with the same action and a compatible instrument (equal, or one of them "none") whose
dates lie within `merge_window_days` of the event's first date are one event reported by
several articles. Undated records of the same action and instrument are one undated event,
listed last. The stage is the furthest any event reached (review events never raise it).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from kerjasama import record
from kerjasama.link.entities import PartyMention
from kerjasama.link.models import STAGES, ArticleRef, Event, EvidenceRef
from kerjasama.link.normalise import most_frequent

STAGE_RANK: dict[str, int] = {stage: rank for rank, stage in enumerate(STAGES)}
_SIGNED = ("loi", "mou", "agreement")
_ACTION_ORDER = {action: i for i, action in enumerate(record.ACTIONS)}
_SECTOR_ORDER = {sector: i for i, sector in enumerate(record.SECTORS)}


@dataclass(slots=True)
class CoopUnit:
    """One cooperation record of one article, with what threading reads from it."""

    article: ArticleRef
    index: int
    parties: tuple[PartyMention, ...]
    facilitators: tuple[PartyMention, ...]
    scope: str
    action: str
    instrument: str
    sectors: tuple[str, ...]
    date: date | None
    place: str | None
    term_years: int | None = None
    evidence: tuple[EvidenceRef, ...] = ()

    def sort_key(self) -> tuple:
        when = (self.date is None, self.date or date.min)
        return (*when, self.instrument, self.article.id, self.index)


def short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def partnership_id(party_ids: Iterable[str]) -> str:
    """Stable id of the partnership of these parties, whatever their order."""
    return "p-" + short_hash(*sorted(party_ids))


def event_stage(action: str, instrument: str) -> str | None:
    """The stage an event shows: sign+loi -> "loi", implement -> "implement"; review -> None.

    A signing that names no document counts as an MoU, the commonest document signed.
    """
    if action == "sign":
        return instrument if instrument in _SIGNED else "mou"
    if action == "review":
        return None
    return action


def furthest_stage(events: list[Event]) -> str:
    """The furthest stage reached; with only review events, the stage of the reviewed document."""
    stages = [s for e in events if (s := event_stage(e.action, e.instrument)) is not None]
    if stages:
        return max(stages, key=STAGE_RANK.__getitem__)
    reviewed = [e.instrument for e in events if e.instrument in _SIGNED]
    return max(reviewed, key=STAGE_RANK.__getitem__) if reviewed else "explore"


@dataclass(slots=True)
class _Draft:
    action: str
    instrument: str
    start: date | None
    units: list[CoopUnit] = field(default_factory=list)

    def accepts(self, unit: CoopUnit, window: timedelta) -> bool:
        if self.instrument not in (unit.instrument, "none") and unit.instrument != "none":
            return False
        if self.start is None or unit.date is None:
            return self.start is None and unit.date is None and self.instrument == unit.instrument
        return self.start <= unit.date <= self.start + window

    def add(self, unit: CoopUnit) -> None:
        self.units.append(unit)
        if self.instrument == "none":
            self.instrument = unit.instrument


def _still_open(draft: _Draft, day: date | None, window: timedelta) -> bool:
    return day is None or draft.start is None or draft.start + window >= day


def _drafts(units: list[CoopUnit], window: timedelta) -> list[_Draft]:
    drafts: list[_Draft] = []
    open_by_action: dict[str, list[_Draft]] = defaultdict(list)
    for unit in sorted(units, key=CoopUnit.sort_key):
        candidates = open_by_action[unit.action]
        target = next((d for d in candidates if d.accepts(unit, window)), None)
        if target is None:
            target = _Draft(unit.action, unit.instrument, unit.date)
            drafts.append(target)
            # units come in date order: drafts too old for this one are too old for all later
            candidates[:] = [d for d in candidates if _still_open(d, unit.date, window)]
            candidates.append(target)
        target.add(unit)
    return drafts


def _by_publication(ref: ArticleRef) -> tuple:
    return (ref.published is None, ref.published or "", ref.id)


def _event(partnership: str, draft: _Draft, used: set[str]) -> Event:
    refs: dict[str, ArticleRef] = {}
    places: Counter[str] = Counter()
    sectors: set[str] = set()
    for unit in draft.units:
        refs.setdefault(unit.article.id, unit.article)
        if unit.place:
            places[unit.place] += 1
        sectors.update(unit.sectors)
    when = draft.start.isoformat() if draft.start else "undated"
    event_id = "e-" + short_hash(partnership, draft.action, draft.instrument, when)
    while event_id in used:
        event_id = "e-" + short_hash(event_id)
    used.add(event_id)
    terms = [u.term_years for u in draft.units if u.term_years]
    return Event(
        id=event_id,
        date=draft.start,
        action=draft.action,
        instrument=draft.instrument,
        place=most_frequent(places) if places else None,
        sectors=sorted(sectors, key=lambda s: _SECTOR_ORDER.get(s, len(_SECTOR_ORDER))),
        articles=sorted(refs.values(), key=_by_publication),
        evidence=[ev for u in draft.units for ev in u.evidence],
        term_years=max(terms) if terms else None,
    )


def thread_events(partnership: str, units: list[CoopUnit], merge_window_days: int) -> list[Event]:
    """The events of one partnership, dated ones by date, undated ones last."""
    drafts = _drafts(units, timedelta(days=merge_window_days))
    used: set[str] = set()
    events = [_event(partnership, d, used) for d in drafts]
    return sorted(
        events,
        key=lambda e: (e.date is None, e.date or date.min, _ACTION_ORDER[e.action], e.id),
    )
