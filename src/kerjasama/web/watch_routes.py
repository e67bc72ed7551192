"""Watcher pages: the Atom feed of the register, sources and alerts, each with a JSON twin."""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from xml.sax.saxutils import escape, quoteattr

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from kerjasama import __version__
from kerjasama.web import service
from kerjasama.web.context import language, render, snapshot, store
from kerjasama.web.schemas import SearchParams

router = APIRouter()
FEED_SIZE = 50


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


@router.get("/api/alerts", tags=["watch"])
def api_alerts(request: Request, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict]:
    """The latest alerts, newest first (twin of /alerts)."""
    return _alerts(request, limit)


@router.get("/sources", include_in_schema=False, response_class=HTMLResponse)
def sources_page(request: Request) -> HTMLResponse:
    return render(request, "sources.html", twin="/api/sources", sources=_sources(request))


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
