"""A partnership told over several articles, from ingest to `kerjasama partnerships`."""

from __future__ import annotations

import json
from pathlib import Path

STORY = [
    (
        "2023-03-02",
        "Samarinda (ANTARA) - Pemerintah Provinsi Kalimantan Timur (Kaltim) menjajaki "
        "kerja sama dengan Provinsi Anhui, China, di bidang investasi, Rabu (1/3).",
    ),
    (
        "2023-12-05",
        "Jakarta (ANTARA) - Pemprov Kaltim dan Provinsi Anhui menandatangani Letter of "
        "Intent (LoI) kerja sama investasi di Jakarta, Senin (4/12).",
    ),
    (
        "2023-12-05",
        "JAKARTA - Kalimantan Timur dan Provinsi Anhui meneken pernyataan kehendak "
        "kerja sama di Jakarta, Senin (4/12). Gubernur Kaltim Akmal Malik hadir.",
    ),
    (
        "2023-12-06",
        "Jakarta - The East Kalimantan provincial government signed a letter of intent "
        "with Anhui Province of China in Jakarta on Monday (Dec 4).",
    ),
    (
        "2024-06-11",
        "Samarinda - Pemprov Kaltim dan Pemerintah Provinsi Anhui menandatangani nota "
        "kesepahaman (MoU) kerja sama investasi dan pendidikan di Hefei, Senin (10/6).",
    ),
]
DOMESTIC = [
    (
        "2024-01-10",
        "Samarinda - Gubernur Kaltim dan Wali Kota Balikpapan menandatangani "
        "Kesepakatan Bersama pengelolaan air bersih di Samarinda, Selasa (9/1).",
    ),
    (
        "2024-03-06",
        "Balikpapan - Pemkot Balikpapan dan Pemprov Kaltim menandatangani perjanjian "
        "kerja sama (PKS) penyediaan air bersih di Balikpapan, Selasa (5/3).",
    ),
]


def write(folder: Path, items: list[tuple[str, str]], prefix: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        {"url": f"https://news.example/{prefix}/{i}", "published": day, "text": text}
        for i, (day, text) in enumerate(items)
    ]
    path = folder / f"{prefix}.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_story_becomes_one_partnership_with_a_timeline(cli, tmp_path: Path, db: str) -> None:
    res = cli(
        "ingest",
        "--db",
        db,
        str(write(tmp_path, STORY, "anhui")),
        str(write(tmp_path, DOMESTIC, "air")),
    )
    assert res.returncode == 0, res.stderr
    found = json.loads(cli("partnerships", "--db", db, "--format", "json").stdout)
    anhui = [p for p in found if {x["code"] for x in p["parties"]} == {"ID-KI", "CN-AH"}]
    assert len(anhui) == 1, found  # name variants (Pemprov Kaltim, East Kalimantan) are one party
    p = anhui[0]
    assert p["stage"] == "mou"
    timeline = [(e["date"], e["action"], e["instrument"]) for e in p["events"]]
    assert timeline == [
        ("2023-03-01", "explore", "none"),
        ("2023-12-04", "sign", "loi"),
        ("2024-06-10", "sign", "mou"),
    ]
    assert len(p["events"][1]["articles"]) == 3  # one signing, three outlets
    domestic = [p for p in found if {x["code"] for x in p["parties"]} == {"ID-KI", "64.71"}]
    assert [e["instrument"] for e in domestic[0]["events"]] == ["mou", "agreement"]
    assert domestic[0]["stage"] == "agreement"
    shown = cli("partnership", "--db", db, p["id"]).stdout.decode()
    assert "https://news.example/anhui/1" in shown and "sign · loi" in shown
    stage_filter = json.loads(
        cli("partnerships", "--db", db, "--stage", "agreement", "--format", "json").stdout
    )
    assert [x["id"] for x in stage_filter] == [domestic[0]["id"]]
    people = json.loads(cli("people", "--db", db, "Akmal", "--json").stdout)
    assert people[0]["name"] == "Akmal Malik"


def test_reingest_updates_partnerships_and_rebuild_gives_the_same(
    cli, tmp_path: Path, db: str
) -> None:
    first = write(tmp_path / "a", STORY[:2], "anhui")
    cli("ingest", "--db", db, str(first))
    before = json.loads(cli("partnerships", "--db", db, "--format", "json").stdout)
    assert [len(p["events"]) for p in before] == [2]
    cli("ingest", "--db", db, str(write(tmp_path / "b", STORY, "anhui")))
    after = json.loads(cli("partnerships", "--db", db, "--format", "json").stdout)
    assert after[0]["id"] == before[0]["id"] and len(after[0]["events"]) == 3
    relinked = cli("relink", "--db", db)
    assert "0 added, 0 changed, 0 removed" in relinked.stderr.decode()
    assert json.loads(cli("partnerships", "--db", db, "--format", "json").stdout) == after
