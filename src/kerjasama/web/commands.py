"""Commands of the web side: `serve`, `user add`, `user password`, `user list`, `corrections`."""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import sys
from pathlib import Path
from typing import Annotated

import typer

from kerjasama.cli import DbOption, app, err, fail, guarded, out

user_app = typer.Typer(
    help="Reviewer accounts (review and settings need a login).", no_args_is_help=True
)
app.add_typer(user_app, name="user")


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to (host, port) for uvicorn to serve on.

    Made with the protocol named (IPPROTO_TCP): asyncio sets TCP_NODELAY only on connections
    whose socket says TCP, and without it each response's body waited for the client's
    delayed acknowledgement of its headers (about 40 ms per request on a kept-alive
    connection)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
@guarded
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    secure_cookies: Annotated[
        bool | None,
        typer.Option(
            "--secure-cookies/--no-secure-cookies",
            help="Mark the session cookie Secure (HTTPS only). Default: on, except on a loopback "
            "address, which is served over plain HTTP.",
        ),
    ] = None,
    proxy_headers: Annotated[
        bool,
        typer.Option(
            "--proxy-headers",
            help="Trust X-Forwarded-For/-Proto from a reverse proxy on this machine (off by "
            "default: a client could otherwise pick its own address).",
        ),
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Worker processes serving the same database (one per core). Each keeps its "
            "own view of the register, mapped from shared files and patched after every "
            "change, so all answer alike.",
        ),
    ] = 1,
    db: DbOption = None,
) -> None:
    """Serve the web app and its JSON API (http://HOST:PORT/, API under /api/)."""
    import uvicorn

    from kerjasama.web import create_app

    try:
        sock = listening_socket(host, port)
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    secure = (not _loopback(host)) if secure_cookies is None else secure_cookies
    if workers == 1:
        web = create_app(db, secure_cookies=secure, ready_at_start=True)
    else:
        web = _prepare_workers(db, secure)
    shown = f"[{host}]" if ":" in host else host
    err.print(
        f"kerjasama is served at http://{shown}:{port}/ (JSON API: /api, OpenAPI: "
        "/openapi.json); Ctrl+C stops it",
        markup=False,
    )
    if secure:
        err.print(
            "session cookies are marked Secure: reviewers log in over HTTPS (a proxy in front), "
            "or pass --no-secure-cookies on a trusted network",
            markup=False,
        )
    options = {"host": host, "port": port, "log_level": "warning", "proxy_headers": proxy_headers}
    if workers > 1:
        from uvicorn.supervisors import Multiprocess

        err.print(f"{workers} worker processes", markup=False)
        config = uvicorn.Config(web, factory=True, workers=workers, **options)
        Multiprocess(config, sockets=[sock]).run()
        return
    uvicorn.Server(uvicorn.Config(web, **options)).run(sockets=[sock])


def _prepare_workers(db: str | None, secure: bool) -> str:
    """What worker processes need before they start: the store opened once (its schema
    brought up to date here, not by each worker at once), the session secret made (all sign
    alike), both passed in the environment; the app as an import string for uvicorn."""
    from kerjasama.store import open_store
    from kerjasama.web.app import READY_AT_START
    from kerjasama.web.secret import session_secret

    store = open_store(db)
    os.environ["KERJASAMA_DB"] = store.engine.url.render_as_string(hide_password=False)
    store.engine.dispose()
    session_secret()
    os.environ["KERJASAMA_SECURE_COOKIES"] = "1" if secure else "0"
    os.environ[READY_AT_START] = "1"
    return "kerjasama.web:create_app"


def _password(given: str | None) -> str:
    if given is not None:
        return given
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    return typer.prompt("password", hide_input=True, confirmation_prompt=True)


@user_app.command("add")
@guarded
def user_add(
    username: Annotated[str, typer.Argument(help="Login name (letters, digits, . _ @ -).")],
    password: Annotated[
        str | None,
        typer.Option(help="Password (default: asked for, or read from the first line of stdin)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Create a reviewer who can log in to the web app."""
    from kerjasama.store import open_store
    from kerjasama.store.users import UserError, add_user

    store = open_store(db)
    try:
        with store.engine.begin() as conn:
            add_user(conn, username, _password(password))
    except UserError as exc:
        raise fail(str(exc)) from None
    out.print(f"user {username} added", markup=False)


@user_app.command("password")
@guarded
def user_password(
    username: Annotated[str, typer.Argument(help="Login name.")],
    password: Annotated[str | None, typer.Option(help="New password (default: asked for).")] = None,
    db: DbOption = None,
) -> None:
    """Set a reviewer's password."""
    from kerjasama.store import open_store
    from kerjasama.store.users import UserError, set_password

    try:
        with open_store(db, create=False).engine.begin() as conn:
            set_password(conn, username, _password(password))
    except UserError as exc:
        raise fail(str(exc)) from None
    out.print(f"password of {username} changed", markup=False)


@user_app.command("list")
@guarded
def user_list(db: DbOption = None) -> None:
    """List the reviewers."""
    from kerjasama.store import open_store
    from kerjasama.store.users import list_users

    with open_store(db, create=False).engine.connect() as conn:
        for name in list_users(conn):
            out.print(name, markup=False)


@app.command()
@guarded
def corrections(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default: stdout).")
    ] = None,
    partial: Annotated[
        bool, typer.Option(help="Also articles with records nobody reviewed.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Export reviewed articles in the gold format, for `kerjasama eval`."""
    from kerjasama.store import open_store
    from kerjasama.web.review_queue import gold_lines

    lines = [
        json.dumps(g, ensure_ascii=False) + "\n"
        for g in gold_lines(open_store(db, create=False), complete_only=not partial)
    ]
    if output is None:
        sys.stdout.write("".join(lines))
        return
    output.write_text("".join(lines), encoding="utf-8")
    err.print(f"wrote {len(lines)} reviewed article(s) to {output}", markup=False)
