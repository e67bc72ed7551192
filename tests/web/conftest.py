"""Fixtures of the web tests: a small register with hostile article text, the app, a server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kerjasama.record import Article, Cooperation, Party, Person, Source, Span
from kerjasama.store import open_store
from support import REPO, TODAY

KALTIM = Party(name="Provinsi Kalimantan Timur", code="ID-KI", kind="province", country="ID")
ANHUI = Party(name="Provinsi Anhui", code="CN-AH", kind="foreign_region", country="CN")
SURABAYA = Party(name="Kota Surabaya", code="35.78", kind="city", country="ID")
BUSAN = Party(name="Busan", code=None, kind="foreign_city", country="KR")
JATIM = Party(name="Provinsi Jawa Timur", code="ID-JI", kind="province", country="ID")
OSAKA = Party(name="Prefektur Osaka", code="JP-27", kind="foreign_region", country="JP")
PASSWORD = "rahasia-sekali-123"

HOSTILE_TITLE = 'Kaltim teken MoU <script>window.__xss = 1</script> dengan "Anhui"'
EVIDENCE = "Pemprov Kaltim dan Provinsi Anhui menandatangani nota kesepahaman investasi."
HOSTILE_TEXT = (
    f"Samarinda (ANTARA) - {EVIDENCE}\n"
    'Acara itu <b>meriah</b> <img src=x onerror="window.__xss = 2"> dan '
    "<script>window.__xss = 3</script> dihadiri Akmal Malik.\n"
    "Kerja sama mencakup hilirisasi dan energi hijau."
)


def _coop(
    parties,
    action="sign",
    instrument="mou",
    date="2023-12-04",
    sectors=("investment",),
    evidence=(),
    confidence=0.9,
) -> Cooperation:
    foreign = any(p.country != "ID" for p in parties)
    return Cooperation(
        parties=list(parties),
        scope="foreign" if foreign else "domestic",
        instrument=instrument,
        action=action,
        sectors=list(sectors),
        date=date,
        evidence=[Span(start=s, end=e) for s, e in evidence],
        confidence=confidence,
    )


def sample_articles() -> list[Article]:
    """Four articles: a signing with hostile markup in title and text, an exploration, a
    low-confidence record, and an article that reports no cooperation."""
    start = HOSTILE_TEXT.index(EVIDENCE)
    akmal = HOSTILE_TEXT.index("Akmal Malik")
    return [
        Article(
            id="a1kaltimanhui",
            title=HOSTILE_TITLE,
            text=HOSTILE_TEXT,
            is_cooperation=True,
            cooperation_score=0.95,
            source=Source(published="2023-12-04", outlet="ANTARA", url="javascript:alert(1)"),
            people=[
                Person(
                    name="Akmal Malik",
                    role="Penjabat Gubernur",
                    org="Provinsi Kalimantan Timur",
                    mentions=[(akmal, akmal + 11)],
                )
            ],
            cooperations=[_coop([KALTIM, ANHUI], evidence=[(start, start + len(EVIDENCE))])],
        ),
        Article(
            id="a2surabayabusan",
            title="Surabaya jajaki kota kembar Busan",
            text="Pemkot Surabaya menjajaki kerja sama pelabuhan dengan Busan.",
            is_cooperation=True,
            cooperation_score=0.8,
            source=Source(published="2022-03-01", url="https://example.id/a2"),
            cooperations=[
                _coop(
                    [SURABAYA, BUSAN],
                    action="explore",
                    instrument="none",
                    date="2022-03-01",
                    sectors=("transport",),
                    confidence=0.7,
                )
            ],
        ),
        Article(
            id="a3jatimosaka",
            title="Jatim dan Osaka evaluasi kerja sama",
            text="Pemprov Jatim dan Prefektur Osaka mengevaluasi kerja sama pendidikan.",
            is_cooperation=True,
            cooperation_score=0.6,
            source=Source(published="2024-05-02", url="https://example.id/a3"),
            cooperations=[
                _coop(
                    [JATIM, OSAKA],
                    action="review",
                    instrument="mou",
                    date="2024-05-02",
                    sectors=("education",),
                    confidence=0.35,
                )
            ],
        ),
        Article(
            id="a4banjir",
            title="Banjir di Samarinda",
            text="Banjir melanda Samarinda.",
            source=Source(published="2024-01-10"),
        ),
    ]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Starlette's TestClient warns that it wants httpx2 some day; nothing to act on here.
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.filterwarnings("ignore:Using .httpx."))


@pytest.fixture
def articles() -> list[Article]:
    return sample_articles()


def build_store(db: str):
    store = open_store(db)
    store.save_batch(sample_articles())
    with store.engine.begin() as conn:
        from kerjasama.store.users import add_user

        add_user(conn, "ana", PASSWORD)
    from kerjasama.web import link_views as links

    links.refresh(store)
    return store


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "web.db"
    build_store(str(path)).engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(pg_url: str) -> str:
    """The sample register in a PostgreSQL template database; returns its name."""
    name = "kerjasama_web_template"
    _pg_admin(pg_url, f"CREATE DATABASE {name}")
    build_store(_pg_database(pg_url, name)).engine.dispose()
    return name


def _pg_database(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + name


def _pg_admin(url: str, statement: str) -> None:
    from sqlalchemy import create_engine, text

    from kerjasama.store.store import database_url

    engine = create_engine(database_url(url))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(statement))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def web_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh copy of the sample register (with user "ana") for one test, on each backend."""
    if request.param == "sqlite":
        db = tmp_path / "web.db"
        shutil.copyfile(request.getfixturevalue("template_db"), db)
        return str(db)
    pg_url = request.getfixturevalue("pg_url")
    template = request.getfixturevalue("pg_template")
    name = f"kerjasama_web_{uuid.uuid4().hex[:12]}"
    _pg_admin(pg_url, f"CREATE DATABASE {name} TEMPLATE {template}")
    return _pg_database(pg_url, name)


@pytest.fixture
def client(web_db: str):
    from fastapi.testclient import TestClient

    from kerjasama.web import create_app

    with TestClient(create_app(web_db, secure_cookies=False)) as test_client:
        yield test_client


@pytest.fixture
def login():
    """`login(client)`: log in through the form; returns the CSRF token of the new session."""
    return log_in


@pytest.fixture
def password() -> str:
    return PASSWORD


def log_in(client, user: str = "ana", password: str = PASSWORD) -> str:
    """Log in through the form; returns the CSRF token of the new session."""
    token = client.get("/api/session").json()["csrf_token"]
    response = client.post(
        "/login",
        data={"username": user, "password": password, "csrf_token": token, "next": "/review"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return client.get("/api/session").json()["csrf_token"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


EXAMPLE = REPO / "examples" / "01_kaltim_sabah_loi.txt"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """A server over the sample register plus one example article ingested by the real CLI."""
    from support import run_cli

    db = str(tmp_path_factory.mktemp("served") / "served.db")
    build_store(db).engine.dispose()
    ingested = run_cli("ingest", "--db", db, "--published", "2023-05-04", str(EXAMPLE))
    assert ingested.returncode == 0, ingested.stderr
    for base in run_server(db):
        yield {"base": base, "db": db, "example": EXAMPLE}


def run_server(db: str, *args: str, env: dict | None = None) -> Iterator[str]:
    """`kerjasama serve` on a free loopback port; yields its base URL, stops it afterwards."""
    for base, _ in start_server(db, *args, env=env):
        yield base


@pytest.fixture
def server_with():
    """`server_with(db, *args, env=...)`: iterate once to get (base URL, process) of a
    `kerjasama serve` started with `args`; the server stops when the loop ends."""
    return start_server


@pytest.fixture
def sample_db(tmp_path: Path) -> str:
    """A SQLite file of the sample register (reviewer ana), the test's own."""
    db = str(tmp_path / "sample.db")
    build_store(db).engine.dispose()
    return db


def start_server(
    db: str, *args: str, env: dict | None = None
) -> Iterator[tuple[str, subprocess.Popen]]:
    """As `run_server`, yielding the server's process too; `args` go to `kerjasama serve`."""
    port = free_port()
    env = {**os.environ, "KERJASAMA_TODAY": TODAY, **(env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kerjasama", "serve", "--db", db, "--port", str(port), *args],
        cwd=REPO,
        env=env,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {proc.stderr.read().decode()}")
            try:
                httpx.get(base + "/static/style.css", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        yield base, proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)
