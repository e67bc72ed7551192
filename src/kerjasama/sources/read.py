"""Walk the paths a user gives and yield raw articles, or an error per bad input."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kerjasama.errors import SourceError
from kerjasama.sources.decode import MAX_BYTES, decode_bytes
from kerjasama.sources.html import html_to_article
from kerjasama.sources.model import RawArticle
from kerjasama.sources.records import read_csv, read_json, read_jsonl

SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
}
STDIN = "-"
# Formats that are not text, known by their first bytes: refused with their name.
MAGIC = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"{\\rtf": "an RTF document",
    b"\xd0\xcf\x11\xe0": "an Office document",
}
Warn = Callable[[str], None]


def _stderr_warning(message: str) -> None:
    sys.stderr.write(f"warning: {message}\n")


def read_sources(
    paths: Iterable[str],
    *,
    published: str | None = None,
    url: str | None = None,
    stdin_format: str = "txt",
    on_warning: Warn = _stderr_warning,
) -> Iterator[RawArticle | SourceError]:
    """Yield every article under `paths` (files, directories recursively, `-` for stdin).

    `published` and `url` fill metadata for plain files that have none. Files a directory
    holds in formats that are not read are named in a warning, never skipped in silence.
    """
    for raw in paths:
        if raw == STDIN:
            data = sys.stdin.buffer.read()
            yield from _read_data(data, "<stdin>", stdin_format, published, url)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_directory(path, published, url, on_warning)
        else:
            if path.suffix.lower() not in SUFFIXES and path.is_file():
                on_warning(
                    f"{path}: unknown file type {path.suffix or '(no suffix)'!s}; read as text"
                )
            yield from read_file(path, published=published, url=url)


def _read_directory(
    path: Path, published: str | None, url: str | None, on_warning: Warn
) -> Iterator[RawArticle | SourceError]:
    files: list[Path] = []
    skipped: Counter[str] = Counter()
    unreadable: list[SourceError] = []

    def walk_error(exc: OSError) -> None:
        problem = "permission denied" if isinstance(exc, PermissionError) else exc.strerror
        unreadable.append(
            SourceError(exc.filename or str(path), f"cannot read directory ({problem})")
        )

    for root, dirs, names in os.walk(path, onerror=walk_error):
        dirs.sort()
        for name in names:
            file = Path(root, name)
            if file.suffix.lower() in SUFFIXES:
                files.append(file)
            elif not name.startswith("."):
                skipped[file.suffix.lower() or "(no suffix)"] += 1
    yield from unreadable
    if skipped:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(skipped.items()))
        on_warning(
            f"{path}: skipped {sum(skipped.values())} file(s) of types not read ({kinds}); "
            "name a file to read it as text"
        )
    if not files and not unreadable:
        yield SourceError(str(path), "directory holds no .txt, .html, .json, .jsonl or .csv files")
    for file in sorted(files):
        yield from read_file(file, published=published, url=url)


def read_file(
    path: Path, *, published: str | None = None, url: str | None = None
) -> Iterator[RawArticle | SourceError]:
    """Read one file by its suffix (unknown suffixes are read as plain text)."""
    where = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise SourceError(where, "not a regular file")
        kind = SUFFIXES.get(path.suffix.lower(), "txt")
        # JSON Lines and CSV hold many articles, so only per-article text is capped for them.
        limit = MAX_BYTES if kind in ("txt", "html") else 1024 * MAX_BYTES
        if size > limit:
            raise SourceError(where, f"file is {size / 1e6:.1f} MB, over the 5 MB limit for text")
        data = path.read_bytes()
    except FileNotFoundError:
        yield SourceError(where, "no such file or directory")
        return
    except PermissionError:
        yield SourceError(where, "permission denied")
        return
    except SourceError as exc:
        yield exc
        return
    except OSError as exc:
        yield SourceError(where, f"cannot read ({os.strerror(exc.errno or 0) or exc})")
        return
    yield from _read_data(data, where, kind, published, url)


def _read_data(
    data: bytes, where: str, kind: str, published: str | None, url: str | None
) -> Iterator[RawArticle | SourceError]:
    warnings: list[str] = []
    try:
        for magic, what in MAGIC.items():
            if data.startswith(magic):
                raise SourceError(
                    where, f"binary file ({what}), not text; convert it to text first"
                )
        if kind in ("jsonl", "json", "csv"):
            if not data.strip():
                raise SourceError(where, "file is empty")
            if b"\x00" in data[:8192]:
                raise SourceError(where, "binary file (contains NUL bytes), not text")
            text = _decode_container(data, where, warnings)
        else:
            text = decode_bytes(data, where, warnings)
    except SourceError as exc:
        yield exc
        return
    path = None if where == "<stdin>" else where
    if kind == "jsonl":
        items: Iterator[RawArticle | SourceError] = read_jsonl(text, where)
    elif kind == "json":
        items = read_json(text, where)
    elif kind == "csv":
        items = read_csv(text, where)
    elif kind == "html":
        try:
            items = iter([html_to_article(text, where, published=published, url=url)])
        except SourceError as exc:
            items = iter([exc])
    else:
        items = iter([RawArticle(text=text, published=published, url=url)])
    for item in items:
        if isinstance(item, RawArticle):
            item.path = path
            item.warnings.extend(warnings)
            item.published = item.published or published
            item.url = item.url or (url if kind in ("txt", "html") else None)
        yield item


def _decode_container(data: bytes, where: str, warnings: list[str]) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warnings.append(f"{where}: not valid UTF-8 (byte {exc.start}); read as cp1252")
        return data.decode("cp1252", errors="replace")
