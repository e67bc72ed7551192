"""The register's store: SQLite (FTS5) by default, PostgreSQL by URL; callers see one Store."""

from kerjasama.store.store import Store, open_store

__all__ = ["Store", "open_store"]
