"""Attention signals: stalled partnerships, MoUs near the end of their term, one-sided news.

- stalled: the stage is one of `stalled_stages` (LoI and MoU by default: a signed intent that
  nothing followed; a partnership still negotiating is left out, as most talks that go quiet
  simply did not happen) and the last news is more than `stalled_months` before `today`.
- MoU term end: the latest signed MoU's date plus its term: the event's `term_years` when the
  record gave one (read from an optional `term_years` on the cooperation record, which
  `kerjasama.article/1` does not carry yet), else `mou_term_years`. Near the end: within
  `expiry_warning_months` of that date, or past it.
- one-sided: the people linked to the partnership's news who belong to a party all belong to
  the same party.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta

from kerjasama.link.models import Event, LinkSettings, Signals


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the end of shorter months."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def mou_term_end(events: list[Event], default_years: int) -> date | None:
    signed = [e for e in events if e.action == "sign" and e.instrument == "mou" and e.date]
    if not signed:
        return None
    latest = max(signed, key=lambda e: e.date or date.min)
    assert latest.date is not None
    return add_months(latest.date, 12 * (latest.term_years or default_years))


def compute_signals(
    stage: str,
    events: list[Event],
    last_date: date | None,
    sides: Iterable[str],
    settings: LinkSettings,
) -> Signals:
    """The signals of one partnership; `sides` are the party ids its people belong to."""
    today = settings.reference_date()
    stalled = (
        stage in settings.stalled_stages
        and last_date is not None
        and add_months(last_date, settings.stalled_months) < today
    )
    term_end = mou_term_end(events, settings.mou_term_years)
    near_end = term_end is not None and today >= add_months(
        term_end, -settings.expiry_warning_months
    )
    return Signals(
        stalled=stalled,
        stalled_since=last_date if stalled else None,
        mou_term_end=term_end,
        mou_near_end=near_end,
        one_sided=len(set(sides)) == 1,
    )


def signals_change_on(
    stage: str, events: list[Event], last_date: date | None, settings: LinkSettings
) -> date | None:
    """The first day after the reference date on which `compute_signals` answers otherwise.

    Only "stalled" and "near the end of its term" depend on the day, each turning once: a
    refresh on a later day re-links just the partnerships whose day has come.
    """
    today = settings.reference_date()
    turns: list[date] = []
    if stage in settings.stalled_stages and last_date is not None:
        turns.append(add_months(last_date, settings.stalled_months) + timedelta(days=1))
    term_end = mou_term_end(events, settings.mou_term_years)
    if term_end is not None:
        turns.append(add_months(term_end, -settings.expiry_warning_months))
    later = [day for day in turns if day > today]
    return min(later) if later else None
