"""Extraction stages on short articles written for the tests."""

from __future__ import annotations

import datetime as dt

from kerjasama.extract import extract_article

TODAY = dt.date(2026, 11, 24)


def extract(text: str, **kw):
    return extract_article(text, today=TODAY, **kw)


def test_acronyms_both_ways_and_quotes_with_speakers() -> None:
    rec = extract(
        "Pontianak (ANTARA) - Pemerintah Provinsi Kalimantan Barat (Pemprov Kalbar) dan Negeri "
        "Sarawak menandatangani nota kesepahaman (MoU) di Kuching, Senin (6/5).\n"
        "Gubernur Kalbar Hendra Wijaya mengatakan kerja sama meliputi perdagangan lintas batas.\n"
        "“Kami ingin PLBN (Pos Lintas Batas Negara) menjadi pintu ekspor,” kata Hendra.\n"
        "Menurut Hendra, kerja sama itu juga mencakup pendidikan.",
        published="2024-05-08",
    )
    acronyms = {a.short: a.long for a in rec.acronyms}
    assert acronyms["Pemprov Kalbar"] == "Pemerintah Provinsi Kalimantan Barat"
    assert acronyms["MoU"] == "nota kesepahaman"
    assert acronyms["PLBN"] == "Pos Lintas Batas Negara"
    assert [q.speaker for q in rec.quotes] == ["Hendra Wijaya", "Hendra Wijaya"]
    coop = rec.cooperations[0]
    assert [p.code for p in coop.parties] == ["ID-KB", "MY-13"]
    assert (coop.action, coop.instrument, coop.date, coop.place) == (
        "sign",
        "mou",
        "2024-05-06",
        "Kuching",
    )
    assert coop.sectors == ["trade", "education"]


def test_people_titles_short_forms_degrees_and_later_mentions() -> None:
    rec = extract(
        "Sekretaris Daerah (Sekda) Kabupaten Berau Dr H Muhammad Gazali MM menerima kunjungan "
        "Konjen Australia di Surabaya Glen Askew untuk menjajaki kerja sama pendidikan.\n"
        "Plt Kepala Dinas Pendidikan Berau Sri Wahyuni, SE, MSi turut hadir.\n"
        "Gazali berharap kerja sama itu segera terwujud."
    )
    people = {p.name: p for p in rec.people}
    assert people["Muhammad Gazali"].role == "Sekretaris Daerah"
    assert people["Muhammad Gazali"].org_code == "64.03"
    assert people["Glen Askew"].role == "Konsul Jenderal"
    assert people["Sri Wahyuni"].role == "Pelaksana Tugas Kepala Dinas Pendidikan"
    assert len(people["Muhammad Gazali"].mentions) == 2  # "Gazali" later is the same person


def test_a_planned_signing_is_negotiate_and_its_date_is_not_the_activity_date() -> None:
    rec = extract(
        "Bandung - Pemprov Jawa Barat menggelar rapat pembahasan draf nota kesepahaman dengan "
        "Provinsi Gyeonggi, Korea Selatan, Rabu (10/1).\n"
        "Penandatanganan dijadwalkan pada 20 Februari 2024 mendatang di Suwon.",
        published="2024-01-11",
    )
    coop = rec.cooperations[0]
    assert (coop.action, coop.instrument, coop.date) == ("negotiate", "mou", "2024-01-10")


def test_hoped_for_mou_is_explore_with_no_instrument() -> None:
    rec = extract(
        "Samarinda - Pemprov Kaltim menerima kunjungan delegasi Provinsi Jeju, Korea Selatan, "
        "untuk menjajaki kerja sama pariwisata. Kedua pihak berharap MoU dapat segera disusun."
    )
    coop = rec.cooperations[0]
    assert (coop.action, coop.instrument) == ("explore", "none")
    assert coop.sectors == ["tourism"]


def test_review_and_implement() -> None:
    review = extract(
        "Surabaya - Pemkot Surabaya dan Kota Busan mengevaluasi nota kesepahaman "
        "kota kembar yang berakhir tahun ini dan sepakat memperpanjangnya."
    )
    assert review.cooperations[0].action == "review"
    implement = extract(
        "Medan - Sebagai tindak lanjut nota kesepahaman dengan Negeri Pulau Pinang, "
        "Pemprov Sumut menggelar misi dagang di George Town, Selasa (3/9/2024)."
    )
    coop = implement.cooperations[0]
    assert (coop.action, coop.instrument, coop.place) == ("implement", "mou", "George Town")


def test_hard_negatives() -> None:
    police = extract(
        "Balikpapan - Polda Kaltim dan Kepolisian Federal Australia menandatangani "
        "kerja sama pemberantasan narkoba di Balikpapan, Rabu."
    )
    assert not police.is_cooperation and police.cooperation_score < 0.5
    companies = extract(
        "Bontang - PT Pupuk Kaltim dan perusahaan Jepang Mitsui menandatangani "
        "nota kesepahaman pengembangan amonia di Tokyo."
    )
    assert not companies.is_cooperation
    passing = extract(
        "Jakarta - Harga cabai naik di Jakarta. Pedagang berharap ada kerja sama "
        "distribusi yang lebih baik."
    )
    assert not passing.is_cooperation


def test_english_article() -> None:
    rec = extract(
        "SAMARINDA, Indonesia (ANTARA) - The East Kalimantan provincial government signed a "
        "memorandum of understanding with the Government of South Australia on Tuesday to "
        "cooperate in mining, education and environmental protection.\n"
        "East Kalimantan Governor Isran Hadi said the agreement would open scholarships.",
        published="2023-06-15",
    )
    coop = rec.cooperations[0]
    assert [p.code for p in coop.parties] == ["ID-KI", "AU-SA"]
    assert (coop.action, coop.instrument, coop.date) == ("sign", "mou", "2023-06-13")
    assert {"mining", "education", "environment"} <= set(coop.sectors)


def test_one_governor_several_separate_agreements_gives_several_records() -> None:
    rec = extract(
        "Jakarta - Gubernur Jawa Tengah menandatangani Kesepakatan Bersama dengan Gubernur "
        "Bali dan Gubernur Nusa Tenggara Barat secara terpisah di Jakarta, Kamis (6/7/2023)."
    )
    assert sorted(c.parties[1].code for c in rec.cooperations) == ["ID-BA", "ID-NB"]
    assert all(c.parties[0].code == "ID-JT" for c in rec.cooperations)


def test_one_document_with_three_parties_is_one_record() -> None:
    rec = extract(
        "Semarang - Pemerintah Kota Semarang, Universitas Diponegoro, dan Universitas Negeri "
        "Semarang menandatangani satu naskah Kesepakatan Bersama tentang kota pintar, Selasa "
        "(11/2/2025)."
    )
    assert len(rec.cooperations) == 1
    names = [p.name for p in rec.cooperations[0].parties]
    assert names == ["Kota Semarang", "Universitas Diponegoro", "Universitas Negeri Semarang"]


def test_regions_counted_as_the_subject_of_one_signing_sign_one_document() -> None:
    rec = extract(
        "MADIUN - Sebanyak empat kabupaten melakukan penandatanganan kesepakatan bersama "
        "kerja sama antardaerah di Pendopo Kabupaten Madiun, Rabu (5/3/2025).\n"
        "Keempat daerah itu meliputi Kabupaten Madiun, Kabupaten Ngawi, Kabupaten Magetan, "
        "dan Kabupaten Ponorogo.\nKesepakatan itu ditandatangani bupati masing-masing daerah."
    )
    assert len(rec.cooperations) == 1
    codes = sorted(p.code for p in rec.cooperations[0].parties)
    assert codes == ["35.02", "35.19", "35.20", "35.21"]


def test_nickname_and_representing() -> None:
    rec = extract(
        "Samarinda - Kepala Biro Pemerintahan Setda Kaltim Drs HM Syafranuddin MM mewakili "
        "Gubernur Kaltim menerima delegasi Sabah. Ivan, sapaan akrab Syafranuddin, mengatakan "
        "kerja sama dengan Negeri Sabah akan dibahas bulan depan."
    )
    person = next(p for p in rec.people if p.name == "Syafranuddin")
    assert person.role == "Kepala Biro Pemerintahan Setda"
    assert rec.text[person.mentions[-1][0] : person.mentions[-1][1]] in {"Ivan", "Syafranuddin"}
    assert any(rec.text[s:e] == "Ivan" for s, e in person.mentions)


def test_speaker_named_after_a_company_is_found_in_full_with_role() -> None:
    # "kata Rudi" names someone the rules do not know: the quote must not go to Tanaka, the
    # last person named before it, and Rudi is found in full where he was introduced.
    rec = extract(
        "Makassar (ANTARA) - PT Sulawesi Garam Lestari dan perusahaan Jepang Tanaka Salt Co "
        "menandatangani nota kesepahaman pengembangan tambak garam di Makassar, Senin.\n"
        "Direktur Utama PT Sulawesi Garam Lestari Rudi Hartawan mengatakan kerja sama "
        "tersebut mencakup alih teknologi pengolahan garam.\n"
        "Presiden Direktur Tanaka Salt Co Hiroshi Tanaka hadir dalam penandatanganan itu.\n"
        '"Kami ingin garam Sulawesi masuk pasar industri di Jepang," kata Rudi.',
        published="2024-05-08",
    )
    people = {p.name: p for p in rec.people}
    assert people["Rudi Hartawan"].role == "Direktur Utama"
    assert len(people["Rudi Hartawan"].mentions) == 2
    assert [q.speaker for q in rec.quotes] == ["Rudi Hartawan"]
    # "Tanaka" in "Tanaka Salt Co" is the company, not a mention of Hiroshi Tanaka.
    tanaka = [rec.text[s:e] for s, e in people["Hiroshi Tanaka"].mentions]
    assert tanaka == ["Hiroshi Tanaka"]


def test_place_is_the_city_of_the_activity_not_the_outlet_or_province() -> None:
    outlet = extract(
        "REPUBLIKA.CO.ID, MEDAN -- Pemkot Medan menjajaki kerja sama sister city dengan Kota "
        "Durban, Afrika Selatan.\nSekda Kota Medan menerima kunjungan Kemenlu di Balai Kota "
        "Medan, Jumat."
    )
    assert outlet.source.dateline == "Medan"
    assert [c.place for c in outlet.cooperations] == ["Medan"]
    lone_outlet = extract(
        "KABARJAMBI.COM — Pemkot Jambi dan Pemkab Kerinci menandatangani perjanjian kerja sama "
        "di Kantor Bappeda Kerinci – Sungai Penuh, Sabtu 1 Agustus 2025."
    )
    assert [c.place for c in lone_outlet.cooperations] == ["Sungai Penuh"]
    assert lone_outlet.cooperations[0].date == "2025-08-01"
    venue = extract(
        "Pemprov Banten dan Pemprov Jatim menandatangani nota kesepahaman di Hotel Aston "
        "Serang, Banten, Senin (5/12/2022)."
    )
    assert [c.place for c in venue.cooperations] == ["Serang"]


def test_place_held_elsewhere_than_the_dateline_and_statement() -> None:
    rec = extract(
        "Samarinda (ANTARA) - Pemprov Kaltim menandatangani pernyataan kehendak dengan Provinsi "
        'Anhui, China.\n"Kami butuh investor," kata Gubernur Kaltim dalam keterangan di '
        "Samarinda, Senin.\nPertemuan yang dilaksanakan di Jakarta itu dihadiri delegasi Anhui."
    )
    assert [c.place for c in rec.cooperations] == ["Jakarta"]
    statement = extract(
        "Pontianak (ANTARA) - Pemprov Kalbar menjajaki sister city dengan Kota Lyon, Prancis.\n"
        '"Kota kembar itu penting," kata Wakil Gubernur Kalbar di Jakarta, Jumat.'
    )
    assert [c.place for c in statement.cooperations] == ["Jakarta"]


def test_letter_date_is_not_the_activity_date() -> None:
    rec = extract(
        "Medan - Menindaklanjuti surat nomor 12/2019 tanggal 3 Mei 2019, Pemerintah Provinsi "
        "Sumatera Utara dan Negeri Pulau Pinang menandatangani nota kesepahaman kerja sama "
        "perdagangan di Medan, Minggu (7/7/2019)."
    )
    assert [c.date for c in rec.cooperations] == ["2019-07-07"]


def test_place_is_a_town_of_a_named_regency_or_a_part_of_a_named_city() -> None:
    town = extract(
        "Pemkot Jambi dan Pemkab Kerinci menandatangani perjanjian kerja sama, Sabtu 1 Agustus "
        "2025.\nPenandatanganan berlangsung di Rumah Makan Teh Hijau, Kawasan Kebun Teh Kayu "
        "Aro, dihadiri Wali Kota Jambi dan Bupati Kerinci."
    )
    assert [c.place for c in town.cooperations] == ["Kayu Aro"]
    seat = extract(
        "WAINGAPU – Pemerintah Kabupaten Sumba Timur dan Yayasan Sehat Bersama menandatangani "
        "nota kesepahaman di Aula Kantor Bupati Sumba Timur, Selasa (29/4/2025)."
    )
    assert [c.place for c in seat.cooperations] == ["Waingapu"]
    district = extract(
        "UMBULHARJO – Pemerintah Kota Yogyakarta dan Pemerintah Kota Kyoto, Jepang menjajaki "
        "kerja sama sister city, Jumat (16/2/2024)."
    )
    assert [c.place for c in district.cooperations] == ["Yogyakarta"]


def test_place_named_as_the_city_names_itself() -> None:
    solo = extract(
        "Pemerintah Kota Surakarta dan Kota Montana menandatangani nota kesepahaman di Balai "
        "Kota Solo, Senin (3/6/2024)."
    )
    assert [c.place for c in solo.cooperations] == ["Surakarta"]
    jakarta = extract(
        "Pemkot Jakarta Selatan dan Kejaksaan Negeri Jakarta Selatan menandatangani nota "
        "kesepahaman bidang hukum di Kantor Wali Kota Jakarta Selatan, Rabu (6/3/2024)."
    )
    assert [c.place for c in jakarta.cooperations] == ["Jakarta"]


def test_place_a_province_alone_when_no_city_is_named() -> None:
    rec = extract(
        "Pemprov Riau dan PT Energi Hulu Riau menandatangani perjanjian kerja sama pengelolaan "
        "hutan pada tanggal 3 Februari 2023 di Bali."
    )
    assert [c.place for c in rec.cooperations] == ["Bali"]


def test_activity_date_in_several_forms_and_not_of_a_plan() -> None:
    comma = extract(
        "Pemprov Jawa Barat dan Pemkab Bengkulu Tengah menandatangani kesepakatan bersama di "
        "Gedung Sate, Bandung, pada hari senin, (5/2/24)."
    )
    assert [c.date for c in comma.cooperations] == ["2024-02-05"]
    english = extract(
        "Singapore: The Riau Islands Province signed a Memorandum of Understanding with "
        "Singapore in Singapore on Monday, May 16, 2022."
    )
    assert [c.date for c in english.cooperations] == ["2022-05-16"]
    plan = extract(
        "Pangkalpinang - Sepuluh nota kesepahaman antara Pemprov Bangka Belitung dan Provinsi "
        "Johor bakal ditandatangani saat festival budaya, 28 - 30 November 2018.\n"
        "Pemprov Babel membahas naskah kerja sama itu dalam rapat di Kantor Gubernur, Senin "
        "(26/11/2018)."
    )
    assert [c.date for c in plan.cooperations] == ["2018-11-26"]
    stated = extract(
        "Dubes Australia berkunjung ke Pemerintah Kota Semarang untuk menjajaki kerja sama "
        "pemulihan ekonomi.\n“Kami ingin kerja sama berlanjut,” kata Dubes Australia, Senin "
        "(14/3/2022)."
    )
    assert [c.date for c in stated.cooperations] == ["2022-03-14"]


def test_a_lone_outlet_name_before_the_dash_is_no_place() -> None:
    rec = extract(
        "Kabarjuang- Pemda Lebong membahas draf perjanjian kerja sama bersama PT PLN "
        "(Persero), Senin (10/6/24).\nSekda Lebong memimpin pembahasan itu di ruang kerjanya."
    )
    assert rec.source.dateline is None
    assert [c.place for c in rec.cooperations] == [None]


def test_a_province_seat_in_the_dateline_stays_itself() -> None:
    rec = extract(
        "SOFIFI – Pemerintah Provinsi Maluku Utara dan Kejaksaan Tinggi Maluku Utara "
        "menandatangani nota kesepahaman bidang perdata, disaksikan Wali Kota Tidore "
        "Kepulauan, Selasa (6/5/2025)."
    )
    assert [c.place for c in rec.cooperations] == ["Sofifi"]


def test_an_organisation_name_ends_before_a_headline_verb() -> None:
    from kerjasama.extract.entities import find_pattern_orgs
    from kerjasama.extract.pipeline import extract_doc
    from kerjasama.sources.model import RawArticle

    doc = extract_doc(
        RawArticle(text="Polda Bali Gandeng Kepolisian Ceko\n\nPolda Bali menjalin kerja sama.")
    )
    names = [name for _, _, name, _ in find_pattern_orgs(doc)]
    assert "Kepolisian Daerah Bali" in names
    assert not any("Gandeng" in n for n in names)
