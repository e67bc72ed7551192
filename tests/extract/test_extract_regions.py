"""Indonesian regions as parties, on short articles written for the tests: a region named
only as a place, a locator, a bystander or the area of a unit is no party of its own."""

from __future__ import annotations

import datetime as dt

from kerjasama.extract.parties import collect_candidates
from kerjasama.extract.pipeline import extract_doc
from kerjasama.sources.model import RawArticle
from support import party_names as parties

TODAY = dt.date(2026, 11, 24)


def test_province_written_after_its_regency_with_a_space_only_locates_it() -> None:
    found = parties(
        "Pemerintah Kabupaten Pesisir Barat menjalin kerja sama dengan Pemerintah Kabupaten "
        "Garut Jawa Barat di bidang pertanian, Senin (21/4).\n"
        "Bupati Pesisir Barat Dedi Irawan dan Bupati Garut Rudy Gunawan meneken nota "
        "kesepahaman kerja sama itu."
    )
    assert found is not None
    assert "Kabupaten Garut" in found
    assert "Provinsi Jawa Barat" not in found


def test_province_ending_the_name_of_its_unit_is_not_linked_by_the_units_dan() -> None:
    found = parties(
        "Pemerintah Kota Jayapura menandatangani nota kesepahaman kerja sama kota kembar "
        "dengan Kota Vanimo, Papua Nugini, Senin (21/4).\n"
        "Kerja sama itu dijelaskan Kepala Badan Perbatasan dan Kerja Sama Luar Negeri Provinsi "
        "Papua Martha Wenda kepada wartawan dalam kerja sama tersebut."
    )
    assert found is not None
    assert "Kota Jayapura" in found
    assert "Provinsi Papua" not in found


def test_regions_that_only_attend_or_facilitate_are_no_parties() -> None:
    found = parties(
        "Pemerintah Provinsi Jambi menandatangani perjanjian kerja sama dengan PT Hutan Lestari "
        "Abadi untuk pengelolaan taman hutan raya, Rabu (23/4).\n"
        "Penandatanganan kerja sama itu dihadiri perwakilan Dinas Lingkungan Hidup Kota "
        "Sungai Penuh, Dinas Kehutanan Kabupaten Kerinci dan Kabupaten Merangin."
    )
    assert found is not None
    assert "Provinsi Jambi" in found
    for region in ("Kota Sungai Penuh", "Kabupaten Kerinci", "Kabupaten Merangin"):
        assert region not in found


def test_province_that_facilitates_a_regencys_sister_city_is_no_party() -> None:
    found = parties(
        "Pemerintah Kabupaten Sragen menandatangani surat pernyataan kehendak kerja sama kota "
        "kembar dengan Kota Quanzhou, Tiongkok, Selasa (22/4).\n"
        "Kerja sama kota kembar itu difasilitasi oleh Pemerintah Provinsi Jawa Tengah."
    )
    assert found is not None
    assert "Kabupaten Sragen" in found
    assert "Provinsi Jawa Tengah" not in found


def test_regions_named_together_after_a_locative_are_places_not_partners() -> None:
    found = parties(
        "Pemerintah Kota Surakarta bersama belasan kota di Jawa Barat dan Jawa Timur "
        "menandatangani kesepakatan bersama dengan Kementerian Lingkungan Hidup tentang "
        "pengelolaan sampah, Jumat (25/4).\n"
        "Wali Kota Surakarta Respati Ardi menyebut kerja sama itu penting."
    )
    assert found is not None
    assert "Kota Surakarta" in found
    assert "Provinsi Jawa Timur" not in found


def test_a_region_one_travels_to_is_not_linked_as_a_partner() -> None:
    found = parties(
        "Pemerintah Provinsi Kalimantan Barat dan Negeri Sarawak membahas kerja sama "
        "perdagangan lintas batas, Rabu (23/4).\n"
        "Gubernur Kalimantan Barat Ria Norsan mengatakan kerja sama itu memudahkan warga yang "
        "dulu harus terbang ke Pontianak lebih dulu."
    )
    assert found is not None
    assert "Provinsi Kalimantan Barat" in found
    assert "Kota Pontianak" not in found


def test_town_after_a_bodys_short_form_is_part_of_its_name() -> None:
    found = parties(
        "Pemerintah Kabupaten Agam menandatangani nota kesepahaman dengan Universitas Baiturrahmah "
        "Padang tentang pengabdian masyarakat, Senin (21/4).\n"
        "Bupati Agam mengatakan kerja sama dengan UNBRAH Padang itu mencakup kuliah kerja nyata."
    )
    assert found is not None
    assert "Kabupaten Agam" in found
    assert "Kota Padang" not in found


def test_region_in_a_national_offices_name_is_no_party() -> None:
    found = parties(
        "Pemerintah Kota Tomohon menandatangani perjanjian kerja sama dengan Balai Pemasyarakatan "
        "Kelas II Bitung tentang pembimbingan klien, Kamis (24/4).\n"
        "Wali Kota Tomohon Caroll Senduk menyebut kerja sama itu bagian dari keadilan restoratif."
    )
    assert found is not None
    assert "Kota Tomohon" in found
    assert "Kota Bitung" not in found


def test_bare_name_shared_by_a_province_and_its_capital_is_the_city_in_a_city_story() -> None:
    found = parties(
        "Pemerintah Kota Bengkulu menandatangani nota kesepahaman kerja sama dengan Kota "
        "Padang tentang pariwisata, Senin (21/4).\n"
        "Wali Kota Padang Fadly Amran mengatakan kerja sama dengan Bengkulu akan segera "
        "dijalankan oleh kedua kota."
    )
    assert found is not None
    assert "Kota Bengkulu" in found
    assert "Provinsi Bengkulu" not in found


def test_regions_listed_as_where_a_deal_spends_are_no_parties() -> None:
    found = parties(
        "Gubernur Jawa Timur Khofifah menandatangani perjanjian kerja sama dengan Bupati "
        "Sidoarjo tentang bantuan keuangan, Jumat (25/4).\n"
        "Perjanjian kerja sama itu untuk membangun jalan di empat kabupaten di Jawa Timur yang "
        "tertinggal, yaitu Kabupaten Sampang, Bangkalan, Pamekasan, dan Sumenep."
    )
    assert found is not None
    assert "Kabupaten Sidoarjo" in found
    for region in ("Kabupaten Sampang", "Kabupaten Bangkalan", "Kabupaten Sumenep"):
        assert region not in found


def test_pilot_areas_of_a_cooperation_are_no_parties() -> None:
    found = parties(
        "Pemerintah Kota Kendari menandatangani nota kesepahaman dengan Yayasan Gizi Sehat "
        "Nusantara tentang penurunan stunting, Senin (21/4).\n"
        "Kerja sama itu sudah berjalan di daerah percontohan yaitu Kabupaten Konawe, Kabupaten "
        "Kolaka, dan Kabupaten Muna."
    )
    assert found is not None
    assert "Kota Kendari" in found
    for region in ("Kabupaten Konawe", "Kabupaten Kolaka", "Kabupaten Muna"):
        assert region not in found


def test_neighbours_named_after_berbatasan_dengan_are_no_partners() -> None:
    found = parties(
        "Pemerintah Kabupaten Banjar dan Pemerintah Kota Banjarbaru menandatangani kesepakatan "
        "bersama tentang pengelolaan air bersih, Kamis (24/4).\n"
        "Kerja sama itu penting karena Kabupaten Banjar berbatasan langsung dengan Kota "
        "Banjarmasin, Kabupaten Tapin, dan Kabupaten Barito Kuala, kata Bupati Banjar."
    )
    assert found is not None
    assert "Kabupaten Banjar" in found and "Kota Banjarbaru" in found
    for region in ("Kota Banjarmasin", "Kabupaten Tapin", "Kabupaten Barito Kuala"):
        assert region not in found


def test_list_opening_its_sentence_is_framed_by_the_sentence_before() -> None:
    found = parties(
        "Kementerian Kesehatan dan WHO menandatangani perjanjian kerja sama program imunisasi "
        "2025-2027, Kamis (24/4).\n"
        "Dokumen kerja sama itu sudah diserahkan kepada lima provinsi pelaksana program.\n"
        "Yaitu Provinsi Riau, Jambi, Lampung, Bengkulu dan Banten."
    )
    assert found is None or not any(
        region in found for region in ("Provinsi Riau", "Provinsi Jambi", "Provinsi Banten")
    )


def test_region_after_a_bodys_area_word_is_part_of_its_name() -> None:
    found = parties(
        "Pemerintah Kabupaten Lombok Barat menandatangani nota kesepahaman dengan Universitas "
        "Merdeka Nusantara tentang kuliah kerja nyata, Rabu (23/4).\n"
        "Bupati Lombok Barat mengatakan kerja sama dengan Unmenus Kampus Mataram itu dimulai "
        "bulan depan."
    )
    assert found is not None
    assert "Kabupaten Lombok Barat" in found
    assert "Kota Mataram" not in found


def test_government_named_with_its_form_after_a_body_is_a_party_of_its_own() -> None:
    found = parties(
        "Rencana nota kesepahaman antara Universitas Cendekia Kampus Cilegon dan Pemerintah "
        "Provinsi Banten dibahas di Serang, Rabu (12/2).\n"
        "Penjabat gubernur menyambut baik rencana kerja sama tersebut."
    )
    assert found is not None
    assert "Provinsi Banten" in found


def test_region_named_as_what_a_town_is_the_capital_of_only_locates_it() -> None:
    found = parties(
        "Pemerintah Australia siap menghidupkan kembali kerja sama kota kembar antara Ambon dan "
        "Darwin, kata Duta Besar Australia di Saumlaki, ibu kota Kabupaten Kepulauan Tanimbar, "
        "Minggu.\n"
        "Kerja sama kota kembar itu pernah berjalan pada 2008."
    )
    assert found is None or "Kabupaten Kepulauan Tanimbar" not in found


def test_bare_items_of_a_list_take_the_kind_of_its_first_items_form() -> None:
    found = parties(
        "Pemerintah Provinsi Jawa Timur menandatangani kesepakatan bersama dengan Kabupaten "
        "Sidoarjo, Malang dan Probolinggo tentang pengendalian banjir, Selasa (22/4).\n"
        "Gubernur Jawa Timur menyebut kerja sama itu mendesak."
    )
    assert found is not None
    assert "Kabupaten Malang" in found and "Kabupaten Probolinggo" in found
    assert "Kota Malang" not in found


def test_english_plural_after_a_pair_names_its_kind() -> None:
    found = parties(
        "The governments of Blitar and Sleman regencies signed a partnership agreement on "
        "tourism on Wednesday.\n"
        "The Blitar regent said the partnership agreement would last five years."
    )
    assert found is not None
    assert "Kabupaten Blitar" in found
    assert "Kota Blitar" not in found


def test_bare_name_listed_beside_its_formed_twin_is_the_other_kind() -> None:
    found = parties(
        "Sebelas daerah anggota kerja sama antardaerah menandatangani perjanjian kerja sama "
        "pengelolaan sampah, yaitu Gresik, Lamongan, Mojokerto, Kota Mojokerto, Jombang, dan "
        "Tuban, Kamis (24/4).\n"
        "Bupati Gresik menyebut perjanjian kerja sama itu berlaku lima tahun."
    )
    assert found is not None
    assert "Kabupaten Mojokerto" in found and "Kota Mojokerto" in found


def test_a_formed_item_sets_the_kind_of_the_bare_items_after_it() -> None:
    found = parties(
        "Kementerian Lingkungan Hidup menandatangani kesepakatan bersama dengan Kota Batu, "
        "Pasuruan, serta Kabupaten Lumajang, Malang dan Probolinggo, Jumat (25/4).\n"
        "Kesepakatan bersama itu tentang perubahan iklim."
    )
    assert found is not None
    assert "Kabupaten Malang" in found and "Kabupaten Probolinggo" in found
    assert "Kota Pasuruan" in found


def test_region_after_se_names_an_area_not_a_party() -> None:
    found = parties(
        "Bupati Minahasa Selatan dan para kepala daerah se-Sulawesi Utara meneken "
        "nota kesepahaman dengan Kejaksaan Tinggi Sulawesi Utara, Senin (21/4).\n"
        "Nota kesepahaman itu tentang pendampingan hukum."
    )
    assert found is not None
    assert "Kabupaten Minahasa Selatan" in found
    assert "Provinsi Sulawesi Utara" not in found


def test_english_head_after_the_region_makes_it_act_as_a_government() -> None:
    found = parties(
        "Surabaya-Busan Discuss Port Cooperation\n\n"
        "Surabaya Vice Mayor Armuji received a delegation from Busan on Thursday.\n"
        "They discussed continuing the cooperation in port management and tourism, he said."
    )
    assert found is not None
    assert "Kota Surabaya" in found


def test_misspelt_list_items_written_with_their_form_are_read() -> None:
    found = parties(
        "Pemerintah Kota Bandung menandatangani nota kesepahaman kerja sama dengan sejumlah "
        "daerah, Kamis (24/4).\n"
        "Daerah yang menandatangani nota kesepahaman itu yaitu Kota makasar, Kab. Maros, "
        "Kab. Bolang mongondow utara, Kab. Tebo dan Kab. Nias."
    )
    assert found is not None
    assert "Kota Makassar" in found
    assert "Kabupaten Bolaang Mongondow Utara" in found


def test_another_regions_foreign_partnership_given_as_an_example_is_no_party() -> None:
    found = parties(
        "Pemerintah Kota Banjarmasin menjajaki kerja sama kota kembar dengan Kota Toulouse, "
        "Prancis, Selasa (22/4).\n"
        "Menurutnya, banyak kota di Indonesia sudah menjalin kerja sama kota kembar, misalnya "
        "kota Medan dengan Ichikawa Jepang, serta Kota Bitung dengan Davao Filipina.\n"
        "Wali Kota Banjarmasin berharap kerja sama dengan Toulouse segera terwujud."
    )
    assert found is not None
    assert "Kota Banjarmasin" in found
    assert "Kota Medan" not in found and "Kota Bitung" not in found


def test_list_of_regions_each_written_with_its_head_is_one_list() -> None:
    found = parties(
        "Wali Kota Binjai dan Wali Kota Kumamoto, Jepang, menandatangani kesepakatan kerja sama "
        "di Jakarta, Senin (21/4).\n"
        "Selain Wali Kota Binjai, kerja sama juga dilakukan dengan Wali Kota Kendari, Wali Kota "
        "Ternate, Bupati Sumba Timur (NTT), Bupati Kaur (Bengkulu) dan Bupati Kaimana."
    )
    assert found is not None
    for region in ("Kota Kendari", "Kota Ternate", "Kabupaten Sumba Timur", "Kabupaten Kaur"):
        assert region in found


def test_region_ending_a_venues_address_is_where_it_happened_not_a_party() -> None:
    doc = extract_doc(
        RawArticle(
            text="Gubernur Jambi menandatangani surat pernyataan kehendak kerja sama provinsi "
            "kembar dengan Provinsi Gyeonggi, Korea Selatan, Jumat (17/2).\n"
            "Penandatanganan surat kerja sama itu berlangsung di Aula Pendopo Kenanga, Muara "
            "Bulian, Kabupaten Batanghari.",
        ),
        TODAY,
    )
    cands = {c.party.name: c for c in collect_candidates(doc).values()}
    assert cands["Provinsi Jambi"].coop_mentions
    assert not cands["Kabupaten Batanghari"].coop_mentions


def test_head_after_a_place_and_a_comma_is_no_address() -> None:
    found = parties(
        "Di Balikpapan, Gubernur Kalimantan Timur menandatangani nota kesepahaman dengan "
        "Universitas Mulia Raya tentang beasiswa, Senin (21/4).\n"
        "Nota kesepahaman itu berlaku tiga tahun."
    )
    assert found is not None
    assert "Provinsi Kalimantan Timur" in found


def test_towns_of_the_home_province_named_only_as_places_are_no_partners() -> None:
    found = parties(
        "Central Java and Victoria Explore Education Cooperation\n\n"
        "The Central Java Governor met the Victorian Minister for Trade in Semarang on Monday "
        "to explore cooperation in vocational education.\n"
        "The minister came to Surakarta and Magelang, and also discussed the cooperation "
        "between Victoria and Central Java, he said."
    )
    assert found is not None
    assert "Provinsi Jawa Tengah" in found
    assert "Kota Surakarta" not in found


def test_only_a_list_lead_opening_a_sentence_borrows_the_sentence_before() -> None:
    found = parties(
        "Pemkot Pontianak menjalin kerja sama perdagangan dengan Pemkab Kubu Raya.\n"
        "Pasokan pangan menjadi tujuan kerja sama itu.\n"
        "Pemerintah Kabupaten Sambas dan Kubu Raya menawarkan kerja sama sayur kepada Kota "
        "Pontianak."
    )
    assert found is not None
    assert "Kabupaten Sambas" in found


def test_bare_name_after_a_mayors_title_and_dan_is_a_city() -> None:
    found = parties(
        "Wali Kota Makassar Andi Rahman menandatangani perjanjian kerja sama pengelolaan sampah "
        "dengan Wali Kota Surakarta dan Yogyakarta di Makassar, Senin (7/4).\n"
        "Kerja sama itu meliputi pertukaran tenaga ahli."
    )
    assert found is not None
    assert "Kota Yogyakarta" in found
    assert "Provinsi Daerah Istimewa Yogyakarta" not in found


def test_bare_name_after_a_regents_title_and_dan_is_a_regency() -> None:
    found = parties(
        "Bupati Garut Rudi Santosa menandatangani perjanjian kerja sama air bersih dengan "
        "Bupati Sleman dan Magelang di Garut, Senin (7/4).\n"
        "Kerja sama itu meliputi pertukaran tenaga ahli."
    )
    assert found is not None
    assert "Kabupaten Magelang" in found
    assert "Kota Magelang" not in found


def test_town_after_and_in_an_english_story_is_a_place_not_a_government() -> None:
    found = parties(
        "The Governor of Central Java, Budi Santoso, and the Premier of Queensland signed a "
        "memorandum of understanding on cooperation in education, Monday (14/4).\n"
        "The Premier also came to Semarang and Pekalongan to discuss the cooperation with "
        "local businesses.\n"
        "The cooperation will run for five years."
    )
    assert found is not None
    assert "Kota Pekalongan" not in found


def test_province_after_a_lower_case_topic_word_is_a_place_not_a_government() -> None:
    found = parties(
        "Universitas Cendana Raya menandatangani nota kesepahaman kerja sama dengan Pemerintah "
        "Kabupaten Sikka dan Pemerintah Kabupaten Ende, Kamis (3/4).\n"
        "Rektor mengatakan kerja sama itu wujud komitmen bersama untuk meningkatkan pembangunan "
        "Nusa Tenggara Timur.\n"
        "Kerja sama itu juga diharapkan memajukan pendidikan NTT.\n"
        "Kerja sama meliputi pendidikan dan penelitian."
    )
    assert found is not None
    assert "Provinsi Nusa Tenggara Timur" not in found
