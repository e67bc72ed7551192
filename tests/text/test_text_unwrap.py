"""Lines broken inside a sentence are joined before extraction; offsets stay. Invented texts."""

from __future__ import annotations

from kerjasama.extract.pipeline import extract_article
from kerjasama.text.normalise import article_id, normalise_text, unwrap_lines


def test_a_line_going_on_in_lower_case_is_joined_with_one_space() -> None:
    text = "Judul Berita\nPemkab Kuningan menandatangani\nnota kesepahaman dengan mitra."
    out = unwrap_lines(text)
    assert out == "Judul Berita\nPemkab Kuningan menandatangani nota kesepahaman dengan mitra."
    assert len(out) == len(text)  # offsets into the text stay where they were


def test_headline_list_items_and_outlet_datelines_stay_apart() -> None:
    text = (
        "Judul Tanpa Titik\n"
        "kompas.id, JAKARTA - Ruang lingkup kesepakatan meliputi\n"
        "a. pendidikan\n"
        "b. kesehatan"
    )
    assert unwrap_lines(text) == text


def test_a_page_wrapped_at_a_fixed_width_is_read_as_running_sentences() -> None:
    lines = [
        "KOTA BARU - Ketua Yayasan Cahaya Pesisir Nusantara, Budi",
        "Santoso, menyampaikan bahwa pihaknya bersama Pemerintah",
        "Kabupaten Kuningan tengah menyiapkan nota kesepahaman yang",
        "akan ditandatangani bulan ini untuk program pendidikan dan",
        "kesehatan warga pesisir, kata Budi kepada wartawan pada",
        "hari Senin, sambil menyebut program beasiswa, pelatihan",
        "guru dan layanan kesehatan keliling bagi desa terpencil",
        "yang selama ini jauh dari puskesmas, sementara kegiatan",
        "lain menunggu anggaran tahun depan.",
    ]
    out = unwrap_lines(normalise_text("\n".join(lines)))
    assert "\n" not in out
    assert article_id(out) == article_id("\n".join(lines))  # the same article, the same id


def test_a_wrapped_lead_still_gives_its_parties() -> None:
    article = extract_article(
        "Pemerintah Kabupaten Kuningan pada hari ini resmi menjalin kerja\n"
        "sama pariwisata dengan Pemerintah Kabupaten\n"
        "Cirebon, Senin (3/4/2023), kata Bupati Kuningan\n"
        "kepada wartawan di pendopo, sambil menyebut paket\n"
        "wisata bersama, promosi bersama dan jalur\n"
        "wisata lintas daerah yang segera dibuka.\n"
    )
    names = [p.name for c in article.cooperations for p in c.parties]
    assert "Kabupaten Cirebon" in names and "Kabupaten Kuningan" in names
    # the record keeps the text as written; its offsets and entities index it as written
    assert article.text.count("\n") == 5
    assert all(article.text[e.start : e.end] == e.text for e in article.entities)
