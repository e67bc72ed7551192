"""Documents told pair by pair are one partnership per pair, whoever the main side is.

Fixture articles written for these tests (not page text).
"""

from __future__ import annotations

from kerjasama.extract import extract_article


def _pairs(text: str, published: str) -> list[set[str]]:
    rec = extract_article(text, published=published)
    assert rec.is_cooperation
    return [{p.name for p in c.parties} for c in rec.cooperations]


def test_ministers_signing_minister_by_minister_on_a_state_visit() -> None:
    text = (
        "Jakarta - Kunjungan kenegaraan Presiden RI Joko Widodo ke Singapura menghasilkan "
        "kesepakatan kerja sama pendidikan dan penanggulangan bencana.\n"
        "Jokowi dan PM Lee Hsien Loong menyaksikan penandatanganan tiga nota kesepahaman.\n"
        "Pertama, kerja sama pelatihan vokasi antara Menteri Perindustrian Budi Santoso dan "
        "Menteri Tenaga Kerja Singapura Tan Wei Ming.\n"
        "Kedua, kerja sama pendidikan dasar antara Menteri Pendidikan dan Kebudayaan Ahmad "
        "Fauzi dan Menteri Pendidikan Singapura Lim Boon Heng.\n"
        "Ketiga, kerja sama penanggulangan bencana antara Kepala BNPB Andi Wijaya dan "
        "Komisioner Pasukan Pertahanan Sipil Singapura Eric Lim."
    )
    pairs = _pairs(text, "2017-09-08")
    assert len(pairs) == 3, pairs
    assert all("Singapura" in p and len(p) == 2 for p in pairs), pairs
    homes = {name for p in pairs for name in p} - {"Singapura"}
    assert "Kementerian Perindustrian" in homes
    assert "Badan Nasional Penanggulangan Bencana" in homes
    assert any(name.startswith("Kementerian Pendidikan") for name in homes)


def test_regions_each_signing_with_their_own_partner_at_one_ceremony() -> None:
    text = (
        "Surabaya (ANTARA) - Dua nota kesepahaman ditandatangani di Gedung Negara Grahadi, "
        "Surabaya, Senin (6/3/2023).\n"
        "Nota kesepahaman pertama tentang kerja sama perdagangan antara Pemerintah Provinsi "
        "Jawa Timur dan Pemerintah Provinsi Jawa Tengah.\n"
        "Nota kesepahaman kedua tentang kerja sama pariwisata antara Pemerintah Kota Surabaya "
        "dan Pemerintah Kabupaten Banyuwangi."
    )
    pairs = _pairs(text, "2023-03-06")
    assert {"Provinsi Jawa Timur", "Provinsi Jawa Tengah"} in pairs, pairs
    assert {"Kota Surabaya", "Kabupaten Banyuwangi"} in pairs, pairs
    assert len(pairs) == 2, pairs


def test_one_region_with_two_partners_stays_one_record_per_partner() -> None:
    text = (
        "Malang - Pemerintah Kota Malang menandatangani dua perjanjian kerja sama, Selasa "
        "(7/3/2023).\n"
        "Perjanjian pertama antara Pemerintah Kota Malang dan Universitas Brawijaya tentang "
        "pendidikan.\n"
        "Perjanjian kedua antara Pemerintah Kota Malang dan PT Sumber Air Jaya tentang air "
        "bersih."
    )
    pairs = _pairs(text, "2023-03-07")
    assert all("Kota Malang" in p for p in pairs), pairs
    assert len(pairs) == 2, pairs


def test_documents_given_to_each_partner_in_one_sentence_are_separate() -> None:
    text = (
        "BANTUL - Pemerintah Kota Yogyakarta meneken kesepakatan bersama sekaligus perjanjian "
        "kerja sama dengan Pemerintah Kabupaten Bantul, dan kesepakatan bersama saja dengan "
        "Pemerintah Kabupaten Kulon Progo, Selasa (28/11/2023).\nKerja sama itu menjaga "
        "pasokan pangan."
    )
    rec = extract_article(text, published="2023-11-28")
    assert [[p.name for p in c.parties] for c in rec.cooperations] == [
        ["Kota Yogyakarta", "Kabupaten Bantul"],
        ["Kota Yogyakarta", "Kabupaten Kulon Progo"],
    ]
    assert [c.instrument for c in rec.cooperations] == ["mou", "mou"]


def test_a_pairs_document_told_apart_from_the_others_signed_at_the_event() -> None:
    text = (
        "Jakarta - Kesepakatan bersama antara Pemerintah Provinsi Jakarta dan Pemerintah Kota "
        "Pariaman soal ketahanan pangan diteken di Jakarta, Jumat (3/10/2025).\nPada acara "
        "itu Pemprov Jakarta juga meneken kesepakatan bersama dengan Pemprov Kalimantan Barat, "
        "Pemkab Kolaka dan Pemko Pekanbaru."
    )
    pairs = _pairs(text, "2025-10-06")
    assert len(pairs) == 4, pairs
    assert all("Provinsi DKI Jakarta" in p and len(p) == 2 for p in pairs), pairs


def test_documents_listed_each_by_its_name_and_its_two_sides() -> None:
    text = (
        "PALEMBANG - Di Jakarta (20/9), Pemerintah Kota Palembang dan Pemerintah Provinsi "
        "Sumatera Selatan meneken kerja sama antar daerah dengan Kab. Bima dan Kab. Nganjuk.\n"
        "Rinciannya: MoU Pemkot Palembang dengan Pemkab Nganjuk, PKS Dinas Ketahanan Pangan "
        "Kab. Bima dengan Dinas Perdagangan Kota Palembang, dan MoU Pemprov Sumsel dengan "
        "Pemkab Nganjuk."
    )
    assert _pairs(text, "2023-09-21") == [
        {"Kota Palembang", "Kabupaten Nganjuk"},
        {"Kabupaten Bima", "Kota Palembang"},
        {"Provinsi Sumatera Selatan", "Kabupaten Nganjuk"},
    ]


def test_each_listed_pair_takes_its_own_document_and_the_place_told_with_a_bare_date() -> None:
    text = (
        "PALEMBANG, MEDIASRIWIJAYA – Di Jakarta (20/9), Pemerintah Kota Palembang dan "
        "Pemerintah Provinsi Sumatera Selatan meneken kerja sama antar daerah dengan Kab. Bima "
        "dan Kab. Nganjuk.\nRinciannya: MoU Pemkot Palembang dengan Pemkab Nganjuk, PKS Dinas "
        "Ketahanan Pangan Kab. Bima dengan Dinas Perdagangan Kota Palembang, dan MoU Pemprov "
        "Sumsel dengan Pemkab Nganjuk."
    )
    rec = extract_article(text, published="2023-09-21")
    assert [c.instrument for c in rec.cooperations] == ["mou", "agreement", "mou"]
    assert {c.place for c in rec.cooperations} == {"Jakarta"}
    assert {c.date for c in rec.cooperations} == {"2023-09-20"}
