"""Access: anyone may read; review and settings need a logged-in user.

Sessions are signed cookies (HttpOnly, SameSite=Lax, Secure unless served on loopback); every
form carries a per-session CSRF token; failed logins are slowed per address and name together
(see LoginLimiter).
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from urllib.parse import quote

from fastapi import HTTPException, Request

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


class LoginRequired(Exception):
    """Raised by `require_user`: pages redirect to the login form, the API answers 401."""


class LoginLimiter:
    """Throttles failed logins with a backoff, never a lock an attacker could set on someone.

    Failures count per address and name together: after `free` failures each next attempt from
    that address for that name waits twice as long (1 s, 2 s, 4 s … up to `longest`). An
    address that fails for many names (`spray` failures in `window` seconds) is slowed the same
    way for every name. Nobody can lock a reviewer out from another address.
    """

    def __init__(
        self, free: int = 3, longest: float = 300.0, spray: int = 30, window: float = 900.0
    ) -> None:
        self.free, self.longest, self.spray, self.window = free, longest, spray, window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and now - times[0] > self.window:
            times.popleft()
        if not times:
            self._failures.pop(key, None)
        return times

    def _wait(self, times: deque[float], free: int, now: float) -> float:
        over = len(times) - free
        if over < 0:
            return 0.0
        return max(0.0, min(self.longest, 2.0**over) - (now - times[-1]))

    def retry_after(self, address: str, name: str) -> int:
        """Seconds before the next attempt from `address` for `name` (0: allowed now)."""
        now = time.monotonic()
        with self._lock:
            pair = self._recent(f"{address}|{name.lower()}", now)
            spray = self._recent(f"{address}|*", now)
            wait = max(self._wait(pair, self.free, now), self._wait(spray, self.spray, now))
        return int(wait) + 1 if wait > 0 else 0

    def failed(self, address: str, name: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in (f"{address}|{name.lower()}", f"{address}|*"):
                self._failures[key].append(now)

    def succeeded(self, address: str, name: str) -> None:
        with self._lock:
            self._failures.pop(f"{address}|{name.lower()}", None)


def current_user(request: Request) -> str | None:
    """The session's user, while the session is still valid: one that logged out or changed the
    password anywhere has moved the user's session version on, ending this session too."""
    user = request.session.get("user")
    if not user:
        return None
    cached = getattr(request.state, "session_user", False)
    if cached is not False:
        return cached
    from kerjasama.store.users import session_version

    with request.app.state.web.store.engine.connect() as conn:
        version = session_version(conn, user)
    valid = version is not None and request.session.get("v") == version
    if not valid:
        request.session.clear()
    request.state.session_user = user if valid else None
    return request.state.session_user


def require_user(request: Request) -> str:
    """Dependency: the logged-in user's name, or LoginRequired."""
    user = current_user(request)
    if not user:
        raise LoginRequired()
    return user


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use)."""
    token = request.session.get(CSRF_FIELD)
    if not token:
        token = request.session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return token


def check_csrf(request: Request, submitted: str | None) -> None:
    """Refuse a state-changing request whose token does not match the session's (403)."""
    expected = request.session.get(CSRF_FIELD)
    submitted = submitted or request.headers.get(CSRF_HEADER)
    if not expected or not submitted or not hmac.compare_digest(expected, submitted):
        raise HTTPException(403, "the form has expired or did not come from this site (CSRF token)")


def log_in(request: Request, user: str, version: int) -> None:
    """Start a fresh session for `user` at their session version (a new CSRF token, nothing
    kept from before)."""
    request.session.clear()
    request.session["user"] = user
    request.session["v"] = version
    request.state.session_user = user
    csrf_token(request)


def safe_next(target: str | None) -> str:
    """A local path to go to after login; anything else goes to the review queue."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/review"


def login_url(request: Request) -> str:
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return f"/login?next={quote(path, safe='')}"
