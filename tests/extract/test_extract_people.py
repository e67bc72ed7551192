"""People and roles on short sentences written for the tests, in the style of regional news."""

from __future__ import annotations

import datetime as dt

from kerjasama.extract import extract_article

TODAY = dt.date(2026, 11, 24)


def people_of(text: str) -> dict[str, str | None]:
    rec = extract_article(text, today=TODAY)
    return {p.name: p.role for p in rec.people}


def test_a_unit_or_place_between_title_and_name_is_not_the_name() -> None:
    people = people_of(
        "Nota kesepahaman diteken Bupati Sleman dan Kepala Kejaksaan Negeri Sleman Hartono "
        "Wibisono di Pendopo, Senin (3/3/2025). Hadir pula Komandan Pangkalan Udara Adisutjipto "
        "Marsma TNI Bagas Pranoto."
    )
    assert "Hartono Wibisono" in people
    assert people["Hartono Wibisono"].startswith("Kepala")
    assert "Bagas Pranoto" in people
    assert not {"Kejaksaan", "Pangkalan", "Negeri"} & set(people)


def test_short_forms_and_ranks_before_a_name() -> None:
    people = people_of(
        "Acara itu dihadiri Kapolres Bantul AKBP Dwi Santoso dan Dandim 0729 Letkol Inf "
        "Rahmat Hidayat, Kamis (6/3/2025)."
    )
    assert people.get("Dwi Santoso") == "Kapolres"
    assert people.get("Rahmat Hidayat") == "Dandim"


def test_balinese_names_are_not_roman_numerals() -> None:
    people = people_of(
        "Kerja sama itu ditandatangani Bupati Tabanan I Komang Gede Sanjaya di Tabanan, Rabu."
    )
    assert people == {"I Komang Gede Sanjaya": "Bupati"}


def test_name_before_its_title() -> None:
    people = people_of(
        "Penandatanganan disaksikan Budi Raharjo, Kepala Bappeda Kabupaten Klaten, dan "
        "Sri Lestari selaku Sekretaris Daerah Kabupaten Klaten, Selasa (4/3/2025)."
    )
    assert people.get("Budi Raharjo", "").startswith("Kepala")
    assert people.get("Sri Lestari") == "Sekretaris Daerah"


def test_comma_between_body_and_name_and_honorifics_before_it() -> None:
    people = people_of(
        "Menurut Wakil Ketua KONI Kabupaten Kudus, Anton Sugiarto, kerja sama itu penting. "
        "Rektor Universitas Muria Kudus Prof. Dr. Suparnyo hadir bersama Kepala Dinkes dr "
        "Ani Rahmawati."
    )
    assert people.get("Anton Sugiarto", "").startswith("Wakil Ketua")
    assert "Suparnyo" in people
    assert "Ani Rahmawati" in people


def test_headline_words_and_months_are_not_names() -> None:
    people = people_of(
        "Gubernur Ungkapkan Harapan Baru untuk Kerja Sama Daerah\n"
        "Gubernur Jawa Tengah Ahmad Lukman menyampaikan harapan itu pada Januari lalu."
    )
    assert set(people) == {"Ahmad Lukman"}


def test_short_mention_and_misspelling_are_the_same_person() -> None:
    people = people_of(
        "Wali Kota Madiun Maidi Santoso menerima delegasi itu. Wali Kota Maidi mengatakan "
        "kerja sama akan berlanjut. Menurut Wali Kota Madiun Maidi Santosa, hasilnya baik. "
        "Wali Kota Madiun Maidi Santoso menutup acara."
    )
    assert list(people) == ["Maidi Santoso"]


def test_two_titles_joined_by_dan_are_two_people() -> None:
    people = people_of(
        "Rapat dihadiri Kepala Dinas Kesehatan Ratna Dewi dan Kepala Dinas Pendidikan "
        "Joko Prasetyo di Semarang."
    )
    assert people.get("Ratna Dewi") == "Kepala Dinas Kesehatan"
    assert people.get("Joko Prasetyo") == "Kepala Dinas Pendidikan"


def test_one_title_over_a_list_of_names() -> None:
    people = people_of(
        "Pertemuan dihadiri Anggota DPRD Provinsi Bali, Made Sutrisna, Ibu Luh Ayu Sari dan "
        "Wayan Darma Putra, serta para kepala desa."
    )
    assert people.get("Made Sutrisna") == "Anggota DPRD"
    assert people.get("Luh Ayu Sari") == "Anggota DPRD"
    assert people.get("Wayan Darma Putra") == "Anggota DPRD"


def test_a_university_short_name_after_rektor_is_not_a_person() -> None:
    people = people_of(
        "Nota kesepahaman diteken Rektor Unmul Abdurrahim Sopyan dan Wali Kota Samarinda "
        "Andi Harun, Senin. Rektor Unmul mengatakan kerja sama berlanjut."
    )
    assert "Unmul" not in people
    assert "Abdurrahim Sopyan" in people


def test_a_degree_before_a_full_stop_ends_the_name() -> None:
    people = people_of(
        "Kesepakatan diteken Sekdaprov Jambi Dr Ir Sudirman MM. Selanjutnya, kerja sama "
        "dilaksanakan dinas teknis."
    )
    assert people == {"Sudirman": "Sekdaprov"}


def test_dotted_initials_and_honorifics_do_not_end_the_sentence() -> None:
    people = people_of(
        "Kesepakatan itu didukung Bupati Malang H.M. Sanusi dan Wali Kota Darwin, The Hon. "
        "Kon Vatskalis, di Malang."
    )
    assert "M Sanusi" in people or "Sanusi" in people
    assert people.get("Kon Vatskalis") == "Wali Kota"


def test_name_with_degrees_before_selaku_and_the_english_title() -> None:
    people = people_of(
        "Hadir pula Ibu Retno Wulandari, SE. M.Si, selaku Kepala Bappeda Kabupaten Malang. "
        "The agreement was signed by Professor Hendrik Lattu, the Rector of Universitas "
        "Pattimura, in Ambon."
    )
    assert people.get("Retno Wulandari", "").startswith("Kepala")
    assert people.get("Hendrik Lattu") == "Rector"


def test_lower_case_title_with_a_full_name_and_ordinal_titles() -> None:
    people = people_of(
        "Rapat itu dihadiri perwakilan JICA Jakarta Kenji Tanaka dan Presiden ke-7 RI Joko Widodo."
    )
    assert "Kenji Tanaka" in people
    assert people.get("Joko Widodo") == "Presiden"


def test_initials_unit_words_and_nicknames_inside_a_name() -> None:
    people = people_of(
        "Kesepakatan diteken Bupati Sikka Rudi AY Lamabelawa, Kepala Bagian Umum Setda Sikka "
        'Yosef "Ocep" Manuel Tokan, dan Bupati Ende Anton Aset Wangge Dapa di Maumere, Senin. '
        "Hadir pula Atase Pendidikan Konsulat RDTL, Gregorio do Santos."
    )
    assert "Rudi AY Lamabelawa" in people
    assert "Yosef Manuel Tokan" in people
    assert "Anton Aset Wangge Dapa" in people
    assert "Gregorio do Santos" in people


def test_an_honorific_opens_a_given_name_that_is_a_common_word() -> None:
    people = people_of(
        "Penjabat Bupati Pulang Pisau Hj Nunu Andriani meneken nota kesepahaman itu di Pulang "
        "Pisau, Senin."
    )
    assert "Nunu Andriani" in people


def test_a_title_with_a_first_name_takes_the_full_name_written_elsewhere() -> None:
    people = people_of(
        "Bupati Lembata menandatangani kesepakatan dengan Kabupaten Ende, Senin. Eli Aset "
        "Yentji Sunur, ST hadir bersama rombongan. Menurut Bupati Eli, kerja sama itu penting."
    )
    assert "Eli Aset Yentji Sunur" in people
    assert "Eli" not in people


def test_a_name_written_with_two_letters_swapped_is_one_person() -> None:
    people = people_of(
        "Bupati Lombok Timur H. M. Sukiman Azmy meneken nota kesepahaman dengan Rektor Unram "
        "di Selong, Senin. Menurut Bupati H. M. Sukiman Amzy, kerja sama ini baru awal. "
        "Bupati Sukiman menambahkan, kerja sama akan dievaluasi."
    )
    assert [n for n in people if "Sukiman" in n] == ["M Sukiman Azmy"]


def test_a_building_named_after_an_office_is_no_persons_title() -> None:
    people = people_of(
        "Nota kesepahaman diteken di Aula Kantor Bupati Kapuas Hulu, Putussibau, Selasa. "
        "Rapat digelar di Rumah Jabatan Gubernur Jalan Urip Sumoharjo. Hadir Dubes Jepang di "
        "Hotel Pullman, Jakarta."
    )
    assert not {"Putussibau", "Urip Sumoharjo", "Pullman"} & set(people)


def test_a_regions_short_form_after_a_title_is_not_a_name() -> None:
    people = people_of(
        "Hadir Ketua DPRD Pulpis dan Bupati Halbar Danny Missy dalam penandatanganan "
        "kerja sama itu di Jailolo, Senin."
    )
    assert "Pulpis" not in people
    assert "Danny Missy" in people


def test_title_case_headline_words_are_not_names() -> None:
    people = people_of(
        "Walikota Pekanbaru dan Bupati Pelalawan Teken MoU\n\n"
        "Wali Kota Semarang Bidik Potensi Pariwisata Alam\n\n"
        "Kerja sama itu diteken Bupati Pelalawan Zukri Misran di Pangkalan Kerinci, Senin."
    )
    assert not {"Teken MoU", "Alam"} & set(people)
    assert "Zukri Misran" in people


def test_the_first_role_written_is_kept_when_a_person_has_several() -> None:
    people = people_of(
        "Kerja sama itu diteken Kepala Kejaksaan Negeri Sleman Budi Hartanto di Sleman, Senin. "
        "Menurut Kajari Budi Hartanto, kerja sama itu penting. Sebagai Ketua Panitia Budi "
        "Hartanto hadir."
    )
    assert people.get("Budi Hartanto", "").startswith("Kepala Kejaksaan Negeri")


def test_an_acting_or_deputy_modifier_before_the_title_stays_in_the_role() -> None:
    people = people_of(
        "Penandatanganan itu disaksikan pelaksana tugas (Plt) Dirjen Bina Keuangan Daerah "
        "Kemendagri Agus Salim dan Bupati Sleman Harda Kiswaya, Senin.\n\n"
        "Acting Jakarta Governor Budi Santosa met the Mayor of Busan on Monday."
    )
    assert people.get("Agus Salim", "").startswith("Pelaksana Tugas")
    assert people.get("Budi Santosa", "").startswith("Acting")


def test_malay_styles_of_address_are_no_office() -> None:
    people = people_of(
        "Kerja sama itu diteken YAB Datuk Seri Panglima Ahmad Zaki Yusof, Ketua Menteri Sabah, "
        "dan Gubernur Kaltara Zainal Paliwang di Kota Kinabalu, Senin."
    )
    assert people.get("Ahmad Zaki Yusof", "").startswith("Ketua Menteri")


def test_a_role_after_the_name_with_a_bodys_possessive() -> None:
    people = people_of(
        "The MoU was signed by Professor Hadi Santoso, UGM's Vice-Rector for Research, and the "
        "Regent of Sleman on Monday."
    )
    assert people.get("Hadi Santoso", "").startswith("Vice-Rector")


def test_a_one_word_name_after_a_unit_is_not_part_of_the_unit() -> None:
    people = people_of(
        "Naskah itu diteken Bupati Sleman Harda Kiswaya bersama Kepala Kejaksaan Negeri Wates "
        "Suryanto, SH, Senin. Hadir Kabid Energi Dinas ESDM Jambi Wirapati serta staf.\n\n"
        "Sementara itu Kepala Dinas Perhubungan Wardoyo menyampaikan terima kasih. Menurut "
        "Kepala Polda Bali Inspektur Jenderal Hadisantoso, kerja sama itu penting."
    )
    assert people.get("Suryanto", "").startswith("Kepala Kejaksaan Negeri")
    assert people.get("Wardoyo") == "Kepala Dinas Perhubungan"
    assert people.get("Wirapati", "").startswith("Kabid Energi")
    assert people.get("Hadisantoso", "").startswith("Kepala Polda")
    assert "Wates Suryanto" not in people


def test_a_name_before_its_role_past_dotted_degrees_or_in_brackets() -> None:
    people = people_of(
        "Hadir Ir. Budi Santoso, M.Si., Kepala Bidang Ekonomi Bappeda Provinsi Jambi, dan "
        "warga.\n\nKerja sama diteken Bupati Sleman Harda Kiswaya, Bagus Wicaksono, S.Sos "
        "(Ketua KPU Sleman), dan Rina Wati (Ketua Bawaslu Sleman)."
    )
    assert people.get("Budi Santoso", "").startswith("Kepala Bidang Ekonomi")
    assert people.get("Harda Kiswaya") == "Bupati"
    assert people.get("Bagus Wicaksono", "").startswith("Ketua KPU")
    assert people.get("Rina Wati", "").startswith("Ketua Bawaslu")


def test_paired_titles_over_paired_names_go_in_order() -> None:
    people = people_of(
        "Acara itu dihadiri Gubernur dan Wakil Gubernur Kalimantan Timur, Rudy Santoso dan "
        "Seno Aji, Senin.\n\nHadir Ketua dan Wakil Ketua Dekranasda Sleman Rina Wati, dan "
        "Maria Lena, Selasa."
    )
    assert people.get("Rudy Santoso") == "Gubernur"
    assert people.get("Seno Aji") == "Wakil Gubernur"
    assert people.get("Rina Wati") == "Ketua Dekranasda"
    assert people.get("Maria Lena") == "Wakil Ketua Dekranasda"


def test_a_company_read_by_its_head_ends_before_the_name_after_it() -> None:
    people = people_of(
        "Bupati Sleman Harda Kiswaya menyaksikan penandatanganan itu. Selanjutnya, Direktur "
        'PT Kebun Riau Makmur Hasan mengatakan kerja sama sudah lama dirintis. "Kami siap," '
        "ujar Hasan.\n\nPresident Direktur PT. Jaya Mineral Andi Rahman menjelaskan rencana "
        "smelter. Direktur Utama PT. Tigaraja Investindo Group, Wati Khoirunisa, menyambut baik."
    )
    assert people.get("Hasan") == "Direktur"
    assert people.get("Andi Rahman", "").endswith("Direktur")
    assert people.get("Wati Khoirunisa") == "Direktur Utama"
    assert not {"Makmur Hasan", "Tigaraja Investindo Group", "Tigaraja Investindo"} & set(people)


def test_an_english_title_of_a_company_before_the_name() -> None:
    people = people_of(
        "The MoU was signed by the Business Director of Perumda Sleman Jaya Ferdiansyah and "
        "the Main Director of PT Jawa Energi Abadi (Perseroda) Mustofa Latupeirissa on Tuesday."
        "\n\nFerdiansyah said the purpose was food supply. Meanwhile, Mustofa Latupeirissa "
        "welcomed it."
    )
    assert people.get("Ferdiansyah", "").endswith("Director")
    assert people.get("Mustofa Latupeirissa", "").endswith("Director")
    assert not {"Jaya Ferdiansyah", "Jawa Energi Abadi"} & set(people)


def test_spokespeople_assistants_and_interpreters_are_titles() -> None:
    people = people_of(
        "Hal itu disampaikan Anton Wijaya, Juru Bicara Gubernur Maluku, kepada wartawan.\n\n"
        "In his remarks, Assistant III for Administration, Darman Sulaiman, praised the plan."
        "\n\nWali Kota Madang, Peter Kawi didampingi Interpreter Markus Kandewa mengatakan "
        "kunjungan itu berhasil."
    )
    assert people.get("Anton Wijaya") == "Juru Bicara Gubernur"
    assert people.get("Darman Sulaiman") == "Assistant III for Administration"
    assert people.get("Markus Kandewa", "").lower() == "interpreter"


def test_names_listed_after_a_marker_under_a_lower_case_group_role() -> None:
    people = people_of(
        "Rombongan disambut Kapolda Provinsi Hunan, Chen Mingde, didampingi sejumlah pejabat "
        "kepolisian setempat, antara lain Zhou Weiping, Huang Lixin dan Yang Meiling.\n\n"
        "Ia hadir bersama tim dari Badan Kerja Sama Australia (BKSA) yakni Karen Walsh, "
        "Tom Hughes, dan Dewi Lestari.\n\nAcara dihadiri perwakilan negara anggota forum "
        "yakni, Kolumbiana, Thailand, Vietnam dan Peru."
    )
    for name in ("Zhou Weiping", "Huang Lixin", "Yang Meiling"):
        assert people.get(name) == "pejabat kepolisian setempat"
    for name in ("Karen Walsh", "Tom Hughes", "Dewi Lestari"):
        assert people.get(name, "").startswith("tim dari Badan Kerja Sama Australia")
    assert "Kolumbiana" not in people


def test_a_place_word_inside_a_name_after_the_role_place() -> None:
    people = people_of(
        "Wali Kota Bogor Bima Santosa bertolak ke Jepang, Rabu malam.\n\nIa mengenang kunjungan "
        "PM Inggris David Laos ke Jakarta."
    )
    assert people.get("Bima Santosa") == "Wali Kota"
    assert people.get("David Laos") == "PM"
    assert "Santosa" not in people and "David" not in people


def test_a_full_name_after_a_comma_under_a_lower_case_representative() -> None:
    people = people_of(
        "Kerja sama diteken Bupati Klaten Hamenang Wijaya dengan perwakilan pemerintah Kota "
        "Zhang Zhou, Zhou Limin.\n\nPresent was Governor Lu Hao with his representative, "
        "Li Haitong, at the ceremony. Hadir pula perwakilan dari BUMN, Pertamina dan PLN."
    )
    assert people.get("Zhou Limin", "").startswith("perwakilan pemerintah Kota")
    assert people.get("Li Haitong") == "representative"
    assert "Pertamina" not in people


def test_names_before_a_group_role_after_yang_merupakan_or_selaku() -> None:
    people = people_of(
        "Hadir pula dalam acara ini Ms. Haruka Tanaka dan Mr. Kenji Sato yang merupakan "
        "perwakilan dari Badan Kerja Sama Jepang.\n\nHadir Budi Santoso dan Rina Wati selaku "
        "anggota tim, serta warga. Kota Sleman dan Kabupaten Bantul yang merupakan anggota "
        "forum itu hadir.\n\nThe Sub Coordinator of Domestic Cooperation Udayana University "
        "attended."
    )
    assert people.get("Haruka Tanaka", "").startswith("perwakilan dari Badan")
    assert people.get("Kenji Sato", "").startswith("perwakilan dari Badan")
    assert people.get("Budi Santoso") == "anggota tim"
    assert people.get("Rina Wati") == "anggota tim"
    assert not {"Hadir Budi Santoso", "Kabupaten Bantul", "Domestic Cooperation Udayana"} & set(
        people
    )


def test_a_common_word_as_a_one_word_name_after_a_title_or_its_place() -> None:
    people = people_of(
        "Tamu disambut Sekretaris Daerah Kota (Sekdako) Banda Aceh Sentosa yang didampingi "
        "pejabat terkait.\n\nIa didampingi Kepala Dinas Perindustrian dan Perdagangan Permana."
    )
    assert people.get("Sentosa") == "Sekretaris Daerah"
    assert people.get("Permana") == "Kepala Dinas Perindustrian dan Perdagangan"


def test_javanese_styles_rm_and_rdm_open_a_name_after_a_comma() -> None:
    people = people_of(
        '"Kami siap," ungkap Kepala Sub Direktorat Asia Kementerian Luar Negeri, RM Budi J. '
        "Santoso, di Balikpapan, Jumat."
    )
    assert people.get("Budi J Santoso", "").startswith("Kepala Sub Direktorat Asia")


def test_ordinals_and_unit_nouns_inside_a_title_are_not_names() -> None:
    people = people_of(
        "The visit was welcomed by the Second Regent Assistant, Budi Hartono, and the Head of "
        "Assets of the regency.\n\nHadir pula Kepala Internasionalisasi Universitas Sleman dan "
        "Dean of the Faculty of Humanities.\n\nPimpinan Cabang Sub Divre Sleman juga hadir."
    )
    assert people.get("Budi Hartono", "").endswith("Regent Assistant")
    assert not {"Second", "Assets", "Internasionalisasi", "Humanities", "Sub Divre"} & set(people)


def test_commander_and_a_dotted_eng_before_a_name() -> None:
    people = people_of(
        "Commander AFP Brian Gilles mengharapkan kerja sama berlanjut.\n\nMoU diteken oleh "
        "Rektor Institut Teknologi Kupang Prof. Dr. Eng. Ir. Abdul Lomba, MSEE dan Bupati "
        "Sumba Barat, Yohanis Dadi, SH di Ruang Rapat."
    )
    assert people.get("Brian Gilles") == "Commander"
    assert people.get("Abdul Lomba") == "Rektor"


def test_short_forms_of_ministers_and_commanders() -> None:
    people = people_of(
        "Acara dihadiri Mantan Menristek Budi Hartono dan Dansat Brimob Polda Papua Kombes Pol "
        "Rudi Santoso, Senin."
    )
    assert people.get("Budi Hartono", "").endswith("Menristek")
    assert people.get("Rudi Santoso", "").startswith("Dansat")


def test_a_capitalised_speech_verb_after_a_title_is_no_name() -> None:
    found = people_of(
        "Pemerintah Kabupaten Karangjati menandatangani nota kesepahaman dengan Universitas "
        "Lembah Hijau di bidang pendidikan, Senin (3/3/2025).\n"
        "Bupati Karangjati Menyampaikan kerja sama ini penting bagi warga. Wakil Bupati "
        "Karangjati Sutrisno Hadi Menegaskan hal yang sama."
    )
    assert "Menyampaikan" not in found and "Menegaskan" not in " ".join(found)
    assert found.get("Sutrisno Hadi", "").startswith("Wakil Bupati")


def test_more_short_forms_of_heads_are_titles() -> None:
    found = people_of(
        "Wako Pekanbaru Firdaus Hasan menandatangani nota kesepahaman kerja sama sister city, "
        "Senin (13/1).\n"
        "Turut hadir Kadishub Pekanbaru Yuliarso Wiranto dan Sekdako Pekanbaru Muhammad Jamil."
    )
    assert found.get("Firdaus Hasan") == "Wali Kota"
    assert "Yuliarso Wiranto" in found and "Muhammad Jamil" in found


def test_english_titles_in_lower_case_before_a_name() -> None:
    found = people_of(
        "Miri Municipal Council and Bontang City signed a Letter of Intent on Feb 7, said "
        "councillor Adam Lau Kiong.\n"
        "MMC chairman Peter Wong signed for the council."
    )
    assert found.get("Adam Lau Kiong", "").lower().startswith("councillor")
    assert found.get("Peter Wong", "").lower().startswith("chairman")


def test_a_group_of_commissioners_listed_after_yaitu() -> None:
    found = people_of(
        "Pemkot Medan dan KPU Kota Medan menandatangani nota kesepahaman, Senin (3/3).\n"
        "Penandatanganan disaksikan oleh tiga komisioner KPU yaitu Rina Wulandari, Dodi "
        "Saputra dan Lina Marlina."
    )
    assert {"Rina Wulandari", "Dodi Saputra", "Lina Marlina"} <= set(found)
    assert found["Dodi Saputra"] == "komisioner KPU"


def test_a_bodys_name_before_a_comma_is_not_the_persons() -> None:
    rec = extract_article(
        "Pemkab Gayo Lues dan Universitas Bukit Hijau menandatangani nota kesepahaman, Senin "
        "(3/3/2025).\n"
        "Hadir Rektor Universitas Bukit Hijau (UBH) Blangkejeren, Dr. Rahmat Saleh, bersama "
        "Ketua Yayasan Pendidikan Tunas Karya, Drs. Hamdani Yusuf.",
        today=TODAY,
    )
    orgs = {p.name: p.org for p in rec.people}
    assert orgs.get("Rahmat Saleh") == "Universitas Bukit Hijau"
    assert orgs.get("Hamdani Yusuf") == "Yayasan Pendidikan Tunas Karya"


def test_malay_patronymics_inside_a_name_before_its_role() -> None:
    found = people_of(
        "Pemkab Siak dan Universitas Sains Selangor meneken nota kesepahaman, Senin (3/3/2025).\n"
        '"Kami siap," ujar Prof. Dr. Salmah Bt. Omar, Dekan Fakulti Kejuruteraan USS.\n'
        "Hadir pula Ir. Karim binti Yahya, Pengarah Kampus USS, dan Dato Faridah Binti Salleh, "
        "Timbalan Pengarah USS."
    )
    assert {"Salmah Bt Omar", "Karim binti Yahya", "Faridah Binti Salleh"} <= set(found)
    assert found["Salmah Bt Omar"].startswith("Dekan")


def test_a_groups_leader_is_a_person() -> None:
    found = people_of(
        "Polda Riau Terima Delegasi Polis Malaysia\n"
        "PEKANBARU - Polda Riau menerima delegasi polis Malaysia yang dipimpin oleh DCP Dato "
        "Zulkifli bin Harun di Pekanbaru, Senin (3/3/2025).\n"
        "Sementara rombongan Korea yang diketuai oleh Park Min Soo tiba sehari kemudian, "
        "dipimpin oleh Kepala Dinas Pariwisata Riau Budi Hartono."
    )
    assert {"Zulkifli bin Harun", "Park Min Soo"} <= set(found)
    assert found.get("Budi Hartono") == "Kepala Dinas Pariwisata"


def test_a_units_province_between_comma_and_rank() -> None:
    found = people_of(
        "Pemkab Tabalong dan Polres Tabalong Teken Kesepakatan\n"
        "PARINGIN - Kepala Kepolisian Resor Balangan, Kalimantan Selatan AKBP Rudi Hartanto "
        "menyebut kesepakatan itu berlaku sejak Senin (3/3/2025)."
    )
    assert found.get("Rudi Hartanto", "").startswith("Kepala Kepolisian Resor")


def test_a_lower_case_role_after_a_names_comma() -> None:
    found = people_of(
        "Sukoharjo Jadi Mitra FAO\n"
        "SUKOHARJO - Program ini maju pesat, ujar Stefan Rudolf, kepala perwakilan WHO "
        "Indonesia, ketika diterima Bupati Sukoharjo Etik Suryani.\n"
        "The programme works well, said Maria Dewi Lestari, head of the Jakarta Cooperation "
        "Bureau."
    )
    assert found.get("Stefan Rudolf", "").lower().startswith("kepala")
    assert found.get("Maria Dewi Lestari", "").lower().startswith("head")


def test_a_short_form_of_a_full_name_is_the_same_person() -> None:
    found = people_of(
        "NTT dan UNICEF Perkuat Kerja Sama\n"
        "KUPANG - Gubernur NTT Emanuel Melkiades Laka Lena menerima perwakilan UNICEF, Senin "
        "(3/3/2025).\n"
        "Gubernur Melki Laka Lena berbicara panjang tentang gizi anak. Melki berharap program "
        "berlanjut."
    )
    assert list(found) == ["Emanuel Melkiades Laka Lena"]


def test_a_country_as_a_governors_surname() -> None:
    found = people_of(
        "Pemprov Malut dan BPJS Kesehatan Teken Nota Kesepakatan\n"
        "SOFIFI - Nota kesepakatan ditandatangani langsung oleh Gubernur Desi Laos, Kamis "
        '(22/5/2025). "Kesehatan adalah hak dasar," kata Gubernur Maluku Utara Desi Laos.'
    )
    assert found.get("Desi Laos") == "Gubernur"


def test_a_capitalised_common_word_after_a_title_is_no_name() -> None:
    found = people_of(
        "Pemkab Seruyan Jalin Kerja Sama Jaminan Sosial\n"
        "KUALA PEMBUANG - Bupati Seruyan Saiful Rahman meneken nota kesepahaman, ditonton para "
        "Kepala OPD Setempat. Sekda Seruyan Bahagia yang hadir menyambut baik."
    )
    assert "Setempat" not in found
    assert "Saiful Rahman" in found and "Bahagia" in found


def test_english_headline_and_unit_words_are_no_names() -> None:
    found = people_of(
        "Jakarta and Seoul\nJAKARTA - The cooperation was discussed, said Director of "
        "Democratic Resilience and Governance. The delegation met the Australian team.\n"
        "Governor Team said the visit was good."
    )
    assert not {"Democratic Resilience", "Team"} & set(found)


def test_curly_apostrophes_in_names_and_numbered_lower_case_titles() -> None:
    found = people_of(
        "Kaltim dan Kaltara Teken Kesepakatan\n"
        "SAMARINDA - Kesepakatan ditandatangani oleh Gubernur Kaltim Dr H Rudi Mas’ud (Rudi) "
        "dan Gubernur Kaltara H Zainal Abidin, disaksikan asisten 1 Siti Tuna dan asisten 2 "
        "Hendra Restu."
    )
    assert found.get("Rudi Mas’ud") == "Gubernur"
    assert {"Siti Tuna", "Hendra Restu"} <= set(found)


def test_a_companys_code_name_ends_before_its_directors_name() -> None:
    found = people_of(
        "BUMD Babel Teken MoU\nPANGKALPINANG - Hadir Direktur Utama PT K3S Sapardi, dan Direktur "
        "PT Timah Lestari."
    )
    assert found.get("Sapardi") == "Direktur Utama"


def test_headline_verbs_and_documents_are_no_names() -> None:
    found = people_of(
        "Gubernur Sulteng Teken MoU dengan BPJS\n"
        "PALU - Gubernur Sulteng Rusdi Mastura menandatangani nota kesepahaman, Senin (3/3/2025)."
    )
    assert not {"Teken MoU", "MoU"} & set(found)
    assert "Rusdi Mastura" in found


def test_an_english_appositive_role_names_the_person_before_it() -> None:
    found = people_of(
        "Campus and Regency Agree\nENDE - Prof. Oka Darmawan, Ph.D., the Rector of Universitas "
        "Samudra Biru, signed with Drs. Jafar Ahmad, the Regent of Ende.\n"
        "Meanwhile, the Rector of Universitas Flores, Budi Santoso, said he welcomed it."
    )
    assert found.get("Oka Darmawan") == "Rector"
    assert found.get("Jafar Ahmad") == "Regent"
    assert "Meanwhile" not in found


def test_a_nickname_given_with_alias_is_the_same_person() -> None:
    rec = extract_article(
        "Aceh Perluas Kerja Sama Pertanian\n"
        "BANDA ACEH - Delegasi dipimpin langsung oleh Gubernur Aceh, Muzakar Malik alias biasa "
        'disapa dengan Mualim. "Kami siap bekerja sama," ujar Mualim.',
        today=TODAY,
    )
    assert [p.name for p in rec.people] == ["Muzakar Malik"]


def test_abbreviated_given_names_and_malay_styles_before_a_name() -> None:
    found = people_of(
        "Pemkab Pohuwato dan UMGO Teken MoU\n"
        "MARISA - Bupati Boalemo meneken nota kesepahaman bersama Rektor UNB, Prof. Dr. H. "
        "Abd. Karim Masaong, M.Pd, Senin (3/3/2025). Hadir pula Datuk Bandar Kuala Lumpur, "
        "Dato’ Seri Maimun."
    )
    assert "Abd Karim Masaong" in found or "Abd. Karim Masaong" in found
    assert "Seri Maimun" not in found


def test_degrees_written_without_their_dots_are_no_part_of_a_name() -> None:
    from kerjasama.extract.names import clean_name

    assert clean_name("Iskandar M Sc") == "Iskandar"
    assert clean_name("Budi Santoso S H") == "Budi Santoso"
    assert clean_name("Rudi S Pane") == "Rudi S Pane"  # an initial inside a name stays


def test_initials_that_open_a_name_after_a_title_and_its_region() -> None:
    people = people_of(
        "Sekda Kota Denpasar IB Alit Wiradana dan Wakil Wali Kota Probolinggo HMS Subri "
        "menghadiri penandatanganan kerja sama, Senin (3/4)."
    )
    assert people.get("IB Alit Wiradana") == "Sekretaris Daerah"
    assert people.get("HMS Subri") == "Wakil Wali Kota"


def test_a_balinese_name_opening_with_i_and_initials() -> None:
    people = people_of("Bupati Tabanan I GK Adi Wirawan menandatangani nota kesepahaman.")
    found = [(name, role) for name, role in people.items() if name.startswith("I GK Adi")]
    assert [role for _, role in found] == ["Bupati"]


def test_a_countrys_short_form_after_a_title_is_no_initials() -> None:
    people = people_of("Acara itu dihadiri Duta Besar AS Kim Sung dan Presiden RI Joko Widodo.")
    assert "Kim Sung" in people and "Joko Widodo" in people


def test_the_one_word_after_a_village_head_is_the_village_unless_it_is_a_name() -> None:
    assert people_of("Kades Krandegan menandatangani perjanjian kerja sama dengan Kejari.") == {}
    assert people_of("Kades Suryono mengatakan kerja sama itu penting.") == {"Suryono": "Kades"}


def test_initials_after_a_dotted_honorific_end_no_sentence() -> None:
    from kerjasama.text.sentences import split_sentences

    text = (
        "Bupati Kerinci Ir. ZA. Ramlan, MT membuka acara. Kerja sama dengan BNN. Kepala BNN hadir."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Bupati Kerinci Ir. ZA. Ramlan, MT membuka acara.",
        "Kerja sama dengan BNN.",
        "Kepala BNN hadir.",
    ]
    assert people_of(text).get("ZA Ramlan") == "Bupati"


def test_a_title_whose_fields_are_a_list_ending_in_comma_and_dan() -> None:
    people = people_of(
        "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Eko Santoso dan "
        "Menteri Riset, Teknologi, dan Pendidikan Tinggi Ahmad Nasrul hadir di Palu, Senin."
    )
    assert people.get("Eko Santoso") == (
        "Menteri Desa Pembangunan Daerah Tertinggal dan Transmigrasi"
    )
    assert people.get("Ahmad Nasrul") == "Menteri Riset Teknologi dan Pendidikan Tinggi"
    two = people_of("Gubernur Jawa Barat, dan Bupati Bogor Ade Yasin hadir.")
    assert two.get("Ade Yasin") == "Bupati"  # a second title after ", dan": not one role


def test_an_offices_short_name_by_its_shape_is_part_of_the_title() -> None:
    people = people_of(
        "Kepala Disdukcapil Sleman Ahmad Yani mengatakan data itu lengkap. Sekretaris "
        "Bappelitbangda Kota Medan Rudi Hartono hadir. Menko Polhukam Wiranto membuka acara."
    )
    assert people == {
        "Ahmad Yani": "Kepala Disdukcapil",
        "Rudi Hartono": "Sekretaris Bappelitbangda",
        "Wiranto": "Menko Polhukam",
    }


def test_a_title_word_with_one_letter_wrong_stays_in_the_title() -> None:
    people = people_of(
        "Kerja sama itu diteken Menteri Riset Tenologi dan Pendidikan Tinggi M Nasir. Hadir "
        "pula Kepala Dinas Pariwsata Kota Bogor Budi Santoso."
    )
    assert people == {
        "M Nasir": "Menteri Riset Tenologi dan Pendidikan Tinggi",
        "Budi Santoso": "Kepala Dinas Pariwsata",
    }


def test_a_name_ending_in_a_word_that_is_also_a_title_word() -> None:
    people = people_of("Wali Kota Kupang Yoga Pratama mengatakan kerja sama itu penting.")
    assert people == {"Yoga Pratama": "Wali Kota"}


def test_a_malay_fathers_name_may_carry_haji() -> None:
    people = people_of(
        "Rombongan dipimpin Ketua Delegasi Azlan Bin Hj Ismail dari Johor. Hadir pula Presiden "
        "Majlis Perbandaran Tawau, Tuan Rahman Bin Hj Yusof, ke Tarakan."
    )
    assert people == {
        "Azlan Bin Hj Ismail": "Ketua Delegasi",
        "Rahman Bin Hj Yusof": "Presiden",
    }


def test_the_country_set_off_by_commas_after_a_foreign_heads_region() -> None:
    people = people_of(
        "Ketua Menteri Sabah, Malaysia, Datuk Seri Panglima Haji Mohd Shafie Apdal bertamu ke "
        "Kaltim. Gubernur Johor, Malaysia, Onn Hafiz Ghazi juga hadir."
    )
    assert people == {"Mohd Shafie Apdal": "Ketua Menteri", "Onn Hafiz Ghazi": "Gubernur"}


def test_a_headline_verbs_object_keeps_its_own_title() -> None:
    people = people_of(
        "Konjen Tiongkok Kunjungi Wako Hendra Saputra, Bahas Sister City\n\nPadang, "
        'PilarbangsaNews\n\nKota Padang menjalin kerja sama. "Terima kasih," ucap Wako Hendra '
        "Saputra saat menjamu Konjen Tiongkok itu, Kamis (15/9/2022)."
    )
    assert people == {"Hendra Saputra": "Wali Kota"}
