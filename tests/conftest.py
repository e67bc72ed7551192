"""Shared fixtures: the ../shared folder (skipped when absent), a database path, the CLI,
and a real PostgreSQL server started for the session (skipped where none is installed)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from support import SHARED, run_cli


@pytest.fixture(autouse=True, scope="session")
def _private_secret(tmp_path_factory: pytest.TempPathFactory):
    """Session and alert secrets of the tests live in a temporary folder, not in ~/.config,
    and PostgreSQL registers' column files in one, not in ~/.cache."""
    folder = tmp_path_factory.mktemp("secret")
    names = {
        "KERJASAMA_SECRET_FILE": str(folder / "session-secret"),
        "KERJASAMA_ALERT_SECRETS_FILE": str(folder / "alert-secrets"),
        "KERJASAMA_COLUMNS_DIR": str(tmp_path_factory.mktemp("columns")),
    }
    old = {name: os.environ.get(name) for name in names}
    os.environ.update(names)
    yield
    for name, value in old.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared not found at {SHARED}: the seeds and data live there")
    return SHARED


@pytest.fixture
def reference(shared: Path):
    """The reference scorer, ../shared/tools/score.py, as a module."""
    path = shared / "tools" / "score.py"
    if not path.exists():
        pytest.skip(f"reference scorer not found at {path}")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def seeds(shared: Path) -> Path:
    return shared / "seeds"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


@pytest.fixture
def cli():
    return run_cli


PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_url():
    """URL of the `postgres` database of a throw-away server."""
    initdb = shutil.which("initdb") or (
        str(PG_BIN / "initdb") if (PG_BIN / "initdb").exists() else None
    )
    if initdb is None:
        pytest.skip("PostgreSQL server binaries (initdb) are not installed")
    pytest.importorskip("psycopg")
    bindir = Path(os.path.realpath(initdb)).parent
    run_as: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: PostgreSQL refuses to start as root")
        run_as = ["runuser", "-u", "postgres", "--"]
    tmp = Path(tempfile.mkdtemp(prefix="kerjasama-pg-"))
    tmp.chmod(0o777)
    data, port = tmp / "data", _free_port()
    subprocess.run(
        [*run_as, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *run_as,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(tmp / "log"),
            "-o",
            f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
            capture_output=True,
        )
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def pg_fresh(pg_url: str):
    """A database of its own on the test server (the session's database holds other tests')."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:8]
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    yield pg_url.rsplit("/", 1)[0] + "/" + name
