"""Bad input is named, never guessed at, and costs only itself (issue: trust under misuse)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOOD = (
    "Samarinda - Pemerintah Provinsi Kalimantan Timur menandatangani nota kesepahaman dengan "
    "Pemerintah Kota Balikpapan tentang pendidikan, Selasa (5/3/2024)."
)


def _line(**fields) -> str:
    return json.dumps({"text": GOOD, **fields}) + "\n"


def test_a_deeply_nested_line_costs_only_itself(cli, db: str, tmp_path: Path) -> None:
    deep = '{"text": "x", "meta": ' + "[" * 1500 + "]" * 1500 + "}\n"
    src = tmp_path / "mixed.jsonl"
    src.write_text(
        _line(url="https://a.test/1") + deep + _line(url="https://a.test/2", text=GOOD + " Lagi."),
        encoding="utf-8",
    )
    res = cli("ingest", "--db", db, str(src))
    assert res.returncode == 1
    err = res.stderr.decode()
    assert f"{src}:2: malformed JSON (nested too deeply)" in err
    assert "internal error" not in err
    assert "new: 2" in res.stdout.decode()


def test_fields_of_the_wrong_type_are_named(cli, tmp_path: Path) -> None:
    src = tmp_path / "typed.jsonl"
    src.write_text(
        _line(url=5, title=["a"], published="bukan tanggal") + _line(text=["not", "text"]),
        encoding="utf-8",
    )
    res = cli("extract", str(src))
    err = res.stderr.decode()
    assert "field 'url' is a number, not text; left out" in err
    assert "field 'title' is a list, not text; left out" in err
    assert "published 'bukan tanggal' is not a date; left out" in err
    assert f"{src}:2: field 'text' is a list, not text" in err
    assert res.returncode == 1
    rec = json.loads(res.stdout.decode().splitlines()[0])
    assert rec["source"]["url"] is None and rec["title"] is None


def test_a_bad_published_option_is_refused(cli, db: str, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    for command in (["extract"], ["ingest", "--db", db]):
        res = cli(*command, "--published", "2024-13-45", str(src))
        assert res.returncode == 2
        assert "--published '2024-13-45' is not a date" in res.stderr.decode()


def test_a_directory_names_what_it_skips(cli, db: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "notes.md").write_text("# catatan", encoding="utf-8")
    (folder / "README").write_text("lihat", encoding="utf-8")
    res = cli("ingest", "--db", db, str(folder))
    assert res.returncode == 0
    assert "skipped 2 file(s) of types not read (1 (no suffix), 1 .md)" in res.stderr.decode()


def test_json_arrays_of_articles_are_read(cli, tmp_path: Path) -> None:
    src = tmp_path / "batch.json"
    src.write_text(
        json.dumps([{"url": "https://a.test/1", "text": GOOD}, {"url": "https://a.test/2"}]),
        encoding="utf-8",
    )
    res = cli("extract", str(src))
    assert res.returncode == 1  # the second object has no text
    assert f"{src}[2]: no text" in res.stderr.decode()
    recs = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert [r["source"]["url"] for r in recs] == ["https://a.test/1"]
    assert recs[0]["is_cooperation"] is True


def test_a_pdf_is_refused_even_without_nul_bytes(cli, tmp_path: Path) -> None:
    src = tmp_path / "siaran.pdf"
    src.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    res = cli("extract", str(src))
    assert res.returncode == 1
    assert f"{src}: binary file (a PDF document), not text" in res.stderr.decode()
    assert not res.stdout.strip()


def test_an_unknown_suffix_is_read_as_text_with_a_warning(cli, tmp_path: Path) -> None:
    src = tmp_path / "berita.md"
    src.write_text(GOOD, encoding="utf-8")
    res = cli("extract", str(src))
    assert res.returncode == 0
    assert "unknown file type .md; read as text" in res.stderr.decode()


@pytest.mark.skipif(
    __import__("os").geteuid() == 0, reason="root reads every directory, whatever its mode"
)
def test_an_unreadable_directory_says_so(cli, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    folder.chmod(0)
    try:
        res = cli("extract", str(folder))
    finally:
        folder.chmod(0o755)
    assert "permission denied" in res.stderr.decode()
