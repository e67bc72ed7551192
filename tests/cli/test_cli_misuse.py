"""The command line says plainly what went wrong, once, and before anything else."""

from __future__ import annotations

import socket
from pathlib import Path


def test_version(cli) -> None:
    res = cli("--version")
    assert res.returncode == 0 and res.stdout.decode().startswith("kerjasama ")


def test_serve_on_a_port_in_use_says_so_first(cli, db: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        res = cli("serve", "--db", db, "--port", str(port), timeout=60)
    err = res.stderr.decode()
    assert res.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in err
    assert "served at" not in err and "Traceback" not in err


def test_export_to_a_missing_folder_is_one_line(cli, db: str, seeds: Path, tmp_path: Path) -> None:
    assert cli("ingest", "--db", db, *map(str, sorted(seeds.glob("*.txt")))).returncode == 0
    target = tmp_path / "missing" / "register.csv"
    res = cli("export", "--db", db, "--format", "csv", "--output", str(target))
    assert res.returncode == 1
    lines = res.stderr.decode().strip().splitlines()
    assert lines == [f"error: {target}: folder {target.parent} does not exist"]
