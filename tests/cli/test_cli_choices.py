"""Codes are accepted as the web app labels them; partnership ids take unique prefixes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ARTICLES = [
    (
        "https://a.test/1",
        "Samarinda - Pemerintah Provinsi Kalimantan Timur menandatangani nota kesepahaman dengan "
        "Pemerintah Kota Balikpapan tentang pariwisata dan pendidikan, Selasa (5/3/2024).",
    ),
    (
        "https://a.test/2",
        "Makassar - Pemerintah Provinsi Sulawesi Selatan menandatangani nota kesepahaman dengan "
        "Pemerintah Provinsi Jawa Timur tentang perdagangan, Rabu (6/3/2024).",
    ),
]


@pytest.fixture
def register(cli, db: str, tmp_path: Path) -> str:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"url": u, "text": t}) + "\n" for u, t in ARTICLES), encoding="utf-8"
    )
    assert cli("ingest", "--db", db, str(src)).returncode == 0
    return db


@pytest.mark.parametrize(
    "options",
    [
        ["--instrument", "MoU"],
        ["--instrument", "nota kesepahaman"],
        ["--sector", "pariwisata"],
        ["--sector", "Tourism"],
        ["--action", "Penandatanganan"],
    ],
)
def test_labels_name_codes(cli, register: str, options: list[str]) -> None:
    res = cli("search", "--db", register, *options, "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["total"] >= 1


def test_an_unknown_label_lists_the_codes(cli, register: str) -> None:
    res = cli("search", "--db", register, "--instrument", "surat")
    assert res.returncode == 2
    assert "loi, mou, agreement, none" in res.stderr.decode()


def test_partnership_ids_by_unique_prefix(cli, register: str) -> None:
    listed = json.loads(cli("partnerships", "--db", register, "--format", "json").stdout)
    ids = sorted(p["id"] for p in listed)
    assert len(ids) == 2
    for pid in ids:
        n = next(k for k in range(3, len(pid)) if sum(i.startswith(pid[:k]) for i in ids) == 1)
        res = cli("partnership", "--db", register, pid[:n], "--json")
        assert res.returncode == 0, res.stderr
        assert json.loads(res.stdout)["id"] == pid
        bare = pid.removeprefix("p-")[:3]
        if sum(i.removeprefix("p-").startswith(bare) for i in ids) == 1:
            assert cli("partnership", "--db", register, bare, "--json").returncode == 0
    res = cli("partnership", "--db", register, "p-")
    assert res.returncode == 1
    assert "ambiguous" in res.stderr.decode() and all(i in res.stderr.decode() for i in ids)
