"""The town table: districts and urban villages of the Kemendagri data by name."""

from __future__ import annotations

from kerjasama.lang.id.towns import town_in, towns_named


def test_districts_and_urban_villages_with_their_regencies() -> None:
    assert [(t.level, t.codes) for t in towns_named("Kayu Aro")] == [(3, ("15.01",))]
    # "Kota Waingapu", a district of Sumba Timur, is the town Waingapu
    assert [t.codes for t in towns_named("waingapu")] == [("53.11",)]
    assert town_in("Wangi Wangi", {"74.07"}).name == "Wangi-Wangi"
    assert town_in("Kayu Aro", {"64.71"}) is None
    assert towns_named("Gedung Sate") == ()


def test_a_town_its_villages_divide_is_a_town() -> None:
    # "Takengon Timur" and "Takengon Barat" (rural villages of one district) divide Takengon
    assert [t.codes for t in towns_named("Takengon")] == [("11.04",)]
    assert [t.codes for t in towns_named("Kasongan")] == [("62.06",)]


def test_split_towns_need_two_villages_of_one_district_and_no_generic_base() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "build_towns.py"
    spec = importlib.util.spec_from_file_location("build_towns", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)

    def village(code: str, name: str) -> dict:
        return {"kode": code, "nama": name, "level": "4"}

    rows = [
        village("11.04.17.2001", "Takengon Timur"),
        village("11.04.17.2012", "Takengon Barat"),
        village("11.04.18.2001", "Bebesen Timur"),  # one village only
        village("11.04.18.2002", "Sungai Barat"),  # a generic first word
        village("11.04.18.2003", "Sungai Timur"),
        village("11.04.19.2001", "Mulia Jaya"),  # no split word
        village("11.04.19.2002", "Mulia Indah"),
    ]
    assert build.split_towns(rows) == [("Takengon", "11.04")]
