"""The partner side of records on short articles written for the tests: a foreign town's
region and level, a country that is part of a person's name, and police-only cooperation."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama.extract import extract_article
from kerjasama.gazetteer import load_gazetteer

TODAY = dt.date(2026, 11, 24)


def partners(text: str) -> list[tuple[str, str]] | None:
    rec = extract_article(text, today=TODAY, published="2025-04-25")
    if not rec.is_cooperation:
        return None
    return [(p.name, p.kind) for c in rec.cooperations for p in c.parties]


def test_region_a_partner_town_lies_in_is_no_party() -> None:
    found = partners(
        "Pemerintah Kota Kendari menandatangani surat pernyataan kehendak kerja sama kota "
        "kembar dengan Kota Leshan, Provinsi Sichuan, Tiongkok, Senin (14/4).\n"
        "Wali Kota Kendari Budi Hartono mengatakan kerja sama dengan Leshan meliputi "
        "pendidikan dan pariwisata.\n"
        "Penandatanganan kerja sama itu dimeriahkan tarian khas Sichuan.\n"
        "Delegasi Leshan akan membalas kunjungan ke Kendari tahun depan."
    )
    assert found is not None
    assert ("Provinsi Sichuan", "foreign_region") not in found
    assert found[0] == ("Kota Kendari", "city")


def test_region_name_written_as_a_city_is_the_city() -> None:
    found = partners(
        "Wali Kota Tegal dan Wali Kota Toyama, Jepang, menandatangani kesepakatan kerja sama "
        "di bidang pendidikan dan lingkungan hidup di Jakarta, Rabu (16/4).\n"
        "Kerja sama itu berlaku lima tahun."
    )
    assert found == [("Kota Tegal", "city"), ("Kota Toyama", "foreign_city")]


def test_country_ending_a_persons_name_is_no_party() -> None:
    found = partners(
        "Pemerintah Provinsi Gorontalo dan Kejaksaan Tinggi Gorontalo menandatangani nota "
        "kesepahaman bantuan hukum perdata, Selasa (15/4).\n"
        "Gubernur Gorontalo, Rina Mesir, mengatakan kerja sama itu memperkuat tata kelola.\n"
        '"Kerja sama ini fondasi bagi pelayanan hukum," ujar Rina Mesir.'
    )
    assert found is not None
    assert all(kind != "country" for _, kind in found)


def test_police_and_army_agreement_named_with_their_area_is_not_the_regions() -> None:
    found = partners(
        "Polres Boven Digoel dan Kodim 1711 Tandatangani MoU Pengamanan\n\n"
        "Kapolres Boven Digoel AKBP Joko Susilo dan Dandim 1711 Letkol Arif Wibowo "
        "menandatangani nota kesepahaman pengamanan wilayah Kabupaten Boven Digoel, Senin (14/4).\n"
        "Kerja sama itu meliputi patroli bersama dan pertukaran informasi."
    )
    assert found is None


def test_language_a_document_is_written_in_is_no_country() -> None:
    hits = load_gazetteer().find("Naskah itu dibuat dalam tiga salinan berbahasa Inggris.")
    assert not [h for h in hits if h.entry.kind == "country"]


def test_grant_from_a_foreign_government_is_not_a_cooperation_story() -> None:
    found = partners(
        "Pemkot Kediri Terima Hibah Rp2 Miliar dari Pemerintah Korea Selatan\n\n"
        "Pemerintah Kota Kediri menerima hibah Rp2 miliar dari Pemerintah Korea Selatan untuk "
        "membangun ruang kelas, Kamis (17/4).\n"
        "Naskah perjanjian hibah ditandatangani Wali Kota Kediri Agus Salim dan Konsul Jenderal "
        "Korea Selatan Kim Dong-hoon sebagai bentuk kerja sama kedua pihak.\n"
        "Dana hibah itu akan dipakai tahun ini."
    )
    assert found is None


def test_settling_a_boundary_between_regencies_is_not_a_cooperation_story() -> None:
    found = partners(
        "Bupati Sumbawa dan Bupati Sumbawa Barat Teken Berita Acara Tapal Batas\n\n"
        "Bupati Sumbawa dan Bupati Sumbawa Barat menandatangani Berita Acara Kesepakatan "
        "penegasan batas daerah kedua kabupaten, difasilitasi Pemprov NTB, Selasa (3/6).\n"
        "Kesepakatan itu mengakhiri perbedaan garis batas di dua desa, kata Asisten I."
    )
    assert found is None


def test_an_mou_between_regions_that_also_covers_their_boundary_is_cooperation() -> None:
    found = partners(
        "Pemkab Sumbawa dan Pemkab Sumbawa Barat Teken MoU Batas Wilayah dan Aset\n\n"
        "Bupati Sumbawa dan Bupati Sumbawa Barat menandatangani nota kesepahaman tentang batas "
        "wilayah, penyerahan aset dan kerja sama pariwisata, Selasa (3/6)."
    )
    assert found == [("Kabupaten Sumbawa", "regency"), ("Kabupaten Sumbawa Barat", "regency")]


def test_state_islamic_university_known_by_its_short_form_is_a_party() -> None:
    found = partners(
        "Pemerintah Kabupaten Agam dan UIN Raden Fatah Makmur menandatangani nota "
        "kesepahaman kerja sama pendidikan dan penelitian, Senin (14/4).\n"
        "Bupati Agam Hendra Putra mengatakan kerja sama itu untuk beasiswa guru."
    )
    assert found == [("Kabupaten Agam", "regency"), ("UIN Raden Fatah Makmur", "university")]


def test_deal_a_regional_enterprise_leads_is_not_the_regions_own() -> None:
    found = partners(
        "Perumda Tirta Kencana Teken Kerja Sama dengan PT Aliran Jernih\n\n"
        "Perumda Tirta Kencana milik Provinsi Jawa Timur menandatangani perjanjian kerja sama "
        "penyediaan air bersih dengan PT Aliran Jernih dan Kementerian Pekerjaan Umum, "
        "Senin (14/4).\n"
        "Direktur Perumda Tirta Kencana Andi Wijaya mengatakan kerja sama itu berlaku lima tahun."
    )
    assert found is None


def test_country_an_indonesian_envoy_is_posted_to_is_no_party() -> None:
    found = partners(
        "Pemerintah Kota Bitung dan Kota Wellington, Selandia Baru, menandatangani nota "
        "kesepahaman kerja sama kota kembar, Senin (14/4).\n"
        "Penandatanganan kerja sama itu disaksikan Duta Besar RI untuk Kerajaan Belanda dan "
        "Republik Irlandia, Agus Pranoto."
    )
    assert found is not None
    names = [name for name, _ in found]
    assert "Belanda" not in names and "Irlandia" not in names


def test_planning_ministry_goes_by_its_usual_name() -> None:
    entry = load_gazetteer().lookup("Bappenas")
    assert entry is not None and entry.name == "Kementerian PPN/Bappenas"


def test_deal_between_two_bodies_beside_the_regions_is_their_own() -> None:
    found = partners(
        "Pemerintah Provinsi Bengkulu dan Pemerintah Provinsi Jambi menandatangani kesepakatan "
        "kerja sama di bidang pendidikan dan pertanian, Senin (14/4).\n"
        "Dalam acara itu juga ditandatangani MoU antara PT Bumi Raflesia Makmur dan "
        "PT Batanghari Sentosa Abadi tentang pasokan pupuk."
    )
    assert found == [("Provinsi Bengkulu", "province"), ("Provinsi Jambi", "province")]


def test_deal_between_two_enterprises_with_their_legal_form_is_their_own() -> None:
    found = partners(
        "Pemerintah Provinsi Jambi dan Pemerintah Provinsi Bengkulu menandatangani nota "
        "kesepakatan kerja sama pembangunan, Rabu (9/4).\n"
        "Kerja sama itu meliputi pertanian dan pariwisata.\n"
        "Pada kesempatan itu juga ditandatangani MoU antara PT Jambi Sarana Niaga (Perseroda) "
        "dan PT Bengkulu Mandiri Sejahtera (Perseroda) tentang distribusi pangan."
    )
    assert found == [("Provinsi Jambi", "province"), ("Provinsi Bengkulu", "province")]


def test_deal_between_two_chapters_of_one_body_is_their_own() -> None:
    found = partners(
        "Pemerintah Provinsi Jambi dan Pemerintah Provinsi Bengkulu menandatangani nota "
        "kesepakatan kerja sama pembangunan, Rabu (9/4).\n"
        "Kerja sama itu meliputi pertanian dan pariwisata.\n"
        "Selain itu ditandatangani MoU antara HIPMI Jambi dan HIPMI Bengkulu tentang "
        "pelatihan wirausaha."
    )
    assert found == [("Provinsi Jambi", "province"), ("Provinsi Bengkulu", "province")]


def test_companies_listed_after_the_region_are_its_partners() -> None:
    found = partners(
        "Gubernur Bengkulu Helmi Saputra menandatangani nota kesepahaman dengan PT Bumi "
        "Raflesia Makmur dan PT Batanghari Sentosa Abadi tentang energi surya, Senin (14/4)."
    )
    assert found is not None
    names = {name for name, _ in found}
    assert {"PT Bumi Raflesia Makmur", "PT Batanghari Sentosa Abadi"} <= names


def test_ministry_a_development_agencys_programme_is_told_with_is_a_party() -> None:
    found = partners(
        "Pemerintah Kota Bontang menjalin kerja sama dengan JICA dalam program pengelolaan air "
        "limbah, Selasa (15/4).\n"
        "Kerja sama itu dirancang Bappenas sebagai proyek percontohan nasional.\n"
        "Bappenas menilai kerja sama tersebut bisa ditiru daerah lain.\n"
        "Menurut Bappenas, kerja sama tiga pihak itu berjalan lima tahun."
    )
    assert found is not None
    assert ("Kementerian PPN/Bappenas", "ministry") in found


def test_foreign_city_that_is_a_region_of_its_own_carries_its_code() -> None:
    rec = extract_article(
        "Pemerintah Provinsi Jawa Barat dan Pemerintah Kota Moskwa menandatangani nota "
        "kesepahaman kerja sama kota bersaudara di bidang kebudayaan, Senin (14/4).",
        today=TODAY,
        published="2025-04-25",
    )
    codes = {p.name: p.code for c in rec.cooperations for p in c.parties}
    assert codes.get("Moskwa") == "RU-MOW"


def test_town_known_by_its_country_stays_a_town_where_a_quote_opens_with_it() -> None:
    found = partners(
        "Pemerintah Kota Palu menyiapkan pembaruan kerja sama sister city dengan Kota "
        "Dunmore, Australia, Selasa (15/4).\n"
        "\u201cTerkait Dunmore, kami sudah lama bersahabat,\u201d kata Kepala Bagian Kerja Sama "
        "Rudi Hartono.\n"
        "Kerja sama sister city Palu dan Dunmore akan diperbarui tahun ini."
    )
    assert found is not None
    assert ("Dunmore", "foreign_city") in found
    assert ("Australia", "country") not in found


def test_university_named_after_a_person_keeps_its_name() -> None:
    found = partners(
        "Bupati Pesawaran Andi Wijaya menandatangani nota kesepahaman antara Pemerintah "
        "Kabupaten Pesawaran dengan Universitas Gajah Mada (UGM) tentang pengabdian masyarakat, "
        "Senin (14/4).\n"
        "Kerja sama itu mencakup pengiriman mahasiswa KKN.\n"
        "Hadir pula Ketua Keluarga Alumni Gajah Mada (KAGAMA) Lampung Budi Santoso dan Wakil "
        "Bupati Pesawaran Rina Marlina."
    )
    assert found == [("Kabupaten Pesawaran", "regency"), ("Universitas Gajah Mada", "university")]


def test_place_that_names_a_document_is_no_party() -> None:
    found = partners(
        "Gubernur Papua Barat Daya Yusuf Kambu bertemu Menteri Pertahanan membahas "
        "implementasi MoU Helsinki dan otonomi khusus, Senin (14/4).\n"
        "Kerja sama pusat dan daerah dalam implementasi MoU Helsinki perlu diperkuat."
    )
    assert found is None or all(kind != "foreign_city" for _, kind in found)


def test_second_place_of_a_paired_document_name_is_still_a_party() -> None:
    found = partners(
        "Gubernur DKI Jakarta menandatangani MoU Jakarta-Moskwa tentang kerja sama kota "
        "bersaudara di bidang kebudayaan, Senin (14/4)."
    )
    assert found is not None and any(name == "Moskwa" for name, _ in found)


def test_deal_between_companies_the_regions_head_witnesses_in_the_headline() -> None:
    found = partners(
        "Bupati Ani Menyaksikan Penandatanganan Kerja Sama Koperasi Tani Makmur dan PT Hijau "
        "Lestari Abadi\n\n"
        "Bupati Sarolangun Ani Susanti menyaksikan penandatanganan kerja sama antara Koperasi "
        "Tani Makmur dan PT Hijau Lestari Abadi tentang kemitraan kebun plasma, Senin (14/4).\n"
        "Kerja sama itu berlaku sepuluh tahun, kata Direktur PT Hijau Lestari Abadi Rudi Hartono."
    )
    assert found is None


def test_hospitals_consortia_and_church_bodies_are_parties() -> None:
    found = partners(
        "Pemerintah Kabupaten Sikka menandatangani nota kesepahaman dengan RS Kasih Bunda, "
        "Keuskupan Maumere Raya dan Konsorsium Pangan Flores tentang layanan kesehatan ibu, "
        "Senin (14/4).\n"
        "Kerja sama itu berlaku tiga tahun."
    )
    assert found is not None
    names = {name for name, _ in found}
    assert {"RS Kasih Bunda", "Keuskupan Maumere Raya", "Konsorsium Pangan Flores"} <= names


def test_authority_word_inside_a_bodys_name_begins_no_second_name() -> None:
    found = partners(
        "Pemerintah Kabupaten Ende menandatangani nota kesepahaman dengan Badan Pelaksana "
        "Otorita Pariwisata Danau Kelimutu tentang promosi wisata, Senin (14/4)."
    )
    assert found is not None
    assert ("Badan Pelaksana Otorita Pariwisata Danau Kelimutu", "agency") in found


def test_international_funds_forums_and_ngos_are_known_bodies() -> None:
    found = partners(
        "Pemerintah Provinsi Jambi menjalin kerja sama dengan Green Climate Fund (GCF) untuk "
        "program penurunan emisi, Senin (14/4).\n"
        "Kerja sama itu juga melibatkan Save the Children dalam layanan gizi anak."
    )
    assert found is not None
    assert ("Green Climate Fund", "intl_org") in found
    for name in ("FEALAC", "Oxfam", "World Vision", "The Asia Foundation"):
        entry = load_gazetteer().lookup(name)
        assert entry is not None and entry.kind == "intl_org"


def test_unlinked_city_of_the_partners_country_is_no_party() -> None:
    found = partners(
        "Pemerintah Kota Bitung menandatangani nota kesepahaman kota kembar dengan Kota Busan, "
        "Korea Selatan, Kamis (10/4).\n"
        "Usai penandatanganan kerja sama itu, delegasi melanjutkan perjalanan ke Seoul.\n"
        "Wali Kota Bitung Hendra Manopo mengatakan kerja sama meliputi perikanan dan pariwisata."
    )
    assert found == [("Kota Bitung", "city"), ("Busan", "foreign_city")]


def test_one_word_name_the_story_repeats_is_cut_from_a_bodys_name() -> None:
    found = partners(
        "Pemerintah Kabupaten Klaten menandatangani nota kesepahaman bidang perdata dan tata "
        "usaha negara dengan Kejaksaan Negeri Klaten, Senin (14/4).\n"
        "Penandatanganan dilakukan Bupati Klaten Agus Prasetyo bersama Kepala Kejaksaan Negeri "
        "Klaten Wiryanto, SH, MH.\n"
        "Kerja sama itu meliputi bantuan hukum dan pertimbangan hukum.\n"
        '"Kami siap mendampingi pemerintah daerah," kata Wiryanto.'
    )
    assert found == [("Kabupaten Klaten", "regency"), ("Kejaksaan Negeri Klaten", "other")]


def test_body_that_signs_with_several_regions_is_each_ones_partner() -> None:
    rec = extract_article(
        "Universitas Cendana Raya menandatangani nota kesepahaman kerja sama dengan Pemerintah "
        "Kabupaten Sikka dan Pemerintah Kabupaten Ende, Kamis (3/4).\n"
        "Rektor mengatakan kerja sama itu untuk meningkatkan mutu layanan publik.\n"
        "Kerja sama meliputi pendidikan dan penelitian.",
        today=TODAY,
        published="2025-04-25",
    )
    assert rec.is_cooperation
    found = [[p.name for p in c.parties] for c in rec.cooperations]
    assert found == [
        ["Kabupaten Sikka", "Universitas Cendana Raya"],
        ["Kabupaten Ende", "Universitas Cendana Raya"],
    ]


def test_a_foreign_town_written_with_letters_beyond_ascii_is_a_partner() -> None:
    article = extract_article(
        "Pemerintah Kota Salatiga menjajaki kerja sama sister city dengan Kota Požega di "
        "Kroasia, Senin (3/4).\n"
        "Kota Požega dinilai memiliki kesamaan budaya dengan Salatiga."
    )
    names = [p.name for c in article.cooperations for p in c.parties]
    assert any("Požega" in n for n in names)


def test_an_english_report_names_the_region_bare_between_the_partners() -> None:
    article = extract_article(
        "Yogyakarta delegation visits Japan to widen ties\n"
        "Tokyo (ANTARA News) - The official visit to Japan is to expand the cooperation "
        "between Yogyakarta and Kyoto Prefecture in education and culture.\n"
        "Both sides agreed to sign a new memorandum of understanding next year."
    )
    names = [p.name for c in article.cooperations for p in c.parties]
    assert any("Yogyakarta" in n for n in names)


def test_a_town_of_the_partner_country_only_passed_on_the_way_does_not_replace_it() -> None:
    found = partners(
        "Gubernur Nusa Tenggara Barat menekankan pentingnya menjalin kerja sama dengan "
        "Australia, Senin (4/3).\n"
        "Kerja sama itu didukung penerbangan langsung dari Lombok menuju Perth, katanya.\n"
        "Kedua pihak sepakat menjajaki kerja sama pariwisata."
    )
    assert found is not None and ("Australia", "country") in found
    assert all(name != "Perth" for name, _ in found)


def test_a_region_qualifying_a_common_noun_after_dan_is_no_party() -> None:
    found = partners(
        "Pemerintah Kabupaten Aceh Jaya menandatangani nota kesepahaman dengan Yayasan Cahaya "
        "Gampong, Rabu (5/3).\n"
        "Kerja sama itu meliputi pengembangan pusat dan situs Budaya Aceh serta adat dan "
        "budaya Aceh."
    )
    assert found is not None and all(name != "Provinsi Aceh" for name, _ in found)


def test_a_region_only_said_to_be_near_is_no_party() -> None:
    found = partners(
        "Pemkab Aceh Besar menandatangani kerja sama antar daerah dengan Pemkab Aceh Tamiang, "
        "Minggu (25/2/2024).\n"
        "Menurut Bupati, kerja sama itu tepat karena Aceh Tamiang sangat dekat dengan "
        "Sumatera Utara."
    )
    assert found is not None and all(name != "Provinsi Sumatera Utara" for name, _ in found)


def test_a_partnership_named_besides_the_one_told_is_no_party() -> None:
    found = partners(
        "Selain menjalin kerja sama sister city dengan Kota Lyon, Prancis, Pemerintah Kota "
        "Manado kini menjajaki kerja sama dengan Kota Kobe, Jepang, Senin (3/3).\n"
        "Wali Kota Manado menyebut penjajakan itu berjalan baik."
    )
    assert found is not None and all(name != "Lyon" for name, _ in found)
    assert any("Kobe" in name for name, _ in found)


def test_a_list_of_earlier_sister_cities_after_an_example_lead_is_background() -> None:
    found = partners(
        "Wali Kota Medan melepas pelajar program pertukaran sister city Medan dengan Kota "
        "Ichikawa, Jepang, Minggu (19/8).\n"
        "Medan juga menjalin sister city dengan sejumlah kota lain seperti dengan Kota Xiamen "
        "Cina (2001), George Town Malaysia (2005), dan Kota Milwaukee Amerika Serikat (2009)."
    )
    assert found is not None and any("Ichikawa" in name for name, _ in found)
    assert not {"George Town", "Milwaukee", "Xiamen"} & {name for name, _ in found}


def test_an_english_city_form_after_the_name_makes_a_foreign_town() -> None:
    found = partners(
        "Delegasi Swedia berkunjung ke Sleman untuk melihat hasil kerja sama Swedia (Vaxholm "
        "City dan Vaxholm University) dan Sleman dalam pengelolaan sampah, Selasa (4/3).\n"
        "Bupati Sleman berharap kerja sama itu berlanjut."
    )
    assert found is not None and any(
        "Vaxholm" in name and kind == "foreign_city" for name, kind in found
    )


def test_a_company_named_after_a_region_signing_beside_two_regions_is_its_enterprise() -> None:
    from kerjasama.extract.parties import Candidate, _drop_regional_enterprises
    from kerjasama.record import Party

    def cand(key: str, name: str, kind: str, code: str | None = None) -> Candidate:
        return Candidate(key, Party(name=name, code=code, kind=kind, country="ID"))

    jatim = cand("id:35", "Provinsi Jawa Timur", "province", "ID-JI")
    jateng = cand("id:33", "Provinsi Jawa Tengah", "province", "ID-JT")
    bumd = cand("org:pt jateng agro berdikari", "PT Jateng Agro Berdikari", "company")
    other = cand("org:pt sinar tani", "PT Sinar Tani", "company")
    kept = _drop_regional_enterprises(jatim, [jateng, bumd, other])
    assert kept == [jateng, other]  # the enterprise named after a party region goes
    assert _drop_regional_enterprises(jatim, [bumd]) == [bumd]  # with no second region it stays


def test_a_company_whose_visit_the_signing_coincides_with_is_no_party() -> None:
    found = partners(
        "Pemprov Papua Barat dan Yayasan Lestari Pesisir menandatangani nota kesepahaman, "
        "Jumat (25/4), bertepatan dengan kunjungan Presiden Direktur PT Tambang Emas Raya.\n"
        "Kerja sama itu mendanai beasiswa pelajar."
    )
    assert found is not None and all("Tambang" not in name for name, _ in found)


def test_the_country_investors_come_from_is_no_party() -> None:
    found = partners(
        "Pemerintah Provinsi Gorontalo meneken MoU bersama PT Tembok Besar Holding, "
        "Selasa (16/10).\n"
        "Penandatanganan MoU dihadiri Gubernur dan perwakilan Investor Negara China."
    )
    assert found is not None and all(name != "China" for name, _ in found)


def test_parties_of_an_earlier_document_told_in_a_relative_clause_are_background() -> None:
    found = partners(
        "Pemprov Papua Tengah dan Kejaksaan Tinggi Papua menandatangani perjanjian kerja sama, "
        "Kamis (24/7).\n"
        "Perjanjian itu menjabarkan nota kesepahaman yang ditandatangani tahun 2021 antara "
        "Kementerian Dalam Negeri, Kejaksaan Agung dan Polri."
    )
    assert found is not None and all("Dalam Negeri" not in name for name, _ in found)


def test_a_town_abroad_named_after_its_mayors_title_is_the_partner() -> None:
    """No country is named: the mayor's title and a town of GeoNames make it a town abroad,
    not the first word of the mayor's name."""
    rec = extract_article(
        "Balikpapan - Wali Kota Balikpapan Rahmad Mas'ud menerima kunjungan Wali Kota "
        "Ishinomaki Hiroshi Saito di Balai Kota, Senin (6/3/2023).\nKeduanya menjajaki "
        "kerja sama pengelolaan sampah.",
        published="2023-03-10",
    )
    assert rec.is_cooperation
    partners = [p for c in rec.cooperations for p in c.parties if p.country == "JP"]
    assert [p.name for p in partners] == ["Ishinomaki"]
    assert {p.name: p.role for p in rec.people}.get("Hiroshi Saito") == "Wali Kota"
    assert rec.cooperations[0].scope == "foreign"


@pytest.mark.parametrize(
    "text",
    [
        "SURABAYA, 6 March 2023 - Surabaya and Busan, sister cities since 1994, agreed to "
        "expand their cooperation in port management, Mayor Eri Cahyadi said on Monday.",
        "Surabaya - Surabaya dan Busan sepakat memperluas kerja sama pengelolaan pelabuhan, "
        "kata Wali Kota Eri Cahyadi, Senin (6/3/2023).",
    ],
)
def test_a_city_named_bare_beside_its_partner_abroad_is_a_side(text: str) -> None:
    rec = extract_article(text, published="2023-03-10")
    assert rec.is_cooperation
    assert [[p.name for p in c.parties] for c in rec.cooperations] == [["Kota Surabaya", "Busan"]]


def test_a_district_abroad_named_with_its_province_and_country_is_the_partner() -> None:
    rec = extract_article(
        "DAIRI - Konsulat Jenderal China di Medan mengundang Bupati Dairi Eddy Berutu, Kamis "
        "(28/3/2024) di Medan.\nPertemuan itu tindak lanjut program sister city antara "
        "Kabupaten Dairi dan distrik Chenggong Provinsi Yunnan China.\nDelegasi Pemkab Dairi "
        "diundang mengunjungi Distrik Chenggong untuk menggali peluang kerja sama pertanian.",
        published="2024-03-30",
    )
    assert rec.is_cooperation
    assert [[p.name for p in c.parties] for c in rec.cooperations] == [
        ["Kabupaten Dairi", "Chenggong"]
    ]
    assert rec.cooperations[0].parties[1].country == "CN"


def test_a_mayor_named_as_witness_with_saksi_is_no_party() -> None:
    rec = extract_article(
        "Medan - PT PLN UID Sumut dan PT Bank Sumut menandatangani perjanjian kerja sama "
        "pembayaran listrik dengan saksi Wali Kota Medan, Senin (29/10/2018).\nKerja sama itu "
        "memudahkan pelanggan membayar tagihan.",
        published="2018-10-30",
    )
    assert not any(p.code == "12.71" for c in rec.cooperations for p in c.parties)


def test_regencies_named_by_their_short_forms() -> None:
    rec = extract_article(
        "Kendari - Pemkab Konsel dan Pemkab Butur meneken kesepakatan bersama distribusi "
        "beras, Kamis (23/1/2025). Bupati Bolmong Utara hadir sebagai tamu.",
        published="2025-01-24",
    )
    assert [[p.code for p in c.parties] for c in rec.cooperations] == [["74.05", "74.10"]]


def test_a_town_abroad_whose_name_is_hyphened_in_capitals() -> None:
    rec = extract_article(
        "MOSKOW - Walikota Medan dan Wakil Walikota Rostov-On-Don, Federasi Rusia, bertemu di "
        "Moskow pada 4 Agustus 2017.\nKedua kota menjajaki kerja sama sister city.",
        published="2017-08-05",
    )
    assert [[p.name for p in c.parties] for c in rec.cooperations] == [
        ["Kota Medan", "Rostov-On-Don"]
    ]
