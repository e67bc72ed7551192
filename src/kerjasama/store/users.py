"""Reviewer accounts: argon2-hashed passwords and the session version that ends sessions.

Each user has a session version; a session carries the version it was made with, and logging
out or changing the password moves it on, which ends every session of that user everywhere.
The secret that signs session cookies is not kept here (see web/secret.py).
"""

from __future__ import annotations

import datetime as dt
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    inspect,
    select,
    text,
    update,
)

from kerjasama.errors import KerjasamaError

metadata = MetaData()

users = Table(
    "users",
    metadata,
    Column("username", String(100), primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("session_version", Integer, nullable=False, server_default="0"),
)

web_settings = Table(
    "web_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

USERNAME = re.compile(r"^[A-Za-z0-9._@-]{2,100}$")
MIN_PASSWORD = 8
# Argon2id with the OWASP Password Storage Cheat Sheet's parameters (19 MiB, 2 passes, 1 lane):
# tens of milliseconds per login on a small server; stronger settings are rehashed to on login.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Verifying against this keeps the time of a login with an unknown name like a real one.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class UserError(KerjasamaError):
    """A user cannot be created or changed: the message says why."""


def create_tables(conn: Connection) -> None:
    """Migration step: the users and web_settings tables."""
    metadata.create_all(conn)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password must have at least {MIN_PASSWORD} characters")


def add_user(conn: Connection, username: str, password: str) -> None:
    """Create a reviewer; raises UserError for a bad or taken name or a short password."""
    if not USERNAME.match(username):
        raise UserError("a user name is 2 to 100 letters, digits or . _ @ -")
    _check_password(password)
    if conn.execute(select(users.c.username).where(users.c.username == username)).first():
        raise UserError(f"user {username!r} exists already")
    conn.execute(
        users.insert().values(
            username=username, password_hash=_hasher.hash(password), created_at=_now()
        )
    )


def set_password(conn: Connection, username: str, password: str) -> None:
    """Replace a user's password and end all their sessions; UserError for an unknown user or
    a short password."""
    _check_password(password)
    done = conn.execute(
        update(users)
        .where(users.c.username == username)
        .values(password_hash=_hasher.hash(password), session_version=users.c.session_version + 1)
    )
    if done.rowcount == 0:
        raise UserError(f"no user {username!r}")


def verify_user(conn: Connection, username: str, password: str) -> bool:
    """Whether the name and password match a user (rehashing an outdated hash on success)."""
    row = conn.execute(select(users.c.password_hash).where(users.c.username == username)).first()
    stored = row.password_hash if row else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
    if row is None:
        return False
    if _hasher.check_needs_rehash(stored):
        conn.execute(
            update(users)
            .where(users.c.username == username)
            .values(password_hash=_hasher.hash(password))
        )
    return True


def list_users(conn: Connection) -> list[str]:
    return list(conn.execute(select(users.c.username).order_by(users.c.username)).scalars())


def session_version(conn: Connection, username: str) -> int | None:
    """The user's current session version (None: no such user)."""
    row = conn.execute(select(users.c.session_version).where(users.c.username == username)).first()
    return None if row is None else int(row.session_version)


def end_sessions(conn: Connection, username: str) -> None:
    """End every session of the user, on every device."""
    conn.execute(
        update(users)
        .where(users.c.username == username)
        .values(session_version=users.c.session_version + 1)
    )


def add_session_versions(conn: Connection) -> None:
    """Migration step: the session version column, and the signing secret out of the database."""
    if "session_version" not in {c["name"] for c in inspect(conn).get_columns("users")}:
        conn.execute(
            text("ALTER TABLE users ADD COLUMN session_version INTEGER NOT NULL DEFAULT 0")
        )
    conn.execute(delete(web_settings).where(web_settings.c.key == "session_secret"))
