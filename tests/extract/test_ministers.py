"""A ministry acts through its people: national news names the minister, not the ministry.

Fixture articles written for these tests (not page text).
"""

from __future__ import annotations

from kerjasama.extract import extract_article

MINISTER = (
    "Jakarta - Menteri Perindustrian Budi Santoso menyatakan Indonesia siap memperluas kerja "
    "sama industri dengan Afghanistan.\n"
    "Budi berharap kerja sama investasi antara Indonesia dan Afghanistan di sektor industri "
    "makanan segera terjalin, katanya dalam dialog bisnis di Jakarta, Kamis (6/4/2017).\n"
    "Dialog itu dihadiri pelaku usaha kedua negara."
)

LEADERS = (
    "Hamburg - Presiden Joko Widodo dan Perdana Menteri Australia Malcolm Turnbull sepakat "
    "meningkatkan kerja sama kedua negara dalam pertemuan bilateral di sela KTT G20.\n"
    "Menteri Luar Negeri Retno Marsudi yang mendampingi Presiden mengatakan kedua pemimpin "
    "ingin kerja sama kedua negara terus tumbuh.\n"
    "Pertemuan berlangsung sekitar 30 menit."
)


def test_a_minister_in_the_cooperation_sentences_is_the_ministry_acting() -> None:
    rec = extract_article(MINISTER, published="2017-04-07")
    assert rec.is_cooperation
    parties = {p.name for c in rec.cooperations for p in c.parties}
    assert "Kementerian Perindustrian" in parties
    assert any(p.code == "AF" for c in rec.cooperations for p in c.parties)


def test_a_minister_briefing_on_the_presidents_talks_is_not_a_ministry_deal() -> None:
    rec = extract_article(LEADERS, published="2017-07-08")
    assert not any(p.kind == "ministry" for c in rec.cooperations for p in c.parties), (
        rec.cooperations
    )


def test_a_president_named_short_still_makes_it_the_presidents_diplomacy() -> None:
    text = (
        "Hamburg - Indonesia dan Australia sepakat meningkatkan kerja sama perdagangan.\n"
        "Menteri Luar Negeri Retno Marsudi yang mendampingi Jokowi mengatakan kedua negara "
        "sepakat mempercepat perundingan kerja sama ekonomi.\n"
        "Pertemuan berlangsung sekitar 30 menit."
    )
    rec = extract_article(text, published="2017-07-08")
    assert not any(p.kind == "ministry" for c in rec.cooperations for p in c.parties)


def test_ministers_who_sign_on_a_state_visit_are_their_ministries() -> None:
    text = (
        "Singapura - Kunjungan kenegaraan Presiden Joko Widodo ke Singapura menghasilkan "
        "kesepakatan kerja sama pendidikan.\n"
        "Jokowi dan PM Lee Hsien Loong menyaksikan penandatanganan dua nota kesepahaman.\n"
        "Pertama, kerja sama pelatihan vokasi antara Menteri Perindustrian Budi Santoso dan "
        "Menteri Pendidikan Singapura Tan Wei Ming.\n"
        "Kedua, kerja sama penanggulangan bencana antara Kepala BNPB Andi Wijaya dan "
        "Komisioner Pasukan Pertahanan Sipil Singapura Eric Lim."
    )
    rec = extract_article(text, published="2017-09-08")
    assert rec.is_cooperation
    parties = {p.name for c in rec.cooperations for p in c.parties}
    assert "Kementerian Perindustrian" in parties and "Singapura" in parties


def test_a_capital_named_bare_in_a_ministrys_story_is_not_a_region_partner() -> None:
    text = (
        "Jakarta - Menteri Luar Negeri Retno Marsudi menyatakan Indonesia memperkuat kerja sama "
        "infrastruktur dengan Timor Leste, kata Retno seusai pertemuan dengan Menlu Timor Leste "
        "di Jakarta, Rabu (31/1).\n"
        "Retno mengatakan Indonesia terus memperkuat kerja sama ekonomi dengan Timor Leste.\n"
        "Peluang itu, kata Menlu Timor Leste, bisa dimanfaatkan Jakarta dan Dili untuk "
        "memperkuat kerja sama pendidikan."
    )
    rec = extract_article(text, published="2018-01-31")
    parties = {p.name for c in rec.cooperations for p in c.parties}
    assert "Kementerian Luar Negeri" in parties
    assert not any(p.kind == "province" for c in rec.cooperations for p in c.parties), parties


def test_a_minister_who_goes_for_the_president_is_the_ministry_acting() -> None:
    text = (
        "Jakarta - Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Budi Hartono "
        "dijadwalkan mengunjungi Nauru pada Senin (29/1/2018).\n"
        '"Saya ke Nauru, Senin. Mewakili Presiden, sekaligus melakukan penjajakan kerja sama '
        'di bidang perikanan," ujar Budi di kantornya, Jumat (26/1/2018).\n'
        "Kunjungan itu membalas kunjungan Presiden Nauru ke Indonesia, kata dia.\n"
        "Budi menuturkan perikanan menjadi kerja sama utama yang akan ditawarkan Indonesia "
        "ke Nauru."
    )
    rec = extract_article(text, published="2018-01-28")
    assert rec.is_cooperation
    (coop,) = rec.cooperations
    assert {p.kind for p in coop.parties} == {"ministry", "country"}
    assert any(p.code == "NR" for p in coop.parties)
    assert coop.action == "explore"
    assert coop.date == "2018-01-29"  # the bare "Senin" is the Monday dated before


def test_our_consulate_working_with_its_host_is_the_indonesian_side() -> None:
    text = (
        "Osaka - KJRI Osaka menandatangani nota kesepahaman kerja sama promosi perdagangan "
        "dengan Pemerintah Prefektur Osaka, Senin (6/3/2023).\n"
        "Konsul Jenderal RI Osaka Diana Sari mengatakan kerja sama itu membuka pasar bagi "
        "produk Indonesia."
    )
    rec = extract_article(text, published="2023-03-06")
    assert rec.is_cooperation
    assert [[p.name for p in c.parties] for c in rec.cooperations] == [
        ["KJRI Osaka", "Prefektur Osaka"]
    ]


def test_a_foreign_embassy_is_no_indonesian_side() -> None:
    text = (
        "Jakarta - Kedutaan Besar Jepang menandatangani nota kesepahaman kerja sama beasiswa "
        "dengan Yayasan Pendidikan Nusantara, Senin (6/3/2023)."
    )
    rec = extract_article(text, published="2023-03-06")
    assert not rec.is_cooperation


def test_a_coordinating_minister_named_short_is_his_coordinating_ministry() -> None:
    from kerjasama.extract.parties import ministry_of

    assert ministry_of("Menko Polhukam", "Polhukam").name == (
        "Kementerian Koordinator Bidang Politik dan Keamanan"
    )
    assert ministry_of("Menko PMK", None).key == "body:kemenko-pmk"
