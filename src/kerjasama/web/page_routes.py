"""Server-rendered pages; each renders the model its JSON twin under /api returns."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from kerjasama.query.facets import SHOWN_FACETS
from kerjasama.record import Sector
from kerjasama.web import dashboard_views as dashboard
from kerjasama.web import link_views as links
from kerjasama.web import service
from kerjasama.web.auth import current_user
from kerjasama.web.context import language, render, snapshot, store
from kerjasama.web.highlight import segments
from kerjasama.web.schemas import PageParams, SearchParams, Stage

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Paging = Annotated[PageParams, Query()]


@router.get("/")
def home(request: Request) -> HTMLResponse:
    stats = dashboard.stats(store(request), snapshot(request), language(request))
    return render(request, "dashboard.html", stats=stats, chart=dashboard.year_chart(stats.by_year))


@router.get("/search")
def search_page(request: Request, params: Annotated[SearchParams, Query()]) -> HTMLResponse:
    result = service.search(
        store(request), snapshot(request), params, request.url.path, language(request)
    )
    export_query = params.model_dump(exclude_defaults=True, exclude={"limit", "offset", "sort"})
    return render(
        request,
        "search.html",
        result=result,
        params=params,
        facet_order=SHOWN_FACETS,
        export_query=export_query,
        prev=service.page_url(
            request.url.path,
            params.model_dump(exclude_defaults=True),
            offset=max(0, params.offset - params.limit),
        )
        if params.offset
        else None,
    )


@router.get("/articles")
def articles_page(request: Request, params: Paging) -> HTMLResponse:
    page = service.articles(store(request), snapshot(request), params, request.url.path)
    return render(request, "articles.html", page=page)


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: str) -> HTMLResponse:
    view = service.article_view(
        store(request), article_id, show_reviewers=current_user(request) is not None
    )
    return render(
        request, "article.html", view=view, rec=view.record, segments=segments(view.record)
    )


@router.get("/parties")
def parties_page(
    request: Request, params: Paging, name: Annotated[str | None, Query(max_length=200)] = None
) -> HTMLResponse:
    page = service.parties(snapshot(request), name, params, request.url.path)
    return render(request, "parties.html", page=page, name=name or "")


@router.get("/partnerships")
def partnerships_page(
    request: Request,
    params: Paging,
    region: Annotated[str | None, Query(max_length=200)] = None,
    partner_country: Annotated[str | None, Query(max_length=100)] = None,
    stage: Stage | None = None,
    sector: Sector | None = None,
    stalled: bool | None = None,
) -> HTMLResponse:
    filters = {
        "region": region,
        "partner_country": partner_country,
        "stage": stage,
        "sector": sector,
        "stalled": stalled,
    }
    page = links.partnerships(store(request), snapshot(request), filters, params, request.url.path)
    return render(
        request,
        "partnerships.html",
        page=page,
        filters=filters,
        briefs=[links.brief(p) for p in page.items],
    )


@router.get("/partnerships/{pid}")
def partnership_page(request: Request, pid: str) -> HTMLResponse:
    the_store = store(request)
    partnership = links.partnership(the_store, pid)
    people = links.people_named(the_store, list(partnership.people))
    return render(request, "partnership.html", p=partnership, people=people)


@router.get("/people")
def people_page(
    request: Request, params: Paging, name: Annotated[str | None, Query(max_length=200)] = None
) -> HTMLResponse:
    page = links.people(store(request), name, params, request.url.path)
    return render(request, "people.html", page=page, name=name or "")


@router.get("/people/{person_id}")
def person_page(request: Request, person_id: str) -> HTMLResponse:
    the_store = store(request)
    person = links.person(the_store, person_id)
    titles = service.article_titles(the_store, person.articles)
    partnerships = links.partnerships_by_id(the_store, list(person.partnerships))
    return render(request, "person.html", person=person, titles=titles, partnerships=partnerships)
