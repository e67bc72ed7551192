"""The FastAPI application: JSON API under /api, server-rendered pages, review, exports."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import Match

from kerjasama import __version__
from kerjasama.query.live import LiveRegister
from kerjasama.store import open_store
from kerjasama.web.auth import LoginLimiter, LoginRequired, login_url
from kerjasama.web.context import CSP, HERE, WebState, chosen_language, make_templates, render
from kerjasama.web.secret import session_secret

SESSION_COOKIE = "kerjasama_session"
SESSION_HOURS = 12


logger = logging.getLogger("kerjasama.web")


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _error(
    request: Request,
    status: int,
    message: str,
    details: list | None = None,
    headers: dict | None = None,
) -> Response:
    if _is_api(request):
        body = {"error": {"status": status, "message": message, "details": details or []}}
        return JSONResponse(body, status_code=status, headers=headers)
    response = render(
        request,
        "error.html",
        status=status,
        twin="",
        status_code=status,
        message=message,
        details=details or [],
    )
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


HTML_ERROR = {
    "description": "An error page (HTML) naming the problem.",
    "content": {"text/html": {"schema": {"type": "string"}}},
}
API_INVALID = {
    "description": "Invalid parameters or body: each problem names its field.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
}


def _install_openapi(app: FastAPI) -> None:
    """The document says what the handlers answer: FastAPI lists a 422 with its own body for
    every operation with parameters, but `invalid` answers 422 with ErrorBody under /api and
    400 with an HTML page elsewhere (exports, login, logout)."""
    generate = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        doc = generate()
        for path, operations in doc.get("paths", {}).items():
            for operation in operations.values():
                responses = operation.get("responses", {})
                if "422" not in responses:
                    continue
                if path.startswith("/api"):
                    responses["422"] = API_INVALID
                else:
                    del responses["422"]
                    responses.setdefault("400", HTML_ERROR)
        schemas = doc.get("components", {}).get("schemas", {})
        if "HTTPValidationError" not in json.dumps(doc.get("paths", {})):
            schemas.pop("HTTPValidationError", None)
            schemas.pop("ValidationError", None)
        app.openapi_schema = doc
        return doc

    app.openapi = openapi


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route answers at this path (Starlette's 405 names only the first
    route's: GET for /login, which also takes POST)."""
    routes = request.app.router.routes
    return [
        method
        for method in ("DELETE", "GET", "HEAD", "PATCH", "POST", "PUT")
        if any(r.matches({**request.scope, "method": method})[0] == Match.FULL for r in routes)
    ]


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        headers = getattr(exc, "headers", None)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        if exc.status_code == 405:
            headers = {**(headers or {}), "Allow": ", ".join(_allowed_methods(request))}
        return _error(request, exc.status_code, message, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {"where": ".".join(str(x) for x in e["loc"]), "problem": e["msg"]} for e in exc.errors()
        ]
        message = "; ".join(f"{d['where']}: {d['problem']}" for d in details)
        return _error(request, 422 if _is_api(request) else 400, message, details)

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if _is_api(request):
            return _error(request, 401, "log in first (POST /login) to review or change settings")
        return RedirectResponse(login_url(request), status_code=303)


def _install_middleware(app: FastAPI, secret: str, secure_cookies: bool) -> None:
    @app.middleware("http")
    async def language_and_headers(request: Request, call_next) -> Response:
        lang, explicit = chosen_language(request)
        request.state.lang = lang
        try:
            response = await call_next(request)
        except Exception:  # a 500 is answered like any other error, security headers included
            logger.exception("internal error on %s %s", request.method, request.url.path)
            response = _error(request, 500, "internal error: the server could not answer")
        if explicit:
            response.set_cookie(
                "lang",
                lang,
                max_age=365 * 86400,
                samesite="lax",
                secure=secure_cookies,
                httponly=True,
            )
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    app.add_middleware(
        SessionMiddleware,
        secret_key=secret,
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_HOURS * 3600,
        same_site="strict" if secure_cookies else "lax",
        https_only=secure_cookies,
    )


@contextlib.asynccontextmanager
async def _ready_at_start(app: FastAPI) -> AsyncIterator[None]:
    """Make the register's first snapshot as the server starts, in the background, so that
    no first request (of each worker process) waits for it alone."""
    app.state.web.live.make_ready()
    yield


READY_AT_START = "KERJASAMA_READY_AT_START"  # "1": the snapshot is made as the server starts


def create_app(
    db_url: str | None = None,
    *,
    secret: str | None = None,
    secure_cookies: bool | None = None,
    ready_at_start: bool | None = None,
) -> FastAPI:
    """The web app over the store at `db_url` (default: KERJASAMA_DB or ./kerjasama.db).

    `secret` signs session cookies (default: KERJASAMA_SECRET, else a file of mode 0600: see
    web/secret.py).
    Cookies are marked Secure unless `secure_cookies` is False (KERJASAMA_SECURE_COOKIES=0),
    which `kerjasama serve` does when it listens on a loopback address over plain HTTP.
    With `ready_at_start` (KERJASAMA_READY_AT_START=1; `kerjasama serve` sets it) the register's
    first snapshot is made in the background as the server starts (an app used in-process,
    as by tests, makes it on its first request instead).
    """
    from kerjasama.web import api_routes as api
    from kerjasama.web import dashboard_views as dashboard
    from kerjasama.web import export_routes as exports
    from kerjasama.web import page_routes as pages
    from kerjasama.web import review_routes as reviewing
    from kerjasama.web import watch_routes

    store = open_store(db_url)
    secret = secret or session_secret()
    if secure_cookies is None:
        secure_cookies = os.environ.get("KERJASAMA_SECURE_COOKIES", "1") not in ("0", "false", "no")
    if ready_at_start is None:
        ready_at_start = os.environ.get(READY_AT_START) == "1"
    app = FastAPI(
        lifespan=_ready_at_start if ready_at_start else None,
        title="kerjasama",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        description="The register of Indonesian regional-government cooperation: "
        "articles, cooperation records, partnerships, people, search, "
        "statistics, review. Every HTML page has a JSON twin under /api.",
    )
    app.state.web = WebState(
        store=store,
        live=LiveRegister(store, dashboard.warmers(store)),
        templates=make_templates(),
        limiter=LoginLimiter(),
        secure_cookies=secure_cookies,
    )
    _install_handlers(app)
    _install_openapi(app)
    _install_middleware(app, secret, secure_cookies)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    routers = (api.router, pages.router, reviewing.router, exports.router, watch_routes.router)
    for router in routers:
        app.include_router(router)
    return app
