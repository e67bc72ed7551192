"""Register commands over partnerships and people: partnerships, partnership, people, relink."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.table import Table

from kerjasama.cli import DbOption, app, choice_option, err, fail, guarded, out

STAGES = ["explore", "negotiate", "loi", "mou", "agreement", "implement"]


@app.command()
@guarded
def partnerships(
    region: Annotated[str | None, typer.Option(help="Indonesian party: name or code.")] = None,
    partner_country: Annotated[
        str | None, typer.Option(help="Partner country: ISO code or name.")
    ] = None,
    stage: Annotated[str | None, typer.Option(help=" | ".join(STAGES))] = None,
    sector: Annotated[str | None, typer.Option(help="Sector key, e.g. investment.")] = None,
    stalled: Annotated[
        bool, typer.Option("--stalled", help="Only partnerships stalled at LoI or MoU.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", help="table | json")] = "table",
    limit: Annotated[int, typer.Option(min=1)] = 100,
    db: DbOption = None,
) -> None:
    """Partnerships across articles: parties, furthest stage, events, attention signals."""
    from kerjasama.link import partnership_summary
    from kerjasama.record import SECTORS
    from kerjasama.store import open_store
    from kerjasama.store.links import list_partnerships

    stage = choice_option("stage", stage, STAGES)
    sector = choice_option("sector", sector, SECTORS)
    if fmt not in ("table", "json"):
        raise fail("--format must be table or json", 2)
    total, items = list_partnerships(
        open_store(db, create=False),
        region=region,
        partner_country=partner_country,
        stage=stage,
        sector=sector,
        stalled=True if stalled else None,
        limit=limit,
    )
    if fmt == "json":
        sys.stdout.write(
            json.dumps([partnership_summary(p) for p in items], ensure_ascii=False, indent=2) + "\n"
        )
        return
    table = Table(title=f"{total} partnership(s)", title_justify="left")
    for col, width in (
        ("id", 14),
        ("parties", 48),
        ("stage", 10),
        ("events", 6),
        ("last news", 10),
        ("signals", 24),
    ):
        table.add_column(col, max_width=width, overflow="fold")
    for p in items:
        table.add_row(
            p.id,
            " ↔ ".join(e.name for e in p.parties),
            p.stage,
            str(len(p.events)),
            p.last_date.isoformat() if p.last_date else "",
            _signals(p),
        )
    out.print(table)


def _signals(p) -> str:
    s = p.signals
    flags = []
    if s.stalled:
        flags.append(f"stalled since {s.stalled_since}" if s.stalled_since else "stalled")
    if s.mou_near_end:
        flags.append(f"MoU ends {s.mou_term_end}")
    if s.one_sided:
        flags.append("one side's officials only")
    return "; ".join(flags)


@app.command()
@guarded
def partnership(
    pid: Annotated[str, typer.Argument(metavar="ID", help="Partnership id (from `partnerships`).")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    db: DbOption = None,
) -> None:
    """One partnership's timeline, with the articles behind each event."""
    from kerjasama.store import open_store
    from kerjasama.store.links import get_partnership, partnership_ids

    store = open_store(db, create=False)
    ids = partnership_ids(store, pid)
    if not ids:
        raise fail(f"no partnership with id {pid!r}")
    if len(ids) > 1:
        shown = ", ".join(ids[:10]) + (", …" if len(ids) > 10 else "")
        raise fail(f"partnership id {pid!r} is ambiguous: it begins {shown}")
    p = get_partnership(store, ids[0])
    if p is None:
        raise fail(f"no partnership with id {pid!r}")
    if as_json:
        sys.stdout.write(p.model_dump_json(indent=2) + "\n")
        return
    out.print(f"[bold]{' ↔ '.join(f'{e.name} ({e.code or e.kind})' for e in p.parties)}[/bold]")
    if p.facilitators:
        out.print("facilitated by " + ", ".join(f.name for f in p.facilitators))
    out.print(f"stage: {p.stage} · {p.scope} · sectors: {', '.join(p.sectors) or '-'}")
    if _signals(p):
        out.print(f"attention: {_signals(p)}")
    for ev in p.events:
        out.print(
            f"\n{ev.date or 'undated'}  {ev.action} · {ev.instrument}"
            f"{' · ' + ev.place if ev.place else ''}",
            markup=False,
        )
        for a in ev.articles:
            label = a.title or a.id
            out.print(
                f"    {label} — {a.outlet or '-'} {a.published or ''} {a.url or ''}", markup=False
            )


@app.command()
@guarded
def people(
    name: Annotated[str | None, typer.Argument(help="Whole or partial name.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    db: DbOption = None,
) -> None:
    """People across articles: their roles over time and the partnerships they appear in."""
    from kerjasama.store import open_store
    from kerjasama.store.links import list_people

    total, items = list_people(open_store(db, create=False), name, limit=200)
    if as_json:
        sys.stdout.write(
            json.dumps([p.model_dump(mode="json") for p in items], ensure_ascii=False, indent=2)
            + "\n"
        )
        return
    table = Table(title=f"{total} person(s)", title_justify="left")
    for col in ("id", "name", "roles", "partnerships"):
        table.add_column(col, overflow="fold")
    for p in items:
        roles = "; ".join(
            f"{r.role}{' (' + r.org + ')' if r.org else ''}"
            f" {r.first_seen or ''}–{r.last_seen or ''}"
            for r in p.roles
        )
        table.add_row(p.id, p.name, roles, ", ".join(p.partnerships))
    out.print(table)


@app.command()
@guarded
def relink(db: DbOption = None) -> None:
    """Rebuild partnerships and people from every stored record."""
    from kerjasama.store import open_store
    from kerjasama.store.links import refresh_links

    s = refresh_links(open_store(db, create=False), full=True)
    err.print(f"partnerships and people: {s.added} added, {s.changed} changed, {s.removed} removed")
