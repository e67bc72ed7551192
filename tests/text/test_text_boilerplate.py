"""Dateline, related lines, credit tags, captions and furniture are marked, not removed."""

from __future__ import annotations

import pytest

from kerjasama.extract import extract_article
from kerjasama.text.boilerplate import mark_boilerplate, page_furniture
from kerjasama.text.normalise import article_id, normalise_text, unwrap_lines


def kinds(text: str) -> list[tuple[str, str]]:
    m = mark_boilerplate(text)
    return [(k, text[s:e]) for k, s, e in m.spans]


def test_antara_dateline_and_credit() -> None:
    text = (
        "Pontianak (ANTARA) - Pemprov Kalbar menjajaki kerja sama dengan Sarawak.\n"
        "Baca juga: Kalbar gelar pameran dagang di Kuching\n"
        "Kerja sama itu dibahas di Pontianak. (Adv/Diskominfo Kalbar)"
    )
    m = mark_boilerplate(text)
    assert (m.dateline, m.outlet, m.credit) == ("Pontianak", "ANTARA", "Adv/Diskominfo Kalbar")
    assert m.related_titles == ["Kalbar gelar pameran dagang di Kuching"]
    assert kinds(text) == [
        ("dateline", "Pontianak (ANTARA) - "),
        ("related", "Baca juga: Kalbar gelar pameran dagang di Kuching"),
        ("credit", "(Adv/Diskominfo Kalbar)"),
    ]


def test_capital_dateline_outlet_from_diskominfo_credit() -> None:
    text = "MATARAM – Pemprov NTB menerima kunjungan delegasi Australia Barat. (Rz/diskominfontb)"
    m = mark_boilerplate(text)
    assert (
        m.dateline == "Mataram" and m.outlet == "Diskominfo Ntb" and m.credit == "Rz/diskominfontb"
    )


def test_site_prefixed_dateline() -> None:
    m = mark_boilerplate("Kaltim.WahanaNews.co, Samarinda - Pemprov Kaltim bertemu Dubes Jepang.")
    assert m.dateline == "Samarinda" and m.outlet == "Kaltim.WahanaNews.co"


def test_related_title_on_next_line_caption_and_furniture() -> None:
    text = (
        "Redaksi Daerah • 26 Januari 2023 • 3:58pm\n"
        "SURABAYA – Pemkot Surabaya menandatangani MoU dengan Kota Busan.\n"
        "BACA JUGA:\n"
        "Surabaya dan Busan perkuat kota kembar\n"
        "Wali Kota (kiri) bersama delegasi Busan. ANTARA/Dokumentasi Pribadi\n"
        "Dilansir dari Antara, kerja sama mencakup pelabuhan.\n"
        "COPYRIGHT © ANTARA News Jawa Timur 2023"
    )
    m = mark_boilerplate(text)
    found = kinds(text)
    assert ("credit", "Redaksi Daerah • 26 Januari 2023 • 3:58pm") in found
    assert ("dateline", "SURABAYA – ") in found
    assert m.related_titles == ["Surabaya dan Busan perkuat kota kembar"]
    assert (
        "caption",
        "Wali Kota (kiri) bersama delegasi Busan. ANTARA/Dokumentasi Pribadi",
    ) in found
    assert ("credit", "COPYRIGHT © ANTARA News Jawa Timur 2023") in found


def test_glued_articles_second_dateline_marked() -> None:
    text = "Rapat itu dihadiri pejabat Pemprov KaltimBALIKPAPAN – Pemkot Balikpapan membahas PKS."
    assert ("dateline", "BALIKPAPAN – ") in kinds(text)


def test_normalise_line_endings_and_stable_id() -> None:
    assert normalise_text("A\r\nB\rC.  \n\n") == "A\nB\nC."
    assert article_id("Satu  dua\ntiga") == article_id("Satu dua tiga")
    assert article_id("Satu dua") != article_id("Satu tiga")


def test_dateline_layouts_give_place_names_and_outlets() -> None:
    cases = {
        "REPUBLIKA.CO.ID, MEDAN -- Pemkot Medan menjajaki kerja sama.": (
            ["Medan"],
            "REPUBLIKA.CO.ID",
        ),
        "Palembang, Sorotnesia.com – Pemkot Palembang menerima tamu.": (
            ["Palembang"],
            "Sorotnesia.com",
        ),
        "jpnn.com, JAKARTA - Pemprov DKI meneken perjanjian.": (["Jakarta"], "jpnn.com"),
        "Ambon (ANTARA) - Pemkot Ambon menjajaki kota kembar.": (["Ambon"], "ANTARA"),
        "BINTAN (KEPRI), suaralira.com - Dua provinsi meneken PKS.": (
            ["Bintan", "Kepri"],
            "suaralira.com",
        ),
        "JAMBIBRO.COM — Pemkot Jambi dan Pemkab Kerinci bekerja sama.": ([], "JAMBIBRO.COM"),
    }
    for text, (names, outlet) in cases.items():
        m = mark_boilerplate(text)
        assert (m.dateline_parts, m.outlet) == (names, outlet), text


def test_dateline_with_a_hyphenated_site_or_a_dash_after_the_site() -> None:
    cases = {
        "WARTA-MEDAN.COM, MEDAN - Pemkot Medan menjajaki kerja sama dengan Kota Ipoh.": (
            ["Medan"],
            "WARTA-MEDAN.COM",
        ),
        "Kabartimur.co.id-KOTA AMBON-Pemkot Ambon membahas kerja sama dengan Kota Darwin.": (
            ["Kota Ambon"],
            "Kabartimur.co.id",
        ),
        "DOMPU,Berita-Nusa.com- Pemkab Dompu meneken nota kesepahaman dengan universitas.": (
            ["Dompu"],
            "Berita-Nusa.com",
        ),
    }
    for text, (names, outlet) in cases.items():
        m = mark_boilerplate(text)
        assert (m.dateline_parts, m.outlet) == (names, outlet), text


def test_dateline_below_headline_caption_and_one_word_line() -> None:
    text = (
        "Batam\n"
        "Penulis | Rabu 24 Jul 2024 14:10 WIB\n"
        "Penandatanganan perjanjian, Selasa (23/7/2024)\n"
        "Beritakepri.com, Batam -- Pemko Batam menandatangani perjanjian dengan BP Batam."
    )
    m = mark_boilerplate(text)
    assert m.dateline == "Batam" and m.outlet == "Beritakepri.com"
    assert text[m.dateline_start :].startswith("Beritakepri.com, Batam --")


def test_capitals_headline_with_a_dash_is_no_dateline() -> None:
    m = mark_boilerplate("KOTA A-KOTA B JALIN KERJA SAMA\nSEMARANG – Pemkot Semarang meneken MoU.")
    assert m.dateline == "Semarang"


def test_colon_dateline_and_label_lines() -> None:
    colon = mark_boilerplate(
        "FJB - Forum Jual Beli Indonesia\n\nSEMARANG: Pemerintah Jawa Tengah mulai menjalankan "
        "kerja sama dengan Provinsi Fujian."
    )
    assert colon.dateline == "Semarang"
    caption = mark_boilerplate(
        "SISTER CITY: Pemkot Denpasar meneken kerja sama kota kembar.\n\nDENPASAR, "
        "BaliPolitika.Com- Pemkot Denpasar dan Kota Perth terus memperluas kerja sama."
    )
    assert caption.dateline == "Denpasar"


def test_a_headline_written_again_above_the_story_is_no_dateline() -> None:
    text = (
        "OJK-Pemko Dumai Jalin Kerjasama Literasi Keuangan Warga Pesisir\n\n"
        "Dibaca: 120 kali  Senin, 4 Januari 2016\n\n"
        "OJK-Pemko Dumai Jalin Kerjasama Literasi Keuangan Warga Pesisir\n"
        "DUMAI - Otoritas Jasa Keuangan menggelar penandatanganan kerja sama dengan Pemko Dumai."
    )
    assert mark_boilerplate(text).dateline == "Dumai"


def test_a_home_link_above_the_story_is_no_dateline() -> None:
    text = (
        "Home - Official Website of the Banten Province\n\n"
        "Banten Strengthens Ties With Two Provinces\n\n"
        "SERANG - The Banten provincial government signed a cooperation agreement on Monday."
    )
    assert mark_boilerplate(text).dateline == "Serang"


def test_menu_labels_above_a_dotted_title_case_headline_and_its_date_line() -> None:
    text = (
        "Notifikasi\n\n×\n\nIndeks Berita\n\n"
        "Wali Kota Palu Menerima Kunjungan Delegasi Jerman.\n\n"
        "Senin, 01 Desember 2025 | 11:11 WIB | 0 Views\n\n"
        "PALU – Pemerintah Kota Palu menerima kunjungan delegasi GIZ, Senin (1/12).\n"
    )
    m = mark_boilerplate(text)
    assert text[slice(*m.headline)] == "Wali Kota Palu Menerima Kunjungan Delegasi Jerman."
    assert m.dateline_city == "Palu"
    assert {text[s:e] for s, e in m.furniture_lines} >= {"Notifikasi", "Indeks Berita"}


PAGE_TOP = [
    pytest.param("Beranda > Daerah > Kalimantan Barat\n", id="a breadcrumb trail"),
    pytest.param("Home / Berita / Pemerintahan\n", id="a breadcrumb with slashes"),
    pytest.param("Bagikan: Facebook Twitter WhatsApp\n", id="a share bar"),
    pytest.param("Share this: Telegram, LinkedIn\n", id="an English share bar"),
    pytest.param("Oleh Andi Saputra, Wartawan Daerah\n", id="a byline"),
    pytest.param("Laporan Reporter Kabarnusa.com, Andi Saputra\n", id="a reporter's byline"),
    pytest.param(
        "Pemprov Kalbar dan Sarawak Perkuat Kerja Sama Transportasi\n", id="the title twice"
    ),
]
STORY = (
    "Pemprov Kalbar dan Sarawak Perkuat Kerja Sama Transportasi\n"
    "Pontianak - Gubernur Kalimantan Barat menerima Menteri Transportasi Sarawak di Pontianak, "
    "Senin (2/9/2024).\nMenteri itu mengusulkan penerbangan langsung antara Kuching dan "
    "Pontianak.\nGubernur menyambut baik usulan tersebut.\n"
)


@pytest.mark.parametrize("top", PAGE_TOP)
def test_page_furniture_above_the_headline_is_marked(top: str) -> None:
    marked = mark_boilerplate(top + STORY)
    assert marked.furniture_lines[0] == (0, len(top) - 1)
    assert marked.dateline_city == "Pontianak"


@pytest.mark.parametrize("top", PAGE_TOP)
def test_page_furniture_above_the_headline_changes_no_record(top: str) -> None:
    def record(text: str):
        a = extract_article(text, published="2024-09-02")
        return a.is_cooperation, [
            ([p.name for p in c.parties], c.action, c.date, c.place) for c in a.cooperations
        ]

    assert record(top + STORY) == record(STORY)


def test_a_headline_below_page_furniture_stays_its_own_line() -> None:
    """A headline then a line opening in lower case ("oleh ...", an icon's name): joined
    when the page's menu stood above the headline, as if the headline were a wrapped line."""
    text = (
        "Beranda > Berita\nGubernur Berangkat ke Moskwa untuk Teken MoU Sister City\n"
        "oleh Redaksi 2 Agustus 2017\nGubernur Jakarta berangkat ke Rusia hari ini untuk "
        "meneken\nnota kesepahaman kota kembar dengan Moskwa.\n"
    )
    unwrapped = unwrap_lines(text)
    assert "Sister City\noleh" in unwrapped and "meneken nota" in unwrapped
    assert len(unwrapped) == len(text)


def test_sentences_are_not_breadcrumbs() -> None:
    assert not page_furniture("Kerja sama ini meliputi pendidikan / kesehatan / pariwisata.")
    assert not page_furniture("Bupati mengunggah ajakan di Facebook kepada warga desa setempat")
    assert not page_furniture("Oleh karena itu Pemprov Kalbar menjajaki kerja sama dengan Sarawak")
    assert not page_furniture("Dinas PUPR/Bappeda/BPKAD Teken MoU dengan Universitas Mulawarman")


NEGATIVE = (
    "Pontianak - Gubernur Kalimantan Barat meresmikan jembatan baru di Sungai Kapuas, "
    "Senin (2/9/2024).\nJembatan itu dibangun selama dua tahun dengan dana daerah.\n"
    "Warga menyambut gembira peresmian tersebut.\n"
)
PAGE_BOTTOM = [
    pytest.param(
        "\nBerita Terkait\nPemkab Sumba Timur Teken MoU dengan Universitas Nusa Cendana\n"
        "Wali Kota Kupang Terima Kunjungan Konsul Jenderal Australia\n",
        id="a block of related titles",
    ),
    pytest.param("\nTags: kerja sama, MoU, Pemprov Bali, Queensland\n", id="a tag line"),
]


@pytest.mark.parametrize("bottom", PAGE_BOTTOM)
def test_page_furniture_below_the_story_is_no_cooperation(bottom: str) -> None:
    assert not extract_article(NEGATIVE, published="2024-09-02").is_cooperation
    assert not extract_article(NEGATIVE + bottom, published="2024-09-02").is_cooperation


def test_related_titles_below_a_header_end_at_the_next_sentence() -> None:
    text = (
        "Samarinda - Pemprov Kaltim menjajaki kerja sama dengan Anhui, Senin (3/4).\n"
        "Baca juga:\nGubernur Resmikan Pasar Baru\nJalan Tol Segera Rampung\n"
        "Kepala Biro Kerja Sama menjelaskan rencana itu kepada wartawan di Samarinda.\n"
    )
    marked = mark_boilerplate(text)
    assert marked.related_titles == ["Gubernur Resmikan Pasar Baru", "Jalan Tol Segera Rampung"]
    assert not marked.covers(text.index("Kepala Biro"), len(text) - 1)


def test_other_spaces_are_spaces_and_keep_the_id() -> None:
    text = "Pemprov\u00a0Jawa Barat dan\u2009Provinsi Gyeonggi\u2028meneken MoU."
    assert normalise_text(text) == "Pemprov Jawa Barat dan Provinsi Gyeonggi\nmeneken MoU."
    assert article_id(normalise_text(text)) == article_id(text)


def test_a_caption_glued_before_the_dateline_on_one_line() -> None:
    text = (
        "Gubernur Lampung (kanan) menerima cendera mata dari tamunya. ANTARA/HO-Humas "
        "Bandar Lampung (ANTARA) - Pemprov Lampung menjajaki kerja sama dengan Provinsi "
        "Gyeonggi, Senin (2/9/2024).\nKedua pihak membahas pertanian.\n"
    )
    marked = mark_boilerplate(text)
    assert marked.dateline_city == "Bandar Lampung" and marked.outlet == "ANTARA"
    assert ("caption", text[: text.index("Bandar")]) in kinds(text)
    record = extract_article(text, published="2024-09-02")
    assert [c.place for c in record.cooperations] == ["Bandar Lampung"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        pytest.param(
            "Sekda Aceh (kiri) menyerahkan cendera mata. FOTO/HO-Humas Banda Aceh – Pemerintah "
            "Aceh menjajaki kerja sama dengan Provinsi Jawa Timur, Senin (2/9/2024).\n",
            "Banda Aceh",
            id="after a credit, a dateline with no outlet",
        ),
        pytest.param(
            "Wali kota (tengah) bersama tamu. (Foto: Dok. Humas) KENDARI, Sultrapos.id- "
            "Pemkot Kendari menjajaki kerja sama dengan Kota Darwin, Senin (2/9/2024).\n",
            "Kendari",
            id="after a bracketed credit, a dateline with its site",
        ),
        pytest.param(
            "Pemprov Kaltim Jajaki Kerja Sama Pendidikan Samarinda (ANTARA) - Pemprov Kaltim "
            "menjajaki kerja sama dengan Provinsi Anhui, Senin (2/9/2024).\n",
            "Samarinda",
            id="a headline glued before an outlet's dateline",
        ),
    ],
)
def test_a_dateline_inside_a_line_is_the_place_the_gazetteer_knows(text: str, city: str) -> None:
    record = extract_article(text, published="2024-09-02")
    assert [c.place for c in record.cooperations] == [city]


def test_a_dateline_inside_a_line_that_names_no_place_unmarks_its_caption() -> None:
    from kerjasama.extract.pipeline import extract_doc
    from kerjasama.sources.model import RawArticle

    text = (
        "Gubernur (kiri) menerima tamu. FOTO/HO-Humas Pemkab Jajaki – Pemprov Lampung "
        "menjajaki kerja sama dengan Provinsi Gyeonggi, Senin (2/9/2024).\n"
    )
    doc = extract_doc(RawArticle(text=text))
    assert doc.marked.dateline is None and doc.marked.spans == []
    assert not doc.in_boilerplate(0, 10)


def test_a_date_label_opening_the_story_line_is_furniture_and_the_publication_date() -> None:
    # Invented page: a stored page's date label runs into the dateline of the story.
    text = (
        "Kota Contoh Jajaki Kerja Sama\n\n"
        " date 2026-01-20 contoh.example.com, DENPASAR - Pemprov Bali menerima Duta Besar "
        "Slovakia, Senin (19/1) kemarin, untuk menjajaki kerja sama pariwisata."
    )
    m = mark_boilerplate(text)
    assert ("credit", " date 2026-01-20 ") in kinds(text)
    assert (m.dateline, m.outlet) == ("Denpasar", "contoh.example.com")
    article = extract_article(text)
    assert article.source.published == "2026-01-20"
    assert [c.date for c in article.cooperations] == ["2026-01-19"]  # "Senin (19/1) kemarin"
    # A month alone ("date 2025-05") is no publication date, but still a label.
    label = mark_boilerplate(text.replace("2026-01-20", "2025-05"))
    assert label.dateline == "Denpasar"


def test_a_dateline_before_a_story_that_opens_with_acronyms() -> None:
    from kerjasama.text.boilerplate import dateline_head

    assert dateline_head("Medan - PT PLN UID Sumut dan PT Bank Sumut menandatangani MoU.") == (
        8,
        ["Medan"],
    )
    assert dateline_head("SURABAYA - KOTA A-KOTA B JALIN KERJA SAMA") is None
