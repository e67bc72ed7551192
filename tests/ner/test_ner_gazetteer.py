"""Name lists behind the NER gazetteer features: matching, training entities, region names."""

from __future__ import annotations

from pathlib import Path

import pytest

from kerjasama.ner.corpus import Sentence
from kerjasama.ner.errors import DataNotFoundError
from kerjasama.ner.gazetteer import Gazetteer, entity_gazetteer, kfold_gazetteers, name_gazetteer


def test_longest_match_marks_begin_inside_and_end() -> None:
    gaz = Gazetteer({("jawa",): ("A",), ("jawa", "barat"): ("B",)})
    feats = gaz.match(["di", "jawa", "barat", "."])
    assert feats == [[], ["gB=B"], ["gI=B", "gE=B"], []]


def test_entity_list_keeps_majority_labels_only() -> None:
    sents = [
        Sentence(["Bank", "Jatim"], ["B-ORGANISATION", "I-ORGANISATION"]),
        Sentence(["Bank", "Jatim"], ["B-ORGANISATION", "I-ORGANISATION"]),
        Sentence(["Bank", "Jatim"], ["B-PLACE", "I-PLACE"]),
    ]
    assert entity_gazetteer(sents).entries == {("bank", "jatim"): ("ORGANISATION",)}


def test_jackknifed_lists_never_hold_a_sentences_own_entities() -> None:
    sents = [Sentence([f"Nama{i}"], ["B-PERSON"]) for i in range(10)]
    for sent, gaz in zip(sents, kfold_gazetteers(sents, 5), strict=True):
        assert (sent.tokens[0].lower(),) not in gaz.entries
        assert len(gaz) == 8


@pytest.fixture(scope="module")
def names(shared_data: Path) -> Gazetteer:
    return name_gazetteer(shared_data)


def test_name_list_holds_districts_and_villages_without_government_form(names: Gazetteer) -> None:
    # Medan Marelan is a kecamatan of Kota Medan; Kota Medan is listed as plain "medan".
    assert "RDIST" in names.entries[("medan", "marelan")]
    assert "RREG" in names.entries[("medan",)]
    assert ("kota", "medan") not in names.entries
    assert sum("RVIL" in labels for labels in names.entries.values()) > 50_000


def test_name_list_holds_the_extraction_gazetteers_names(names: Gazetteer) -> None:
    assert "KCOUNTRY" in names.entries[("jepang",)]
    assert "KPLACE" in names.entries[("anhui",)]
    assert "KORG" in names.entries[("asean",)]


def test_missing_region_table_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "data" / "ner").mkdir(parents=True)
    with pytest.raises(DataNotFoundError, match="wilayah_all_levels.csv"):
        name_gazetteer(tmp_path)
