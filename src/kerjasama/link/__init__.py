"""Cross-article linking: canonical parties and people, partnerships threaded into timelines.

The library works on `kerjasama.article/1` records alone; the store and the CLI call it:

    result = build_links(articles, settings=LinkSettings(today=date(2025, 1, 1)))
    index = LinkIndex(); index.add(article); index.result()
"""

from kerjasama.link.build import LinkIndex, build_links
from kerjasama.link.entities import resolve_party
from kerjasama.link.models import (
    ArticleRef,
    CanonicalEntity,
    Event,
    LinkResult,
    LinkSettings,
    Partnership,
    PersonProfile,
    RoleSpan,
    Signals,
)
from kerjasama.link.query import filter_partnerships, find_people, partnership_summary

__all__ = [
    "ArticleRef",
    "CanonicalEntity",
    "Event",
    "LinkIndex",
    "LinkResult",
    "LinkSettings",
    "Partnership",
    "PersonProfile",
    "RoleSpan",
    "Signals",
    "build_links",
    "filter_partnerships",
    "find_people",
    "partnership_summary",
    "resolve_party",
]
