"""Parties on short articles written for the tests: bodies no gazetteer lists, coordinated
subjects, a region inside a body's name, and deals that are not the region's own."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama.extract import extract_article
from kerjasama.extract.entities import find_pattern_orgs
from kerjasama.extract.parties import collect_candidates
from kerjasama.extract.pipeline import extract_doc
from kerjasama.sources.model import RawArticle
from support import party_names as parties

TODAY = dt.date(2026, 11, 24)


def candidate_names(text: str) -> set[str]:
    """The party candidates the story's stages find, before sides are chosen."""
    return {c.party.name for c in collect_candidates(extract_doc(RawArticle(text=text))).values()}


def test_prosecutor_named_with_its_acronym_is_one_party_and_its_region_no_second_one() -> None:
    found = parties(
        "Kabupaten Purwakarta bersama Kejaksaan Negeri (Kejari) Purwakarta meneken nota "
        "kesepakatan bersama untuk pendampingan hukum perdata, Kamis (24/4).\n"
        "Kepala Kejari Purwakarta Budi Santoso mengatakan kerja sama itu berlaku lima tahun."
    )
    assert found == ["Kabupaten Purwakarta", "Kejaksaan Negeri Purwakarta"]


def test_police_partner_of_a_city_is_cooperation() -> None:
    found = parties(
        "Pemerintah Kota Manado bersama Polda Sulawesi Utara meneken perjanjian kerja sama "
        "pengintegrasian kamera pengawas, Selasa (22/4).\n"
        "Wali Kota Manado Andrei Angouw menyebut kerja sama itu untuk keamanan warga."
    )
    assert found == ["Kota Manado", "Kepolisian Daerah Sulawesi Utara"]


def test_partner_before_the_government_in_a_coordinated_subject() -> None:
    found = parties(
        "Perum Jasa Tirta I bersama Pemerintah Kabupaten Sumenep menyepakati perjanjian kerja "
        "sama pengembangan air minum kemasan.\n"
        "Bupati Sumenep Achmad Fauzi berharap kerja sama itu menambah pendapatan daerah."
    )
    assert found is not None and found[0] == "Kabupaten Sumenep"
    assert "Perum Jasa Tirta I" in found


def test_university_with_acronym_and_city_in_its_name() -> None:
    found = parties(
        "Pemkab Sumba Barat kembali menggandeng Institut Teknologi Nasional (ITN) Malang.\n"
        "Penandatanganan nota kesepahaman dilakukan Bupati Sumba Barat Yohanis Dade dan Rektor "
        "ITN Malang di kampus ITN Malang, Rabu (23/4)."
    )
    assert found == ["Kabupaten Sumba Barat", "Institut Teknologi Nasional Malang"]
    assert "Kota Malang" not in found


def test_english_university_and_foundation_names() -> None:
    found = parties(
        "The Government of West Sumbawa Regency signed an extension of the Memorandum of "
        "Understanding with Udayana University on Monday.\n"
        "The cooperation covers health services, the regent said."
    )
    assert found is not None and "Udayana University" in found


def test_deal_of_a_regional_enterprise_with_a_company_is_not_the_regions() -> None:
    found = parties(
        "Perumda Air Minum Tirta Raharja milik Kabupaten Bandung menandatangani perjanjian kerja "
        "sama investasi dengan PT Moya Indonesia secara business to business.\n"
        "Bupati Bandung Dadang Supriatna menyaksikan penandatanganan itu."
    )
    assert found is None


def test_region_signing_in_its_own_name_beside_its_enterprise_is_the_regions_deal() -> None:
    found = parties(
        "Pemerintah Kabupaten Kuningan mendorong layanan air minum Perumda Tirta Kamuning.\n"
        "Penandatanganan perjanjian kerja sama dilakukan oleh Bupati Kuningan Rina Kartika "
        "dan Direktur PT Tirta Lestari Nusantara (TLN) Bayu Prakoso, Senin (3/4).\n"
        "Menurut Rina, kerja sama antara Pemkab Kuningan dengan PT TLN memperluas layanan."
    )
    assert found is not None and "PT Tirta Lestari Nusantara" in found
    assert "PT TLN" not in found  # the short form defined in brackets is the same company


def test_one_sentence_naming_a_topic_twice_counts_it_once() -> None:
    found = parties(
        "PT Bauksit Nusantara dan Pemerintah Provinsi Kalimantan Utara kembali meneken nota "
        "kesepakatan proyek kawasan industri, Selasa (2/5).\n"
        "Gubernur Kalimantan Utara mengatakan kerja sama itu membuka lapangan kerja.\n"
        "Perusahaan itu juga akan menjalin kerja sama business to business (B2B) dengan "
        "investor lain."
    )
    assert found is not None and "PT Bauksit Nusantara" in found


def test_a_kind_of_body_and_a_legislature_are_no_parties() -> None:
    found = parties(
        "Bupati Kuningan menandatangani nota kesepahaman dengan PT Baja Raya Nusantara Tbk, "
        "Selasa (4/4); pemda menyebutnya bagian dari kemitraan dengan Badan Usaha Milik "
        "Negara.\n"
        "Kerja sama itu juga dilaporkan kepada Dewan Perwakilan Rakyat Daerah."
    )
    assert found is not None and "PT Baja Raya Nusantara Tbk" in found
    assert not {"Badan Usaha Milik Negara", "Dewan Perwakilan Rakyat Daerah"} & set(found)


def test_a_company_named_again_with_another_closing_word_is_one_party() -> None:
    found = parties(
        "Bupati Kuningan menandatangani nota kesepahaman dengan PT Baja Raya Nusantara Tbk, "
        "Selasa (4/4).\n"
        "Menurut Bupati, kerja sama dengan Baja Raya Nusantara Group itu membuka lapangan kerja."
    )
    assert found is not None and found.count("PT Baja Raya Nusantara Tbk") == 1
    assert "Baja Raya Nusantara Group" not in found


def test_a_company_named_with_co_ltd_holds_the_province_in_its_name() -> None:
    found = parties(
        "Pemerintah Kabupaten Kuningan menandatangani nota kesepahaman dengan Shanxi Baoli "
        "Co., Ltd. asal China, Senin (3/4).\n"
        "Bupati Kuningan mengatakan kerja sama itu membangun pabrik pengolahan."
    )
    assert found is not None and "Provinsi Shanxi" not in found


def test_a_region_teaming_up_with_a_company_is_cooperation() -> None:
    found = parties(
        "Pemkab Kuningan Gandeng PT Agro Lestari Kembangkan Kopi\n"
        "Pemerintah Kabupaten Kuningan menggandeng PT Agro Lestari untuk mengembangkan kopi "
        "rakyat, Selasa (4/4).\n"
        "Bupati Kuningan menyebut petani akan mendapat pendampingan."
    )
    assert found is not None and "PT Agro Lestari" in found


def test_police_only_cooperation_stays_negative() -> None:
    found = parties(
        "Polda Jawa Timur dan Kodam V Brawijaya menandatangani nota kesepahaman pengamanan "
        "objek vital.\n"
        "Kapolda Jatim menyebut kerja sama itu memperkuat sinergi TNI dan Polri."
    )
    assert found is None


def test_country_an_investor_comes_from_is_not_a_party() -> None:
    found = parties(
        "Pemerintah Provinsi Jambi menandatangani nota kesepahaman dengan PT Sinar Energi Hijau, "
        "investor asal Korea Selatan, Senin (21/4).\n"
        "Gubernur Jambi Al Haris mengatakan kerja sama itu membuka lapangan kerja."
    )
    assert found is not None and "Korea Selatan" not in found
    assert "PT Sinar Energi Hijau" in found


def test_foreign_town_known_by_its_country_is_the_partner_and_its_country_is_not() -> None:
    found = parties(
        "Pemerintah Kota Kendari dan Pemerintah Kota Haugesund, Norwegia, menandatangani nota "
        "kesepahaman kota kembar di Kendari, Senin (21/4).\n"
        "Wali Kota Haugesund Arne Nilsen berharap kerja sama itu memperluas pertukaran pelajar."
    )
    assert found == ["Kota Kendari", "Haugesund"]


def test_foreign_town_with_its_region_in_brackets_and_no_region_party() -> None:
    found = parties(
        "Pemkab Sleman dan Tromsdal (Provinsi Western Cape, Afrika Selatan) meneken perpanjangan "
        "MoU sister city secara daring, Jumat (25/4)."
    )
    assert found == ["Kabupaten Sleman", "Tromsdal"]


def test_town_government_beside_a_foreign_country_in_its_sentence() -> None:
    found = parties(
        "Pemerintah Kota Ambon menjajaki kerja sama pendidikan dengan Pemerintah Kota Nablus "
        "atas undangan Pemerintah Palestina, Selasa (22/4)."
    )
    assert found is not None and "Nablus" in found


def test_a_person_named_before_a_country_is_no_town() -> None:
    rec = extract_article(
        "Pemprov Jawa Barat menjalin kerja sama investasi dengan Korea Selatan, Rabu (23/4).\n"
        "Menurut Duta Besar Lee Sang, Korea Selatan siap menambah investasi.\n"
        "Sementara itu, tambah Kim, Korea Selatan juga membuka pelatihan tenaga kerja.",
        today=TODAY,
        published="2025-04-25",
    )
    kinds = {p.name: p.kind for c in rec.cooperations for p in c.parties}
    assert "foreign_city" not in kinds.values()
    assert kinds.get("Korea Selatan") == "country"


def test_a_sentences_opening_word_before_a_country_is_no_town() -> None:
    doc = extract_doc(
        RawArticle(
            text="Gubernur Jawa Timur menerima Dubes Kenya untuk menjajaki kerja sama "
            "pendidikan, Kamis (3/3).\n\nPasalnya, pemerintah Kenya akan membuka beasiswa "
            "bagi pelajar Jawa Timur."
        )
    )
    names = [c.party.name for c in collect_candidates(doc).values()]
    assert names == ["Provinsi Jawa Timur", "Kenya"]


def test_a_name_running_on_into_a_sites_domain_is_an_outlet_no_place() -> None:
    doc = extract_doc(
        RawArticle(
            text="Ambon, Sonora.ID – Pemkot Ambon menjajaki kerja sama pariwisata dengan "
            "Kota Darwin, Australia, Senin (3/3)."
        )
    )
    surfaces = [h.surface for h in doc.hits]
    assert "Sonora" not in surfaces
    assert "Ambon" in surfaces


def test_a_body_pointed_back_at_by_its_leading_word_is_linked_there() -> None:
    doc = extract_doc(
        RawArticle(
            text="LUBUK BASUNG – Pemkab Agam menyiapkan penjajakan MoU pendidikan, Rabu "
            "(15/10/2025).\nRektor UIN Imam Bonjol Padang, Ahmad, ikut rapat di kantor bupati."
            "\nBupati Agam, Budi, menyebut penjajakan MoU dengan UIN ini komitmen daerah untuk "
            "mutu guru."
        )
    )
    uin = collect_candidates(doc)["org:uin imam bonjol padang"]
    assert (uin.linked, uin.coop_mentions) == (1, 1)


def test_region_right_after_its_town_only_locates_it() -> None:
    found = parties(
        "Pemerintah Kota Mataram, Nusa Tenggara Barat, menandatangani nota kesepahaman dengan "
        "Pemerintah Kabupaten Sumbawa tentang pengelolaan air bersih, Kamis (24/4)."
    )
    assert found == ["Kota Mataram", "Kabupaten Sumbawa"]


def test_partners_listed_after_a_colon_each_get_a_record() -> None:
    rec = extract_article(
        "Pemerintah Provinsi Jawa Tengah menjalin kerja sama dengan lima daerah, Senin (21/4).\n"
        "Adapun kepala daerah yang menandatangani kerja sama itu yakni:\n"
        "1. Gubernur Bengkulu\n"
        "2. Wali Kota Solok\n"
        "3. Bupati Jember\n"
        "Gubernur Jawa Tengah Ahmad Luthfi berharap kerja sama itu menambah perdagangan.",
        today=TODAY,
        published="2025-04-25",
    )
    assert rec.is_cooperation
    found = {p.name for c in rec.cooperations for p in c.parties}
    assert found == {"Provinsi Jawa Tengah", "Provinsi Bengkulu", "Kota Solok", "Kabupaten Jember"}


def test_a_region_acting_through_its_company_with_a_foreign_investor_is_no_region_deal() -> None:
    rec = extract_article(
        "Pemerintah Provinsi Jambi melalui PT Jambi Energi Daerah menandatangani nota "
        "kesepahaman dengan investor asal Jepang tentang pengolahan kelapa, Senin (21/4).\n"
        "Direktur Utama PT Jambi Energi Daerah Budi Hartono mengatakan kerja sama itu bernilai "
        "Rp2 triliun.",
        today=TODAY,
        published="2025-04-25",
    )
    assert not rec.is_cooperation


def test_directorates_general_listed_with_acronyms_are_parties() -> None:
    found = parties(
        "Pemerintah Kabupaten Bireuen menandatangani perjanjian kerja sama optimalisasi pajak "
        "antara Direktorat Jenderal Perimbangan Keuangan (DJPK), Direktorat Jenderal Pajak "
        "(DJP), dan pemkab, Rabu (23/4)."
    )
    assert found is not None
    assert "Direktorat Jenderal Pajak" in found
    assert "Direktorat Jenderal Perimbangan Keuangan" in found


def test_a_ministry_signing_with_a_partner_and_no_region_is_cooperation() -> None:
    found = parties(
        "Kementerian Pekerjaan Umum menandatangani nota kesepahaman dengan Japan International "
        "Cooperation Agency (JICA) tentang pengendalian banjir, Selasa (22/4).\n"
        "Kerja sama itu berlaku lima tahun."
    )
    assert found is not None and "Kementerian Pekerjaan Umum" in found


def test_a_body_named_later_by_its_short_form_is_the_partner() -> None:
    found = parties(
        "Bupati Barito Utara menerima kunjungan rombongan Universitas Negeri Yogyakarta (UNY) "
        "di ruang kerjanya, Senin (21/4).\n"
        "Kunjungan itu membahas rencana kerja sama antara UNY dengan pemerintah daerah di "
        "bidang pendidikan."
    )
    assert found == ["Kabupaten Barito Utara", "Universitas Negeri Yogyakarta"]


def test_police_with_a_foreign_police_and_its_region_only_in_its_name_is_no_cooperation() -> None:
    found = parties(
        "Polda Nusa Tenggara Timur (NTT) menjalin kerja sama dengan kepolisian Timor Leste "
        "guna mencegah penyelundupan, Selasa (22/4).\n"
        "Kerja sama itu diteken dalam rapat di Atambua."
    )
    assert found is None


def test_a_comparative_study_visit_about_cooperation_is_no_cooperation() -> None:
    found = parties(
        "Biro Pemerintahan Provinsi Jawa Tengah melakukan studi banding ke Pemerintah Provinsi "
        "Sulawesi Tenggara tentang pengelolaan kerja sama luar negeri, Jumat (25/4).\n"
        "Kami datang untuk mempelajari kerja sama yang sudah berjalan di Sultra, kata Kepala "
        "Bagian Kerja Sama Jawa Tengah."
    )
    assert found is None


def test_a_trade_mission_between_two_provinces_is_cooperation() -> None:
    found = parties(
        "Pemerintah Provinsi Jawa Timur menggelar misi dagang dengan Pemerintah Provinsi Nusa "
        "Tenggara Timur di Kupang, Rabu (23/4).\n"
        "Misi dagang itu mencatat transaksi Rp212 miliar."
    )
    assert found == ["Provinsi Jawa Timur", "Provinsi Nusa Tenggara Timur"]


def test_a_company_named_with_no_pt_after_a_frame_word_is_the_partner() -> None:
    found = parties(
        "Pemerintah Kabupaten Wajo menandatangani nota kesepahaman dengan perusahaan Fluedtec "
        "Jerman tentang penyediaan air bersih, Senin (21/4).\n"
        "Bupati Wajo menyebut kerja sama itu menjangkau 20 desa."
    )
    assert found is not None and "Fluedtec" in found


def test_a_regional_service_named_alone_is_no_party() -> None:
    found = parties(
        "Pemerintah Kota Ambon menandatangani nota kesepahaman dengan Universitas Pattimura "
        "tentang penelitian, Kamis (24/4).\n"
        "Penandatanganan kerja sama itu dihadiri Dinas Kesehatan dan Badan Pendapatan Daerah."
    )
    assert found == ["Kota Ambon", "Universitas Pattimura"]


def test_company_named_later_without_its_legal_form_is_the_partner() -> None:
    found = parties(
        "Pemkab Sorong dan Samudra Nikel menandatangani nota kesepahaman pembangunan puskesmas, "
        "Rabu (23/4).\n"
        "Penandatanganan dilakukan Bupati Sorong dan Direktur PT Samudra Nikel, Budi Hartono.\n"
        "Bupati berharap kerja sama antara Pemkab Sorong dan Samudra Nikel berlanjut."
    )
    assert found == ["Kabupaten Sorong", "PT Samudra Nikel"]


def test_prosecutor_of_the_region_in_view_named_as_setempat() -> None:
    found = parties(
        "Pemerintah Kabupaten Kapuas dan Kejaksaan Negeri setempat menandatangani nota "
        "kesepahaman bidang perdata dan tata usaha negara, Kamis (24/4).\n"
        "Bupati Kapuas mengatakan kerja sama itu membantu penanganan masalah hukum daerah."
    )
    assert found == ["Kabupaten Kapuas", "Kejaksaan Negeri Kapuas"]


def test_foreign_town_of_a_friendship_city_with_no_country_named() -> None:
    found = parties(
        "Pemerintah Kota Bogor dan Wali Kota Tamarazu menandatangani pernyataan minat kota "
        "persahabatan, Rabu (23/4).\n"
        "Kerja sama kota persahabatan antara Bogor dengan Tamarazu meliputi pendidikan dan "
        "pertanian organik."
    )
    assert found == ["Kota Bogor", "Tamarazu"]


def test_signatories_listed_in_a_sentence_of_their_own_are_parties() -> None:
    found = parties(
        "Sebanyak empat kabupaten menandatangani kesepakatan bersama kerja sama antardaerah di "
        "Pendopo Kabupaten Ngawi, Kamis (24/4).\n"
        "Empat daerah tersebut meliputi Kabupaten Ngawi, Kabupaten Madiun, Kabupaten Magetan, "
        "dan Kabupaten Ponorogo.\n"
        "Bupati Ngawi mengatakan kerja sama itu mempermudah pelayanan di perbatasan."
    )
    assert found is not None
    assert set(found) == {
        "Kabupaten Ngawi",
        "Kabupaten Madiun",
        "Kabupaten Magetan",
        "Kabupaten Ponorogo",
    }


def test_places_a_programme_reaches_are_not_parties() -> None:
    found = parties(
        "Kementerian Kelautan dan Perikanan dan Pemerintah Provinsi Jawa Timur menandatangani "
        "perjanjian kerja sama kampung nelayan, Jumat (25/4).\n"
        "Empat kabupaten yang menjadi lokasi program adalah Tuban, Lamongan, Gresik, dan "
        "Sumenep.\n"
        "Gubernur Jawa Timur mengatakan kerja sama itu membantu nelayan."
    )
    assert found is not None and "Kabupaten Tuban" not in found


def test_region_named_as_a_national_body_s_area_is_no_party() -> None:
    found = parties(
        "Pemerintah Kabupaten Sleman meneken nota kesepahaman bersama Badan Pengawasan "
        "Keuangan dan Pembangunan (BPKP) Perwakilan Daerah Istimewa Yogyakarta, Senin (21/4).\n"
        "Bupati Sleman mengatakan kerja sama itu memperkuat pengawasan internal."
    )
    assert found is not None and "Provinsi Daerah Istimewa Yogyakarta" not in found
    assert "Kabupaten Sleman" in found


def test_region_whose_official_only_witnesses_is_no_party() -> None:
    found = parties(
        "PT Sinar Air Bersih dan PT Tirta Utama menandatangani kerja sama penyediaan air baku, "
        "disaksikan langsung oleh Sekretaris Daerah Kota Bekasi, Selasa (22/4).\n"
        "Kerja sama itu berlaku lima tahun."
    )
    assert found is None or "Kota Bekasi" not in found


def test_another_region_s_sister_city_given_as_an_example_is_no_party() -> None:
    found = parties(
        "Pemerintah Kota Tarakan menjajaki kerja sama sister city dengan Kota Toulouse, "
        "Prancis, Senin (21/4).\n"
        "Menurut Wali Kota Tarakan, sejumlah kota di Indonesia sudah lebih dulu menjalin "
        "sister city, seperti Kota Medan dengan Kota Perth Australia, serta Kota Bandung "
        "dengan Kota Hamamatsu Jepang.\n"
        "Wali Kota Tarakan mengatakan kerja sama dengan Toulouse akan dimulai dari pendidikan."
    )
    assert found is not None and "Toulouse" in found
    assert not {"Perth", "Hamamatsu", "Kota Medan", "Kota Bandung"} & set(found)


def test_region_described_by_its_capital_stays_the_partner() -> None:
    found = parties(
        "Pemerintah Provinsi Jambi menandatangani nota kesepahaman provinsi kembar dengan "
        "Provinsi Jilin, Tiongkok, di Changchun, Senin (21/4).\n"
        "Gubernur Jambi mengatakan kunjungan ke Changchun itu merupakan tindak lanjut kerja "
        "sama dengan provinsi dengan ibu kota Changchun tersebut.\n"
        "Gubernur Jambi berharap kerja sama itu membuka peluang perdagangan."
    )
    assert found is not None and "Provinsi Jilin" in found
    assert "Changchun" not in found


def test_government_of_a_province_s_capital_is_the_city_not_the_province() -> None:
    found = parties(
        "Pemerintah Kota Kendari menandatangani perjanjian kerja sama dengan PT Bank Sultra "
        "tentang pengelolaan kas daerah, Selasa (22/4).\n"
        "Kerja sama layanan kas Bank Sultra dengan Pemerintah Ibu Kota Provinsi Sulawesi "
        "Tenggara sudah berjalan sejak lama.\n"
        "Wali Kota Kendari mengatakan kerja sama itu mempermudah pembayaran pajak."
    )
    assert found is not None and "Kota Kendari" in found
    assert "Provinsi Sulawesi Tenggara" not in found


def test_countries_listed_as_examples_in_a_cooperation_sentence_are_no_parties() -> None:
    found = parties(
        "Pemerintah Provinsi Maluku dan Pemerintah Provinsi Sandaun, Papua Nugini "
        "menandatangani surat pernyataan kehendak kerja sama perdagangan, Senin (21/4).\n"
        "\u201cNegara Jepang, Korea Selatan, Vietnam sudah lama berdagang di sana, kerja sama ini "
        "membuka jalan bagi pengusaha kita,\u201d kata Gubernur Maluku.\n"
        "Gubernur Maluku mengatakan kerja sama itu dimulai tahun depan."
    )
    assert found is not None and "Provinsi Maluku" in found
    assert not {"Jepang", "Korea Selatan", "Vietnam"} & set(found)


def test_places_spelling_out_a_scheme_s_acronym_are_no_parties() -> None:
    found = parties(
        "Pemerintah Provinsi Aceh dan Pemerintah Negeri Pulau Pinang, Malaysia menjajaki kerja "
        "sama perdagangan dan pariwisata, Senin (21/4).\n"
        "Gubernur Aceh menyebut forum lama SUMAPE atau Sumatera Utara, Malaka dan Penang "
        "sebagai contoh kerja sama lintas negara yang pernah ada.\n"
        "Gubernur Aceh mengatakan kerja sama dengan Pulau Pinang dimulai dari pariwisata."
    )
    assert found is not None and "Negeri Pulau Pinang" in found
    assert not {"Provinsi Sumatera Utara", "Negeri Malaka"} & set(found)


def test_countries_listed_as_languages_are_no_parties() -> None:
    found = parties(
        "Pemerintah Kota Blitar dan Kota Ipoh, Malaysia menandatangani nota kesepahaman kerja "
        "sama kebudayaan, Rabu (23/4).\n"
        "Kedua wali kota menandatangani naskah kerja sama yang disusun berbahasa Indonesia, "
        "Jepang dan Inggris.\n"
        "Wali Kota Blitar mengatakan kerja sama itu dimulai tahun ini."
    )
    assert found is not None and "Ipoh" in found
    assert not {"Jepang", "Inggris"} & set(found)


def test_a_bodys_indonesian_name_running_into_its_english_name_is_one_party() -> None:
    found = parties(
        "Bupati Kuningan meneken MoU bersama Badan Kerja Sama Internasional Jepang Japan "
        "International Cooperation Agency, Senin (7/8).\n"
        "Kerja sama itu membangun irigasi desa."
    )
    assert found is not None
    assert not any(name.startswith("Badan Kerja Sama") for name in found)


def test_a_branch_of_the_armed_forces_is_its_own_party() -> None:
    found = parties(
        "Pemerintah Provinsi Jawa Barat dan TNI Angkatan Laut menandatangani perjanjian kerja "
        "sama pembinaan wilayah pesisir, Senin (3/3).\n"
        "Gubernur Jawa Barat menyebut kerja sama itu menjaga nelayan."
    )
    assert found is not None and "TNI Angkatan Laut" in found
    assert "Tentara Nasional Indonesia" not in (found or [])


def test_a_body_named_in_full_and_shorter_is_one_party() -> None:
    found = parties(
        "Pemkab Manggarai menandatangani nota kesepahaman dengan Badan Pelaksana Otorita "
        "Pariwisata Tanjung Kelayang, Senin (3/3).\n"
        "Kepala Otorita Tanjung Kelayang mengatakan kerja sama itu membuka jalur wisata.\n"
        "Kerja sama dengan Otorita Pariwisata Tanjung Kelayang berlaku lima tahun."
    )
    assert found is not None
    assert [n for n in found if "Otorita" in n] == [
        "Badan Pelaksana Otorita Pariwisata Tanjung Kelayang"
    ]


def test_a_town_after_a_prosecutors_short_form_is_no_second_party() -> None:
    found = parties(
        "Pemkab Seram Timur Gandeng Kejari Tual\n"
        "Pemerintah Kabupaten Seram Bagian Timur meneken kesepakatan pendampingan hukum dengan "
        "Kejaksaan Negeri (Kejari) Tual, Rabu (13/9/2023).\n"
        "Nota kesepahaman diteken Bupati Seram Bagian Timur dan Kajari Tual di Kantor Kejari "
        "Tual."
    )
    assert found == ["Kabupaten Seram Bagian Timur", "Kejaksaan Negeri Tual"]


def test_a_companys_name_ends_with_its_sentence() -> None:
    found = parties(
        "Pemkab Halmahera Timur meneken nota kesepahaman dengan PT Karya Laut Sentosa Grup. "
        "Bertempat di Hotel Bahari, Senin (3/3/2025), kerja sama itu mencakup perikanan.\n"
        "Bupati Halmahera Timur mengatakan kerja sama berlaku lima tahun."
    )
    assert found == ["Kabupaten Halmahera Timur", "PT Karya Laut Sentosa Grup"]


def test_the_army_in_a_persons_rank_is_no_party() -> None:
    found = parties(
        "Gubernur Gorontalo, Mayjen TNI (Purn) Hadi Santoso, menandatangani nota kesepakatan "
        "bersama tentang rencana pembangunan daerah, Senin (3/3/2025).\n"
        "Gubernur mengatakan kesepakatan itu menjadi dasar kerja sama lima tahun."
    )
    assert "Tentara Nasional Indonesia" not in (found or [])


def test_a_country_that_is_a_persons_surname_is_no_party() -> None:
    names = candidate_names(
        "Pemkab Kepulauan Aru Gandeng Universitas Pattimura\n"
        "DOBO - Pemkab Kepulauan Aru meneken nota kesepahaman dengan Universitas Pattimura, "
        "Rabu (26/1/2022).\n"
        "Kerja sama itu, kata Bupati Kepulauan Aru Benny Laos, membuka beasiswa kedokteran."
    )
    assert "Laos" not in names and "Universitas Pattimura" in names


def test_colleges_known_by_their_short_forms() -> None:
    found = parties(
        "Pemkab Gunungkidul meneken nota kesepahaman dengan UPN Veteran Yogyakarta dan STKIP "
        "Taman Siswa Bima, Selasa (3/3/2025).\n"
        "Bupati Gunungkidul mengatakan kerja sama itu untuk pertanian."
    )
    assert "UPN Veteran Yogyakarta" in found and "STKIP Taman Siswa Bima" in found
    assert "Daerah Istimewa Yogyakarta" not in found and "Kota Bima" not in found


def test_a_region_named_only_as_a_location_is_no_party() -> None:
    found = parties(
        "Universitas Nusa Bahari (UNB) Ternate dan Universitas Cendekia Jakarta (UCJ) meneken "
        "nota kesepahaman pertukaran dosen, Rabu (19/1/2022).\n"
        "Rektor UNB berharap kerja sama itu menarik mahasiswa dari kampus di luar Provinsi "
        "Maluku Utara."
    )
    assert "Provinsi Maluku Utara" not in (found or [])


def test_english_of_before_the_province_that_locates_a_regency() -> None:
    found = parties(
        "The signing of the MoU between the Regent of Paser Regency of East Kalimantan Province "
        "and Universitas Gadjah Mada took place on Monday (20/10/2025).\n"
        "The Regent of Paser said the cooperation covers governance research."
    )
    assert "Provinsi Kalimantan Timur" not in (found or [])
    assert "Kabupaten Paser" in (found or [])


def test_a_place_after_a_bodys_bracketed_short_form_is_its_area() -> None:
    names = candidate_names(
        "JAKARTA - PT Sinar Energi Nusantara meneken nota kesepahaman dengan PT Surya "
        "Cahaya Asia terkait proyek pembangkit listrik di Kawasan Ekonomi Khusus (KEK) Palu.\n"
        "Kerja sama itu juga melibatkan Dinas Perindustrian (Disperin) Donggala."
    )
    assert "Kota Palu" not in names  # the zone's area
    assert "Kabupaten Donggala" in names  # a region's own unit: the region acts


def test_a_university_whose_name_opens_with_a_quote_mark() -> None:
    found = parties(
        "Pemkab Boalemo meneken nota kesepahaman dengan Universitas ‘Aisyah Mulia (UAM) "
        "Yogyakarta, Senin (3/3/2025).\nBupati Boalemo mengatakan kerja sama itu untuk kesehatan."
    )
    assert "Daerah Istimewa Yogyakarta" not in found
    assert any(name.startswith("Universitas ‘Aisyah Mulia") for name in found)


def test_a_cooperations_working_group_is_no_party() -> None:
    found = parties(
        "Jabar dan Wallonia Resmi Bersaudara\n"
        "BANDUNG - Pemprov Jawa Barat dan Pemerintah Wallonia, Belgia, menandatangani nota "
        "kesepahaman sister province, Rabu (11/10/2017). Kerja sama dijalankan oleh Joint "
        "Working Group kedua daerah."
    )
    assert "Joint Working Group" not in found


def org_names(text: str) -> list[str]:
    """The names of the organisations found by their leading or closing words."""
    return [name for _s, _e, name, _k in find_pattern_orgs(extract_doc(RawArticle(text=text)))]


def test_a_small_word_a_title_capitalises_ends_an_organisations_name() -> None:
    names = org_names(
        "Pertemuan itu bertema Sinergi Pemda dan Universitas Andalas Untuk Pembangunan Daerah, "
        "Senin (3/3)."
    )
    assert names == ["Universitas Andalas"]


def test_a_heads_title_opens_no_organisations_name() -> None:
    names = org_names(
        "Kerja sama\nSLEMAN - Gubernur didampingi Rektor Nagano Prefectural University (NPU), "
        "Senin (5/10/2015)."
    )
    assert "Nagano Prefectural University" in names
    assert not any(name.startswith("Rektor") for name in names)


def test_a_regions_short_form_in_brackets_names_no_grouping() -> None:
    found = parties(
        "Pemkot Ternate, Pemkot Tidore Kepulauan, Pemkab Halmahera Barat (Halbar) dan "
        "Kementerian Pariwisata meneken nota kesepahaman pengembangan wisata Segitiga Emas."
    )
    assert found is not None and "Kabupaten Halmahera Barat" in found


def test_guests_who_sign_there_too_are_parties() -> None:
    found = parties(
        "Pemkot Bandung meneken MoU kerja sama dengan Pemkab Madiun.\n"
        "Hadir pada acara dan juga melaksanakan penandatanganan MoU yaitu Kabupaten Maros dan "
        "Kabupaten Tebo."
    )
    assert found is not None and {"Kabupaten Maros", "Kabupaten Tebo"} <= set(found)


def test_a_national_agencys_regency_office_names_the_regency_as_its_area() -> None:
    found = parties(
        "Lapas Kelas IIA Kendal dan Badan Narkotika Nasional Kabupaten Kendal meneken "
        "perjanjian kerja sama rehabilitasi warga binaan, Rabu (22/2)."
    )
    assert found is None or "Kabupaten Kendal" not in found


def test_the_regency_after_a_district_in_an_address_locates_it() -> None:
    found = parties(
        "Kejaksaan Negeri Purworejo meneken perjanjian kerja sama pendampingan hukum dengan "
        "25 kepala desa di Kecamatan Bayan, Kabupaten Purworejo, Senin (3/7).\n"
        "Kades Bandung Kidul Suryono berharap kerja sama itu membantu desa."
    )
    assert found is None


def test_a_city_of_music_is_a_title_not_a_town() -> None:
    names = candidate_names(
        "Pemkot Ambon menjajaki kerja sama sister city dengan Kota Darwin, Australia.\n"
        "Komunitas warga Australia mendukung Ambon City of Music melestarikan budaya."
    )
    assert "Darwin" in names and "Music" not in names


def test_a_state_companys_unit_is_the_party_under_its_own_name() -> None:
    assert parties(
        "Pemkot Tarakan meneken kesepakatan bersama dengan PT Pertamina EP Tarakan Field, "
        "Senin (14/3), untuk pengembangan masyarakat."
    ) == ["Kota Tarakan", "PT Pertamina EP Tarakan Field"]
    found = parties(
        "Pemkab Bangka Barat bersama PT Pelindo Regional II Pangkalbalam menandatangani "
        "perjanjian kerja sama pengelolaan pelabuhan."
    )
    assert found == ["Kabupaten Bangka Barat", "PT Pelindo Regional II Pangkalbalam"]


def test_partners_counted_then_named_in_a_later_sentence() -> None:
    found = parties(
        "Pemkab Bengkalis menggandeng dua perusahaan energi untuk beasiswa pelajar, Rabu (8/3).\n"
        "Bupati Bengkalis menyebut program itu dimulai tahun depan.\n"
        "Dua perusahaan energi itu adalah Pertamina Hulu Rokan (PHR) dan Pertamina Hulu "
        "Energi Siak (PHES), kata kepala bagian kerja sama."
    )
    assert found is not None
    assert {"Pertamina Hulu Rokan", "Pertamina Hulu Energi Siak"} <= set(found)
    assert "Kabupaten Siak" not in found


def test_towns_of_geonames_are_not_read_in_a_sentence_that_tells_no_cooperation() -> None:
    names = candidate_names(
        "Pemkot Bandung menjajaki kerja sama sister city dengan Kota Lyon, Prancis.\n"
        "Sementara itu Manchester United menjamu Chelsea di Old Trafford dalam Liga Inggris."
    )
    assert "Chelsea" not in names and "Old Trafford" not in names


def test_a_small_town_far_from_its_countrys_name_is_not_read_in_a_twin_town_story() -> None:
    names = candidate_names(
        "Pemkot Bandung menjalin sister city dengan Kota Braunschweig, Jerman.\n"
        "Sepulang dari Inggris, delegasi bercerita.\n"
        "Mereka sempat singgah di Wembley."
    )
    assert "Braunschweig" in names and "Wembley" not in names


# Stories whose parties one mechanism decides: (what it shows, text, the parties found).
PARTY_CASES = [
    pytest.param(
        "Pemkot Probolinggo menandatangani MoU dengan pihak Unej Jember, Senin (3/4).\n"
        "Kerja sama dengan Universitas Jember itu untuk kuliah kerja nyata.",
        ["Kota Probolinggo", "Universitas Jember"],
        id="a university's short name before its city",
    ),
    pytest.param(
        "Pemkab Toba menjajaki kerja sama pertanian dengan Kerajaan Belanda.\n"
        "Penjajakan dibahas Bupati Toba bersama atase dagang Belanda untuk Indonesia, "
        "Timor Leste dan Singapura di kantor bupati, Senin (2/6).",
        ["Kabupaten Toba", "Belanda"],
        id="a foreign envoy's accreditation after 'untuk Indonesia'",
    ),
    pytest.param(
        "Pemkab Toba menjajaki kerja sama hortikultura dengan Belanda.\n"
        "Misi dagang itu sudah bekerja sama dengan pemerintah daerah di Jepang, China, "
        "Kirgistan, Uzbekistan dan Vietnam, kata ketua misi.",
        ["Kabupaten Toba", "Belanda"],
        id="foreign places listed after a location word",
    ),
    pytest.param(
        "Pemkab Karangasem menjajaki sister city dengan Kota Kolkata, India.\n"
        "Sister city juga dijalin kota lain, Medan menjalin hubungan dengan Perth, Ichikawa, "
        "Penang (sebagai kota rekan), Gwangju dan Chengdu.",
        ["Kabupaten Karangasem", "Kolkata"],
        id="another region's list of sister cities",
    ),
    pytest.param(
        "The City of Makassar and the City of Gold Coast signed a Letter of Intent on becoming "
        "sister cities on Monday.\n"
        "The mayor noted that Makassar already has five sister cities, namely Xiamen and "
        "Shenzhen in China, Sharjah in UAE and Taipei in Taiwan.",
        ["Kota Makassar", "Gold Coast"],
        id="sister cities a city already has",
    ),
    pytest.param(
        "Pemkab Bima dan Pemkab Dompu meneken kesepakatan kerja sama antardaerah bidang "
        "pariwisata.\n"
        "Bupati Bima mencontohkan, ada kerja sama dengan Korea Selatan untuk pabrik pakan.",
        ["Kabupaten Bima", "Kabupaten Dompu"],
        id="a partnership given as an example",
    ),
    pytest.param(
        "Pemkab Bima dan Pemkab Dompu meneken kesepakatan kerja sama antardaerah bidang "
        "pariwisata.\n"
        "Pengalaman sekretariat bersama Kota Yogyakarta, Kabupaten Sleman dan Kabupaten "
        "Bantul (Kartamantul) turut dipaparkan.",
        ["Kabupaten Bima", "Kabupaten Dompu"],
        id="the members before a grouping's name",
    ),
    pytest.param(
        "Pemprov Sulawesi Selatan dan Prefektur Ehime meneken perjanjian kerja sama bidang "
        "pemadam kebakaran.\n"
        "Hadir dalam acara penandatanganan itu antara lain Wali Kota Parepare, Bupati Bantaeng "
        "dan Bupati Pinrang.",
        ["Provinsi Sulawesi Selatan", "Prefektur Ehime"],
        id="the guests of an attendance sentence",
    ),
    pytest.param(
        "Pemkot Surakarta dan Pokhara di Nepal sepakat menjajaki sister city bidang kerajinan, "
        "kata wali kota, Kamis (7/3).",
        ["Kota Surakarta", "Pokhara"],
        id="a GeoNames town beside its country",
    ),
    pytest.param(
        "Gianyar Rintis Sister City Dengan Varanasi\n"
        "Bupati Gianyar membahas rencana kota kembar bersama Varanasi dalam audiensi, Senin "
        "(4/2); pemkab ingin menarik lebih banyak turis India.",
        ["Kabupaten Gianyar", "Varanasi"],
        id="a town after a headline's capitalised small word",
    ),
    pytest.param(
        "Pemkab Minahasa Selatan menjalin kerja sama dengan Pemkab Bone Bolango, Kamis (6/11).\n"
        "Bupati Bone Bolango Ismet Mile menandatangani nota kesepahaman itu.\n"
        "“Kerja sama dengan Bone ini untuk pertanian,” kata Bupati Minahasa Selatan.",
        ["Kabupaten Minahasa Selatan", "Kabupaten Bone Bolango"],
        id="a region said short",
    ),
    pytest.param(
        "KENDARI — Bupati Muna, Budi Santosa, S.H., M.Si., turut ambil bagian pada penandatanganan "
        "kesepakatan bersama antara Pemprov Sulawesi Tenggara dan Kejaksaan Tinggi Sulawesi "
        "Tenggara, Kamis (4/9).",
        ["Provinsi Sulawesi Tenggara", "Kejaksaan Tinggi Sulawesi Tenggara"],
        id="a regent taking part in others' signing",
    ),
    pytest.param(
        "BALIKPAPAN – Kedatangan rombongan dari Kota Kawasaki diterima Wali Kota Balikpapan, "
        "Senin (23/10).\n"
        "Pemkot Balikpapan berencana menjajaki kerja sama smart city, kata wali kota.",
        ["Kota Balikpapan", "Kawasaki"],
        id="a delegation from a town",
    ),
    pytest.param(
        "Pemprov Jambi dan Negeri Sembilan, Malaysia, sepakat menjajaki kerja sama perdagangan "
        "dalam kerangka IMT-GT, kata gubernur di Jambi, Rabu (4/6).",
        ["Provinsi Jambi", "Negeri Sembilan"],
        id="a grouping both sides belong to is their frame",
    ),
    pytest.param(
        "Pemprov Jambi menjajaki kerja sama perdagangan dengan IMT-GT, kata gubernur, Rabu (4/6).",
        ["Provinsi Jambi", "IMT-GT"],
        id="a grouping named alone stays the partner",
    ),
    pytest.param(
        "Pemprov Sulawesi Barat dan PT Bank Negara Indonesia (Persero) Tbk meneken nota "
        "kesepahaman layanan kas daerah, Senin (3/3).\nNota itu diteken Gubernur Sulbar dan "
        "Pemimpin Wilayah BNI Makassar, Andi.\nKegiatan tersebut juga diikuti secara daring "
        "oleh enam kabupaten, yaitu Kabupaten Mamuju, Majene, Polewali Mandar, Mamasa, "
        "Pasangkayu dan Mamuju Tengah.\nGubernur menyebut kerja sama itu memperkuat tata "
        "kelola keuangan daerah.",
        ["Provinsi Sulawesi Barat", "PT Bank Negara Indonesia (Persero) Tbk"],
        id="regions that follow the event online attend it",
    ),
    pytest.param(
        "Kediri - Pemkab Kediri menandatangani nota kesepahaman dengan Kejaksaan Negeri "
        "Kabupaten Kediri di Pendopo Panjalu Jayati, Rabu (22/6/2022).",
        ["Kabupaten Kediri", "Kejaksaan Negeri Kediri"],
        id="a body's name ends where the venue it signed at begins",
    ),
    pytest.param(
        "Nanning - Pemprov Jawa Tengah menandatangani nota kesepahaman sister province dengan "
        "Daerah Otonom Guangxi di Nanning, Kamis (11/5/2017). Sebelumnya, Jawa Tengah telah "
        "meneken nota kesepahaman serupa dengan Fujian, Zhejiang dan Hainan.",
        ["Provinsi Jawa Tengah", "Daerah Otonom Guangxi"],
        id="partners of documents signed before are history",
    ),
    pytest.param(
        "NANNING - The Central Java Provincial Government signed a sister province memorandum "
        "of understanding with Guangxi Zhuang Autonomous Region in Nanning on Thursday "
        "(11/05/2017). Previously Central Java had signed sister province MoUs with Fujian, "
        "Zhejiang and Hainan.",
        ["Provinsi Jawa Tengah", "Daerah Otonom Guangxi"],
        id="partners of documents signed before are history, in English",
    ),
    pytest.param(
        "PETALING JAYA - The Mayor of Bandung inaugurated the Bandung Monument in Petaling "
        "Jaya, Malaysia, on Friday (27/11/2015) as part of the sister city cooperation between "
        "Bandung and Petaling Jaya. Previously, Bandung also erected monuments marking its "
        "sister city ties with Fort Worth in the US and Braunschweig in Germany.",
        ["Kota Bandung", "Petaling Jaya"],
        id="partners told after 'Previously,' are history",
    ),
    pytest.param(
        "Makassar - Duta Besar Korea Selatan menawarkan kerja sama sister city kepada Pemkot "
        "Makassar, Senin (29/10/2018), karena kota itu sudah masuk Asean Smart City Network.",
        ["Kota Makassar", "Korea Selatan"],
        id="a body opening an event's or network's name is no party",
    ),
    pytest.param(
        "Balikpapan - Ketua Menteri Sabah bertamu ke Provinsi Kalimantan Timur, Senin. Menurut "
        "Gubernur Kalimantan Timur, banyak hal yang bisa dikerjasamakan antara Kaltim dan "
        "Sabah.",
        ["Provinsi Kalimantan Timur", "Negeri Sabah"],
        id="the verb's affixed form tells of cooperation",
    ),
    pytest.param(
        "KOTABARU - Pemkab Kotabaru meneken perjanjian kerja sama layanan kesehatan dengan "
        "RSUD Andi Abdurrahman Noor, Rabu (3/1/2024). Sebelumnya Pemkab Kotabaru sudah "
        "bermitra dengan RS Marina Permata Tanah Bumbu, RSJ Sambang Lihum Banjar dan RSUD "
        "Panglima Sebaya Paser.",
        ["Kabupaten Kotabaru", "RSUD Andi Abdurrahman Noor"],
        id="hospitals named after their regions, and a long list of earlier partners",
    ),
    pytest.param(
        "AMBON – Pemerintah Kota Ambon bersama PT Bank Mandiri (Persero) Tbk meneken "
        "kesepakatan kerja sama layanan kas daerah, Senin (3/3).\nPenandatanganan dilakukan "
        "oleh Wali Kota Ambon Budi dan Regional CEO Bank Mandiri Region XII, Andi Wijaya.",
        ["Kota Ambon", "PT Bank Mandiri Tbk"],
        id="a company's regional office named beside it is the company",
    ),
    pytest.param(
        "Pemkab Alor meneken MoU dengan Yayasan Sehat Bersama tentang gizi anak, Senin (3/3).\n"
        "Bupati berjanji selalu menjalin kerja sama dengan Pemprov NTT dan pemerintah pusat "
        "guna menurunkan stunting.",
        ["Kabupaten Alor", "Yayasan Sehat Bersama"],
        id="a region named beside the central government is government at large",
    ),
    pytest.param(
        "Pemkot Pangkalpinang menyiapkan MoU perdagangan dengan Kota Melaka, Malaysia.\nSelain "
        "itu akan diteken MoU Kadin Pangkalpinang dengan Kadin Malaysia serta MoU UMKM kedua "
        "daerah.",
        ["Kota Pangkal Pinang", "Kota Melaka"],
        id="business chambers sign for business, not as parties",
    ),
    pytest.param(
        "SEMARANG - Jateng menjalin kerjasama dengan empat provinsi. Penandatanganan MoU "
        "dilakukan Gubernur Jateng bersama para gubernur lain. Provinsi Bengkulu untuk bidang "
        "pertanian. Kerjasama dengan Provinsi Papua untuk bidang pendidikan.\nProvinsi Riau "
        "tentang perdagangan minyak sawit. Provinsi Aceh bidang pariwisata.",
        [
            *("Provinsi Jawa Tengah", "Provinsi Bengkulu"),
            *("Provinsi Jawa Tengah", "Provinsi Papua"),
            *("Provinsi Jawa Tengah", "Provinsi Riau"),
            *("Provinsi Jawa Tengah", "Provinsi Aceh"),
        ],
        id="after a count, partners told one by one with their fields",
    ),
    pytest.param(
        "Pemkab Kendal memperpanjang MoU pendampingan hukum dengan Kejaksaan Negeri Kendal, "
        "Senin (3/3).\nMenurut dia, MoU baru itu adalah tindak lanjut dari nota kesepahaman "
        "antara Pemprov Jawa Tengah dengan Kejati Jawa Tengah pada 2023.",
        ["Kabupaten Kendal", "Kejaksaan Negeri Kendal"],
        id="the parties of the parent document a deal follows up are not its own",
    ),
    pytest.param(
        "Pemprov Jambi meneken nota kesepahaman dengan Universitas Gadjah Mada (UGM), Senin "
        "(3/3).\nKerja sama dengan UGM Yogyakarta itu mencakup riset pertanian.",
        ["Provinsi Jambi", "Universitas Gadjah Mada"],
        id="a place after a university's capitals is its campus's city",
    ),
    pytest.param(
        "Singkawang, Beritaborneo – Pemkot Singkawang kedatangan lawatan dari Majlis Daerah "
        "Tambunan, Sabah, pada Rabu (5/3/2025).\nPara tamu juga mencicipi hidangan lokal.\n"
        '"Kami berharap kedua negara, Indonesia dan Malaysia, makin erat bekerja sama," kata '
        "wali kota.",
        ["Kota Singkawang", "Tambunan"],
        id="a Malaysian council that visits is its town, not its country",
    ),
    pytest.param(
        "MEDAN – Duta Besar Jepang berkunjung ke Balai Kota Medan, Senin (3/3).\nIa berharap "
        "kerja sama antara Jepang dan Kota Medan makin erat di bidang pendidikan.\nWali Kota "
        "Medan menyambut baik kerja sama dengan Jepang itu, terlebih Medan menjadi sister city "
        "dengan Kota Ichikawa.",
        ["Kota Medan", "Jepang"],
        id="a country linked more than its one town is the partner, the town is context",
    ),
    pytest.param(
        "SEMARANG - Central Java now keeps sister province ties, signed in 2019, with "
        "three Japan's prefectures.\nThe three Japan's prefectures "
        'are Hokkaido, Osaka and Fukuoka.\n"We will expand the scheme," Central Java Governor '
        "said in Semarang on Monday.",
        [
            *("Provinsi Jawa Tengah", "Prefektur Hokkaido"),
            *("Provinsi Jawa Tengah", "Osaka"),
            *("Provinsi Jawa Tengah", "Fukuoka"),
        ],
        id="an English count of a country's regions, named after it",
    ),
    pytest.param(
        "SEMARANG - The Central Java provincial government and the Badan Nasional "
        "Penanggulangan Bencana (BNPB) signed a joint agreement on disaster-resilient villages "
        "in Semarang on Tuesday (5/3/2024).\nBesides Central Java, there are also four other "
        "provinces that signed the same agreement.\nThe other provinces are Bali, East Java, "
        "West Nusa Tenggara and Banten.\nThe agreement runs for five years.",
        [
            *("Provinsi Jawa Tengah", "Provinsi Bali", "Provinsi Jawa Timur"),
            *("Provinsi Nusa Tenggara Barat", "Provinsi Banten"),
            "Badan Nasional Penanggulangan Bencana",
        ],
        id="other signers counted ('there are also four other provinces'), named after",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_CASES)
def test_parties_each_mechanism_decides(text: str, expected: list[str]) -> None:
    assert parties(text) == expected
