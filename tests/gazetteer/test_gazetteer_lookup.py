"""Gazetteer.lookup(), get() and entries(): one name, with or without its government form."""

from __future__ import annotations

import pytest

from kerjasama.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Pemprov Kaltim", "id:64"),
        ("Provinsi Kalimantan Timur", "id:64"),
        ("East Kalimantan", "id:64"),
        ("Benua Etam", "id:64"),
        ("Provinsi Anhui", "region:CN-AH"),
        ("Anhui Province", "region:CN-AH"),
        ("Anhui", "region:CN-AH"),
        ("Kota Samarinda", "id:64.72"),
        ("Pemerintah Kota Surabaya", "id:35.78"),
        ("Kota Pahlawan", "id:35.78"),
        ("Kab. Kukar", "id:64.02"),
        ("Tiongkok", "country:CN"),
        ("Republik Rakyat Tiongkok", "country:CN"),
        ("Korea Selatan", "country:KR"),
        ("South Korea", "country:KR"),
        ("Korea", "country:KR"),
        ("Kemenlu", "body:kemenlu"),
        ("Kementerian Luar Negeri Republik Indonesia", "body:kemenlu"),
        ("Gyeonggi-do", "region:KR-41"),
        ("MIKTA", "body:mikta"),
    ],
)
def test_lookup(name: str, key: str) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.key == key


def test_lookup_is_case_and_accent_insensitive() -> None:
    gaz = load_gazetteer()
    assert gaz.lookup("kaltim") == gaz.lookup("KALTIM") == gaz.get("id:64")
    assert gaz.lookup("Zurich") == gaz.lookup("Zürich") == gaz.get("city:ch-zurich")


def test_lookup_with_kind_picks_the_namesake() -> None:
    gaz = load_gazetteer()
    assert gaz.lookup("Bandung").key == "id:32.73"  # type: ignore[union-attr]
    assert gaz.lookup("Bandung", kind="regency").key == "id:32.04"  # type: ignore[union-attr]
    assert gaz.lookup("Osaka").key == "city:jp-osaka"  # type: ignore[union-attr]
    assert gaz.lookup("Osaka", kind="foreign_region").key == "region:JP-27"  # type: ignore[union-attr]
    assert gaz.lookup("Samarinda", kind="country") is None


def test_lookup_fuzzy_and_unsure() -> None:
    gaz = load_gazetteer()
    assert gaz.lookup("Anhuui").key == "region:CN-AH"  # type: ignore[union-attr]
    assert gaz.lookup("Balikpapn").key == "id:64.71"  # type: ignore[union-attr]
    assert gaz.lookup("Kalimantan") is None
    assert gaz.lookup("xyz") is None
    assert gaz.lookup("") is None


def test_entry_fields() -> None:
    gaz = load_gazetteer()
    anhui = gaz.get("region:CN-AH")
    assert anhui is not None
    assert (anhui.name, anhui.kind, anhui.code, anhui.country, anhui.parent) == (
        "Provinsi Anhui", "foreign_region", "CN-AH", "CN", "country:CN",
    )  # fmt: skip
    china = gaz.get("country:CN")
    assert china is not None and (china.name, china.code, china.country) == ("China", "CN", "CN")
    kemenlu = gaz.get("body:kemenlu")
    assert kemenlu is not None
    assert (kemenlu.name, kemenlu.kind, kemenlu.country) == (
        "Kementerian Luar Negeri", "ministry", "ID",
    )  # fmt: skip
    jica = gaz.get("body:jica")
    assert jica is not None and (jica.kind, jica.country) == ("agency", "JP")
    undp = gaz.get("body:undp")
    assert undp is not None and (undp.kind, undp.country) == ("intl_org", None)
    assert gaz.get("nothing:here") is None


@pytest.mark.parametrize(
    ("code", "name"),
    [("CN", "China"), ("JP", "Jepang"), ("KR", "Korea Selatan"), ("MX", "Meksiko"),
     ("TR", "Turki"), ("AU", "Australia"), ("DE", "Jerman"), ("GB", "Inggris")],
)  # fmt: skip
def test_country_names_are_indonesian(code: str, name: str) -> None:
    entry = load_gazetteer().get(f"country:{code}")
    assert entry is not None and entry.name == name


def test_entries_by_kind() -> None:
    gaz = load_gazetteer()
    assert len(list(gaz.entries("country"))) == 249
    assert len(list(gaz.entries("foreign_city"))) >= 150
    regions = {e.country for e in gaz.entries("foreign_region")}
    assert {"CN", "JP", "KR", "MY", "AU", "TH", "VN", "PH", "US", "DE", "NL", "FR"} <= regions
    assert len(list(gaz.entries())) == sum(1 for _ in gaz.entries())


def test_load_gazetteer_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()
