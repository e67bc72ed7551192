"""Register commands: search, show, export, stats, eval (the store and evaluation side)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from kerjasama.cli import (
    DbOption,
    TodayOption,
    app,
    choice_option,
    err,
    fail,
    guarded,
    out,
    parse_today,
)

ACTIONS = ["explore", "negotiate", "sign", "implement", "review"]
INSTRUMENTS = ["loi", "mou", "agreement", "none"]


@app.command()
@guarded
def search(
    query: Annotated[
        str, typer.Argument(help="Words to find in titles and text ('' for all).")
    ] = "",
    region: Annotated[
        str | None, typer.Option(help="Indonesian party: name or code (Kaltim, ID-KI, 64.72).")
    ] = None,
    partner: Annotated[
        str | None, typer.Option(help="Partner: name, code or country code (Anhui, CN).")
    ] = None,
    instrument: Annotated[str | None, typer.Option(help="loi | mou | agreement | none")] = None,
    action: Annotated[
        str | None, typer.Option(help="explore | negotiate | sign | implement | review")
    ] = None,
    sector: Annotated[str | None, typer.Option(help="Sector key, e.g. investment.")] = None,
    year: Annotated[int | None, typer.Option(help="Year of the cooperation.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    db: DbOption = None,
) -> None:
    """Full-text search of the register, with facet filters."""
    from kerjasama.query.search import Filters
    from kerjasama.query.search import search as run_search
    from kerjasama.record import SECTORS
    from kerjasama.store import open_store

    instrument = choice_option("instrument", instrument, INSTRUMENTS)
    action = choice_option("action", action, ACTIONS)
    sector = choice_option("sector", sector, SECTORS)
    filters = Filters(
        region=region,
        partner=partner,
        instrument=instrument,
        action=action,
        sector=sector,
        year=year,
    )
    total, hits = run_search(open_store(db, create=False), query, filters, limit=limit)
    if as_json:
        payload = {"total": total, "hits": [h.__dict__ for h in hits]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    from kerjasama.views import render_hits

    render_hits(out, total, hits)


@app.command()
@guarded
def show(
    article_id: Annotated[
        str, typer.Argument(metavar="ID", help="Article id (a unique prefix is enough).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """Show one stored article and what was extracted from it."""
    from kerjasama.store import open_store
    from kerjasama.views import render_article

    rec = open_store(db, create=False).get(article_id)
    if rec is None:
        raise fail(f"no article with id {article_id!r}")
    if as_json:
        sys.stdout.write(rec.model_dump_json(by_alias=True, indent=2) + "\n")
        return
    render_article(out, rec)


@app.command()
@guarded
def export(
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="jsonl | csv | xlsx | xlsx-id | graphml | report"),
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the register: JSON Lines, CSV, XLSX, GraphML or a printable report.

    jsonl is the record schema; csv has one row per cooperation; xlsx-id uses Indonesian
    headers; graphml holds parties and partnerships; report is a printable HTML page.
    """
    from kerjasama.export import get_exporter
    from kerjasama.store import open_store
    from kerjasama.store.links import load_result
    from kerjasama.store.review import confirmed_fields

    try:
        exporter = get_exporter(fmt)
    except ValueError as exc:
        raise fail(str(exc), 2) from None
    store = open_store(db, create=False)
    with store.engine.connect() as conn:
        exporter.confirmed = confirmed_fields(conn)  # type: ignore[attr-defined]
    if fmt in ("graphml", "report"):
        exporter.partnerships = load_result(store).partnerships  # type: ignore[attr-defined]
    if output is None:
        if exporter.binary_only:
            raise fail(f"{fmt} is binary: give --output FILE", 2)
        n = exporter.write(store.iter_records(), sys.stdout.buffer)
    else:
        if not output.parent.is_dir():
            raise fail(f"{output}: folder {output.parent} does not exist")
        tmp = output.with_name(output.name + ".part")
        with tmp.open("wb") as fh:
            n = exporter.write(store.iter_records(), fh)
        tmp.replace(output)
        err.print(f"wrote {n} article(s) to {output}")


@app.command()
@guarded
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    db: DbOption = None,
) -> None:
    """Counts of the register: articles, cooperations by action, instrument, year, partner."""
    from kerjasama.query.figures import stats as run_stats
    from kerjasama.store import open_store
    from kerjasama.views import render_stats

    figures = run_stats(open_store(db, create=False))
    if as_json:
        sys.stdout.write(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
        return
    render_stats(out, figures)


@app.command("eval")
@guarded
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSON Lines, docs/evaluation.md).")],
    paths: Annotated[
        list[str] | None, typer.Argument(help="Articles to extract and score.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    annotations: Annotated[
        Path | None,
        typer.Option(
            "--annotations",
            help="Score a second annotator's gold file instead of extracting (agreement).",
        ),
    ] = None,
    errors: Annotated[
        bool,
        typer.Option(
            "--errors", help="Also print, per article, each disagreement with its evidence."
        ),
    ] = False,
    records_out: Annotated[
        Path | None,
        typer.Option("--records", help="Write the extracted records to this JSON Lines file."),
    ] = None,
    today: TodayOption = None,
) -> None:
    """Extract the articles and score them against a gold file."""
    from kerjasama.evaluate import annotation_as_record, evaluate, load_gold, with_gold_metadata
    from kerjasama.ingest import extracted
    from kerjasama.sources import read_sources
    from kerjasama.views import render_errors, render_scores

    gold_rows = load_gold(gold)

    def on_warning(message: str) -> None:
        err.print(f"warning: {message}", markup=False)

    items = with_gold_metadata(read_sources(paths, on_warning=on_warning), gold_rows)
    failures: list[str] = []

    def on_error(message: str) -> None:
        failures.append(message)
        err.print(f"error: {message}", markup=False)

    if annotations is not None:
        records: list = [annotation_as_record(a) for a in load_gold(annotations)]
    else:
        items = with_gold_metadata(read_sources(paths or [], on_warning=on_warning), gold_rows)
        records = list(
            extracted(items, today=parse_today(today), on_error=on_error, on_warning=on_warning)
        )
    if records_out is not None and annotations is None:
        try:
            with records_out.open("w", encoding="utf-8") as fh:
                fh.writelines(r.to_json() + "\n" for r in records)
        except OSError as exc:
            raise fail(f"{records_out}: cannot write records ({exc.strerror})") from exc
    result = evaluate(gold_rows, records)
    scores = result.as_dict()
    if as_json:
        if errors:
            scores["errors"] = [
                {"id": r.gold_id, "url": r.url, "errors": [vars(e) for e in r.errors]}
                for r in result.results
                if r.errors
            ]
        sys.stdout.write(json.dumps(scores, indent=2, ensure_ascii=False) + "\n")
    else:
        if errors:
            render_errors(out, result.results)
        render_scores(out, scores)
    if failures:
        raise typer.Exit(1)
