"""The person model: trained from labelled page sentences plus corpus sentences, then loaded."""

from __future__ import annotations

from pathlib import Path

from kerjasama.ner.corpus import Sentence
from kerjasama.ner.pages import project_people
from kerjasama.ner.tagger import default_models_dir, load_people_tagger
from kerjasama.ner.train import CrfParams, person_only, train_people

PAGES = [
    (
        "Bupati Tanah Rawa Sukirno Hadiprawiro membuka acara itu. "
        "Wakil Bupati Tanah Rawa Meilani Sastro ikut hadir.",
        ["Sukirno Hadiprawiro", "Meilani Sastro"],
    ),
    (
        "Gubernur Pesisir Jauh Bambang Wirodipo bertemu Kepala Dinas Perikanan Rusdi Amanah.",
        ["Bambang Wirodipo", "Rusdi Amanah"],
    ),
    (
        "Kepala Badan Pangan Tanah Rawa Yuliana Kartiko menyerahkan bantuan.",
        ["Yuliana Kartiko"],
    ),
]
CORPUS = [
    Sentence(
        ["Menteri", "Hartono", "Sadewo", "datang", "."], ["O", "B-PERSON", "I-PERSON", "O", "O"]
    ),
    Sentence(["Kantor", "Bupati", "Pesisir", "Jauh", "ramai", "."], ["O"] * 6),
]


def test_corpus_entities_other_than_persons_read_as_o() -> None:
    sent = Sentence(["Gubernur", "Jawa", "Siti"], ["O", "B-PLACE", "B-PPL"])
    assert person_only([sent])[0].tags == ["O", "O", "B-PERSON"]


def test_a_model_trained_on_projected_pages_tags_their_persons(tmp_path: Path) -> None:
    pages = [s for text, names in PAGES for s in project_people(text, names).kept]
    summary = train_people(
        tmp_path, pages, CORPUS, default_models_dir(), CrfParams(max_iterations=50)
    )
    assert summary["page_sentences"] == len(pages) == 4
    assert summary["sentences"] == 6
    tagger = load_people_tagger(tmp_path)
    spans = tagger.spans("Bupati Tanah Rawa Sukirno Hadiprawiro membuka acara itu.")
    assert [(s, e, k) for s, e, k in spans] == [(18, 37, "PERSON")]
