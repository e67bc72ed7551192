"""Gazetteer.find(): places and bodies in running Indonesian (and English) news text."""

from __future__ import annotations

import pytest

from kerjasama.gazetteer import Hit, load_gazetteer


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    """(surface, code or key, form) of every hit; the key where an entry has no code."""
    return [(h.surface, h.entry.code or h.entry.key, h.form) for h in load_gazetteer().find(text)]


def test_offsets_are_half_open_into_the_text() -> None:
    text = "Samarinda (ANTARA) - Pemprov Kaltim menjajaki kerja sama."
    hits = load_gazetteer().find(text)
    assert all(isinstance(h, Hit) and text[h.start : h.end] == h.surface for h in hits)
    assert [h.surface for h in hits] == ["Samarinda", "Pemprov Kaltim"]


def test_province_and_foreign_region_with_government_forms() -> None:
    text = (
        "Pemerintah Provinsi (Pemprov) Kalimantan Timur (Kaltim) menjajaki kerja sama "
        "dengan Provinsi Anhui, China."
    )
    assert found(text) == [
        ("Pemerintah Provinsi (Pemprov) Kalimantan Timur", "ID-KI", "pemprov"),
        ("Kaltim", "ID-KI", None),
        ("Provinsi Anhui", "CN-AH", "provinsi"),
        ("China", "CN", None),
    ]


def test_misspelt_foreign_region_is_found_by_fuzzy_matching() -> None:
    assert found("Wakil Gubernur Provinsi Anhuui Shan Xiang Qian") == [
        ("Provinsi Anhuui", "CN-AH", "provinsi")
    ]
    assert found("sementara Kalimantan Timut membutuhkan investor") == [
        ("Kalimantan Timut", "ID-KI", None)
    ]


def test_person_names_are_not_fuzzy_matched() -> None:
    # "Xiang" is one edit from "Xizang" (Tibet), "Malik" begins with "Mali", "Guangyong"
    # is close to "Guangdong": none of them is a place here.
    assert found("Shan Xiang Qian, Akmal Malik dan Luo Guangyong") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemkot Balikpapan", [("Pemkot Balikpapan", "64.71", "pemkot")]),
        ("Pemerintah Kota Samarinda", [("Pemerintah Kota Samarinda", "64.72", "pemkot")]),
        ("Pemkab Kutai Kartanegara", [("Pemkab Kutai Kartanegara", "64.02", "pemkab")]),
        ("Pemkab Kukar", [("Pemkab Kukar", "64.02", "pemkab")]),
        ("Kota Samarinda", [("Kota Samarinda", "64.72", "kota")]),
        ("Samarinda City", [("Samarinda City", "64.72", "kota")]),
        ("Kab. Berau", [("Kab. Berau", "64.03", "kabupaten")]),
        ("Pemprov Kaltim", [("Pemprov Kaltim", "ID-KI", "pemprov")]),
        ("East Kalimantan Province", [("East Kalimantan Province", "ID-KI", "provinsi")]),
        ("Anhui Province", [("Anhui Province", "CN-AH", "provinsi")]),
        ("Gyeonggi-do", [("Gyeonggi-do", "KR-41", None)]),
        ("Jeju", [("Jeju", "KR-49", None)]),
        ("Prefektur Osaka", [("Prefektur Osaka", "JP-27", "provinsi")]),
        ("Osaka Prefecture", [("Osaka Prefecture", "JP-27", "provinsi")]),
        ("negara bagian Queensland", [("negara bagian Queensland", "AU-QLD", "provinsi")]),
        ("Sabah", [("Sabah", "MY-12", None)]),
        ("Australia Barat", [("Australia Barat", "AU-WA", None)]),
        ("Kota Hefei", [("Kota Hefei", "city:cn-hefei", "kota")]),
        ("DKI Jakarta", [("DKI Jakarta", "ID-JK", None)]),
        ("DIY", [("DIY", "ID-YO", None)]),
        ("NTB", [("NTB", "ID-NB", None)]),
        ("KALTIM", [("KALTIM", "ID-KI", None)]),
    ],
)
def test_single_mentions(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_form_words_choose_between_regency_and_city() -> None:
    text = "Kabupaten Bandung, Kota Bandung, Bandung, Kabupaten Bandung Barat dan Bupati Bandung."
    assert [code for _s, code, _f in found(text)] == ["32.04", "32.73", "32.73", "32.17", "32.04"]


def test_bare_province_name_is_the_province() -> None:
    assert found("Bengkulu dan Kota Bengkulu") == [
        ("Bengkulu", "ID-BE", None),
        ("Kota Bengkulu", "17.71", "kota"),
    ]


def test_bare_foreign_city_name_and_its_region() -> None:
    assert [code for _s, code, _f in found("Osaka, Kota Osaka, Prefektur Osaka")] == [
        "city:jp-osaka",
        "city:jp-osaka",
        "JP-27",
    ]


def test_grouping_and_its_members() -> None:
    text = "MIKTA (Meksiko, Indonesia, Korea Selatan, Turki, dan Australia)"
    assert [code for _s, code, _f in found(text)] == [
        "body:mikta", "MX", "ID", "KR", "TR", "AU",
    ]  # fmt: skip
    mikta = load_gazetteer().get("body:mikta")
    assert mikta is not None and mikta.kind == "intl_org"
    assert set(mikta.members) == {f"country:{c}" for c in ("MX", "ID", "KR", "TR", "AU")}


def test_bodies() -> None:
    text = (
        "Kementerian Luar Negeri (Kemenlu) RI, Kemendagri, Bappenas, OIKN, JICA, KOICA, GIZ, "
        "USAID, Bank Dunia, ASEAN, BIMP-EAGA dan IMT-GT"
    )
    keys = [h.entry.key for h in load_gazetteer().find(text)]
    assert keys == [
        "body:kemenlu", "body:kemenlu", "body:kemendagri", "body:bappenas", "body:oikn",
        "body:jica", "body:koica", "body:giz", "body:usaid", "body:world-bank", "body:asean",
        "body:bimp-eaga", "body:imt-gt",
    ]  # fmt: skip
    assert found("Kemenlu RI") == [("Kemenlu RI", "body:kemenlu", None)]


def test_indonesian_country_names() -> None:
    text = "Tiongkok, RRT, Korsel, Amerika Serikat, AS, Inggris, UEA, Jerman, Filipina, Seychelles"
    assert [code for _s, code, _f in found(text)] == [
        "CN", "CN", "KR", "US", "US", "GB", "AE", "DE", "PH", "SC",
    ]  # fmt: skip


def test_nicknames() -> None:
    text = "Kota Pahlawan, Kota Kembang, Benua Etam, Bumi Lancang Kuning, Serambi Mekkah"
    assert [code for _s, code, _f in found(text)] == ["35.78", "32.73", "ID-KI", "ID-RI", "ID-AC"]


def test_glued_articles_split_at_case_change() -> None:
    assert found("bersama Pemprov KaltimBALIKPAPAN – Pemerintah") == [
        ("Pemprov Kaltim", "ID-KI", "pemprov"),
        ("BALIKPAPAN", "64.71", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Harga batu bara naik lagi bulan ini.",
        "Batu bara menjadi andalan ekspor daerah.",
        "Mereka membahas soal agama dan budaya.",
        "Kota baru itu dibangun di atas lahan gambut.",
        "Galaksi bima sakti terlihat jelas malam ini.",
        "Malang nian nasibnya, rumahnya diserang banjir.",
        "Medan yang berat dan padang rumput luas menanti.",
        "Palu dan paku dibeli di toko bangunan.",
        "Saya belajar bahasa Inggris dan bahasa Jepang.",
        "Kapal melintasi Selat Malaka menuju Laut China Selatan.",
        "Mereka makan mie ayam dan nasi Padang.",
        "Ini adalah puncak acara, bukan solo karier.",
        "Kaltimtoday.co memberitakan hal itu.",
        "Kepala Dinas PUPR dan Dinas ESDM hadir.",
        "Dia bekerja di Labuan Bajo.",
    ],
)
def test_common_words_are_not_places(text: str) -> None:
    assert found(text) == []


def test_empty_text() -> None:
    assert load_gazetteer().find("") == []


def test_an_english_title_of_the_head_chooses_the_regency_or_the_city() -> None:
    hits = {
        h.surface: h.entry.code
        for h in load_gazetteer().find(
            "An agreement was reached by the Regent of Sorong with the Mayor of Bandung."
        )
    }
    assert hits == {"Bandung": "32.73", "Sorong": "96.01"}


def test_foreign_agencies_by_their_indonesian_names() -> None:
    text = (
        "Badan Kerja Sama Internasional Jepang, Badan Kerjasama Internasional Korea dan Badan "
        "Pembangunan Internasional Amerika Serikat membantu Pemkab Mamuju."
    )
    keys = [h.entry.key for h in load_gazetteer().find(text)]
    assert keys[:3] == ["body:jica", "body:koica", "body:usaid"]


def test_a_misspelt_longer_name_opening_with_a_known_one() -> None:
    gaz = load_gazetteer()
    hits = gaz.find("empat kabupaten: Kuantan Sengingi, Wakatobi")
    found = [(h.surface, h.entry.key) for h in hits]
    assert found == [("Kuantan Sengingi", "id:14.09"), ("Wakatobi", "id:74.07")]
    # the short name is kept where the run is no misspelling of a longer one
    found = [h.entry.key for h in gaz.find("pelabuhan Kuantan Pahang dan Kuantan, Malaysia")]
    assert "city:my-kuantan" in found


def test_aceh_regency_parliament_is_no_north_korea() -> None:
    # "DPRK": Dewan Perwakilan Rakyat Kabupaten/Kota, the regional parliament in Aceh
    keys = [h.entry.key for h in load_gazetteer().find("Ketua DPRK Abdya dan Korea Utara")]
    assert keys.count("country:KP") == 1


def test_a_misspelt_country_at_the_end_of_a_longer_capitalised_run() -> None:
    hits = load_gazetteer().find("delegasi Walikota Mont Dore Kalendonia Baru tiba di Yogyakarta")
    assert ("Kalendonia Baru", "country:NC") in [(h.surface, h.entry.key) for h in hits]


def test_a_misspelt_regency_after_its_heads_title() -> None:
    hits = load_gazetteer().find("diterima Bupati Kepahing Zurdinata dan Bupati Budi Santoso")
    assert [(h.surface, h.entry.key) for h in hits] == [("Kepahing", "id:17.08")]


def test_a_regional_section_named_in_full_is_that_section_not_its_parent_body() -> None:
    keys = [
        key
        for _s, key, _f in found(
            "Rapat kerja sama dengan United Cities and Local "
            "Governments Asia Pasifik (UCLG-ASPAC) digelar."
        )
    ]
    assert keys == ["body:uclg-aspac", "body:uclg-aspac"]


def test_government_forms_with_a_shortened_kind() -> None:
    assert found("Pemerintah Kab. Donggala dan Pemerintah Prov. Jawa Tengah meneken PKS.") == [
        ("Pemerintah Kab. Donggala", "72.03", "pemkab"),
        ("Pemerintah Prov. Jawa Tengah", "ID-JT", "pemprov"),
    ]


def test_un_bodies_news_names_by_acronym_are_named_so() -> None:
    # Readers and annotators write "UNESCO", not the long name: the register does too.
    gaz = load_gazetteer()
    for written in ("UNESCO", "United Nations Educational, Scientific and Cultural Organization"):
        assert gaz.lookup(written).name == "UNESCO"
    assert gaz.lookup("UNHCR").name == "UNHCR"
    assert gaz.lookup("FAO").name == "Food and Agriculture Organization"  # named in full
