"""Is it a cooperation story: the cues of a partnership in the making or told in the lead, and
the events (meetings, study visits) a story about them returns to. Invented fixtures."""

from __future__ import annotations

from kerjasama.extract import extract_article
from support import party_names


def test_a_region_exploring_cooperation_with_a_named_partner_is_cooperation() -> None:
    found = party_names(
        "Layanan Perizinan Jadi Prioritas\n"
        "Pemerintah Kota Tanjungpinang menargetkan izin usaha terbit dalam tiga hari, "
        "Senin (14/4).\n"
        "Target itu disampaikan dalam rapat kerja di kantor wali kota.\n"
        "Kepala Dinas Penanaman Modal Kota Tanjungpinang Rudi Halim menyebut pihaknya kini "
        "menjajaki kerja sama dengan Pemerintah Kabupaten Bintan.\n"
        "Kerja sama itu ditempuh untuk mempercepat layanan bagi warga kedua daerah."
    )
    assert found == ["Kota Tanjung Pinang", "Kabupaten Bintan"]


def test_a_lead_naming_both_regions_outweighs_one_meeting_word() -> None:
    found = party_names(
        "Pemerintah Kabupaten (Pemkab) Sleman mempererat kerja sama dengan Pemkab Magelang "
        "dalam pengembangan wisata lintas daerah, Rabu (16/4).\n"
        "Kerja sama itu ditandai dengan hadirnya Wakil Bupati Sleman dalam rapat koordinasi "
        "di Pendopo Kabupaten Magelang.\n"
        "Kedua daerah sepakat menyusun paket wisata bersama tahun ini."
    )
    assert found == ["Kabupaten Sleman", "Kabupaten Magelang"]


def test_a_story_about_a_coordination_meeting_stays_no_cooperation() -> None:
    found = party_names(
        "Pemerintah Provinsi Jambi menjadi tuan rumah rapat koordinasi (rakor) kepala daerah "
        "se-Sumatera, Kamis (17/4).\n"
        "Gubernur Jambi mengatakan rakor itu wujud kerja sama Provinsi Jambi dengan Provinsi "
        "Bengkulu dan provinsi lain di Sumatera.\n"
        "Rakor akan membahas jalur logistik dan pangan, ujarnya."
    )
    assert found is None


def test_an_international_body_visiting_a_region_to_speak_of_cooperation_is_cooperation() -> None:
    found = party_names(
        "Gubernur Bengkulu menerima kunjungan Kepala Perwakilan UNDP untuk Indonesia di "
        "ruang kerjanya, Selasa (15/4).\n"
        "Pertemuan itu membicarakan ketahanan pangan dan energi terbarukan di pesisir.\n"
        "Kami ingin memperluas kerja sama dengan Pemerintah Provinsi Bengkulu, ujarnya.\n"
        "Gubernur menyambut baik harapan kerja sama tersebut."
    )
    assert found is not None and "Provinsi Bengkulu" in found


def test_a_visit_between_two_regions_is_not_told_as_a_foreign_visit() -> None:
    found = party_names(
        "Bupati Lebak menerima kunjungan Wakil Bupati Pandeglang di ruang kerjanya, Selasa "
        "(15/4).\n"
        "Pertemuan itu membicarakan ketahanan pangan di pesisir.\n"
        "Kami ingin kerja sama yang baik antarpegawai terus terjaga, ujarnya.\n"
        "Bupati menyambut baik harapan kerja sama tersebut."
    )
    assert found is None


def test_a_coordination_meeting_of_a_programme_with_an_international_body_is_cooperation() -> None:
    found = party_names(
        "Kupang – Pemerintah Provinsi Nusa Tenggara Timur menggelar rapat koordinasi Program "
        "Kerja Sama RI-UNICEF Tahun 2024, Selasa (9/4/2024).\n"
        "Rapat dibuka Sekretaris Daerah dan dihadiri perwakilan UNICEF serta dinas terkait.\n"
        "Seluruh program daerah, termasuk kerja sama dengan UNICEF, diarahkan mendukung "
        "layanan dasar anak."
    )
    assert found == ["Provinsi Nusa Tenggara Timur", "UNICEF"]


def test_a_study_visit_to_learn_of_anothers_foreign_partnership_stays_no_cooperation() -> None:
    found = party_names(
        "Pemerintah Provinsi Jawa Tengah melakukan studi banding ke Pemerintah Provinsi "
        "Sulawesi Tenggara, Rabu (10/4), untuk mempelajari kerja sama luar negeri.\n"
        "Rombongan mempelajari kerja sama Provinsi Sulawesi Tenggara dengan Kota Da Nang, "
        "Vietnam, dalam studi banding itu.\n"
        "Kepala biro menyebut studi banding itu bermanfaat."
    )
    assert found is None


def test_police_and_army_securing_an_election_of_a_regent_stay_no_cooperation() -> None:
    found = party_names(
        "Polres Kuningan dan Kodim 0615 Kuningan Tandatangani MoU Pengamanan\n"
        "MoU itu terkait pengamanan Pemilihan Bupati dan Wakil Bupati Kuningan tahun 2024.\n"
        "Penandatanganan dilakukan Kapolres Kuningan dan Dandim 0615 Kuningan, Rabu (6/3/2024).\n"
        "Kerja sama itu memperkuat sinergi TNI dan Polri selama tahapan pemilihan."
    )
    assert found is None


def test_an_enterprise_acting_for_its_government_with_a_prosecutor_is_not_the_regions() -> None:
    found = party_names(
        "Perseroda dan Kejati Jabar Teken MoU, Gubernur Minta Optimalkan Aset\n"
        "Bandung – Pemprov Jawa Barat dalam hal ini Perseroda Jabar Makmur meneken nota "
        "kesepahaman dengan Kejaksaan Tinggi Jawa Barat, Senin (4/3).\n"
        "MoU ditandatangani Direktur Perseroda dan Kepala Kejati Jabar, disaksikan Gubernur."
    )
    assert found is None


def test_enterprises_owned_by_a_province_signing_among_themselves_stay_no_cooperation() -> None:
    found = party_names(
        "PT Bank Jambi dan PT Jamkrida Jambi, dua BUMD yang sahamnya dimiliki oleh Pemprov "
        "Jambi, menandatangani nota kesepahaman, Senin (4/3).\n"
        "Gubernur Jambi menyaksikan penandatanganan itu di rumah dinasnya.\n"
        "Kerja sama itu memperkuat layanan penjaminan kredit."
    )
    assert found is None


def test_investors_of_a_country_signing_with_a_company_the_governor_witnesses() -> None:
    found = party_names(
        "Tujuh investor menandatangani nota kesepahaman dengan PT Kawasan Industri Palu Raya, "
        "Selasa (16/5), disaksikan Gubernur Sulawesi Tengah.\n"
        "Tiga investor asing yang meneken MoU itu adalah perusahaan China serta Korea Selatan.\n"
        "Gubernur Sulawesi Tengah mengatakan kerja sama itu membuka lapangan kerja."
    )
    assert found is None


def test_councils_of_two_regions_learning_from_a_third_stay_no_cooperation() -> None:
    found = party_names(
        "DPRD Badung dan DPRD Kota Banjarbaru Belajar ke DPRD Palangka Raya\n"
        "Rombongan DPRD Badung dan DPRD Kota Banjarbaru berkunjung ke DPRD Kota Palangka Raya, "
        "Rabu (11/12).\n"
        "Mereka menanyakan apakah penandatanganan MoU antara bupati dengan ketua DPRD boleh "
        "dilakukan di luar rapat paripurna."
    )
    assert found is None


def test_a_national_day_attended_where_cooperation_is_only_hoped_for_is_no_cooperation() -> None:
    found = party_names(
        "Hadiri HUT Vietnam, Wagub Harap Kerja Sama Bilateral Berlanjut\n"
        "MANADO - Wakil Gubernur Sulawesi Utara menghadiri peringatan Hari Nasional Vietnam di "
        "Manado, Jumat (2/9/2022).\n"
        "Dalam kesempatan itu, Wagub mengatakan Pemprov Sulut berharap kerja sama bilateral "
        "dengan Vietnam terus berlanjut dan memberi apresiasi kepada Konsulat Vietnam."
    )
    assert found is None


def test_a_regions_service_signing_with_an_army_command_is_cooperation() -> None:
    found = party_names(
        "Korem dan Dinas Lingkungan Hidup Kaltara Sepakati Lahan Latihan\n"
        "TANJUNG SELOR - Dinas Lingkungan Hidup Provinsi Kalimantan Utara bersama Korem 092 "
        "meneken perjanjian kerja sama penggunaan lahan untuk latihan, Selasa (11/3/2025).\n"
        "Danrem menyebut kesepakatan itu memperkuat kesiapan prajurit."
    )
    assert found is not None and "Provinsi Kalimantan Utara" in found


def test_a_foreign_councils_call_on_a_mayor_to_speak_of_friendship_is_cooperation() -> None:
    found = party_names(
        "Kendari, Sultrakini – Wali Kota Kendari bersama jajaran Pemkot Kendari menerima "
        "lawatan rombongan Kota Kinabalu, Malaysia, di kantor wali kota, Rabu (4/6/2025).\n"
        "Rombongan itu sempat menikmati kuliner khas kota sebelum pertemuan.\n"
        "Ketua rombongan berharap lawatan ini menjadi awal kerja sama kedua kota di bidang "
        "pariwisata."
    )
    assert found == ["Kota Kendari", "Kota Kinabalu"]


def test_the_lead_is_at_the_dateline_not_a_caption_above_it() -> None:
    found = party_names(
        "Wayan Terima Dubes Kenya, Bahas Investasi dan Pendidikan\n\nwaktu baca 2 menit\n"
        "Gubernur Wayan saat menerima kunjungan Dubes Kenya di Jayasabha, Senin (3/3).\n\n"
        "DENPASAR-KABARNUSA: Gubernur Bali Wayan Koster menerima kunjungan Duta Besar Kenya "
        "untuk Indonesia di Jayasabha, Senin (3/3).\n"
        "Ada dua hal yang dibahas kedua pihak, yakni investasi dan pendidikan.\n"
        '"Kami akan mengirim proposal kerjasama," kata Wayan.'
    )
    assert found == ["Provinsi Bali", "Kenya"]


def test_a_provincial_enterprise_signing_in_the_governors_office_is_not_the_provinces() -> None:
    found = party_names(
        "BERITAKU, Kendari – Pemprov Sultra dalam hal ini Perseroan Daerah (Perseroda) Sultra "
        "teken nota kesepahaman dengan Kejaksaan Tinggi Sulawesi Tenggara terkait perdata.\n"
        "Nota itu diteken Direktur Perseroda dan Kepala Kejati, disaksikan Gubernur di Kantor "
        "Gubernur Sultra."
    )
    assert found is None


def test_enterprises_a_province_owns_signing_are_not_the_province_acting() -> None:
    found = party_names(
        "Sejumlah perusahaan daerah, semuanya dimiliki oleh Pemerintah Provinsi Bengkulu, "
        "menandatangani nota kesepakatan dengan Otoritas Jasa Keuangan, Senin (3/3).\n"
        "Perusahaan itu ialah PT Bank Bengkulu, PT Jamkrida Bengkulu dan PT Agro Bengkulu."
    )
    assert found is None


def test_a_region_signing_with_its_own_bank_is_cooperation() -> None:
    found = party_names(
        "PADANG – Pemprov Sumatera Barat menjalin kerja sama dengan Bank Nagari, ditandai "
        "penandatanganan MoU pelayanan kas daerah, Kamis (6/3).\nMoU diteken Gubernur Sumbar dan "
        "direktur utama Bank Nagari."
    )
    assert found == ["Provinsi Sumatera Barat", "Bank Nagari"]


def test_a_grant_the_lead_tells_of_is_no_cooperation() -> None:
    found = party_names(
        "Tanjung Selor (ANTARA) - Pemprov Kalimantan Utara dan Pemerintah Jepang meneken "
        "kesepakatan proyek berupa dana hibah senilai 10 juta dolar AS untuk air bersih, "
        "Selasa (4/3).\nProyek itu dikerjakan tiga tahun di lima kabupaten."
    )
    assert found is None


def test_a_national_agencys_audience_with_a_regent_on_synergy_is_cooperation() -> None:
    found = party_names(
        "Tanggamus, KabarLampung – Bupati Tanggamus menerima audiensi Kepala BPJS "
        "Ketenagakerjaan Cabang Kotaagung di ruang kerja bupati, Kamis (10/4/2025).\n"
        "Dalam audiensi itu kedua pihak ingin memperkuat sinergi pemda bersama BPJS "
        "Ketenagakerjaan untuk kepesertaan pekerja.\n"
        "BPJS mengusulkan layanan khusus di Mal Pelayanan Publik.\n"
        "Bupati mendukung kolaborasi yang selama ini berjalan baik."
    )
    assert found == ["Kabupaten Tanggamus", "BPJS Ketenagakerjaan"]


def test_a_deal_signed_at_an_award_event_is_still_cooperation() -> None:
    rec = extract_article(
        "LAJUR.CO, KENDARI – Surplus beras Konawe akan mengisi kekurangan di Buton Utara "
        "setelah Pemkab Konawe dan Pemkab Buton Utara meneken Kerjasama Antar Daerah.\nKedua "
        "bupati menandatanganinya pada Kamis (23/1/2025) dalam Capacity Building TPID Award "
        "2024, disaksikan Kepala Perwakilan Bank Indonesia Sultra.",
        published="2025-01-24",
    )
    assert rec.is_cooperation
    assert [[p.code for p in c.parties] for c in rec.cooperations] == [["74.02", "74.10"]]


def test_the_local_regency_named_setempat_is_that_regency() -> None:
    rec = extract_article(
        "KUTACANE - Perjanjian kerja sama percepatan sertifikasi tanah milik pemda diteken "
        "Kejaksaan Negeri Aceh Tenggara dan Pemkab setempat, Jumat (7/6/2024), di Kantor "
        "Bupati.\nKerja sama itu melindungi aset daerah.",
        published="2024-06-08",
    )
    assert rec.is_cooperation
    assert any(p.code == "11.02" for c in rec.cooperations for p in c.parties)
