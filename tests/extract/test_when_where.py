"""When and where the reported activity took place: short articles written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama.extract import extract_article

TODAY = dt.date(2026, 11, 24)


def places(text: str, **kw) -> list[str | None]:
    return [c.place for c in extract_article(text, today=TODAY, **kw).cooperations]


def test_a_place_phrase_ends_where_a_new_clause_opens_after_a_comma() -> None:
    text = (
        "Selasa, 4-6-2019 bertempat di ruang Aula Balaikota Pemkot Cirebon, pemerintah "
        "Kabupaten Ngawi dengan pemerintah kota Cirebon menandatangani nota kesepahaman "
        "kerja sama bidang pariwisata."
    )
    assert places(text) == ["Cirebon"]


def test_the_place_of_a_visit_is_its_destination_not_the_dateline() -> None:
    abroad = places(
        "MAROS, Kabarlokal -- Bupati Maros bertolak ke Jepang untuk menjajaki kerja sama.\n"
        "Bupati Maros mengunjungi Kabupaten Higashiyama, sebuah daerah pegunungan di Jepang, "
        "dan bertemu kepala daerahnya untuk membahas kerja sama pertanian dan pariwisata."
    )
    assert abroad == ["Higashiyama"]
    home = places(
        "Kupang (ANTARA) - Wakil Bupati Buleleng memimpin kunjungan kerja ke Kota Mataram "
        "untuk menjajaki kerja sama pengelolaan sampah dengan Pemerintah Kota Mataram."
    )
    assert home == ["Mataram"]


def test_a_visit_still_to_come_gives_no_place() -> None:
    text = (
        "Samarinda (ANTARA) - Pemprov Kaltim menjajaki kerja sama peternakan dengan Kabupaten "
        "Bone, kata Asisten II Setda Kaltim.\nRinciannya dibahas lagi saat kunjungan ke "
        "Kabupaten Bone nanti."
    )
    assert places(text) == ["Samarinda"]


def test_a_venue_that_is_a_head_of_regions_office_is_in_that_region() -> None:
    mayor = places(
        "Wali Kota Bitung menerima kunjungan Konsul Jenderal Filipina di ruang kerja Wali Kota, "
        "Senin (3/2/2025), untuk menjajaki kerja sama perdagangan ikan dengan Kota Bitung."
    )
    assert mayor == ["Bitung"]
    governor = places(
        "Pemprov Sulawesi Tenggara dan Kejaksaan Tinggi Sultra menandatangani nota kesepahaman "
        "bidang perdata dan tata usaha negara di Aula Rumah Jabatan Gubernur, Kamis (6/3/2025)."
    )
    assert governor == ["Kendari"]


def test_a_province_seat_named_before_the_city_it_lies_in_stays_itself() -> None:
    text = (
        "Pemprov Jawa Barat dan Pemprov Maluku Utara menandatangani perjanjian kerja sama di "
        "Kantor Gubernur Maluku Utara, Sofifi, Kota Tidore Kepulauan, Kamis (12/12/2024)."
    )
    assert places(text) == ["Sofifi"]


def test_a_regents_residence_written_short_is_a_venue_not_a_town() -> None:
    text = (
        "WANGGUDU – Pemkab Konawe Utara dan Kejaksaan Negeri Konawe menandatangani nota "
        "kesepahaman bidang perdata di Rujab Bupati Konut, Jumat (22/4/2022)."
    )
    assert places(text) == ["Wanggudu"]


def test_where_a_speaker_with_a_long_title_spoke_is_not_where_it_was_signed() -> None:
    text = (
        "Lumajang (ANTARA) - Pemkab Lumajang dan PT Tani Subur menandatangani nota kesepakatan "
        "pengembangan kopi.\n"
        '"Penandatanganan MoU itu dilakukan pekan lalu di Surabaya," kata Kepala Bidang '
        "Ekonomi pada Dinas Pemberdayaan Masyarakat dan Desa Pemkab Lumajang, Rina Wulandari "
        "di Lumajang, Senin."
    )
    assert places(text) == ["Surabaya"]


def test_a_venue_on_a_university_campus_lies_in_the_campus_city() -> None:
    full = places(
        "Bupati Sampang dan Rektor Universitas Airlangga menandatangani nota kesepahaman di "
        "Aula Gedung Rektorat Universitas Airlangga Lantai 2, Rabu (5/3/2025)."
    )
    assert full == ["Surabaya"]
    short = places(
        "Pemprov Sulawesi Barat dan Universitas Hasanuddin menandatangani nota kesepahaman di "
        "Gedung Rektorat Unhas, Selasa (4/3/2025)."
    )
    assert short == ["Makassar"]


def test_an_english_report_of_where_a_delegation_came() -> None:
    text = (
        "The Governor of Central Java and the Premier of Tasmania came to the Creative Hub "
        "Building Solo to discuss future cooperation in tourism and education between Central "
        "Java and Tasmania."
    )
    assert set(places(text)) == {"Surakarta"}


def test_where_a_signing_was_done_beats_where_the_news_was_given() -> None:
    after_speech = places(
        "SOFIFI – Pemprov Maluku Utara dan Kejaksaan Tinggi Maluku Utara menandatangani nota "
        "kesepahaman bidang perdata.\nKerja sama itu meliputi bantuan hukum.\nKedua pihak "
        "juga bertukar data perkara.\nSelain itu pendampingan hukum diberikan bagi dinas.\n"
        '"Ini fondasi kolaborasi hukum," ujarnya usai meneken MoU itu di Aula Kejati Malut, '
        "Kota Ternate, Selasa (6/5/2025)."
    )
    assert after_speech == ["Ternate"]
    named_after = places(
        "Perum Air Nusantara bersama Pemkab Pamekasan menyepakati kerja sama air minum.\n"
        "Direktur Perum Air Nusantara dalam keterangan diterima di Surabaya, Sabtu, menyatakan "
        "kerja sama itu penting.\nIa hadir di Pamekasan Expo untuk penandatanganan MoU itu."
    )
    assert named_after == ["Pamekasan"]


def dates(text: str, **kw) -> list[str | None]:
    return [c.date for c in extract_article(text, today=TODAY, **kw).cooperations]


def test_a_pages_date_line_and_a_caption_above_the_dateline_are_not_the_activity_date() -> None:
    stamp = dates(
        "Kerja Sama Pariwisata Ende dan Sikka Dijajaki\nSenin, 12 Mei 2025 10:15 WIB\n"
        "Pemkab Ende menjajaki kerja sama pariwisata dengan Pemkab Sikka. Bupati Ende bertemu "
        "Bupati Sikka di Rumah Jabatan Bupati Sikka, Minggu (11/5)."
    )
    assert stamp == ["2025-05-11"]
    caption = dates(
        "Blitar Jajaki Sister City dengan Penang\n\nWali Kota Blitar dan delegasi Kota Penang "
        "menjajaki kerja sama di alun-alun Kota Blitar, Senin (3/2/2025).\n"
        "Foto: Kabarkota/Dewi\n\n"
        "BLITAR -- Pemkot Blitar menerima kunjungan delegasi Kota Penang, Malaysia untuk "
        "menjajaki kerja sama sister city, Kamis (15/5/2025)."
    )
    assert caption == ["2025-05-15"]


def test_a_dateline_with_only_a_comma_names_a_town_of_the_regency() -> None:
    text = (
        "MoU Harus Dijalankan\n\n"
        "Praya, Setelah ditandatanganinya nota kesepahaman antara Pemkab Lombok Tengah dan "
        "Universitas Bumi Gora, para pihak diminta menindaklanjutinya.\n"
        "Penandatanganan berlangsung di Pendopo Bupati, Sabtu (25/12/2021)."
    )
    assert places(text) == ["Praya"]


def test_a_dateline_town_the_data_knows_beside_a_newspapers_name() -> None:
    article = extract_article(
        "Judul Berita Daerah\n"
        "TANJUNG SELOR, Koran Benuanta – PT Bauksit Nusantara dan Pemerintah Provinsi "
        "Kalimantan Utara kembali meneken nota kesepakatan proyek kawasan industri.\n"
        "Penandatanganan itu dihadiri Gubernur Kalimantan Utara."
    )
    assert [c.place for c in article.cooperations] == ["Tanjung Selor"]


def test_a_dateline_town_in_brackets_after_an_outlets_name() -> None:
    article = extract_article(
        "Judul Berita Daerah\n"
        "CAHAYA PAPUA (TIMIKA) – Ketua Yayasan Lestari menyampaikan pihaknya bersama "
        "Pemerintah Kabupaten Mimika menandatangani nota kesepahaman, Senin (3/4/2023).\n"
        "Kerja sama itu menyatukan program pendidikan di Mimika."
    )
    assert [c.place for c in article.cooperations] == ["Timika"]


def test_a_province_seat_named_after_the_governors_office_is_the_place() -> None:
    text = (
        "Pemprov Kalimantan Utara dan Pemprov Jawa Barat menandatangani perjanjian kerja sama "
        "di lantai II kantor Gubernur, Tanjung Selor, Kamis (12/12/2019).\n"
        "Kerja sama itu meliputi pendidikan dan pariwisata."
    )
    assert set(places(text)) == {"Tanjung Selor"}


def test_a_day_and_month_take_the_year_a_captions_full_date_gives() -> None:
    text = (
        "Foto: Bupati Lombok Utara usai penandatanganan, Jumat (25/9/2020). ANTARA\n"
        "Bupati Lombok Utara dan Rektor Universitas Mataram menandatangani nota kesepahaman "
        "kerja sama di aula Kantor Bupati, Jumat (25/9).\n"
        "Kerja sama itu meliputi pendidikan."
    )
    rec = extract_article(text, today=TODAY)
    assert [c.date for c in rec.cooperations] == ["2020-09-25"]


def test_a_special_regions_place_is_its_city() -> None:
    found = places(
        "Kerja Sama Aichi dan DIY\nKepatihan - Gubernur Prefektur Aichi, Hideo Mura, berkunjung "
        "ke Daerah Istimewa Yogyakarta (DIY), Senin (5/10/2015), menjajaki kerja sama investasi "
        "dengan Pemda DIY."
    )
    assert found == ["Yogyakarta"]


def test_an_outlets_name_in_capitals_is_no_dateline_town() -> None:
    found = places(
        "Pemkab Kepulauan Tanimbar Teken MoU dengan Kejari\n"
        "JURNALTANIMBAR – Pemerintah Kabupaten Kepulauan Tanimbar menjalin kerja sama dengan "
        "Kejaksaan Negeri Kepulauan Tanimbar melalui nota kesepahaman, Sabtu (19/7/2025)."
    )
    assert found == [None]


def test_an_outlets_initials_before_the_dateline_town() -> None:
    found = places(
        "Pemkab Pohuwato Teken Kerja Sama dengan Kejari\n"
        "TG Pohuwato – Pemerintah Kabupaten Pohuwato menandatangani perjanjian kerja sama "
        "pendampingan hukum bersama Kejaksaan Negeri Pohuwato, Kamis (7/9/2023)."
    )
    assert found == ["Pohuwato"]


# Places one mechanism decides: (what it shows, text, the places found).
PLACE_CASES = [
    pytest.param(
        "Pemprov Sulsel Teken MoU dengan Unhas\n"
        "Berandasulsel.com – Makassar, Pemprov Sulsel menandatangani nota kesepahaman dengan "
        "Universitas Hasanuddin di Rujab Gubernuran, Jumat (4/9).\n"
        "Kerja sama itu untuk riset daerah.",
        ["Makassar"],
        id="a city after an outlet's dateline, then the government that acts",
    ),
    pytest.param(
        "MONITOR, Ibaraki – Duta Besar RI untuk Jepang menjajaki kerja sama dengan Prefektur "
        "Ibaraki dan Pemprov Sulawesi Utara, Senin (3/2).",
        ["Ibaraki"],
        id="a foreign region beside an outlet's name in the dateline",
    ),
    pytest.param(
        "MUARA ENIM – Pemkab Muara Enim dan Pemkab Lahat meneken kerja sama pengelolaan "
        "perbatasan pada Kamis (3/3/2022) pekan lalu, bertempat di Aula Kantor Bupati "
        "Kabupaten Lahat.",
        ["Lahat"],
        id="a venue after 'bertempat' beats the dateline",
    ),
    pytest.param(
        "KULONPROGO – Pemkab Kulonprogo memperpanjang perjanjian kerja sama pengelolaan sampah "
        "dengan Pemkot Yogyakarta, Senin (2/1).",
        ["Kulon Progo"],
        id="a regency written joined, under its Kemendagri name",
    ),
    pytest.param(
        "Pemkab Kolaka dan Kampus Teken MoU\n"
        "Pemkab Kolaka meneken nota kesepahaman riset dengan Universitas Halu Oleo Kendari "
        "(UHOK), Selasa (4/6/2019), bertempat di Gedung Rektorat UHOK.",
        ["Kendari"],
        id="a venue named by a university's short form",
    ),
    pytest.param(
        "DIY dan Thailand Bahas Kerja Sama\n"
        "Kabarjogja.id, JOGJA—Gubernur DIY menerima Duta Besar Thailand untuk menjajaki kerja "
        "sama pariwisata, Rabu (8/5).",
        ["Yogyakarta"],
        id="a dateline's nickname of a province's capital",
    ),
    pytest.param(
        "KUPANG – Pemprov NTT dan UNICEF meneken nota kesepahaman perlindungan anak, Senin (2/3).\n"
        "Program itu dilaksanakan di Kabupaten Kupang, Belu, dan Alor.",
        ["Kupang"],
        id="a place phrase listing regions is an area",
    ),
    pytest.param(
        "SEMARANG – Pemkab Kendal dan Kejaksaan Negeri Kendal meneken perjanjian kerja sama "
        "pidana kerja sosial.\nAcara itu berlangsung pada Gedung Serbaguna Praja, Kota "
        "Salatiga, Rabu (3/12/2025).",
        ["Salatiga"],
        id="'pada' before a venue opens a place phrase",
    ),
    pytest.param(
        "Gubernur Bengkulu meneken nota kesepahaman dengan Pemprov Jambi di halaman Kantor "
        "Bupati Bengkulu Utara, Kamis (3/3).",
        ["Bengkulu Utara"],
        id="a venue's lower-case words before its city",
    ),
    pytest.param(
        "Pemkab Bantul Terima Delegasi Jepang\n"
        "Bantul, 12/3 (ANTARA) - Pemkab Bantul menerima delegasi Jepang untuk menjajaki kerja "
        "sama pertanian.",
        ["Bantul"],
        id="a dateline holding the day and month",
    ),
    pytest.param(
        "KENDARI (kendaripos.com)-Gubernur Sultra meneken nota kesepahaman dengan Pemprov "
        "Maluku tentang perikanan.",
        ["Kendari"],
        id="a dateline's dash glued after the outlet's bracket",
    ),
    pytest.param(
        "Wali Kota Semarang bertemu Wali Kota Rotterdam di DEN HAAG, Selasa (3/3), untuk "
        "menjajaki kerja sama pengelolaan air.",
        ["Den Haag"],
        id="a foreign city in the gazetteer's spelling where only case or spaces differ",
    ),
    pytest.param(
        "Bupati Gunungkidul (DIY) hari ini menerima kunjungan rombongan dari Denmark yang "
        "menjajaki kerja sama pengelolaan sampah.",
        ["Gunungkidul"],
        id="a host receiving visitors, at its seat",
    ),
    pytest.param(
        "PONTIANAK – Wali Kota Pontianak menerima rombongan Konsul Jenderal Malaysia di "
        "Kuching, Selasa (3/3), untuk menjajaki kerja sama perdagangan.",
        ["Pontianak"],
        id="where a foreign mission sits is not where it was received",
    ),
    pytest.param(
        "Pemkab Kubu Raya dan Pemkot Singkawang meneken kesepakatan bersama di Aula Kantor "
        "Camat, Parit Baru, Kabupaten Kubu Raya, Senin (3/3).",
        ["Parit Baru"],
        id="a town named before its regency",
    ),
    pytest.param(
        "Gubernur Jawa Barat menerima Duta Besar Korea Selatan di Gedung Pakuan, Jumat "
        "(3/11/2023), untuk menjajaki kerja sama pertanian.\nProgram desa percontohan itu dulu "
        "dilaksanakan di Desa Sukamaju, Cianjur, pada tahun 2010.",
        ["Bandung"],
        id="a seat of government known by its own name",
    ),
    pytest.param(
        "Wali Kota Malang menerima Konsul Jenderal Australia di Balai Kota Malang, Senin (3/3), "
        "untuk menjajaki kerja sama pendidikan.",
        ["Malang"],
        id="a venue after a foreign mission is where it was received",
    ),
    pytest.param(
        "BANYUWANGI – Pemkab Banyuwangi menjajaki kerja sama wisata dengan Pemkot Batu.\n"
        "Program serupa dulu dilaksanakan di Kabupaten Jember pada tahun 2015.",
        ["Banyuwangi"],
        id="a place of an event in a given year is history",
    ),
]


def test_a_date_written_in_the_dateline_is_the_storys() -> None:
    text = (
        "MALAKA (14/3/2024) – Pemkab Malaka dan Konsulat Timor Leste menjajaki kerja sama "
        "perdagangan lintas batas."
    )
    [coop] = extract_article(text, today=TODAY).cooperations
    assert (coop.place, coop.date) == ("Malaka", "2024-03-14")


@pytest.mark.parametrize(("text", "expected"), PLACE_CASES)
def test_places_each_mechanism_decides(text: str, expected: list[str]) -> None:
    assert places(text) == expected


def test_the_start_of_a_period_is_no_date_of_the_activity() -> None:
    # Invented: a programme "since" an earlier day, then the signing's own date.
    text = (
        "Malang - Pemkab Kotawaringin Barat dan Universitas Brawijaya menandatangani nota "
        "kesepahaman kerja sama pendidikan.\n"
        "Kerja sama ini melanjutkan program yang berjalan sejak 4 September 2017 hingga kini. "
        "Penandatanganan kerja sama itu pada Senin (17/1/2022)."
    )
    assert [c.date for c in extract_article(text, today=TODAY).cooperations] == ["2022-01-17"]
    # The first day of a span told whole is still a date of the activity.
    trip = (
        "Pekanbaru - Pemkot Pekanbaru menjajaki kerja sama dengan Kota Kawasaki, Jepang. "
        "Kunjungan kerja sama itu berlangsung sejak Selasa (4/3/2025) hingga Kamis (6/3/2025)."
    )
    assert [c.date for c in extract_article(trip, today=TODAY).cooperations] == ["2025-03-04"]


def test_a_period_told_by_both_ends_is_not_the_day_of_the_activity() -> None:
    """Figures "periode 1 Januari 2010 hingga 30 Juni 2016" or a term "berlaku 1 Januari 2020
    sampai 31 Desember 2024" are not when the reported meeting took place."""
    figures = (
        "Bogor - Pemkot Bogor menjajaki kerja sama pendidikan dengan Kota Tokyo, Jepang.\n"
        "Nilai investasi Jepang periode 1 Januari 2010 hingga 30 Juni 2016 terus naik.\n"
        "Pertemuan itu dihadiri Wali Kota Bogor Bima Arya."
    )
    assert [c.date for c in extract_article(figures, today=TODAY).cooperations] == [None]
    term = (
        "Bogor - Pemkot Bogor menandatangani nota kesepahaman kerja sama dengan Kota Tokyo, "
        "Jepang, pada Senin (17/1/2022). Nota itu berlaku 1 Januari 2022 sampai 31 Desember "
        "2026."
    )
    assert [c.date for c in extract_article(term, today=TODAY).cooperations] == ["2022-01-17"]


def test_a_visit_noun_naming_its_visitor_before_the_destination() -> None:
    text = (
        "Samarinda - Kunjungan kerja Gubernur Kalimantan Timur Isran Noor (Isran) ke Hefei "
        "menghasilkan nota kesepahaman kerja sama perdagangan dengan Pemerintah Provinsi "
        "Anhui.\nNota kesepahaman itu ditandatangani kedua pemimpin daerah."
    )
    assert places(text) == ["Hefei"]


def test_the_venue_a_party_joined_from_online_is_the_place() -> None:
    text = (
        "Pemkot Pontianak dan Pemkot Kuching menandatangani perpanjangan MoU sister city secara "
        "virtual dari Balai Kota Pontianak, Jumat (10/3/2023)."
    )
    assert places(text) == ["Pontianak"]


def test_a_town_beside_an_outlet_written_as_an_initialism_on_a_word() -> None:
    text = (
        "Sumbawa Besar (NTBSatu) – Pemerintah Kabupaten Sumbawa dan BPJS Ketenagakerjaan "
        "menandatangani nota kesepahaman perlindungan pekerja rentan, Jumat (28/11/2025)."
    )
    assert places(text) == ["Sumbawa Besar"]


def test_where_a_delegation_is_invited_to_is_no_place_of_the_meeting() -> None:
    text = (
        "KARO - Konsulat Jenderal China mengundang Bupati Karo dan sejumlah kepala OPD Pemkab "
        "Karo, Kamis 28/03-2024) di Medan.\nPertemuan itu tindak lanjut program sister city "
        "antara Kabupaten Karo dan Distrik Jinning Provinsi Yunnan China.\nKonjen mengundang "
        "delegasi Pemkab Karo berkunjung ke Distrik Jinning untuk menggali peluang kerja sama."
    )
    assert places(text) == ["Medan"]


def test_a_field_after_di_is_no_venue_and_a_statement_place_is_the_last_resort() -> None:
    text = (
        "Konjen Jepang Jajaki Kerja Sama dengan Riau di Bidang Energi Terbarukan\n\n"
        "RIAU1.COM - Konsul Jenderal Jepang di Medan akhir pekan ini mengunjungi pejabat "
        "Pemerintah Provinsi Riau.\nIa menyebut kedatangannya untuk menjalin kerja sama antara "
        "Jepang dan Provinsi Riau di bidang energi terbarukan, paparnya di Pekanbaru."
    )
    assert places(text) == ["Pekanbaru"]


def test_a_dateline_line_of_a_town_and_an_outlet_with_no_dash() -> None:
    text = (
        "Konjen Tiongkok Kunjungi Wali Kota Padang\n\nPadang, PilarbangsaNews\n\n"
        "Konsul Jenderal RRT di Medan menawarkan kerja sama sister city dengan Kota Kunming "
        "kepada Pemerintah Kota Padang, Kamis (15/9/2022).\nFokus kerja sama yang dijajaki "
        "adalah pariwisata dan pendidikan."
    )
    assert places(text) == ["Padang"]


def test_the_courtyard_of_another_regencys_office_beats_the_dateline() -> None:
    text = (
        "MUNA BARAT, DETIKSULTRA.COM – Jumat (3/3/2023), di pelataran Kantor Bupati Konawe, "
        "Pemerintah Kabupaten Muna Barat dan Pemerintah Kabupaten Konawe menandatangani "
        "kesepakatan bersama pengadaan beras.\nKesepakatan itu diteken kedua bupati."
    )
    assert places(text) == ["Konawe"]


def test_a_town_inside_a_campus_name_is_the_campus_town() -> None:
    text = (
        "MUARO JAMBI, MATAJAMBI.COM – Pemerintah Kabupaten Muaro Jambi memperbarui kemitraan "
        "dengan Universitas Jambi lewat nota kesepahaman riset, Senin, 23 Juni 2025.\nBupati "
        "dan Rektor meneken MoU itu di Ruang Rapat Rektorat Universitas Jambi, Senin."
    )
    assert places(text) == ["Muaro Jambi"]
