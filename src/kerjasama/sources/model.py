"""The raw article a source reader yields, before any extraction."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class RawArticle:
    """Text and metadata of one article as read from its source."""

    text: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    line: int | None = None
    metadata: dict[str, object] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        """Where the article came from, for messages: `file`, `file:line` or `<stdin>`."""
        base = self.path or "<stdin>"
        return f"{base}:{self.line}" if self.line is not None else base
