"""Sessions end everywhere on logout and password change; secrets and databases stay private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from kerjasama.store import open_store
from kerjasama.store.users import web_settings
from kerjasama.web import create_app


def _two_devices(web_db: str, login):
    app = create_app(web_db, secure_cookies=False)
    phone, laptop = TestClient(app), TestClient(app)
    return phone, laptop, login(phone), login(laptop)


def test_logout_ends_the_session_on_every_device(web_db: str, login) -> None:
    phone, laptop, phone_token, _ = _two_devices(web_db, login)
    stolen = dict(laptop.cookies)
    assert laptop.get("/api/session").json()["user"] == "ana"
    done = phone.post("/logout", data={"csrf_token": phone_token}, follow_redirects=False)
    assert done.status_code == 303
    assert laptop.get("/api/session").json()["user"] is None
    # A copy of the old cookie does not come back to life either.
    replay = TestClient(laptop.app, cookies=stolen)
    assert replay.get("/api/review/queue").status_code == 401


def test_a_password_change_ends_the_other_sessions(web_db: str, login, password) -> None:
    phone, laptop, phone_token, _ = _two_devices(web_db, login)
    new = password + "-baru"
    done = phone.post(
        "/settings/password",
        data={"current": password, "new": new, "csrf_token": phone_token},
        follow_redirects=False,
    )
    assert done.status_code == 303, done.text
    assert phone.get("/api/session").json()["user"] == "ana"  # the one that changed it stays
    assert laptop.get("/api/session").json()["user"] is None


def test_the_signing_secret_is_not_in_the_database(web_db: str) -> None:
    create_app(web_db, secure_cookies=False)
    with open_store(web_db).engine.connect() as conn:
        keys = set(conn.execute(select(web_settings.c.key)).scalars())
    assert "session_secret" not in keys
    secret = Path(os.environ["KERJASAMA_SECRET_FILE"])
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600


def test_a_secret_others_can_read_is_refused(tmp_path: Path, monkeypatch) -> None:
    from kerjasama.web.secret import SecretError, session_secret

    path = tmp_path / "secret"
    path.write_text("x" * 64)
    path.chmod(0o644)
    monkeypatch.delenv("KERJASAMA_SECRET", raising=False)
    monkeypatch.setenv("KERJASAMA_SECRET_FILE", str(path))
    with pytest.raises(SecretError, match="chmod 600"):
        session_secret()


def test_new_database_files_are_private(cli, tmp_path: Path, seeds: Path) -> None:
    db = tmp_path / "register.db"
    assert cli("ingest", "--db", str(db), *map(str, seeds.glob("*.txt"))).returncode == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
