"""The stage of a partnership (action and instrument), on short sentences written for the tests."""

from __future__ import annotations

import datetime as dt

from kerjasama.extract import extract_article
from kerjasama.extract.parties import cooperation_sentences
from kerjasama.extract.pipeline import PIPELINE, make_doc
from kerjasama.extract.stage import read_stage
from kerjasama.sources.model import RawArticle

TODAY = dt.date(2026, 11, 24)


def stage(text: str, published: str | None = "2024-05-08") -> tuple[str, str]:
    doc = make_doc(RawArticle(text=text, published=published), TODAY)
    for name, run in PIPELINE:
        if name == "cooperation":
            break
        doc = run(doc)
    reading = read_stage(doc, cooperation_sentences(doc))
    return reading.action, reading.instrument


def test_planned_signings_are_negotiation() -> None:
    assert stage(
        "Semarang - Pemprov Jawa Tengah dan Pemprov Sumatera Utara bakal menandatangani nota "
        "kesepahaman kerja sama perdagangan bulan depan."
    ) == ("negotiate", "mou")
    assert stage(
        "Surabaya - Dijadwalkan pekan depan, Pemkot Surabaya dan Pemkot Makassar melakukan "
        "penandatanganan kesepakatan bersama di bidang pariwisata."
    ) == ("negotiate", "mou")
    assert stage(
        "Bandung - Pemkot Bandung menggelar rapat persiapan. Penandatanganan MoU kerja sama "
        "dengan Pemkot Cimahi akan dilakukan di Balai Kota, Senin depan."
    ) == ("negotiate", "mou")


def test_a_hoped_for_signing_is_exploration() -> None:
    assert (
        stage(
            "Medan - Wali Kota Medan berharap dapat menandatangani MoU kerja sama dengan Pemkot "
            "Binjai tahun ini."
        )[0]
        == "explore"
    )


def test_a_signing_the_lead_reports_is_sign_even_with_a_renewal() -> None:
    assert stage(
        "Surabaya - Pemprov Jawa Timur dan Pemprov Kalimantan Timur menandatangani perpanjangan "
        "nota kesepahaman kerja sama di Surabaya, Senin (6/5)."
    ) == ("sign", "mou")
    # a typo of the page and a nominal signing told as a deed
    assert stage(
        "Jambi - Nota kesepahaman kerja sama Pemprov Jambi dan Pemprov Riau ditandantangani "
        "kedua gubernur."
    ) == ("sign", "mou")
    assert stage(
        "Serang - Penandatangan MoU kerja sama itu dilakukan Gubernur Banten dan Gubernur "
        "Lampung di Serang."
    ) == ("sign", "mou")


def test_review_wins_over_a_background_signing() -> None:
    assert stage(
        "Sleman - Pemkab Sleman dan Pemkot Magelang menggelar evaluasi kerja sama pengelolaan "
        "sampah, Selasa (7/5).\nKerja sama itu tertuang dalam MoU yang telah ditandatangani "
        "kedua daerah."
    ) == ("review", "mou")
    assert (
        stage(
            "Denpasar - Pemprov Bali akan memperpanjang kerja sama dengan Pemprov NTB.\nNota "
            "kesepahaman kedua provinsi yang ditandatangani pada 2018 sudah habis masa berlakunya."
        )[0]
        == "review"
    )


def test_a_dprd_approval_is_negotiation() -> None:
    assert stage(
        "Bandung - DPRD Kota Bandung menyetujui rencana kerja sama Pemkot Bandung dengan Pemkot "
        "Bogor dalam rapat paripurna.\nSetelah persetujuan DPRD itu, penandatanganan MoU akan "
        "dilakukan oleh kedua wali kota."
    ) == ("negotiate", "mou")


def test_instrument_forms() -> None:
    assert stage(
        "Ambon - Pemprov Maluku dan Pemprov Papua menandatangani nota kesepakatan kerja sama "
        "bidang perikanan."
    ) == ("sign", "mou")
    assert stage(
        "Batam - Pemprov Kepulauan Riau menandatangani Memorandum of Intent kerja sama energi "
        "terbarukan dengan Pemkot Batam."
    ) == ("sign", "loi")
    assert stage(
        "Padang - Pemprov Sumatera Barat dan Pemkot Padang menandatangani perjanjian kerja sama "
        "(PKS) pengelolaan air minum."
    ) == ("sign", "agreement")
    # an MoU and the PKS that carry it out, signed at once: the MoU is central
    assert stage(
        "Palembang - Pemkot Palembang dan Pemkab Subang menandatangani MoU dan PKS kerja sama "
        "pangan."
    ) == ("sign", "mou")


def test_a_word_cut_at_a_window_edge_does_not_count() -> None:
    # "disediakan" ends in "akan": a window that starts inside it must not read a plan.
    head = "Solo - Pemkot Surakarta dan Pemkab Karanganyar, dengan dana yang telah disediakan"
    pad = " oleh kedua pemerintah kota bagi program itu lalu resmi"
    text = head + pad + " menandatangani nota kesepahaman kerja sama."
    assert text.index("menandatangani") - 60 == text.index("akan oleh")
    assert stage(text) == ("sign", "mou")


def test_each_partnership_has_its_own_stage() -> None:
    rec = extract_article(
        "Palangka Raya (ANTARA) - Pemkot Palangka Raya menandatangani nota kesepahaman kerja "
        "sama pangan dengan Pemkab Tabalong, Senin (6/5).\n"
        "Pemkot Palangka Raya juga menjajaki kerja sama pertanian dengan Pemkab Barito Kuala.",
        published="2024-05-08",
        today=TODAY,
    )
    stages = {c.parties[-1].name: (c.action, c.instrument) for c in rec.cooperations}
    assert stages.get("Kabupaten Tabalong") == ("sign", "mou")
    assert stages.get("Kabupaten Barito Kuala") == ("explore", "none")


def test_an_implementing_work_plan_is_an_agreement() -> None:
    assert stage(
        "Semarang - Sekda Kabupaten Temanggung menandatangani Rencana Kerja Tahunan (RKT) "
        "program air minum bersama USAID, Rabu (8/5/2024)."
    ) == ("sign", "agreement")


def test_a_bracketed_gloss_does_not_change_the_document() -> None:
    assert stage(
        "Bengkulu - Pemprov Bengkulu dan Kejaksaan Tinggi Bengkulu meneken perjanjian kerja "
        "sama (MoU) bidang perdata dan tata usaha negara, Senin (6/5/2024)."
    ) == ("sign", "agreement")


def test_a_signing_word_with_a_typo_is_a_signing() -> None:
    assert (
        stage(
            "Selong - Setelah ditandatanginya nota kesepahaman antara Pemkab Lombok Timur dan "
            "Universitas Hamzanwadi, kedua pihak menyusun program bersama."
        )[0]
        == "sign"
    )


def test_an_account_of_a_years_cooperation_is_a_review() -> None:
    assert stage(
        "Padang - Pemprov Sumatera Barat menjalin sejumlah kerja sama dengan berbagai pihak "
        "sepanjang 2023 dengan nilai Rp50 miliar, kata Kepala Biro Pemerintahan, Kamis."
    ) == ("review", "none")


def test_the_nth_session_of_a_standing_forum_is_a_review() -> None:
    assert (
        stage(
            "Singkawang - Pemprov Kalimantan Barat dan Negeri Sarawak menggelar Sidang ke-34 "
            "kerja sama sosial ekonomi perbatasan, Rabu."
        )[0]
        == "review"
    )


def test_a_signed_renewal_is_a_signing() -> None:
    assert stage(
        "Klaten - Pemkab Boyolali memperpanjang kerja sama dengan Universitas Widya Dharma "
        "hingga tiga tahun lagi. Kedua pihak menandatangani nota kesepahaman baru di kampus "
        "itu, Kamis (1/8/2024)."
    ) == ("sign", "mou")


def test_a_renewal_marked_by_a_signing_named_as_a_noun_is_a_signing() -> None:
    assert stage(
        "Klaten - Pemkab Boyolali memperpanjang kerja sama dengan Universitas Widya Dharma "
        "hingga tiga tahun lagi.\nKerja sama itu meliputi riset dan pengabdian masyarakat.\n"
        "Kerja sama keduanya sudah berjalan sejak 2020.\nPenandatanganan perpanjangan itu "
        "dihadiri para kepala dinas di aula kampus, Kamis (1/8/2024)."
    ) == ("sign", "mou")


def test_an_attempt_to_revive_a_scheme_is_still_exploration() -> None:
    assert (
        stage(
            "Tanjungpinang - Gubernur Kepri berupaya menghidupkan lagi skema kerja sama dengan "
            "Johor usai pertemuan, Jumat. Kedua pihak akan membentuk tim kecil."
        )[0]
        == "explore"
    )


def test_a_trade_mission_is_implementation_with_no_document_named() -> None:
    assert stage(
        "Mataram - Pemprov Nusa Tenggara Barat menggelar misi dagang dengan Pemprov Sulawesi "
        "Utara di Manado.\nTransaksi dalam misi dagang itu mencapai Rp40 miliar."
    ) == ("implement", "none")


def test_a_wish_earlier_in_the_sentence_governs_a_nominal_signing_after_it() -> None:
    assert stage(
        "Wali Kota Sorong menerima kunjungan Wakil Wali Kota Kota Daru, Papua Nugini, untuk "
        "membahas sister city.\nPihaknya berharap pada Maret 2025 program kota kembar mulai "
        "berjalan, yang diawali dengan penandatanganan kerja sama kedua wali kota."
    ) == ("explore", "none")
    # a wish inside a quote does not reach a signing the reporter tells after it
    assert (
        stage(
            '"Kami berharap kerja sama ini terus berkembang," kata Wakil Wali Kota Hangzhou saat '
            "penandatanganan kerja sama dengan Pemkot Surakarta di Surakarta, Rabu."
        )[0]
        == "sign"
    )


def test_a_document_named_only_as_a_plan_is_no_ground_for_implementation() -> None:
    doc = make_doc(
        RawArticle(
            text="Pemkot Tomohon dan Kota Gimcheon, Korea Selatan, membahas pertukaran pelajar.\n"
            "Rombongan Gimcheon disambut Wali Kota Tomohon di Tomohon.\n"
            "Kedua kota memiliki kesamaan di bidang pertanian bunga.\n"
            "Nota kesepahaman kerja sama kedua kota akan ditandatangani bulan depan.",
            published="2024-05-08",
        ),
        TODAY,
    )
    for name, run in PIPELINE:
        if name == "cooperation":
            break
        doc = run(doc)
    reading = read_stage(doc, doc.story_sentences())
    assert (reading.action, reading.instrument) == ("negotiate", "mou")


def test_a_signing_soon_is_only_hoped_for() -> None:
    assert stage(
        "Bupati Sinjai mengunjungi Kota Mokpo, Korea Selatan, membahas peluang kerja sama "
        'perikanan.\n"Yang akan segera dilakukan penandatanganan MoU adalah pelatihan nelayan," '
        "kata Bupati Sinjai."
    ) == ("explore", "none")


def test_a_discussion_of_a_document_is_negotiation() -> None:
    assert stage(
        "Rapat pembahasan MoU pengelolaan air bersih antara Pemkab Sumbawa dan PT Tirta "
        "Samawa Lestari digelar di Kantor Bupati Sumbawa."
    ) == ("negotiate", "mou")


def test_a_signing_in_a_relative_clause_with_its_own_day_is_the_report() -> None:
    assert stage(
        "Pemkab Kapuas dan Kejaksaan Negeri Kapuas sepakat bekerja sama di bidang perdata.\n"
        "Kesepakatan itu tertuang dalam nota kesepahaman yang ditandatangani kedua pihak di "
        "aula Rumah Jabatan Bupati Kapuas, Kuala Kapuas, Jumat."
    ) == ("sign", "mou")
    # one "yang telah ditandatangani" is an earlier document
    assert (
        stage(
            "Pemkab Kapuas dan Kejaksaan Negeri Kapuas melaksanakan nota kesepahaman yang telah "
            "ditandatangani kedua pihak di Kuala Kapuas, Jumat, melalui program pendampingan hukum."
        )[0]
        != "sign"
    )


def test_a_headlines_bare_signing_verb_reports_a_signing() -> None:
    assert stage(
        "Cilegon-Yokkaichi Tandatangani LoI Kota Persahabatan\n\n"
        "Wali Kota Cilegon akan melakukan penandatanganan pernyataan minat dengan Wali Kota "
        "Yokkaichi, Jepang, untuk menjalin kota persahabatan."
    ) == ("sign", "loi")


def test_not_yet_signed_while_only_exploring_is_exploration() -> None:
    assert stage(
        "Pemkot Kendari menjajaki kerja sama dengan Kota Cebu, Filipina.\n"
        '"Baru penjajakan, belum teken MoU," kata Kepala Bagian Kerja Sama Setda Kendari.'
    ) == ("explore", "none")


def test_a_partner_the_lead_leaves_out_has_only_the_sentences_that_name_it() -> None:
    rec = extract_article(
        "Banjarmasin (ANTARA) - Pemkot Banjarmasin menjalin kerja sama perdagangan beras dengan "
        "Pemkab Tapin dan Pemkab Tanah Laut.\n"
        '"Kerja sama dengan dua kabupaten itu dikukuhkan melalui penandatanganan nota '
        'kesepahaman saat kunjungan kerja pekan lalu," kata Sekda Banjarmasin di Banjarmasin, '
        "Senin.\nPengendalian inflasi menjadi tujuan kerja sama itu.\n"
        '"Pemerintah Kabupaten Balangan dan Tapin menawarkan kerja sama beberapa komoditas '
        'berupa sayur dan buah kepada Kota Banjarmasin," katanya.',
        today=TODAY,
    )
    stages = {c.parties[-1].name: (c.action, c.instrument) for c in rec.cooperations}
    assert stages["Kabupaten Tapin"] == ("sign", "mou")
    assert stages["Kabupaten Balangan"] == ("explore", "none")


def test_a_documents_name_with_its_clitic_is_still_that_document() -> None:
    from kerjasama.extract.cues import keyed_matches

    text = "Kerja sama MoUnya sudah ada sejak 2010 dan PKS-nya sejak 2015."
    assert [(k, m.group(0)) for k, m in keyed_matches("instrument", text)] == [
        ("mou", "MoUnya"),
        ("agreement", "PKS-nya"),
    ]


def test_a_letter_of_intent_pointed_back_at_is_what_the_lead_called_an_mou() -> None:
    assert stage(
        "Jayapura - Gubernur Papua dan Gubernur Provinsi Sandaun menandatangani MoU kerja sama "
        "provinsi bersaudara, Minggu (5/5/2024). Kedua pihak sepakat bahwa letter of intent "
        "ini menjadi langkah awal menuju nota kesepahaman yang formal."
    ) == ("sign", "loi")


def test_a_letter_of_intent_told_as_an_earlier_step_leaves_the_mou_signed() -> None:
    assert stage(
        "Jayapura - Gubernur Papua dan Gubernur Provinsi Sandaun menandatangani MoU kerja sama "
        "provinsi bersaudara, Minggu (5/5/2024). MoU ini menindaklanjuti letter of intent "
        "yang diteken kedua gubernur pada 2022."
    ) == ("sign", "mou")


def test_each_partner_named_with_its_own_document_gets_its_own_record() -> None:
    art = extract_article(
        "Banjarbaru - Wali Kota Banjarbaru menandatangani nota kesepahaman dengan Kementerian "
        "Hukum Kantor Wilayah Kalimantan Selatan, Senin (6/5/2024). Di acara yang sama diteken "
        "pula perjanjian kerja sama dengan Balai Pemasyarakatan Banjarmasin serta "
        "kesepakatan bersama dengan Pemkab Banjar.",
        published="2024-05-08",
        today=TODAY,
    )
    got = {c.parties[-1].name: c.instrument for c in art.cooperations}
    assert got == {
        "Kementerian Hukum": "mou",
        "Balai Pemasyarakatan Banjarmasin": "agreement",
        "Kabupaten Banjar": "mou",
    }


def test_a_signing_recalled_as_known_is_background() -> None:
    assert stage(
        "Palangka Raya - Pemprov Kalimantan Tengah dan Pemprov Jawa Barat memulai pelaksanaan "
        "kerja sama transmigrasi, Kamis (2/5/2024). Seperti diketahui, pada 3 Maret lalu, kedua "
        "gubernur telah menandatangani kesepakatan bersama."
    ) == ("implement", "mou")


def test_an_exchange_under_a_cooperation_already_in_place_carries_it_out() -> None:
    text = (
        "Pemerintah Kota Medan berencana melakukan pertukaran pelaku usaha kecil dengan Kota "
        "Fukuoka, Jepang, sebagai tindak lanjut kerja sama kedua kota.\n"
        "Wali Kota Medan menyebut pertukaran itu dimulai tahun depan."
    )
    assert stage(text)[0] == "implement"


def test_cooperation_programmes_only_offered_stay_exploration() -> None:
    text = (
        "Gubernur Jambi menawarkan empat program kerja sama kepada Pemerintah Kota Fukuoka, "
        "Jepang, dalam pertemuan di Jambi, Senin (6/5).\n"
        "Program itu meliputi pengelolaan sampah dan transportasi."
    )
    assert stage(text)[0] == "explore"


def test_a_lead_that_explores_outweighs_a_programme_named_beside_it() -> None:
    text = (
        "Bandung-Fukuoka Jajaki Program Sister City\n"
        "Pemerintah Kota Bandung menjajaki kerja sama sister city dengan Kota Fukuoka, "
        "Jepang, dalam pertemuan di Balai Kota, Senin (6/5).\n"
        "Wali Kota Bandung menyebut penjajakan itu baru langkah awal.\n"
        "Bandung sendiri sudah memiliki MoU dengan sejumlah kota lain di Asia."
    )
    assert stage(text)[0] == "explore"


def test_a_twinning_told_as_already_formed_is_at_work_under_its_mou() -> None:
    assert stage(
        "BANDUNG - West Java province has established sister province relationships with "
        "Gyeongsang and Kyushu, the governor said on Friday (16/6/2017).\n"
        "The governor wants the cooperation to go beyond signatures."
    ) == ("implement", "mou")
    assert stage(
        "BANDUNG - Three regions have formed Letter of Intent cooperation with West Java, "
        "to be upgraded to sister provinces, the governor said on Friday (16/6/2017)."
    ) == ("implement", "loi")


def test_cancelling_a_memorandum_is_its_review() -> None:
    assert stage(
        "Gorontalo Utara Batalkan MoU\n"
        "GORONTALO UTARA – Pemkab Gorontalo Utara melakukan pembatalan nota kesepahaman dengan "
        "PT Gorontalo Alam Bahari karena investasi tak kunjung berjalan, Senin (3/2)."
    ) == ("review", "mou")


def test_an_agreement_to_sign_or_a_day_still_to_come_is_negotiation() -> None:
    agreed = (
        "Solo - Pemkot Surakarta dan Pemprov Jawa Tengah sepakat untuk menandatangani "
        "perjanjian kerja sama pengelolaan keraton."
    )
    assert stage(agreed, "2017-08-30") == ("negotiate", "agreement")
    coming = (
        "Solo - Pemkot Surakarta dan Pemprov Jawa Tengah menandatangani perjanjian kerja sama "
        "pengelolaan keraton pada 7 September mendatang."
    )
    assert stage(coming, "2017-08-30") == ("negotiate", "agreement")
    done = coming.replace(" mendatang", "")
    assert stage(done, "2017-09-08") == ("sign", "agreement")


def test_documents_witnessed_were_signed() -> None:
    witnessed = (
        "Bogor - Wali Kota Bogor dan Wali Kota Tokyo menyaksikan dua nota kesepahaman kerja "
        "sama pendidikan antara Pemkot Bogor dan Pemerintah Kota Tokyo."
    )
    assert stage(witnessed, "2016-10-28") == ("sign", "mou")
    planned = witnessed.replace("menyaksikan", "akan menyaksikan")
    assert stage(planned, "2016-10-28") == ("negotiate", "mou")


def test_carrying_out_a_cooperation_signed_before_is_implementation() -> None:
    text = (
        "Purwakarta - Bupati Purwakarta melepas 20 pemuda yang berangkat magang ke Prefektur "
        "Shizuoka, Jepang, Selasa (7/3/2023).\nProgram magang itu merupakan pelaksanaan kerja "
        "sama Pemkab Purwakarta dengan Pemerintah Prefektur Shizuoka yang ditandatangani "
        "tahun lalu."
    )
    assert stage(text)[0] == "implement"


def test_a_visit_that_produced_a_document_is_a_signing() -> None:
    text = (
        "Kolaka - Kunjungan Pemkab Kolaka ke Korea Selatan melahirkan kesepakatan bersama "
        "dengan pemerintah kota Gimhae, kata Kepala Bagian Umum Setda Kolaka."
    )
    assert stage(text) == ("sign", "mou")
    hoped = (
        "Kolaka - Kunjungan Pemkab Kolaka ke Korea Selatan diharapkan melahirkan kesepakatan "
        "bersama dengan pemerintah kota Gimhae, kata Kepala Bagian Umum Setda Kolaka."
    )
    assert stage(hoped)[0] != "sign"


def test_a_visit_that_follows_up_a_signing_is_not_the_signing() -> None:
    text = (
        "Kendari - Pemprov Sulawesi Tenggara berkunjung ke Korea Selatan.\nKunjungan itu "
        "merupakan tindak lanjut penandatanganan nota kesepahaman antara Pemprov Sultra dan "
        "PT Inti Nikel, kata Kepala Biro Kerja Sama."
    )
    assert stage(text)[0] != "sign"


def test_the_councils_approval_minutes_signed_in_plenary_are_negotiation() -> None:
    text = (
        "Bandung - Rapat paripurna penandatanganan berita acara persetujuan kerja sama antara "
        "Pemkot Bandung dengan Pemkot Daegu, Korea Selatan, digelar di Gedung DPRD, Selasa."
    )
    assert stage(text) == ("negotiate", "mou")


def test_a_plan_word_governs_a_signing_coordinated_after_it() -> None:
    text = (
        "Mataram - Pemkab Lombok Utara menjajaki kerja sama dengan Korea Selatan.\nPada Februari "
        "enam perusahaan Korea dijadwalkan berkunjung ke Lombok Utara untuk meninjau lokasi dan "
        "menandatangani nota kesepahaman pengembangan biosolar."
    )
    assert stage(text)[0] == "negotiate"


def test_a_document_foreseen_some_day_is_still_exploration() -> None:
    text = (
        "Penajam - Tim BPJS Ketenagakerjaan bertemu Penjabat Bupati Penajam Paser Utara di "
        "ruang kerjanya.\nKeduanya membicarakan rencana kerja sama yang kelak akan dituangkan "
        "dalam nota kesepakatan bersama."
    )
    assert stage(text) == ("explore", "none")
