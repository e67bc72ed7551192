"""Routes that need a login: log in and out, settings, the review queue and decisions."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse

from kerjasama.record import ACTIONS, INSTRUMENTS, SECTORS
from kerjasama.store.users import (
    UserError,
    end_sessions,
    session_version,
    set_password,
    verify_user,
)
from kerjasama.web import review_queue as review
from kerjasama.web.auth import check_csrf, current_user, log_in, require_user, safe_next
from kerjasama.web.context import render, snapshot, store, web
from kerjasama.web.highlight import evidence_texts
from kerjasama.web.schemas import ErrorBody, Paged, PageParams, QueueItem, ReviewAction, ReviewDone
from kerjasama.web.service import all_parties

router = APIRouter()
User = Annotated[str, Depends(require_user)]
Paging = Annotated[PageParams, Query()]
CsrfField = Annotated[str | None, Form(alias="csrf_token")]


def _html(description: str, **headers: str) -> dict:
    """An answer of a form post: an HTML page (the form again, or an error page)."""
    answer: dict = {
        "description": description,
        "content": {"text/html": {"schema": {"type": "string"}}},
    }
    if headers:
        answer["headers"] = {
            name: {"description": text, "schema": {"type": "string"}, "required": True}
            for name, text in headers.items()
        }
    return answer


REDIRECT = {"Location": "Where to go next."}
API_ERRORS = {401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 404: {"model": ErrorBody}}


# -- login -----------------------------------------------------------------------------------
@router.get(
    "/login",
    tags=["access"],
    response_class=HTMLResponse,
    responses={200: _html("The login form (HTML).")},
)
def login_form(request: Request, next: str | None = None) -> HTMLResponse:
    """The login form; after logging in the browser goes on to `next`, a local path."""
    return render(request, "login.html", twin="", next=safe_next(next), failed=False)


@router.post(
    "/login",
    tags=["access"],
    status_code=303,
    response_class=RedirectResponse,
    responses={
        303: _html("Logged in: on to `next` (default /review).", **REDIRECT),
        401: _html("Wrong name or password: the login form again."),
        403: _html("Missing or stale CSRF token."),
        429: _html(
            "Too many failed logins from this address for this name.",
            **{"Retry-After": "Seconds to wait."},
        ),
    },
)
def login(
    request: Request,
    username: Annotated[str, Form(min_length=1, max_length=100)],
    password: Annotated[str, Form(min_length=1, max_length=1000)],
    csrf: CsrfField = None,
    next: Annotated[str | None, Form()] = None,
) -> Response:
    """Log in with a form post (username, password, csrf_token from GET /api/session)."""
    check_csrf(request, csrf)
    limiter = web(request).limiter
    keys = (request.client.host if request.client else "-", username)
    wait = limiter.retry_after(*keys)
    if wait:
        raise HTTPException(
            429,
            f"too many failed logins: try again in {wait} s",
            headers={"Retry-After": str(wait)},
        )
    with store(request).engine.begin() as conn:
        ok = verify_user(conn, username, password)
        version = session_version(conn, username) if ok else None
    if not ok or version is None:
        limiter.failed(*keys)
        return render(request, "login.html", status=401, twin="", next=safe_next(next), failed=True)
    limiter.succeeded(*keys)
    log_in(request, username, version)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post(
    "/logout",
    tags=["access"],
    status_code=303,
    response_class=RedirectResponse,
    responses={
        303: _html("Logged out everywhere: on to /.", **REDIRECT),
        403: _html("Missing or stale CSRF token."),
    },
)
def logout(request: Request, csrf: CsrfField = None) -> Response:
    """End every session of the logged-in user (form post with csrf_token)."""
    check_csrf(request, csrf)
    user = current_user(request)
    if user:
        with store(request).engine.begin() as conn:
            end_sessions(conn, user)  # every session of this user, on every device
    request.session.clear()
    return RedirectResponse("/", status_code=303)


@router.get("/settings", include_in_schema=False, response_class=HTMLResponse)
def settings_page(request: Request, user: User, saved: bool = False) -> HTMLResponse:
    return render(request, "settings.html", twin="", saved=saved, problem=None)


@router.post("/settings/password", include_in_schema=False)
def change_password(
    request: Request,
    user: User,
    current: Annotated[str, Form()],
    new: Annotated[str, Form()],
    csrf: CsrfField = None,
) -> Response:
    check_csrf(request, csrf)
    with store(request).engine.begin() as conn:
        problem = None if verify_user(conn, user, current) else "settings.wrong_password"
        if problem is None:
            try:
                set_password(conn, user, new)  # ends every session, this one too
                version = session_version(conn, user)
            except UserError:
                problem = "settings.short_password"
    if problem:
        return render(request, "settings.html", status=400, twin="", saved=False, problem=problem)
    log_in(request, user, version)  # this browser stays logged in with the new password
    return RedirectResponse("/settings?saved=true", status_code=303)


# -- review queue ----------------------------------------------------------------------------
@router.get("/review", include_in_schema=False, response_class=HTMLResponse)
def queue_page(request: Request, user: User, params: Paging) -> HTMLResponse:
    page = review.queue(store(request), snapshot(request), params, request.url.path)
    return render(request, "review_queue.html", page=page, twin="/api/review/queue")


@router.get("/api/review/queue", tags=["review"], responses={401: {"model": ErrorBody}})
def api_queue(request: Request, user: User, params: Paging) -> Paged[QueueItem]:
    """Records no reviewer confirmed yet, lowest confidence first (login required)."""
    return review.queue(store(request), snapshot(request), params, request.url.path)


@router.get("/review/{article_id}/{index}", include_in_schema=False, response_class=HTMLResponse)
def record_page(
    request: Request, user: User, article_id: str, index: int, problem: str | None = None
) -> HTMLResponse:
    rec = review.load(store(request), article_id)
    coop = review.cooperation(rec, index)
    choices = [
        review.party_label(p.name, p.code)
        for p in snapshot(request).derived("parties", lambda: all_parties(snapshot(request)))
    ]
    return render(
        request,
        "review_record.html",
        twin=f"/api/articles/{article_id}",
        rec=rec,
        coop=coop,
        index=index,
        evidence=evidence_texts(rec, index),
        choices=choices,
        label=review.party_label,
        actions=ACTIONS,
        instruments=INSTRUMENTS,
        sectors=SECTORS,
        problem=problem,
    )


@router.post("/review/{article_id}/{index}", include_in_schema=False)
async def record_decision(request: Request, user: User, article_id: str, index: int) -> Response:
    form = await request.form()
    check_csrf(request, form.get("csrf_token"))
    the_store, snap = store(request), snapshot(request)
    action = str(form.get("action", ""))
    if action not in ("accept", "correct", "reject"):
        raise HTTPException(400, "action must be accept, correct or reject")
    values = review.form_values(form) if action == "correct" else {}
    try:
        review.decide(
            the_store, snap, user, article_id, index, ReviewAction(action=action, values=values)
        )
    except HTTPException as exc:
        if exc.status_code not in (400, 422):
            raise
        # The API answers a bad value with 422; a page shows its form again, with the problem,
        # as 400 like every invalid page request (see `invalid` in web/app.py).
        response = record_page(request, user, article_id, index, problem=str(exc.detail))
        response.status_code = 400
        return response
    return RedirectResponse(f"/articles/{article_id}?reviewed={index}", status_code=303)


@router.post(
    "/api/review/{article_id}/{index}",
    tags=["review"],
    responses={**API_ERRORS, 400: {"model": ErrorBody, "description": "The body is not JSON."}},
)
def api_decision(
    request: Request, user: User, article_id: str, index: int, action: ReviewAction
) -> ReviewDone:
    """Accept, correct ({"values": {field: value}}) or reject a record (login, X-CSRF-Token)."""
    check_csrf(request, None)
    return review.decide(store(request), snapshot(request), user, article_id, index, action)


class NDJSONResponse(StreamingResponse):
    media_type = "application/x-ndjson"


@router.get(
    "/api/review/corrections",
    tags=["review"],
    response_class=NDJSONResponse,
    responses={
        200: {
            "description": "One gold article per line (JSON Lines); empty when none.",
            "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
        }
    },
)
def api_corrections(request: Request, partial: bool = False) -> NDJSONResponse:
    """Reviewed articles in the gold format of docs/evaluation.md, as JSON Lines."""
    lines = (
        json.dumps(g, ensure_ascii=False) + "\n"
        for g in review.gold_lines(store(request), complete_only=not partial)
    )
    return NDJSONResponse(
        lines,
        headers={"Content-Disposition": 'attachment; filename="corrections.gold.jsonl"'},
    )
