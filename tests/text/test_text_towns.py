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
