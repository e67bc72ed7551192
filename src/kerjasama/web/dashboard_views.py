"""The dashboard: counts of the register, cooperations over time as an SVG chart, stalled ones."""

from __future__ import annotations

from dataclasses import dataclass

from kerjasama.query.live import Snapshot
from kerjasama.store import Store
from kerjasama.web import link_views as links
from kerjasama.web.schemas import CountOut, Stats
from kerjasama.web.service import counts


def stats(store: Store, snap: Snapshot, lang: str) -> Stats:
    """The dashboard's figures (computed once per snapshot and language)."""
    return snap.derived(f"stats:{lang}", lambda: _stats(store, snap, lang))


def warmers(store: Store) -> list:
    """What to compute ahead for each new snapshot: the dashboard in both languages, parties."""
    from kerjasama.web.i18n import LANGUAGES
    from kerjasama.web.service import all_parties

    return [lambda snap, lang=lang: stats(store, snap, lang) for lang in LANGUAGES] + [
        lambda snap: snap.derived("parties", lambda: all_parties(snap))
    ]


def _stats(store: Store, snap: Snapshot, lang: str) -> Stats:
    c = snap.index.columns
    return Stats(
        articles=snap.index.n_articles,
        cooperation_articles=int(c.cooperation.sum()),
        records=snap.index.n_records,
        confirmed_records=int(c.confirmed.sum()),
        by_year=counts(snap, "year", lang),
        by_action=counts(snap, "action", lang),
        by_instrument=counts(snap, "instrument", lang),
        by_stage=counts(snap, "stage", lang),
        by_sector=counts(snap, "sector", lang),
        by_scope=counts(snap, "scope", lang),
        by_partner_country=counts(snap, "partner_country", lang, top=15),
        by_region=counts(snap, "region", lang, top=15),
        stalled_partnerships=snap.derived("stalled", lambda: links.stalled(store, snap)),
        partnerships_available=links.available(),
    )


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    count: int
    href: str


@dataclass(frozen=True)
class Chart:
    """A bar chart drawn as SVG by the template: no script, no library, no network."""

    width: int
    height: int
    bars: list[Bar]
    ticks: list[tuple[float, int]]
    baseline: float


def year_chart(by_year: list[CountOut], width: int = 640, height: int = 220) -> Chart:
    """Cooperation records per year; each bar links to the search for that year."""
    top_pad, bottom_pad, left_pad = 16, 28, 40
    plot_h, plot_w = height - top_pad - bottom_pad, width - left_pad - 8
    peak = max((c.count for c in by_year), default=0) or 1
    step = plot_w / max(len(by_year), 1)
    bars = []
    for i, c in enumerate(by_year):
        h = plot_h * c.count / peak
        bars.append(
            Bar(
                x=round(left_pad + i * step + step * 0.15, 1),
                y=round(top_pad + plot_h - h, 1),
                width=round(step * 0.7, 1),
                height=round(h, 1),
                label=c.label,
                count=c.count,
                href=f"/search?year={c.value}",
            )
        )
    ticks = [
        (round(top_pad + plot_h - plot_h * v / peak, 1), v)
        for v in sorted({0, peak // 2, peak})
        if v or peak == 1
    ]
    return Chart(width, height, bars, ticks, baseline=top_pad + plot_h)
