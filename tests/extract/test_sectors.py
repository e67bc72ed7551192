"""Sectors of a cooperation, on short sentences written for the tests."""

from __future__ import annotations

import datetime as dt

from kerjasama.extract import extract_article

TODAY = dt.date(2026, 11, 24)


def sectors(text: str) -> list[list[str]]:
    art = extract_article(text, published="2024-05-08", today=TODAY)
    return [sorted(c.sectors) for c in art.cooperations]


def test_fields_listed_in_the_next_sentence_count() -> None:
    assert sectors(
        "Padang - Pemprov Sumatera Barat menandatangani nota kesepahaman dengan Pemprov Jambi, "
        "Senin (6/5/2024). Ruang lingkupnya mencakup perdagangan komoditas dan pariwisata. "
        "Acara itu dihadiri para kepala dinas."
    ) == [["tourism", "trade"]]


def test_a_quoted_boast_of_resources_is_no_field() -> None:
    got = sectors(
        "Samarinda - Pemprov Kalimantan Timur menandatangani nota kesepahaman dengan Pemprov "
        "Jawa Tengah di bidang pendidikan, Selasa (7/5/2024). Kedua gubernur berbincang di sela "
        "acara. \u201cKaltim kaya batu bara, minyak, gas dan kayu,\u201d ujar Gubernur."
    )
    assert got == [["education"]]


def test_one_word_may_name_two_sectors() -> None:
    got = sectors(
        "Semarang - Pemkab Temanggung menandatangani perjanjian kerja sama dengan USAID untuk "
        "air minum dan sanitasi, Rabu (8/5/2024)."
    )
    assert got and {"health", "infrastructure"} <= set(got[0])


def test_legal_aid_of_the_prosecutors_is_governance() -> None:
    got = sectors(
        "Bengkulu - Pemprov Bengkulu dan Kejaksaan Tinggi Bengkulu menandatangani perjanjian "
        "kerja sama bidang perdata dan tata usaha negara, Senin (6/5/2024), untuk pendampingan "
        "hukum bagi perangkat daerah."
    )
    assert got == [["governance"]]


def test_each_partner_keeps_its_own_fields_when_the_sentence_splits_them() -> None:
    got = sectors(
        "Jakarta - Gubernur Kalimantan Timur menandatangani kesepakatan bersama dengan Gubernur "
        "Kalimantan Barat di bidang pariwisata, dan dengan Gubernur Sulawesi Selatan di bidang "
        "peternakan, Kamis (9/5/2024). Kaltim kini membangun jalan dan pelabuhan baru."
    )
    assert ["tourism"] in got and ["livestock"] in got


def test_sector_words_in_names_of_offices_and_streets_are_no_field() -> None:
    got = sectors(
        "Kupang - Pemkab Sumba Timur menandatangani nota kesepahaman dengan Institut Teknologi "
        "Sumber Jaya di bidang pertanian, Senin (6/5/2024), di Jalan Merdeka Kupang. "
        "Penandatanganan itu disaksikan Kepala Dinas Sosial dan Kepala Dinas Pariwisata "
        "Kabupaten Sumba Timur."
    )
    assert got == [["agriculture"]]


def test_a_line_of_signing_agencies_names_the_fields() -> None:
    got = sectors(
        "Padang - Pemprov Sumatera Barat menandatangani nota kesepahaman dengan Pemprov Jambi, "
        "Senin (6/5/2024). Perjanjian kerja sama juga diteken oleh dinas kedua provinsi. "
        "Dinas Perikanan Prov. Sumatera Barat dan Dinas Perikanan Prov. Jambi."
    )
    assert got == [["fisheries"]]


def test_lingkungan_of_a_government_is_within_it_not_environment() -> None:
    got = sectors(
        "Padang - Pemkot Padang menandatangani nota kesepahaman dengan Pemkab Agam di bidang "
        "pelayanan publik, Selasa (7/5/2024). Kerja sama itu melibatkan seluruh organisasi "
        "perangkat daerah di lingkungan Pemkot Padang."
    )
    assert got == [["governance"]]


def test_a_field_list_written_one_item_a_line_counts() -> None:
    got = sectors(
        "Bandung - Pemkot Bandung menandatangani nota kesepahaman dengan Pemkab Garut, Rabu "
        "(8/5/2024). Acara berlangsung di balai kota. "
        "Ruang lingkup kesepakatan itu meliputi:\n"
        "a. Pengembangan kota cerdas\n"
        "b. Promosi pariwisata\n"
        "c. Ketahanan pangan"
    )
    assert got == [["agriculture", "technology", "tourism"]]


def test_an_everyday_word_names_a_field_only_in_a_list_of_fields() -> None:
    listed = sectors(
        "Ambon - Pemkot Ambon menandatangani nota kesepahaman dengan Pemkab Buru di bidang "
        "ekonomi, sosial dan pariwisata, Senin (6/5/2024)."
    )
    alone = sectors(
        "Ambon - Pemkot Ambon menandatangani nota kesepahaman dengan Pemkab Buru di bidang "
        "pariwisata, Senin (6/5/2024), untuk mendorong pertumbuhan ekonomi dan menjaga "
        "keuangan daerah tetap sehat."
    )
    assert listed == [["social", "tourism", "trade"]]
    assert alone == [["tourism"]]


def test_a_sector_word_with_its_clitic_or_a_derived_form_counts() -> None:
    got = sectors(
        "Banda Aceh - Pemkot Banda Aceh menandatangani nota kesepahaman dengan Pemkab Aceh "
        "Besar di bidang kepariwisataan, Senin (6/5/2024). Kerja sama itu juga menyasar "
        "pendidikannya dan perikanannya."
    )
    assert got == [["education", "fisheries", "tourism"]]
