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
from kerjasama.text.dates import parse_published

TEXT_FIELDS = ("text", "content")
KNOWN_FIELDS = {"url", "title", "published", "text", "content", "html"}


def row_to_article(row: dict, path: str, line: int) -> RawArticle:
    """One JSON object or CSV row as an article; unknown fields are kept as metadata."""
    where = f"{path}:{line}" if line is not None else path
    warnings: list[str] = []
    meta = {k: v for k, v in row.items() if k not in KNOWN_FIELDS and v not in (None, "")}
    url = _field(row, "url", where, warnings)
    title = _field(row, "title", where, warnings)
    published = _published(_field(row, "published", where, warnings), where, warnings)
    for name in (*TEXT_FIELDS, "html"):
        value = row.get(name)
        if value is not None and not isinstance(value, str):
            raise SourceError(path, f"field {name!r} is {_kind(value)}, not text", line)
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
                warnings=warnings,
            )
    html = row.get("html")
    if isinstance(html, str) and html.strip():
        check_text(html, where)
        art = html_to_article(html, where, url=url, title=title, published=published)
        art.path, art.line, art.metadata = path, line, meta
        art.warnings.extend(warnings)
        return art
    raise SourceError(path, "no text: expected a non-empty 'text', 'content' or 'html' field", line)


def _kind(value: object) -> str:
    names = {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "an object",
    }
    return names.get(type(value), type(value).__name__)


def _field(row: dict, name: str, where: str, warnings: list[str]) -> str | None:
    """A metadata field that must be text: anything else is left out with a warning."""
    value = row.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        warnings.append(f"{where}: field {name!r} is {_kind(value)}, not text; left out")
        return None
    return value.strip() or None


def _published(value: str | None, where: str, warnings: list[str]) -> str | None:
    """A publication date the extractor can read; anything else is left out with a warning."""
    if value is None:
        return None
    if parse_published(value) is None:
        warnings.append(f"{where}: published {value!r} is not a date; left out")
        return None
    return value


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
        except RecursionError:
            yield SourceError(path, "malformed JSON (nested too deeply)", number)
            continue
        yield from _objects([row], path, number, "JSON line")


def read_json(text: str, path: str) -> Iterator[RawArticle | SourceError]:
    """A JSON file: one article object, or an array of article objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield SourceError(path, f"malformed JSON ({exc.msg} at line {exc.lineno})")
        return
    except RecursionError:
        yield SourceError(path, "malformed JSON (nested too deeply)")
        return
    if isinstance(data, list):
        for i, row in enumerate(data, start=1):
            yield from _objects([row], f"{path}[{i}]", None, "array item")
    else:
        yield from _objects([data], path, None, "JSON file")


def _objects(
    rows: list, path: str, line: int | None, what: str
) -> Iterator[RawArticle | SourceError]:
    for row in rows:
        if not isinstance(row, dict):
            yield SourceError(path, f"{what} is not an object", line)
            continue
        try:
            yield row_to_article(row, path, line)
        except SourceError as exc:
            yield exc
        except RecursionError:
            yield SourceError(path, "nested too deeply", line)


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
