"""The gazetteer's data files hold together: kinds, references, codes and the licence notice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kerjasama.gazetteer import GazetteerDataError, load_gazetteer
from kerjasama.gazetteer.loader import data_dir, load_data, split_aliases
from kerjasama.record import PARTY_KINDS


def test_kinds_are_party_kinds() -> None:
    assert {e.kind for e in load_gazetteer().entries()} <= set(PARTY_KINDS)


def test_parents_and_members_exist() -> None:
    gaz = load_gazetteer()
    for entry in gaz.entries():
        assert entry.parent is None or gaz.get(entry.parent) is not None, entry.key
        for member in entry.members:
            assert gaz.get(member) is not None, (entry.key, member)


def test_codes_have_the_documented_shapes() -> None:
    shapes = {
        "province": r"ID-[A-Z]{2}",
        "regency": r"\d\d\.\d\d",
        "city": r"\d\d\.\d\d",
        "country": r"[A-Z]{2}",
        "foreign_region": r"[A-Z]{2}-[A-Z0-9]{1,3}",
    }
    for entry in load_gazetteer().entries():
        shape = shapes.get(entry.kind)
        if shape is None:
            assert entry.code is None, entry.key
        else:
            assert entry.code and re.fullmatch(shape, entry.code), entry.key


def test_foreign_regions_and_cities_carry_their_country() -> None:
    gaz = load_gazetteer()
    for kind in ("foreign_region", "foreign_city"):
        for entry in gaz.entries(kind):
            assert entry.country and gaz.get(f"country:{entry.country}"), entry.key
            assert entry.code is None or entry.code.startswith(entry.country + "-")


def test_every_entry_has_a_name_and_an_alias() -> None:
    for entry in load_gazetteer().entries():
        assert entry.name.strip() and entry.aliases, entry.key


def test_notice_keeps_the_mit_licence_of_the_region_data() -> None:
    notice = (data_dir() / "NOTICE.txt").read_text(encoding="utf-8")
    assert "Copyright (c) 2017-2025 Cahya DSN" in notice
    header = (data_dir() / "id_regions.tsv").read_text(encoding="utf-8")[:2000]
    assert "Copyright (c) 2017-2025 Cahya DSN" in header


def test_alias_markers() -> None:
    assert split_aliases("=Kaltim|Benua Etam| ~Batu |!Kota Baru") == [
        ("Kaltim", "exact"),
        ("Benua Etam", None),
        ("Batu", "risky"),
        ("Kota Baru", "form"),
    ]


def test_unknown_overlay_key_is_reported(tmp_path: Path) -> None:
    for source in data_dir().iterdir():
        (tmp_path / source.name).write_bytes(source.read_bytes())
    with (tmp_path / "country_aliases.tsv").open("a", encoding="utf-8") as handle:
        handle.write("country:XX\t\tNowhere\n")
    with pytest.raises(GazetteerDataError, match="country:XX"):
        load_data(tmp_path)


def test_the_world_towns_table_knows_towns_by_country_the_largest_first() -> None:
    from kerjasama.gazetteer.world_towns import towns_named, world_towns

    assert towns_named("Kathmandu", {"NP"}).country == "NP"
    assert towns_named("Kathmandu", {"IN"}) is None  # only in the countries asked for
    sizes = [t.population for t in world_towns()["brighton"]]
    assert sizes == sorted(sizes, reverse=True)
    assert towns_named("Brighton", {"GB", "US"}).country == "GB"
    assert all(t.country != "ID" for ts in world_towns().values() for t in ts)


def test_moroccos_and_nepals_regions_are_known() -> None:
    from kerjasama.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert gaz.lookup("Souss-Massa").code == "MA-09"
    assert gaz.lookup("Provinsi Bagmati").code == "NP-P3"
