"""Watcher pages: the Atom feed of the register, sources and alerts, each with a JSON twin."""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from xml.sax.saxutils import escape, quoteattr

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from kerjasama import __version__
from kerjasama.web import service
from kerjasama.web.auth import check_csrf, require_user
from kerjasama.web.context import language, render, snapshot, store
from kerjasama.web.schemas import ErrorBody, SearchParams

router = APIRouter()
FEED_SIZE = 50
User = Annotated[str, Depends(require_user)]
CsrfField = Annotated[str | None, Form(alias="csrf_token")]
GUARDED = {
    400: {"model": ErrorBody},
    401: {"model": ErrorBody},
    403: {"model": ErrorBody},
    404: {"model": ErrorBody},
}


class SourceIn(BaseModel):
    """A source to add: the same fields, defaults and checks as `kerjasama sources add`."""

    url: str = Field(max_length=2000, description="Feed, sitemap, home or section page URL.")
    name: str | None = Field(None, max_length=200)
    kind: str = Field("auto", description="auto | feed | sitemap | page | urls")
    every: str = Field("1h", max_length=20, description="How often to run: 30m, 1h, 1d.")
    delay: float = Field(2.0, description="Seconds between two requests to its host.")
    region: str | None = Field(
        None, max_length=200, description="Indonesian region it covers: ID-KI, 64.72, a name."
    )
    keep_all: bool = False
    pages: list[str] = Field(default_factory=list, max_length=1000)


class PauseIn(BaseModel):
    paused: bool = True


def _add(request: Request, given: SourceIn) -> int:
    """Add through the CLI's code: a SourceConfigError becomes a 400 with its message."""
    from kerjasama.watch.sources import SourceConfigError, add_source

    try:
        with store(request).engine.begin() as conn:
            return add_source(
                conn,
                given.url,
                name=given.name,
                kind=given.kind,
                urls=given.pages,
                every=given.every,
                delay_s=given.delay,
                region=given.region,
                keep_all=given.keep_all,
            )
    except SourceConfigError as exc:
        raise HTTPException(400, str(exc)) from exc


def _change(request: Request, source_id: int, what: str) -> dict:
    from kerjasama.watch.sources import SourceConfigError, pause_source, remove_source

    try:
        with store(request).engine.begin() as conn:
            if what == "remove":
                source = remove_source(conn, str(source_id))
            else:
                source = pause_source(conn, str(source_id), what == "pause")
    except SourceConfigError as exc:
        raise HTTPException(404, f"no source {source_id}") from exc
    return {"id": source.id, "url": source.url, "name": source.name, "paused": source.paused}


def _one(request: Request, source_id: int) -> dict:
    for item in _sources(request):
        if item["id"] == source_id:
            return item
    raise HTTPException(404, f"no source {source_id}")


def _sources(request: Request) -> list[dict]:
    from kerjasama.watch.sources import source_status

    with store(request).engine.connect() as conn:
        return source_status(conn)


def _alerts(request: Request, limit: int) -> list[dict]:
    from kerjasama.watch.alerts import list_alerts

    return list_alerts(store(request), limit)


@router.get("/api/sources", tags=["watch"])
def api_sources(request: Request) -> list[dict]:
    """Watched sources: status, last run, new articles, pages and recent errors (twin of
    /sources)."""
    return _sources(request)


@router.post("/api/sources", tags=["watch"], status_code=201, responses=GUARDED)
def api_add_source(request: Request, user: User, given: SourceIn) -> dict:
    """Add a source (login and X-CSRF-Token; the checks of `kerjasama sources add`)."""
    check_csrf(request, None)
    return _one(request, _add(request, given))


@router.post("/api/sources/{source_id}/pause", tags=["watch"], responses=GUARDED)
def api_pause_source(request: Request, user: User, source_id: int, given: PauseIn) -> dict:
    """Pause ({"paused": true}) or resume ({"paused": false}) a source (login, X-CSRF-Token)."""
    check_csrf(request, None)
    return _change(request, source_id, "pause" if given.paused else "resume")


@router.delete(
    "/api/sources/{source_id}",
    tags=["watch"],
    responses={k: v for k, v in GUARDED.items() if k != 400},  # no body: nothing to refuse
)
def api_remove_source(request: Request, user: User, source_id: int) -> dict:
    """Stop watching a source; what it brought stays (login, X-CSRF-Token)."""
    check_csrf(request, None)
    return _change(request, source_id, "remove")


@router.post("/sources", include_in_schema=False)
def add_source_form(
    request: Request,
    user: User,
    url: Annotated[str, Form(max_length=2000)],
    name: Annotated[str | None, Form(max_length=200)] = None,
    kind: Annotated[str, Form()] = "auto",
    every: Annotated[str, Form(max_length=20)] = "1h",
    delay: Annotated[str, Form(max_length=20)] = "2",
    region: Annotated[str | None, Form(max_length=200)] = None,
    keep_all: Annotated[str | None, Form()] = None,
    pages: Annotated[str, Form(max_length=200_000)] = "",
    csrf: CsrfField = None,
) -> Response:
    check_csrf(request, csrf)
    form = {
        "url": url,
        "name": name,
        "kind": kind,
        "every": every,
        "delay": delay,
        "region": region,
        "keep_all": bool(keep_all),
        "pages": pages,
    }
    try:
        try:
            seconds = float(delay or "2")
        except ValueError as exc:
            raise HTTPException(400, f"the delay {delay!r} is not a number of seconds") from exc
        given = SourceIn(
            url=url,
            name=name or None,
            kind=kind,
            every=every or "1h",
            delay=seconds,
            region=region or None,
            keep_all=bool(keep_all),
            pages=[line.strip() for line in pages.splitlines() if line.strip()],
        )
        source_id = _add(request, given)
    except HTTPException as exc:
        if exc.status_code != 400:
            raise
        return _sources_page(request, status=400, problem=str(exc.detail), form=form)
    except ValueError as exc:  # pydantic's checks of the fields
        return _sources_page(request, status=400, problem=str(exc), form=form)
    return RedirectResponse(f"/sources?added={source_id}", status_code=303)


@router.post("/sources/{source_id}/{what}", include_in_schema=False)
def change_source_form(
    request: Request, user: User, source_id: int, what: str, csrf: CsrfField = None
) -> Response:
    check_csrf(request, csrf)
    if what not in ("pause", "resume", "remove"):
        raise HTTPException(404, f"nothing at {request.url.path}")
    _change(request, source_id, what)
    return RedirectResponse(f"/sources?{what}d={source_id}", status_code=303)


@router.get("/api/alerts", tags=["watch"])
def api_alerts(request: Request, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict]:
    """The latest alerts, newest first (twin of /alerts)."""
    return _alerts(request, limit)


def _sources_page(
    request: Request, *, status: int = 200, problem: str | None = None, form: dict | None = None
) -> HTMLResponse:
    from kerjasama.watch.sources import KINDS

    return render(
        request,
        "sources.html",
        status=status,
        twin="/api/sources",
        sources=_sources(request),
        kinds=KINDS,
        problem=problem,
        form=form or {"kind": "auto", "every": "1h", "delay": "2"},
        done={k: request.query_params.get(k) for k in ("added", "paused", "resumed", "removed")},
    )


@router.get("/sources", include_in_schema=False, response_class=HTMLResponse)
def sources_page(request: Request) -> HTMLResponse:
    return _sources_page(request)


@router.get("/alerts", include_in_schema=False, response_class=HTMLResponse)
def alerts_page(
    request: Request, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> HTMLResponse:
    return render(request, "alerts.html", twin="/api/alerts", alerts=_alerts(request, limit))


@router.get(
    "/feeds/records.atom",
    tags=["watch"],
    response_class=Response,
    responses={200: {"content": {"application/atom+xml": {}}, "description": "An Atom feed."}},
)
def records_feed(request: Request, params: Annotated[SearchParams, Query()]) -> Response:
    """The register as an Atom feed, newest first, filtered like /search."""
    params = params.model_copy(
        update={"cooperation_only": True, "sort": "newest", "limit": FEED_SIZE, "offset": 0}
    )
    result = service.search(store(request), snapshot(request), params, "/search", language(request))
    base = str(request.base_url).rstrip("/")
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    entries = "".join(_entry(base, hit, now) for hit in result.hits)
    self_url = str(request.url)
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>kerjasama: register kerja sama daerah</title>"
        f"<id>{escape(base)}/feeds/records.atom</id>"
        f'<link rel="self" href={quoteattr(self_url)}/>'
        f'<link rel="alternate" href={quoteattr(base + "/search")}/>'
        f"<updated>{now}</updated>"
        f'<generator version="{__version__}">kerjasama</generator>'
        f"{entries}</feed>"
    )
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def _entry(base: str, hit, now: str) -> str:
    lines = []
    for rec in hit.records:
        parties = " ↔ ".join(p.name for p in rec.parties)
        lines.append(f"{parties} · {rec.action} · {rec.instrument} · {rec.date or '-'}")
    updated = f"{hit.published}T00:00:00Z" if hit.published else now
    link = f"{base}/articles/{hit.id}"
    source = f'<link rel="related" href={quoteattr(hit.url)}/>' if hit.url else ""
    return (
        "<entry>"
        f"<id>urn:kerjasama:article:{hit.id}</id>"
        f"<title>{escape(hit.headline)}</title>"
        f'<link rel="alternate" href={quoteattr(link)}/>{source}'
        f"<updated>{updated}</updated>"
        f"<author><name>{escape(hit.outlet or 'kerjasama')}</name></author>"
        f'<summary type="text">{escape(chr(10).join(lines) or hit.snippet)}</summary>'
        "</entry>"
    )
