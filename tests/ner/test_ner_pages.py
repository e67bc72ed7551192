"""Gold people projected onto a page's text as PERSON labels (kerjasama.ner.pages)."""

from __future__ import annotations

from kerjasama.ner.pages import project_people

PAGE = (
    "Bupati Lembah Hijau Darsono R.T. Wiratmaja menandatangani nota kesepakatan. "
    "Hadir pula Kepala Dinas Pertanian Lestari Anggun. "
    "Menurut Wiratmaja, kerja sama ini penting. "
    "Cuaca cerah sepanjang hari."
)


def _persons(sentences) -> list[str]:
    """The labelled person spans, as text."""
    out = []
    for sent in sentences:
        current: list[str] = []
        for token, tag in zip(sent.tokens, sent.tags, strict=True):
            if tag == "B-PERSON":
                if current:
                    out.append(" ".join(current))
                current = [token]
            elif tag == "I-PERSON":
                current.append(token)
            elif current:
                out.append(" ".join(current))
                current = []
        if current:
            out.append(" ".join(current))
    return out


def test_names_are_found_case_and_punctuation_insensitively() -> None:
    result = project_people(PAGE, ["Darsono RT Wiratmaja", "lestari anggun"])
    persons = _persons(result.kept)
    assert persons[:2] == ["Darsono R . T . Wiratmaja", "Lestari Anggun"]
    assert result.unfound == []


def test_a_later_first_or_last_word_alone_is_a_short_mention() -> None:
    result = project_people(PAGE, ["Darsono RT Wiratmaja", "Lestari Anggun"])
    assert _persons(result.kept)[2:] == ["Wiratmaja"]


def test_a_common_word_is_no_short_mention() -> None:
    result = project_people(PAGE, ["Darsono RT Wiratmaja"], common=frozenset({"wiratmaja"}))
    assert "Wiratmaja" not in _persons(result.kept)


def test_sentences_with_neither_person_nor_title_are_left_out() -> None:
    result = project_people(PAGE, ["Darsono RT Wiratmaja", "Lestari Anggun"])
    assert len(result.kept) == 3
    assert all("Cuaca" not in s.tokens for s in result.kept)


def test_a_title_without_its_person_is_dropped_when_a_gold_name_was_not_found() -> None:
    # "Lestari Angun" is written otherwise on the page: its sentence would teach the model
    # that the name after "Kepala Dinas" is no person.
    result = project_people(PAGE, ["Darsono RT Wiratmaja", "Lestari Angun"])
    assert result.unfound == ["lestari angun"]
    assert result.dropped == 1
    assert all("Kepala" not in s.tokens for s in result.kept)


def test_a_title_without_a_person_is_kept_as_a_negative_when_every_name_was_found() -> None:
    result = project_people(PAGE, ["Darsono RT Wiratmaja"])
    kept = [s for s in result.kept if "Kepala" in s.tokens]
    assert len(kept) == 1 and set(kept[0].tags) == {"O"}
