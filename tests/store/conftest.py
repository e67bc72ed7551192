"""Fixtures of the store's tests: a PostgreSQL database of a test's own."""

from __future__ import annotations

import uuid

import pytest


@pytest.fixture
def pg_fresh(pg_url: str):
    """A database of its own on the test server (the session's database holds other tests')."""
    import psycopg

    name = "mig_" + uuid.uuid4().hex[:8]
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    yield pg_url.rsplit("/", 1)[0] + "/" + name
