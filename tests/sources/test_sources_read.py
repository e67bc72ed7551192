"""Reading every input kind, and a clear error for every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

from kerjasama.errors import SourceError
from kerjasama.sources import RawArticle, read_sources

ARTICLE = (
    "Samarinda (ANTARA) - Pemerintah Kota Samarinda menandatangani nota kesepahaman dengan "
    "Kota Kitakyushu, Jepang, di Samarinda, Kamis (4/5).\n"
    "Wali Kota Samarinda Rahmat Hidayat mengatakan kerja sama itu meliputi pengelolaan sampah.\n"
)


def _read(*paths: Path | str, **kw) -> tuple[list[RawArticle], list[SourceError]]:
    items = list(read_sources([str(p) for p in paths], **kw))
    return (
        [i for i in items if isinstance(i, RawArticle)],
        [i for i in items if isinstance(i, SourceError)],
    )


def test_text_file_with_metadata_options(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    arts, errs = _read(f, published="2023-05-04", url="https://example.org/a")
    assert not errs
    assert arts[0].text.startswith("Samarinda (ANTARA)")
    assert arts[0].published == "2023-05-04"
    assert arts[0].url == "https://example.org/a"
    assert arts[0].path == str(f)


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(ARTICLE + "b", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE + "a", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    arts, errs = _read(tmp_path)
    assert not errs
    assert [Path(a.path).name for a in arts] == ["b.txt", "a.txt"]


def test_html_page_gives_text_title_and_date(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Samarinda jalin kerja sama dengan Kitakyushu</title>"
        '<meta property="article:published_time" content="2023-05-05T09:00:00+08:00"></head>'
        "<body><nav><a href='/'>Beranda</a> <a href='/x'>Politik</a></nav><article>"
        "<h1>Samarinda jalin kerja sama dengan Kitakyushu</h1>"
        f"<p>{ARTICLE.splitlines()[0]}</p><p>{ARTICLE.splitlines()[1]}</p></article>"
        "<footer>Hak cipta 2023</footer></body></html>"
    )
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    arts, errs = _read(f)
    assert not errs
    assert arts[0].title == "Samarinda jalin kerja sama dengan Kitakyushu"
    assert arts[0].published == "2023-05-05"
    assert "Kitakyushu" in arts[0].text and "Beranda" not in arts[0].text


def test_jsonl_fields_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    rows = [
        {
            "url": "https://x.id/1",
            "title": "Satu",
            "published": "2023-01-02",
            "text": ARTICLE,
            "kategori": "daerah",
        },
        {"url": "https://x.id/2", "content": ARTICLE + "dua"},
        {
            "url": "https://x.id/3",
            "html": f"<html><body><article><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body>",
        },
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    arts, errs = _read(f)
    assert not errs
    assert [a.url for a in arts] == ["https://x.id/1", "https://x.id/2", "https://x.id/3"]
    assert arts[0].metadata == {"kategori": "daerah"}
    assert arts[0].line == 1 and arts[2].line == 3


def test_csv_with_content_column(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text(
        'url,title,published,content\nhttps://x.id/1,Satu,2023-01-02,"' + ARTICLE + '"\n',
        encoding="utf-8",
    )
    arts, errs = _read(f)
    assert not errs and arts[0].title == "Satu" and "Kitakyushu" in arts[0].text


def test_stdin(monkeypatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    arts, errs = _read("-")
    assert not errs and arts[0].path is None and "Kitakyushu" in arts[0].text


# -- bad input -----------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"  \n")
    _, errs = _read(f)
    assert str(errs[0]) == f"{f}: file is empty"


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    _, errs = _read(f)
    assert "binary file" in str(errs[0]) and str(f) in str(errs[0])


def test_huge_file(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    f.write_bytes(b"kerja sama " * 500_000)
    _, errs = _read(f)
    assert "over the 5 MB limit" in str(errs[0])


def test_invalid_utf8_falls_back_to_cp1252_with_warning(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Kerja sama dengan Düsseldorf “resmi”.".encode("cp1252"))
    arts, errs = _read(f)
    assert not errs
    assert "Düsseldorf “resmi”" in arts[0].text
    assert any("read as cp1252" in w for w in arts[0].warnings)


def test_malformed_json_line_names_the_line_and_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text(
        json.dumps({"text": ARTICLE})
        + "\n{not json\n[1, 2]\n"
        + json.dumps({"title": "no text"})
        + "\n"
        + json.dumps({"text": ARTICLE + "x"})
        + "\n",
        encoding="utf-8",
    )
    arts, errs = _read(f)
    assert len(arts) == 2
    messages = [str(e) for e in errs]
    assert messages[0].startswith(f"{f}:2: malformed JSON")
    assert messages[1] == f"{f}:3: JSON line is not an object"
    assert messages[2].startswith(f"{f}:4: no text")


def test_csv_without_text_column(tmp_path: Path) -> None:
    f = tmp_path / "bad.csv"
    f.write_text("url,title\nhttps://x.id,Judul\n", encoding="utf-8")
    arts, errs = _read(f)
    assert not arts
    assert (
        str(errs[0])
        == f"{f}: CSV has no text column (need text, content or html; found title, url)"
    )


def test_unreadable_paths(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        arts, errs = _read(missing, locked)
    finally:
        locked.chmod(0o644)
    assert str(errs[0]) == f"{missing}: no such file or directory"
    import os

    if os.geteuid() != 0:  # root reads any file
        assert str(errs[1]) == f"{locked}: permission denied"


def test_broken_html_is_an_error_not_a_crash(tmp_path: Path) -> None:
    f = tmp_path / "broken.html"
    f.write_text("<html><body><div><<<>>> <p></div></span>", encoding="utf-8")
    _, errs = _read(f)
    assert "HTML page has no readable article text" in str(errs[0])
