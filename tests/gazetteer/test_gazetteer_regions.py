"""The Indonesian regions of the gazetteer agree with the Kemendagri data in ../shared."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kerjasama.gazetteer import load_gazetteer
from kerjasama.gazetteer.normalize import fold

KEMENDAGRI = Path("data") / "regions" / "kemendagri_2025_cahyadsn"
# Canonical names that deliberately differ from the Kemendagri wording (the Kemendagri name is
# then an alias).
RENAMED = {"31": "Provinsi DKI Jakarta"}
ISO_3166_2 = {
    "11": "ID-AC", "12": "ID-SU", "13": "ID-SB", "14": "ID-RI", "15": "ID-JA", "16": "ID-SS",
    "17": "ID-BE", "18": "ID-LA", "19": "ID-BB", "21": "ID-KR", "31": "ID-JK", "32": "ID-JB",
    "33": "ID-JT", "34": "ID-YO", "35": "ID-JI", "36": "ID-BT", "51": "ID-BA", "52": "ID-NB",
    "53": "ID-NT", "61": "ID-KB", "62": "ID-KT", "63": "ID-KS", "64": "ID-KI", "65": "ID-KU",
    "71": "ID-SA", "72": "ID-ST", "73": "ID-SN", "74": "ID-SG", "75": "ID-GO", "76": "ID-SR",
    "81": "ID-MA", "82": "ID-MU", "91": "ID-PA", "92": "ID-PB", "93": "ID-PS", "94": "ID-PT",
    "95": "ID-PE", "96": "ID-PD",
}  # fmt: skip


@pytest.fixture
def kemendagri(shared: Path) -> Path:
    folder = shared / KEMENDAGRI
    if not folder.is_dir():
        pytest.skip(f"Kemendagri region data not found at {folder}")
    return folder


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_all_38_provinces_match_kemendagri(kemendagri: Path) -> None:
    gaz = load_gazetteer()
    rows = read_csv(kemendagri / "provinces.csv")
    assert len(rows) == 38
    assert len(list(gaz.entries("province"))) == 38
    for row in rows:
        entry = gaz.get(f"id:{row['kode']}")
        assert entry is not None, row
        assert entry.kind == "province"
        assert entry.kemendagri == row["kode"]
        assert entry.country == "ID" and entry.parent is None
        assert entry.name == RENAMED.get(row["kode"], f"Provinsi {row['nama']}")
        assert fold(row["nama"]) in {fold(a) for a in entry.aliases}


def test_all_514_regencies_and_cities_match_kemendagri(kemendagri: Path) -> None:
    gaz = load_gazetteer()
    rows = read_csv(kemendagri / "regencies_cities.csv")
    assert len(rows) == 514
    ours = [*gaz.entries("regency"), *gaz.entries("city")]
    assert sorted(e.code for e in ours) == sorted(r["kode"] for r in rows)
    kinds = {"kabupaten": "regency", "kota": "city"}
    for row in rows:
        entry = gaz.get(f"id:{row['kode']}")
        assert entry is not None, row
        assert entry.kind == kinds[row["jenis"]], row
        assert entry.code == entry.kemendagri == row["kode"]
        assert entry.parent == f"id:{row['kode_provinsi']}"
        assert entry.country == "ID"
        assert entry.name == " ".join(row["nama"].split()), row


def test_iso_codes_of_all_provinces() -> None:
    gaz = load_gazetteer()
    codes = {e.kemendagri: e.code for e in gaz.entries("province")}
    assert codes == ISO_3166_2


def test_iso_codes_agree_with_pycountry() -> None:
    pycountry = pytest.importorskip("pycountry")
    known = {s.code for s in pycountry.subdivisions.get(country_code="ID")}
    gaz = load_gazetteer()
    assert {e.code for e in gaz.entries("province")} <= known


def test_bare_names_and_short_forms() -> None:
    gaz = load_gazetteer()
    kaltim = gaz.get("id:64")
    assert kaltim is not None
    assert {"Kalimantan Timur", "Kaltim", "Benua Etam", "East Kalimantan"} <= set(kaltim.aliases)
    kukar = gaz.get("id:64.02")
    assert kukar is not None and kukar.name == "Kabupaten Kutai Kartanegara"
    assert {"Kutai Kartanegara", "Kukar"} <= set(kukar.aliases)
    assert gaz.get("id:64.72").name == "Kota Samarinda"  # type: ignore[union-attr]
