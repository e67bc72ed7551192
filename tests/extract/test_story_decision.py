"""Is it a cooperation story: the cues of a partnership in the making or told in the lead, and
the events (meetings, study visits) a story about them returns to. Invented fixtures."""

from __future__ import annotations

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
