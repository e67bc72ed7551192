"""Exceptions with messages a user can act on; the CLI turns them into one line each."""

from __future__ import annotations


class KerjasamaError(Exception):
    """Base class for every error the CLI reports as one line."""


class SourceError(KerjasamaError):
    """An input that cannot be read as an article: names the file, the line and the problem."""

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class StoreError(KerjasamaError):
    """The database cannot be opened, migrated or written."""


class GoldError(KerjasamaError):
    """A gold file for `kerjasama eval` is malformed."""
