"""Read articles from JSON Lines and CSV files (fields url, title, published, text|content|html)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from kerjasama.errors import SourceError
from kerjasama.sources.decode import check_text
from kerjasama.sources.html import html_to_article
from kerjasama.sources.model import RawArticle

TEXT_FIELDS = ("text", "content")
KNOWN_FIELDS = {"url", "title", "published", "text", "content", "html"}


def row_to_article(row: dict, path: str, line: int) -> RawArticle:
    """One JSON object or CSV row as an article; unknown fields are kept as metadata."""
    where = f"{path}:{line}"
    meta = {k: v for k, v in row.items() if k not in KNOWN_FIELDS and v not in (None, "")}
    url = _str_or_none(row.get("url"))
    title = _str_or_none(row.get("title"))
    published = _str_or_none(row.get("published"))
    for name in TEXT_FIELDS:
        value = row.get(name)
        if isinstance(value, str) and value.strip():
            text = check_text(value, where)
            return RawArticle(
                text=text,
                path=path,
                line=line,
                url=url,
                title=title,
                published=published,
                metadata=meta,
            )
    html = row.get("html")
    if isinstance(html, str) and html.strip():
        check_text(html, where)
        art = html_to_article(html, where, url=url, title=title, published=published)
        art.path, art.line, art.metadata = path, line, meta
        return art
    raise SourceError(path, "no text: expected a non-empty 'text', 'content' or 'html' field", line)


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_jsonl(text: str, path: str) -> Iterator[RawArticle | SourceError]:
    """Each non-blank line one JSON object; a bad line is reported and the rest goes on."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(path, f"malformed JSON ({exc.msg} at column {exc.colno})", number)
            continue
        if not isinstance(row, dict):
            yield SourceError(path, "JSON line is not an object", number)
            continue
        try:
            yield row_to_article(row, path, number)
        except SourceError as exc:
            yield exc


def read_csv(text: str, path: str) -> Iterator[RawArticle | SourceError]:
    """A CSV with a header row; it must have a text, content or html column."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = {c.strip().lower() for c in (reader.fieldnames or [])}
    if not columns & {"text", "content", "html"}:
        found = ", ".join(sorted(columns)) or "none"
        yield SourceError(
            path, f"CSV has no text column (need text, content or html; found {found})"
        )
        return
    try:
        for row in reader:
            line = reader.line_num
            clean = {(k or "").strip().lower(): v for k, v in row.items() if k is not None}
            try:
                yield row_to_article(clean, path, line)
            except SourceError as exc:
                yield exc
    except csv.Error as exc:
        yield SourceError(path, f"malformed CSV ({exc})", reader.line_num)
