"""Terminal views of records, statistics and scores (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from kerjasama.record import Article


def render_article(out: Console, rec: Article) -> None:
    s = rec.source
    out.print(f"[bold]{rec.title or '(no title)'}[/bold]")
    out.print(
        f"id {rec.id} · {s.outlet or '-'} · {s.dateline or '-'} · published {s.published or '-'}"
    )
    if s.url or s.path:
        out.print(s.url or s.path, markup=False)
    out.print(
        f"cooperation: {'yes' if rec.is_cooperation else 'no'} (score {rec.cooperation_score:.2f})"
    )
    for i, c in enumerate(rec.cooperations, start=1):
        parties = " ↔ ".join(f"{p.name} ({p.code or p.kind})" for p in c.parties)
        out.print(f"\n[bold]{i}. {parties}[/bold]")
        if c.facilitators:
            out.print("   facilitated by " + ", ".join(f.name for f in c.facilitators))
        out.print(
            f"   {c.action} · {c.instrument} · {c.scope} · {c.date or 'date unknown'}"
            f" · {c.place or 'place unknown'} · confidence {c.confidence:.2f}"
        )
        if c.sectors:
            out.print("   sectors: " + ", ".join(c.sectors))
        for ev in c.evidence[:3]:
            out.print(f"   “{rec.text[ev.start : ev.end][:200]}”", markup=False)
    if rec.people:
        table = Table("name", "role", "organisation", title="people")
        for p in rec.people:
            table.add_row(p.name, p.role or "", p.org or "")
        out.print(table)
    if rec.related_titles:
        out.print("related: " + " | ".join(rec.related_titles), markup=False)


def render_hits(out: Console, total: int, hits: list) -> None:
    """The register as a table: one row per cooperation record (or per article without one)."""
    table = Table(title=f"{total} article(s)", title_justify="left")
    for col, width in (
        ("id", 8),
        ("date", 10),
        ("Indonesian side", 24),
        ("partner", 26),
        ("stage", 16),
        ("title", 40),
    ):
        table.add_column(col, max_width=width, overflow="fold")
    for h in hits:
        label = h.title or h.lead
        if not h.cooperations:
            table.add_row(h.id[:8], h.published or "", "—", "—", "not cooperation", label)
        for c in h.cooperations:
            home, *partners = c["parties"] or ["?"]
            table.add_row(
                h.id[:8],
                c["date"] or h.published or "",
                home,
                "; ".join(partners),
                f"{c['action']} · {c['instrument']}",
                label,
            )
    out.print(table)


def render_stats(out: Console, figures: dict) -> None:
    out.print(
        f"articles: {figures['articles']}  ·  cooperation articles: "
        f"{figures['cooperation_articles']}  ·  cooperation records: {figures['cooperations']}"
    )
    for key in (
        "by_action",
        "by_instrument",
        "by_scope",
        "by_year",
        "by_sector",
        "by_partner_country",
        "by_region",
    ):
        values = figures[key]
        if values:
            items = ", ".join(f"{k} {v}" for k, v in list(values.items())[:12])
            out.print(f"{key.removeprefix('by_').replace('_', ' ')}: {items}", markup=False)


def render_scores(out: Console, s: dict) -> None:
    table = Table(
        "measure", "value", "detail", title=f"evaluation on {s['articles']} gold article(s)"
    )
    for key in ("is_cooperation", "parties", "people", "sectors"):
        v = s[key]
        table.add_row(
            f"{key} F1",
            f"{v['f1']:.3f}",
            f"P {v['precision']:.3f}  R {v['recall']:.3f}  "
            f"(tp {v['tp']}, fp {v['fp']}, fn {v['fn']})",
        )
    names = {"strict": "strict record accuracy", "people_with_role": "people with role"}
    for key in ("strict", "instrument", "action", "scope", "place", "date", "people_with_role"):
        v = s[key]
        value = "n/a" if v["accuracy"] is None else f"{v['accuracy']:.3f}"
        table.add_row(names.get(key, f"{key} accuracy"), value, f"{v['right']}/{v['total']}")
    out.print(table)
    if s["missing"]:
        out.print(f"not found among the inputs: {', '.join(s['missing'])}", markup=False)


def render_errors(out: Console, results: list) -> None:
    """Per article: each disagreement of the system with the gold, with its evidence sentence."""
    shown = [r for r in results if r.errors]
    for r in shown:
        out.print(f"\n── {r.gold_id}  {r.url or ''}", markup=False)
        for e in r.errors:
            out.print(
                f"   {e.field}: gold {_plain(e.gold)} · system {_plain(e.system)}", markup=False
            )
            if e.evidence:
                out.print(f"      “{_clip(e.evidence, 220)}”", markup=False)
    out.print(f"\n{len(shown)} of {len(results)} article(s) with disagreements\n", markup=False)


def _plain(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value) or "–"
    return str(value)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
