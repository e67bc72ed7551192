"""Secrets of alert delivery (webhook signing secret, SMTP password), kept out of the database.

The register's database travels (copies, backups, the demo), so like the session secret
(kerjasama.web.secret) these live in the environment, `KERJASAMA_WEBHOOK_SECRET` and
`KERJASAMA_SMTP_PASSWORD`, else in a JSON file only its owner reads:
`KERJASAMA_ALERT_SECRETS_FILE`, else `~/.config/kerjasama/alert-secrets`, written with mode
0600; a file whose mode lets others read it is refused. The environment wins over the file.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

from sqlalchemy import Connection, delete, select

from kerjasama.errors import KerjasamaError
from kerjasama.private_files import config_path, readable_by_others

KEYS = ("webhook_secret", "smtp_password")
ENV = {"webhook_secret": "KERJASAMA_WEBHOOK_SECRET", "smtp_password": "KERJASAMA_SMTP_PASSWORD"}


class SecretsError(KerjasamaError):
    """The alert secrets file cannot be read or written safely."""


def secrets_file() -> Path:
    return config_path("KERJASAMA_ALERT_SECRETS_FILE", "alert-secrets")


def _read_file(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    if readable_by_others(path):
        raise SecretsError(f"{path}: others may read the alert secrets; chmod 600 it")
    try:
        value = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError) as exc:
        raise SecretsError(f"{path}: cannot read the alert secrets ({exc})") from exc
    if not isinstance(value, dict):
        raise SecretsError(f"{path}: the alert secrets file must hold a JSON object")
    return {k: str(v) for k, v in value.items() if k in KEYS and v}


def read_secret(key: str) -> str | None:
    """A delivery secret: from its environment setting, else from the secrets file."""
    if key not in KEYS:
        raise KeyError(key)
    env = os.environ.get(ENV[key])
    if env:
        return env
    return _read_file(secrets_file()).get(key)


def write_secret(key: str, value: str | None) -> Path:
    """Keep (or, with None, forget) a secret in the 0600 file; returns the file's path."""
    if key not in KEYS:
        raise KeyError(key)
    path = secrets_file()
    values = _read_file(path)
    if value:
        values[key] = value
    else:
        values.pop(key, None)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = path.with_name(path.name + ".tmp")
        temp.unlink(missing_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(values, fh, indent=1, sort_keys=True)
        os.replace(temp, path)
    except OSError as exc:
        raise SecretsError(f"{path}: cannot write the alert secrets ({exc.strerror})") from exc
    return path


def move_out_of_database(conn: Connection) -> None:
    """Migration step: secrets an older version kept in `watch_settings` go to the file."""
    from kerjasama.store.watch_tables import settings

    rows = dict(
        conn.execute(select(settings.c.key, settings.c.value).where(settings.c.key.in_(KEYS))).all()
    )
    for key, value in rows.items():
        try:
            if not read_secret(key):
                write_secret(key, value)
        except SecretsError as exc:
            warnings.warn(
                f"{key} removed from the database but not kept ({exc}): set it again",
                stacklevel=2,
            )
    conn.execute(delete(settings).where(settings.c.key.in_(KEYS)))
