"""The exporter interface and the registry of formats."""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO, ClassVar

from kerjasama.record import Article


class Exporter:
    """Writes records to a binary stream in one format."""

    name: ClassVar[str]
    suffix: ClassVar[str]
    binary_only: ClassVar[bool] = False

    def write(self, records: Iterable[Article], out: BinaryIO) -> int:
        """Write every record; returns how many articles were written."""
        raise NotImplementedError


EXPORTERS: dict[str, type[Exporter]] = {}


def register(cls: type[Exporter]) -> type[Exporter]:
    EXPORTERS[cls.name] = cls
    return cls


def get_exporter(name: str) -> Exporter:
    from kerjasama.export import tables  # noqa: F401  (registers csv, xlsx, jsonl)

    try:
        return EXPORTERS[name]()
    except KeyError:
        raise ValueError(
            f"unknown export format {name!r} (choose {', '.join(sorted(EXPORTERS))})"
        ) from None
