"""Renamed bodies carry the name of the article's day, and the old name still finds them."""

from __future__ import annotations

import datetime as dt

from kerjasama.extract import extract_article
from kerjasama.gazetteer import load_gazetteer
from kerjasama.gazetteer.periods import _periods, name_on

EDUCATION = "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"


def test_a_ministry_has_the_name_of_the_day() -> None:
    assert name_on(EDUCATION, dt.date(2017, 9, 7)) == "Kementerian Pendidikan dan Kebudayaan"
    assert name_on(EDUCATION, dt.date(2010, 5, 1)) == "Kementerian Pendidikan Nasional"
    assert name_on(EDUCATION, dt.date(2022, 5, 1)) == EDUCATION
    assert name_on(EDUCATION, None) == EDUCATION
    assert name_on("Kementerian Luar Negeri", dt.date(2017, 9, 7)) == "Kementerian Luar Negeri"


def test_every_old_name_finds_its_body_again() -> None:
    gazetteer = load_gazetteer()
    by_name = {e.name: e for e in gazetteer.entries()}
    for canonical, periods in _periods().items():
        for start, until, old in periods:
            assert start < until, old
            found = gazetteer.lookup(old)
            assert found is not None and found.key == by_name[canonical].key, old


def test_a_records_ministry_and_its_ministers_body_take_the_articles_day() -> None:
    text = (
        "Jakarta - Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi menandatangani nota "
        "kesepahaman kerja sama pendidikan vokasi dengan Pemerintah Provinsi Jawa Tengah, "
        "Senin.\nNota kesepahaman itu ditandatangani Sekretaris Jenderal Kementerian "
        "Pendidikan, Kebudayaan, Riset, dan Teknologi Budi Santoso dan Gubernur Jawa Tengah."
    )
    old = extract_article(text, published="2017-03-06")
    new = extract_article(text, published="2022-03-07")
    assert old.is_cooperation and new.is_cooperation
    old_names = {p.name for c in old.cooperations for p in c.parties}
    new_names = {p.name for c in new.cooperations for p in c.parties}
    assert "Kementerian Pendidikan dan Kebudayaan" in old_names, old_names
    assert EDUCATION in new_names, new_names
    orgs = {p.org for p in old.people if p.name == "Budi Santoso"}
    assert orgs <= {"Kementerian Pendidikan dan Kebudayaan"}, orgs
