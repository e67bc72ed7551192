"""The secret that signs session cookies: from KERJASAMA_SECRET, else a file only its owner reads.

It is not kept in the database, which the register shares with whoever gets a copy of it. The
file is KERJASAMA_SECRET_FILE, else `~/.config/kerjasama/session-secret`, made on first use with
mode 0600; one whose mode lets others read it is refused.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from kerjasama.errors import KerjasamaError
from kerjasama.private_files import config_path, readable_by_others


class SecretError(KerjasamaError):
    """The session secret cannot be read or made safely."""


def secret_file() -> Path:
    return config_path("KERJASAMA_SECRET_FILE", "session-secret")


def session_secret() -> str:
    """The signing secret (made once, kept so sessions survive a restart)."""
    env = os.environ.get("KERJASAMA_SECRET")
    if env:
        return env
    path = secret_file()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read(path)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return session_secret()
    except OSError as exc:
        raise SecretError(f"{path}: cannot make the session secret ({exc.strerror})") from exc
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_urlsafe(48))
    return _read(path)


def _read(path: Path) -> str:
    if readable_by_others(path):
        raise SecretError(f"{path}: others may read the session secret; chmod 600 it")
    value = path.read_text(encoding="utf-8").strip()
    if len(value) < 32:
        raise SecretError(f"{path}: the session secret is too short (32 characters at least)")
    return value
