"""The person model where the rules are unsure (kerjasama.extract.statistical)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kerjasama.extract import extract_article, statistical
from kerjasama.extract.pipeline import extract_doc
from kerjasama.ner.tagger import load_people_tagger, load_tagger
from kerjasama.sources.model import RawArticle
from kerjasama.text.spans import Spans

HEAD = (
    "Universitas Tanah Rawa dan Pemkab Lembah Hijau Teken Kerja Sama\n\n"
    "Universitas Tanah Rawa dan Pemerintah Kabupaten Lembah Hijau menandatangani nota "
    "kesepakatan kerja sama pengembangan desa, Senin (3/3/2025). "
)
TAIL = " Kerja sama ini berlaku lima tahun."
#: The rules bind "Bupati" to its name but read no name after "Rektor" (a bracketed name).
TWO_TITLES = (
    "Kesepakatan itu ditandatangani Rektor Universitas Tanah Rawa, [Sulastri Wiryono], dan "
    "Bupati Lembah Hijau, Darsono Wiratmaja, di aula kampus."
)


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Iterator[callable]:
    """Choose the model (KERJASAMA_PEOPLE_MODEL) for one test."""

    def choose(name: str | None) -> None:
        if name is None:
            monkeypatch.delenv(statistical.MODEL_ENV, raising=False)
        else:
            monkeypatch.setenv(statistical.MODEL_ENV, name)
        statistical.model_tagger.cache_clear()

    yield choose
    statistical.model_tagger.cache_clear()


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_article(HEAD + text + TAIL).people]


def test_the_shipped_person_model_is_the_one_asked(model) -> None:
    model(None)
    tagger = statistical.model_tagger()
    assert tagger is not None
    assert {label[2:] for label in tagger.labels if label != "O"} == {"PERSON"}


def test_a_title_the_rules_left_unbound_beside_a_bound_one_is_asked(model) -> None:
    model(None)
    assert _people(TWO_TITLES) == [("Darsono Wiratmaja", "Bupati"), ("Sulastri Wiryono", "Rektor")]
    model("none")  # rules alone
    assert _people(TWO_TITLES) == [("Darsono Wiratmaja", "Bupati")]


def test_the_person_model_reads_a_name_after_a_long_unit_where_nergrit_does_not() -> None:
    sentence = "Acara itu dihadiri Kepala Balai Besar Wilayah Sungai Citarum Hendarto Wibisono."
    persons = [sentence[s:e] for s, e, kind in load_people_tagger().spans(sentence)]
    assert persons == ["Hendarto Wibisono"]
    nergrit = load_tagger("nergrit").spans(sentence)
    assert not [sentence[s:e] for s, e, kind in nergrit if kind == "PERSON"]


def test_without_a_person_model_the_nergrit_model_or_the_rules_alone_answer(
    model, tmp_path
) -> None:
    model(str(tmp_path))  # a folder with no person model in it
    assert statistical.model_tagger() is None
    model("nergrit")
    labels = {label[2:] for label in statistical.model_tagger().labels if label != "O"}
    assert {"PERSON", "ORGANISATION"} <= labels


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Hadir dalam acara itu Asisten I Pemerintah Lembah Hijau bidang pemerintahan dan "
            "kesejahteraan rakyat Lembah Hijau Muhammad Darwis.",
            ("Muhammad Darwis", "Asisten I Pemerintah"),
        ),
        (
            "Hadir pula Ketua Tim Kerja asal Indonesia untuk Kalimantan Barat, Yohanes Riwut.",
            ("Yohanes Riwut", "Ketua Tim Kerja"),
        ),
    ],
)
def test_a_name_the_model_finds_words_after_a_free_title_takes_its_role(
    model, sentence: str, found: tuple[str, str]
) -> None:
    model(None)
    assert _people(sentence) == [found]
    model("none")
    assert _people(sentence) == []


def test_no_role_from_a_free_title_across_a_verb_or_a_person() -> None:
    text = HEAD + "Wali Kota Tanah Rawa disambut melalui tradisi adat Joko Kaha di pelabuhan."
    doc = extract_doc(RawArticle(text=text))
    free = statistical._free_titles(doc)
    start = doc.text.index("Joko")
    sent = doc.sentence_of(start)[0]
    assert statistical._free_title_before(doc, start, sent, free, Spans([])) is None
    verbless = doc.text.index("disambut")
    assert statistical._free_title_before(doc, verbless, sent, free, Spans([])) == "Wali Kota"
    person = Spans([(doc.text.index("Tanah Rawa disambut"), doc.text.index(" disambut"))])
    assert statistical._free_title_before(doc, verbless, sent, free, person) is None
