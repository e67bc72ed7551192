"""Read a news web page: main text, title and publication date via trafilatura."""

from __future__ import annotations

import re

import trafilatura

from kerjasama.errors import SourceError
from kerjasama.sources.model import RawArticle

_WORDS = re.compile(r"[^\W\d_]{2,}")


def html_to_article(html: str, where: str, **meta: object) -> RawArticle:
    """Extract the story of one HTML page; the headline line repeated in the body is dropped."""
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=False,
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise SourceError(where, f"cannot parse HTML ({exc.__class__.__name__}: {exc})") from exc
    text = (doc.text if doc is not None else None) or ""
    if len(_WORDS.findall(text)) < 3:
        raise SourceError(where, "HTML page has no readable article text")
    title = (doc.title or None) if doc is not None else None
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        text = "\n".join(lines[1:]).lstrip("\n")
    published = meta.pop("published", None) or (doc.date if doc is not None else None)
    url = meta.pop("url", None) or (doc.url if doc is not None else None)
    return RawArticle(
        text=text,
        title=meta.pop("title", None) or title,
        published=published,
        url=url,
        **meta,  # type: ignore[arg-type]
    )
