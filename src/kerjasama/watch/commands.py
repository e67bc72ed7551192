"""Watcher commands: `sources add|list|remove`, `watch`, `follow ...` and `alerts ...`."""

from __future__ import annotations

import datetime as dt
import json
import signal
import sys
import time
from typing import Annotated

import typer

from kerjasama.cli import DbOption, TodayOption, app, err, fail, guarded, out, parse_today

sources_app = typer.Typer(help="Sources the watcher follows: feeds, sitemaps, pages, URL lists.")
follow_app = typer.Typer(help="Follow regions, partner countries or partnerships for alerts.")
alerts_app = typer.Typer(help="Alerts: list them, send them, set the webhook and e-mail.")
app.add_typer(sources_app, name="sources")
app.add_typer(follow_app, name="follow")
app.add_typer(alerts_app, name="alerts")


def _dump(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


# -- sources ------------------------------------------------------------------------------
@sources_app.command("add")
@guarded
def sources_add(
    url: Annotated[str, typer.Argument(help="Feed, sitemap, home or section page URL.")],
    name: Annotated[str | None, typer.Option(help="A name to show (default: the URL).")] = None,
    kind: Annotated[
        str, typer.Option(help="auto | feed | sitemap | page | urls (listings are read by content)")
    ] = "auto",
    every: Annotated[str, typer.Option(help="How often to run: 30m, 1h, 1d.")] = "1h",
    delay: Annotated[
        float, typer.Option(min=0, help="Seconds between two requests to its host.")
    ] = 2.0,
    region: Annotated[
        str | None,
        typer.Option(
            help="The Indonesian region the source covers (ID-KI, 64.72, 'Kalimantan Timur'): "
            "stories only about other regions are not stored."
        ),
    ] = None,
    keep_all: Annotated[
        bool, typer.Option("--keep-all", help="Store pages that are not cooperation stories too.")
    ] = False,
    page: Annotated[
        list[str] | None, typer.Option("--page", help="A page URL of a URL list (repeatable).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Add a source to watch."""
    from kerjasama.store import open_store
    from kerjasama.watch.sources import add_source

    store = open_store(db)
    with store.engine.begin() as conn:
        source_id = add_source(
            conn,
            url,
            name=name,
            kind=kind,
            urls=page,
            every=every,
            delay_s=delay,
            region=region,
            keep_all=keep_all,
        )
    out.print(f"source {source_id} added: {name or url}")


@sources_app.command("list")
@guarded
def sources_list(
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    db: DbOption = None,
) -> None:
    """Sources with their status: last run, new articles, errors."""
    from kerjasama.store import open_store
    from kerjasama.watch.sources import source_status

    store = open_store(db)
    with store.engine.connect() as conn:
        rows = source_status(conn)
    if as_json:
        _dump(rows)
        return
    from rich.table import Table

    table = Table("id", "source", "kind", "region", "every", "last run", "status", "new", "pages")
    for r in rows:
        status = "paused" if r["paused"] else (r["last_status"] or "not run")
        if r["last_error"]:
            status += f": {r['last_error'][:80]}"
        pages = r["pages"]
        table.add_row(
            str(r["id"]),
            r["name"] or r["url"],
            r["kind"],
            r["region"] or "-",
            f"{r['every_s'] // 60} min",
            r["last_run_at"] or "-",
            status,
            f"{r['last_new']} (total {r['total_new']})",
            f"{pages['stored']} stored, {pages['skipped']} skipped, {pages['failed']} failed",
        )
    out.print(f"{len(rows)} source(s)")
    out.print(table)


@sources_app.command("remove")
@guarded
def sources_remove(
    ref: Annotated[str, typer.Argument(help="Source id, URL or name.")],
    db: DbOption = None,
) -> None:
    """Stop watching a source (what it brought stays in the register)."""
    from kerjasama.store import open_store
    from kerjasama.watch.sources import remove_source

    store = open_store(db)
    with store.engine.begin() as conn:
        source = remove_source(conn, ref)
    out.print(f"source {source.id} removed: {source.label}")


@sources_app.command("pause")
@guarded
def sources_pause(
    ref: Annotated[str, typer.Argument(help="Source id, URL or name.")],
    db: DbOption = None,
) -> None:
    """Stop running a source for now (kept, with all it brought; `sources resume` restarts)."""
    from kerjasama.store import open_store
    from kerjasama.watch.sources import pause_source

    with open_store(db).engine.begin() as conn:
        source = pause_source(conn, ref, True)
    out.print(f"source {source.id} paused: {source.label}")


@sources_app.command("resume")
@guarded
def sources_resume(
    ref: Annotated[str, typer.Argument(help="Source id, URL or name.")],
    db: DbOption = None,
) -> None:
    """Run a paused source again (due at once)."""
    from kerjasama.store import open_store
    from kerjasama.watch.sources import pause_source

    with open_store(db).engine.begin() as conn:
        source = pause_source(conn, ref, False)
    out.print(f"source {source.id} resumed: {source.label}")


# -- watch --------------------------------------------------------------------------------
def _stop_on_sigterm() -> None:
    def handler(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


@app.command()
@guarded
def watch(
    once: Annotated[
        bool, typer.Option("--once", help="Run what is due and exit (cron, systemd timers).")
    ] = False,
    run_all: Annotated[
        bool, typer.Option("--all", help="Run every source now, due or not.")
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 50,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds per request.")] = 20.0,
    max_bytes: Annotated[int, typer.Option(min=1000, help="Largest response read.")] = 5_000_000,
    retries: Annotated[int, typer.Option(min=0, help="Retries on 5xx and timeouts.")] = 2,
    backoff: Annotated[float, typer.Option(min=0, help="First retry wait (doubles).")] = 1.0,
    alerts: Annotated[
        bool, typer.Option("--alerts/--no-alerts", help="Make and send alerts after each run.")
    ] = True,
    db: DbOption = None,
    today: TodayOption = None,
) -> None:
    """Watch the sources: fetch what is due, store cooperation stories, alert, sleep, repeat."""
    from kerjasama.store import open_store
    from kerjasama.watch.fetch import FetchSettings
    from kerjasama.watch.run import WatchSettings, run_once
    from kerjasama.watch.sources import next_due

    _stop_on_sigterm()
    store = open_store(db)
    settings = WatchSettings(
        fetch=FetchSettings(
            timeout_s=timeout, max_bytes=max_bytes, retries=retries, backoff_s=backoff
        ),
        batch_size=batch_size,
        today=parse_today(today),
        every_source=run_all,
    )
    stamp = not err.is_terminal

    def line(text: str) -> None:
        prefix = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S ") if stamp else ""
        err.print(prefix + text, markup=False)

    while True:
        report = run_once(store, settings, on_line=line, on_alerts=_alerts if alerts else None)
        summary = report.summary
        out.print(
            f"sources: {len(report.sources)}, new: {summary.new}, updated: {summary.updated}, "
            f"duplicates: {summary.duplicates}, requests: {report.requests} "
            f"({report.not_modified} unchanged), "
            f"alerts: {report.alerts}" + (f", resumed: {report.resumed}" if report.resumed else "")
        )
        if once:
            failed = [s for s in report.sources if s.error]
            raise typer.Exit(1 if failed and len(failed) == len(report.sources) else 0)
        settings.every_source = False
        with store.engine.connect() as conn:
            due = next_due(conn)
        wait = 300.0 if due is None else (due - dt.datetime.now(dt.UTC)).total_seconds()
        time.sleep(min(max(wait, 1.0), 300.0))


def _alerts(store, stored) -> int:
    from kerjasama.watch.deliver import alert_after_writes

    return alert_after_writes(
        store, stored, None, on_warning=lambda m: err.print(f"warning: {m}", markup=False)
    )


# -- follows ------------------------------------------------------------------------------
def _follow(kind: str, value: str, db: str | None) -> None:
    from kerjasama.store import open_store
    from kerjasama.watch.alerts import add_follow

    follow_id = add_follow(open_store(db), kind, value)
    shown = value.strip().upper() if kind == "country" else value.strip()
    out.print(f"following {kind} {shown} (follow {follow_id})")


@follow_app.command("region")
@guarded
def follow_region(
    value: Annotated[str, typer.Argument(help="Name or code: 'kalimantan timur', ID-KI, 64.72.")],
    db: DbOption = None,
) -> None:
    """Alert on news of an Indonesian region."""
    _follow("region", value, db)


@follow_app.command("country")
@guarded
def follow_country(
    value: Annotated[str, typer.Argument(help="ISO 3166-1 code of a partner country: CN, JP.")],
    db: DbOption = None,
) -> None:
    """Alert on news of partners from a country."""
    _follow("country", value, db)


@follow_app.command("partnership")
@guarded
def follow_partnership(
    value: Annotated[str, typer.Argument(help="Partnership id (p-…), or its prefix.")],
    db: DbOption = None,
) -> None:
    """Alert on news of one partnership."""
    _follow("partnership", value, db)


@follow_app.command("list")
@guarded
def follow_list(db: DbOption = None) -> None:
    """What is followed."""
    from kerjasama.store import open_store
    from kerjasama.watch.alerts import list_follows

    for f in list_follows(open_store(db)):
        out.print(f"{f.id}  {f.kind}  {f.value}")


@follow_app.command("remove")
@guarded
def follow_remove(
    ref: Annotated[str, typer.Argument(help="Follow id or value.")], db: DbOption = None
) -> None:
    """Stop following."""
    from kerjasama.store import open_store
    from kerjasama.watch.alerts import remove_follow

    f = remove_follow(open_store(db), ref)
    out.print(f"no longer following {f.kind} {f.value}")


# -- alerts -------------------------------------------------------------------------------
@alerts_app.command("list")
@guarded
def alerts_list(
    limit: Annotated[int, typer.Option(min=1, max=10000)] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    db: DbOption = None,
) -> None:
    """The latest alerts."""
    from kerjasama.store import open_store
    from kerjasama.watch.alerts import list_alerts

    rows = list_alerts(open_store(db), limit)
    if as_json:
        _dump(rows)
        return
    out.print(f"{len(rows)} alert(s)")
    for a in rows:
        out.print(f"{a['created_at']}  {a['kind']:<16} {a['summary']}", markup=False)


@alerts_app.command("send")
@guarded
def alerts_send(db: DbOption = None) -> None:
    """Send the alerts not sent yet (webhook and e-mail digest)."""
    from kerjasama.store import open_store
    from kerjasama.watch.deliver import deliver

    result = deliver(open_store(db))
    out.print(
        f"webhook: {result.webhook_sent} sent, {result.webhook_failed} failed; "
        f"e-mail: {result.emailed} in the digest"
    )
    if result.error:
        raise fail(result.error)
    if result.webhook_failed:
        raise typer.Exit(1)


@alerts_app.command("webhook")
@guarded
def alerts_webhook(
    url: Annotated[str, typer.Argument(help="URL to POST alerts to ('' to stop).")],
    secret: Annotated[
        str | None,
        typer.Option(
            help="Secret of the HMAC-SHA256 signature, kept in the 0600 secrets file "
            "(or set KERJASAMA_WEBHOOK_SECRET where the watcher runs)."
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Send every alert as a signed JSON POST to URL."""
    from kerjasama.store import open_store
    from kerjasama.watch.deliver import write_settings
    from kerjasama.watch.secrets import secrets_file

    values: dict[str, str | None] = {"webhook_url": url or None}
    if secret is not None or not url:
        values["webhook_secret"] = secret or None
    write_settings(open_store(db), values)
    out.print(f"webhook {'set to ' + url if url else 'removed'}")
    if secret:
        out.print(f"secret kept in {secrets_file()} (mode 0600), not in the database")


@alerts_app.command("email")
@guarded
def alerts_email(
    to: Annotated[str, typer.Option("--to", help="Recipient(s), comma-separated ('' to stop).")],
    smtp: Annotated[str, typer.Option(help="SMTP server HOST:PORT.")] = "localhost:25",
    sender: Annotated[str, typer.Option("--from", help="Sender address.")] = "kerjasama@localhost",
    every: Annotated[str, typer.Option(help="run | day: one digest per run or per day.")] = "run",
    starttls: Annotated[bool, typer.Option("--starttls", help="Use STARTTLS.")] = False,
    user: Annotated[str | None, typer.Option(help="SMTP login name.")] = None,
    password: Annotated[
        str | None,
        typer.Option(
            help="SMTP password, kept in the 0600 secrets file (or set "
            "KERJASAMA_SMTP_PASSWORD where the watcher runs)."
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Send alerts as an e-mail digest."""
    from kerjasama.store import open_store
    from kerjasama.watch.deliver import write_settings

    if every not in ("run", "day"):
        raise fail("--every is run or day", 2)
    host, _, port = smtp.rpartition(":") if ":" in smtp else (smtp, "", "25")
    if not port.isdigit():
        raise fail(f"--smtp {smtp!r}: give HOST:PORT", 2)
    values = {
        "smtp_host": host if to else None,
        "smtp_port": port,
        "email_to": to or None,
        "email_from": sender,
        "email_every": every,
        "smtp_starttls": "yes" if starttls else "no",
        "smtp_user": user,
    }
    if password is not None or not to:
        values["smtp_password"] = password or None
    write_settings(open_store(db), values)
    out.print(f"e-mail digest {'to ' + to if to else 'stopped'}")
