"""Exports from the UI: the register (or the current search) as CSV, XLSX, JSON Lines, GraphML,
and printable partnership reports. The same exporters serve `kerjasama export`."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from kerjasama.export import get_exporter
from kerjasama.export.report import render_report, style_hash
from kerjasama.query.search import matching_ids
from kerjasama.record import Article
from kerjasama.store import Store
from kerjasama.store.review import confirmed_fields
from kerjasama.web import link_views as links
from kerjasama.web.context import csp_with_style, language, render, snapshot, store
from kerjasama.web.schemas import SearchParams
from kerjasama.web.service import filters_of, page_url

router = APIRouter()
Format = Literal["csv", "xlsx", "jsonl", "graphml", "html"]
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "graphml": "application/graphml+xml",
    "html": "text/html; charset=utf-8",
}
CHUNK = 500


def formats(query: dict) -> list[dict]:
    """Each export with its address for the given search filters."""
    return [
        {"format": fmt, "url": page_url(f"/export/register.{fmt}", query, **extra)}
        for fmt, extra in (
            ("csv", {}),
            ("xlsx", {}),
            ("xlsx", {"headers": "id"}),
            ("jsonl", {}),
            ("graphml", {}),
            ("html", {}),
        )
    ]


def _records(the_store: Store, ids: list[str] | None) -> Iterator[Article]:
    if ids is None:
        yield from the_store.iter_records()
        return
    for start in range(0, len(ids), CHUNK):
        yield from the_store.iter_records(ids[start : start + CHUNK])


def _chunks(spool: tempfile.SpooledTemporaryFile) -> Iterator[bytes]:
    with spool:
        spool.seek(0)
        while chunk := spool.read(65536):
            yield chunk


def _selected_ids(request: Request, params: SearchParams) -> list[str] | None:
    """The articles of the search (None: all of them, no filter given)."""
    if not params.q.strip() and not params.given() and not params.cooperation_only:
        return None
    return matching_ids(snapshot(request), params.q, filters_of(params))


def _partnerships(the_store: Store):
    if not links.available():
        return None
    from kerjasama.store.links import list_partnerships

    return list_partnerships(the_store, limit=10_000_000, offset=0)[1]


DOWNLOAD = {
    "description": "The export as a file (an inline page for html).",
    "content": {
        media.split(";")[0]: {"schema": {"type": "string", "format": "binary"}}
        for media in MEDIA.values()
    },
}


@router.get(
    "/export/register.{fmt}",
    tags=["export"],
    response_class=Response,
    responses={200: DOWNLOAD},
)
def export_register(
    request: Request,
    fmt: Format,
    params: Annotated[SearchParams, Query()],
    headers: Literal["en", "id"] = "en",
) -> Response:
    """The register, or the articles of a search, in one format (headers=id: Indonesian)."""
    the_store = store(request)
    name = {"html": "report", "xlsx": "xlsx-id" if headers == "id" else "xlsx"}.get(fmt, fmt)
    exporter = get_exporter(name)
    if fmt in ("csv", "xlsx"):
        exporter.indonesian = headers == "id"
        with the_store.engine.connect() as conn:
            exporter.confirmed = confirmed_fields(conn)
    ids = _selected_ids(request, params)
    if fmt in ("graphml", "html"):
        # The whole register: the stored partnerships; a search: threaded from its articles.
        exporter.partnerships = _partnerships(the_store) if ids is None else None
        exporter.lang = language(request)
    spool = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115 (closed by _chunks)
    exporter.write(_records(the_store, ids), spool)
    filename = f"kerjasama-register.{'report.html' if fmt == 'html' else fmt}"
    disposition = "inline" if fmt == "html" else "attachment"
    response = StreamingResponse(
        _chunks(spool),
        media_type=MEDIA[fmt],
        headers={"Content-Disposition": f'{disposition}; filename="{filename}"'},
    )
    if fmt == "html":
        response.headers["Content-Security-Policy"] = csp_with_style(style_hash())
    return response


@router.get("/partnerships/{pid}/report", include_in_schema=False, response_class=HTMLResponse)
def partnership_report(request: Request, pid: str) -> HTMLResponse:
    """One partnership as a printable page (print it, or save it as PDF from the browser)."""
    partnership = links.partnership(store(request), pid)
    response = HTMLResponse(render_report([partnership], language(request)))
    response.headers["Content-Security-Policy"] = csp_with_style(style_hash())
    return response


@router.get("/export", include_in_schema=False, response_class=HTMLResponse)
def export_page(request: Request, params: Annotated[SearchParams, Query()]) -> HTMLResponse:
    query = params.model_dump(exclude_defaults=True, exclude={"limit", "offset", "sort"})
    return render(request, "export.html", formats=formats(query), query=query)


@router.get("/api/export", tags=["export"])
def api_exports(params: Annotated[SearchParams, Query()]) -> dict:
    """The export formats and their addresses for the given search (twin of /export)."""
    query = params.model_dump(exclude_defaults=True, exclude={"limit", "offset", "sort"})
    return {"formats": formats(query), "corrections": "/api/review/corrections"}
