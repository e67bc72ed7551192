"""The JSON API under /api: the twin of every page, paged, stably sorted, with clear 4xx errors."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from kerjasama.link.models import Partnership, PersonProfile
from kerjasama.record import Sector
from kerjasama.web import dashboard_views as dashboard
from kerjasama.web import link_views as links
from kerjasama.web import service
from kerjasama.web.auth import csrf_token, current_user
from kerjasama.web.context import language, snapshot, store
from kerjasama.web.schemas import (
    ArticleSummary,
    ArticleView,
    ErrorBody,
    Paged,
    PageParams,
    PartyCount,
    RecordOut,
    SearchParams,
    SearchResult,
    Stage,
    Stats,
)

ERRORS = {404: {"model": ErrorBody}, 422: {"model": ErrorBody}}
router = APIRouter(prefix="/api", responses=ERRORS)
Paging = Annotated[PageParams, Query()]


@router.get("", tags=["meta"])
def api_index() -> dict:
    """What the API offers (the full description is /openapi.json)."""
    return {
        "openapi": "/openapi.json",
        "endpoints": {
            "stats": "/api/stats",
            "search": "/api/search?q=",
            "records": "/api/records",
            "articles": "/api/articles",
            "article": "/api/articles/{id}",
            "partnerships": "/api/partnerships",
            "partnership": "/api/partnerships/{id}",
            "people": "/api/people",
            "person": "/api/people/{id}",
            "parties": "/api/parties",
            "review_queue": "/api/review/queue",
            "corrections": "/api/review/corrections",
            "exports": "/api/export",
        },
    }


@router.get("/stats", tags=["register"])
def api_stats(request: Request) -> Stats:
    """Counts, records per year, partner countries, stalled partnerships (twin of /)."""
    return dashboard.stats(store(request), snapshot(request), language(request))


@router.get("/search", tags=["register"])
def api_search(request: Request, params: Annotated[SearchParams, Query()]) -> SearchResult:
    """Articles matching words and facet filters, with facet counts (twin of /search)."""
    return service.search(
        store(request), snapshot(request), params, request.url.path, language(request)
    )


@router.get("/records", tags=["register"])
def api_records(request: Request, params: Annotated[SearchParams, Query()]) -> Paged[RecordOut]:
    """Cooperation records, one per item, filtered like the search, newest first."""
    return service.records(snapshot(request), params, request.url.path)


@router.get("/articles", tags=["register"])
def api_articles(request: Request, params: Paging) -> Paged[ArticleSummary]:
    """Every article, newest first (twin of /articles)."""
    return service.articles(store(request), snapshot(request), params, request.url.path)


@router.get("/articles/{article_id}", tags=["register"])
def api_article(request: Request, article_id: str) -> ArticleView:
    """An article's record with confirmed values, what was confirmed, and its review history."""
    return service.article_view(
        store(request), article_id, show_reviewers=current_user(request) is not None
    )


@router.get("/parties", tags=["register"])
def api_parties(
    request: Request, params: Paging, name: Annotated[str | None, Query(max_length=200)] = None
) -> Paged[PartyCount]:
    """The parties of the register with their number of records (twin of /parties)."""
    return service.parties(snapshot(request), name, params, request.url.path)


@router.get("/partnerships", tags=["partnerships"])
def api_partnerships(
    request: Request,
    params: Paging,
    region: Annotated[str | None, Query(max_length=200)] = None,
    partner_country: Annotated[str | None, Query(max_length=100)] = None,
    stage: Stage | None = None,
    sector: Sector | None = None,
    stalled: bool | None = None,
) -> Paged[Partnership]:
    """Partnerships (the articles about the same parties as one timeline), filtered."""
    filters = {
        "region": region,
        "partner_country": partner_country,
        "stage": stage,
        "sector": sector,
        "stalled": stalled,
    }
    return links.partnerships(store(request), snapshot(request), filters, params, request.url.path)


@router.get("/partnerships/{pid}", tags=["partnerships"])
def api_partnership(request: Request, pid: str) -> Partnership:
    """One partnership with its timeline (twin of /partnerships/{id})."""
    return links.partnership(store(request), pid)


@router.get("/people", tags=["people"])
def api_people(
    request: Request, params: Paging, name: Annotated[str | None, Query(max_length=200)] = None
) -> Paged[PersonProfile]:
    """People seen in the news, optionally by name (twin of /people)."""
    return links.people(store(request), name, params, request.url.path)


@router.get("/people/{person_id}", tags=["people"])
def api_person(request: Request, person_id: str) -> PersonProfile:
    """One person: roles over time, articles, partnerships (twin of /people/{id})."""
    return links.person(store(request), person_id)


@router.get("/session", tags=["meta"])
def api_session(request: Request, token: Annotated[str, Depends(csrf_token)]) -> dict:
    """The logged-in user (or null) and the CSRF token to send as X-CSRF-Token."""
    return {"user": current_user(request), "csrf_token": token}
