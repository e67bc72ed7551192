"""What every request handler reaches: the app's state, the snapshot, the language, templates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from babel.numbers import format_decimal
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from kerjasama.query.live import LiveRegister, Snapshot
from kerjasama.store import Store
from kerjasama.text.display import headline
from kerjasama.web.auth import LoginLimiter, csrf_token, current_user
from kerjasama.web.i18n import DEFAULT_LANGUAGE, LANGUAGES, country_name, translator
from kerjasama.web.service import page_url

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def csp_with_style(source: str) -> str:
    """The content security policy, also allowing one inline stylesheet by its hash."""
    return CSP.replace("style-src 'self'", f"style-src 'self' {source}")


@dataclass
class WebState:
    store: Store
    live: LiveRegister
    templates: Jinja2Templates
    limiter: LoginLimiter
    secure_cookies: bool


def web(request: Request) -> WebState:
    return request.app.state.web


def store(request: Request) -> Store:
    return web(request).store


def snapshot(request: Request) -> Snapshot:
    return web(request).live.current()


def language(request: Request) -> str:
    return getattr(request.state, "lang", DEFAULT_LANGUAGE)


def chosen_language(request: Request) -> tuple[str, bool]:
    """The language of a request (?lang=, else the cookie, else Indonesian); True if ?lang=."""
    asked = request.query_params.get("lang")
    if asked in LANGUAGES:
        return asked, True
    cookie = request.cookies.get("lang")
    return (cookie if cookie in LANGUAGES else DEFAULT_LANGUAGE), False


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.autoescape = True
    env.trim_blocks, env.lstrip_blocks = True, True
    env.globals["page_url"] = page_url
    env.globals["headline"] = headline
    env.filters["marked"] = marked
    env.filters["web_url"] = web_url
    return templates


def marked(snippet: str) -> Markup:
    """A search snippet with its [matched words] as <mark>, everything else escaped."""
    return Markup(str(escape(snippet)).replace("[", "<mark>").replace("]", "</mark>"))


def web_url(url: str | None) -> str | None:
    """The URL if it is an http(s) address (article URLs are untrusted: no javascript: links)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def twin_of(request: Request) -> str:
    """The JSON twin of a page: the same path and query under /api (/ twins /api/stats)."""
    path = request.url.path
    twin = "/api/stats" if path == "/" else "/api" + path
    items = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return twin + ("?" + urlencode(items) if items else "")


def render(
    request: Request, template: str, status: int = 200, twin: str | None = None, **context: object
) -> HTMLResponse:
    """A page in the request's language, with the user, the CSRF token and the JSON twin."""
    lang = language(request)
    params = dict(request.query_params)
    params.pop("lang", None)
    path = request.url.path
    return web(request).templates.TemplateResponse(
        request,
        template,
        {
            "t": translator(lang),
            "lang": lang,
            "user": current_user(request),
            "csrf": lambda: csrf_token(request),
            "twin": twin if twin is not None else twin_of(request),
            "path": path,
            "country_name": lambda code: country_name(code, lang),
            "num": lambda n: format_decimal(n, locale=lang),
            "lang_url": {code: page_url(path, params, lang=code) for code in LANGUAGES},
            **context,
        },
        status_code=status,
    )
