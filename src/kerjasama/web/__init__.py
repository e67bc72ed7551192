"""The web app: JSON API, server-rendered pages in Indonesian and English, review, exports.

    app = create_app("out/demo.db")      # a FastAPI app; `kerjasama serve` runs it with uvicorn

FastAPI is imported only when an app is made, so the command line stays quick to start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(
    db_url: str | None = None,
    *,
    secret: str | None = None,
    secure_cookies: bool | None = None,
    ready_at_start: bool | None = None,
) -> FastAPI:
    """The web app over the store at `db_url` (see `kerjasama.web.app.create_app`)."""
    from kerjasama.web.app import create_app as make

    return make(db_url, secret=secret, secure_cookies=secure_cookies, ready_at_start=ready_at_start)


__all__ = ["create_app"]
