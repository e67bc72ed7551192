"""A throw-away PostgreSQL server for benchmarks (the same recipe as tests/conftest.py)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

PG_BIN = Path("/usr/lib/postgresql/15/bin")


@contextlib.contextmanager
def postgres() -> Iterator[str | None]:
    """The URL of a fresh server's `postgres` database, or None where none can start."""
    initdb = shutil.which("initdb") or (str(PG_BIN / "initdb") if PG_BIN.exists() else None)
    if initdb is None:
        yield None
        return
    bindir = Path(os.path.realpath(initdb)).parent
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    tmp = Path(tempfile.mkdtemp(prefix="kerjasama-bench-pg-"))
    tmp.chmod(0o777)
    data = tmp / "data"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run(
        [*run_as, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
        check=True,
        capture_output=True,
    )
    opts = f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c synchronous_commit=on"
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
            opts,
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
