"""The `kerjasama` command line: thin commands over the modules."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import sys
from typing import Annotated

import typer
from rich.console import Console

from kerjasama.errors import KerjasamaError

app = typer.Typer(
    name="kerjasama",
    help="A register of Indonesian regional-government cooperation, extracted from news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        out.print(f"kerjasama {version('kerjasama')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """A register of Indonesian regional-government cooperation, extracted from news."""


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database path or URL (default: KERJASAMA_DB or ./kerjasama.db)."),
]
TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        help="Reference date YYYY-MM-DD for years read from weekdays (default: today).",
        hidden=True,
    ),
]


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", markup=True)
    return typer.Exit(code)


def choice_option(name: str, value: str | None, choices) -> str | None:
    """The code a user named by code or label (MoU, pariwisata); a usage error otherwise."""
    from kerjasama.labels import ChoiceError, resolve_choice

    try:
        return resolve_choice(name, value, choices)
    except ChoiceError as exc:
        raise fail(str(exc), 2) from None


def check_published(value: str | None) -> str | None:
    """A --published date the extractor can read, or a usage error naming it."""
    from kerjasama.text.dates import parse_published

    if value is not None and parse_published(value) is None:
        raise fail(f"--published {value!r} is not a date (use YYYY-MM-DD)", 2)
    return value


def guarded(func):
    """Run a command so that a KerjasamaError becomes one line on stderr and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KerjasamaError as exc:
            report_error(str(exc))
            raise typer.Exit(1) from None

    return wrapper


def parse_today(value: str | None) -> dt.date | None:
    value = value or os.environ.get("KERJASAMA_TODAY")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"--today must be YYYY-MM-DD, got {value!r}", 2) from None


def report_error(message: str) -> None:
    err.print(f"error: {message}", markup=False)


def report_warning(message: str) -> None:
    err.print(f"warning: {message}", markup=False)


@app.command()
@guarded
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date for plain files.")] = None,
    url: Annotated[str | None, typer.Option(help="URL for plain files.")] = None,
    today: TodayOption = None,
) -> None:
    """Extract records and print them as JSON Lines (nothing is stored)."""
    from kerjasama.ingest import extracted
    from kerjasama.sources import read_sources

    failures: list[str] = []

    def on_error(msg: str) -> None:
        failures.append(msg)
        report_error(msg)

    items = read_sources(
        paths, published=check_published(published), url=url, on_warning=report_warning
    )
    for rec in extracted(
        items, today=parse_today(today), on_error=on_error, on_warning=report_warning
    ):
        sys.stdout.write(rec.to_json() + "\n")
    sys.stdout.flush()
    if failures:
        raise typer.Exit(1)


@app.command()
@guarded
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(help="Publication date for plain files.")] = None,
    url: Annotated[str | None, typer.Option(help="URL for plain files.")] = None,
    batch_size: Annotated[
        int | None,
        typer.Option(min=1, help="Articles per transaction (default 200)."),
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Extract in parallel on N local processes (Dask).")
    ] = 1,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (tcp://host:8786) of a cluster.")
    ] = None,
    alerts: Annotated[
        bool,
        typer.Option(
            "--alerts/--no-alerts",
            help="Make and send alerts for what is followed, as `watch` does.",
        ),
    ] = True,
    today: TodayOption = None,
) -> None:
    """Extract and store articles (idempotent: the same text is stored once)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kerjasama.ingest import BATCH_SIZE, ingest_paths, refresh_after_writes
    from kerjasama.store import open_store

    published = check_published(published)
    store = open_store(db)
    reference = parse_today(today)  # --today, else KERJASAMA_TODAY, else None (today)
    stored: list = []
    with Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingest", total=None)
        summary = ingest_paths(
            store,
            paths,
            published=published,
            url=url,
            today=reference,
            batch_size=batch_size or BATCH_SIZE,
            workers=workers,
            scheduler=scheduler,
            on_error=report_error,
            on_warning=report_warning,
            on_progress=lambda n: progress.advance(task, n),
            after_batch=stored.extend,
        )
    linked = refresh_after_writes(store, summary, reference)
    if linked is not None:
        err.print(
            f"partnerships and people: {linked.added} added, {linked.changed} changed, "
            f"{linked.removed} removed"
        )
    made = 0
    if alerts:
        from kerjasama.watch.deliver import alert_after_writes

        made = alert_after_writes(
            store, stored, summary, on_warning=lambda m: err.print(f"warning: {m}", markup=False)
        )
    out.print(
        f"new: {summary.new}, updated: {summary.updated}, duplicates: {summary.duplicates}, "
        f"failed: {len(summary.failed)}" + (f", alerts: {made}" if made else "")
    )
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record (kerjasama.article/1)."""
    from kerjasama.record import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


def main() -> None:
    """Entry point: one line per error, never a traceback."""
    try:
        app()
    except KerjasamaError as exc:
        report_error(str(exc))
        sys.exit(1)
    except KeyboardInterrupt:
        report_error("interrupted")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("KERJASAMA_DEBUG"):
            raise
        report_error(
            f"internal error: {exc.__class__.__name__}: {exc} "
            "(set KERJASAMA_DEBUG=1 to see the traceback)"
        )
        sys.exit(70)


from kerjasama import commands, partnership_commands  # noqa: E402,F401  (register commands)
from kerjasama.ner.commands import app as ner_app  # noqa: E402
from kerjasama.watch import commands as watch_commands  # noqa: E402,F401  (sources, watch)
from kerjasama.web import commands as web_commands  # noqa: E402,F401  (serve, user)

app.add_typer(ner_app, name="ner")
