"""The gazetteer's walk-back tests agree with the windowed pattern searches they stand for."""

from __future__ import annotations

import re

from kerjasama.gazetteer import forms
from kerjasama.gazetteer.matcher import previous_word
from kerjasama.gazetteer.normalize import fold

# Invented folded sentences with every kind of form, title and word before a name.
SAMPLES = [
    "pemerintah provinsi (pemprov) kaltara bekerja sama dengan pemkot tarakan",
    "bupati sumba barat dan wali kota kupang serta walikota ende bertemu gubernur",
    "kab. sikka, kab ngada, prov. ntt, province of aceh, city of osaka, state of johor",
    "pemerintah daerah kabupaten administrasi kepulauan seribu dan kota administrasi",
    "(pemprov jabar) 'kota bandung xkota cimahi pemerintahan negara bagian victoria",
    "mayor of the city, regent nagekeo, wagub ntb, wabup lembata, walkot bima",
    "a kota b, wali kota c, negeri sembilan, emirat dubai, kanton zurich, daerah otonom",
    "pemda, pemkab, pemkota, pemprop, kotamadya, prefektur osaka, propinsi riau",
]


def test_form_tests_agree_with_the_patterns() -> None:
    for folded in SAMPLES + [fold(s.title()) for s in SAMPLES]:
        for start in range(len(folded) + 1):
            window = max(0, start - 70)
            expected = forms._form(forms._PREFIX_BEFORE.search(folded, window, start))
            assert forms.prefix_before(folded, start) == expected, (folded, start)
            title = forms._form(forms._TITLE_BEFORE.search(folded, max(0, start - 30), start))
            title = title._replace(form=None) if title else None
            assert forms.title_before(folded, start) == title, (folded, start)


def test_a_form_is_still_found_after_its_word() -> None:
    text = "kerja sama pemkot tarakan"
    assert forms.prefix_before(text, text.index("tarakan")).form == "pemkot"
    assert forms.prefix_before(text, text.index("pemkot")) is None


def test_previous_word_agrees_with_the_pattern() -> None:
    pattern = re.compile(r"([a-z]+) $")
    long_word = "a" * 40 + " kota"
    for folded in [*SAMPLES, long_word, " x", "ab"]:
        for start in range(len(folded) + 1):
            found = pattern.search(folded, max(0, start - 30), start)
            assert previous_word(folded, start) == (found.group(1) if found else None)
