"""Rewritten text patterns and walk-backs agree with the forms they replace."""

from __future__ import annotations

import datetime as dt
import re

from kerjasama.text import boilerplate, dates
from kerjasama.text.normalise import article_id
from kerjasama.text.sentences import _word_before

# Invented text: dates in every form, glued datelines, abbreviations and initials.
TEXT = (
    "Kamis (4/5) lalu, 12 Mei 2023 dan 9-10 Juni 2022; pada 3.4.2021, 2021-04-03, 25-10-2021.\n"
    "Pada 1st, 2020 dan December 4, 2023 warga x1 Mei ber12 Mei; tanggal (11/8/2022) pun.\n"
    "Pertemuan itu.MAKASSAR - Dr.Ir. H.M. Sanusi, S.H. dll. bertemu kataBANDUNG (Jabar) - di "
    "“PONTIANAK – Pemkot, ujar A.B.C. Sitorus_Jr. di Jl. Merdeka no. 5.\tYa."
)
OLD_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:\s*[-–]\s*(?P<day2>\d{{1,2}}))?\s+(?P<month>{dates._MONTH_ALT})\.?"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
)
OLD_GLUED = re.compile(
    r"(?<=[a-z.”\"])(?P<city>[A-Z]{4,}(?: [A-Z]{3,})?)\s*(?:\([A-Za-z ]+\)\s*)?[-–—]\s"
)


def _found(pattern: re.Pattern[str], text: str, pos: int = 0) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos)]


def test_rewritten_patterns_match_as_before() -> None:
    for text in (TEXT, TEXT.lower(), TEXT.upper()):
        for pos in (0, 1, 13, 40):
            assert _found(dates.DAY_MONTH_YEAR, text, pos) == _found(OLD_DAY_MONTH_YEAR, text, pos)
            assert _found(boilerplate.GLUED_DATELINE, text, pos) == _found(OLD_GLUED, text, pos)
    assert _found(boilerplate.GLUED_DATELINE, TEXT)  # the fixture has glued datelines


def test_cheap_date_tests_hold_wherever_the_patterns_match() -> None:
    for text in (TEXT.lower(), "monday, may 16th, 2022", "senin 25.10.2021", "2023-01-05"):
        if dates.MONTH_DAY_YEAR.search(text):
            assert dates._MAY_MONTH_DAY_YEAR.search(text)
        if dates.DASHED_DATE.search(text):
            assert dates._MAY_DASHED.search(text)
        if dates.ISO_DATE.search(text):
            assert dates._MAY_ISO.search(text)
    text = "Monday, May 16th, 2022 dan 2023-01-05"
    found = {d.text for d in dates.find_dates(text, None, dt.date(2026, 1, 1))}
    assert found == {"May 16th, 2022", "2023-01-05"}  # the date carries the weekday


def test_word_before_agrees_with_the_pattern() -> None:
    pattern = re.compile(r"([\w.]+)$")
    for dot in [m.start() for m in re.finditer(r"\.", TEXT)]:
        for low in (0, max(0, dot - 24), max(0, dot - 3), dot):
            found = pattern.search(TEXT, low, dot)
            assert _word_before(TEXT, low, dot) == (found.group(1) if found else None)


def test_article_id_folds_whitespace() -> None:
    assert article_id(" a \u00a0 b\n\tc ") == article_id("a b c")


OLD_SOFT_BREAK = re.compile(
    r"(?<=[\w,])[ \t]*\n(?=[ \t]*(?![a-z][.)][ \t]|[\w-]+\.[a-z]{2,}\b)[a-z])"
)
OLD_OPEN_BREAK = re.compile(
    r"(?<=[\w,])[ \t]*\n(?=[ \t]*(?![a-z][.)][ \t]|[-•*][ \t]|[\w-]+\.[a-z]{2,}\b)\w)"
)
# Invented lines: breaks after words, commas and blanks, before list items, sites, capitals.
BROKEN = (
    "\nKota itu \t\nmenjalin kerja sama,\ndengan\n  b. item\nx.\nkompas.com hari\n\n"
    "ini Senin,\n- butir\nKata\t \n\tdia\n• lagi\nAkhir\n"
)


def test_line_breaks_found_from_each_break_as_the_patterns_found_them() -> None:
    from kerjasama.text import normalise

    for text in (BROKEN, BROKEN.upper(), BROKEN[1:], BROKEN.replace("\n", " \n")):
        for old, after in (
            (OLD_SOFT_BREAK, normalise._SOFT_NEXT),
            (OLD_OPEN_BREAK, normalise._OPEN_NEXT),
        ):
            spans = [m.span() for m in old.finditer(text)]
            assert normalise._breaks(text, after) == spans
            assert normalise._blank_out(text, spans) == old.sub(lambda m: " " * len(m[0]), text)
    assert normalise._breaks(BROKEN, normalise._SOFT_NEXT)  # the fixture has soft breaks


OLD_SLASHED_YEAR = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/((?:19|20)\d\d)(?!\d)")
OLD_NAMED_YEAR = re.compile(r"\b(?:tahun|year|th\.?)\s+((?:19|20)\d\d)\b")


def test_year_hints_and_weekdays_match_as_before() -> None:
    text = (
        TEXT.lower() + " 1/2/2020 31/12/2019 7/11/20201 tahun 2016 ketahun 2017 th. 2018 "
        "year 2019 senin jumat(4/5) sabtu, (5/6/2021) minggu4/5 kamis/ selasa"
    )
    for pos in (0, 1, 13, 40, 130):
        part = text[pos:]
        for old, new in (
            (OLD_SLASHED_YEAR, dates._SLASHED_YEAR),
            (OLD_NAMED_YEAR, dates._NAMED_YEAR),
        ):
            assert [m.span() for m in new.finditer(part)] == [m.span() for m in old.finditer(part)]
        assert [m.span() for m in dates._WEEKDAY_WORDS.matches(dates.WEEKDAY, part)] == [
            m.span() for m in dates.WEEKDAY.finditer(part)
        ]
    assert (
        len(list(dates._WEEKDAY_WORDS.matches(dates.WEEKDAY, text))) >= 5
    )  # the fixture names weekdays


def test_patterns_opening_with_a_character_match_as_their_old_forms() -> None:
    from kerjasama.gazetteer import fuzzy, normalize
    from kerjasama.text import sentences

    old_end = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+")
    old_run = re.compile("^ +| {2,}")
    old_capitalised = re.compile(r"(?<![\w'])[A-Z][a-z\u00c0-\u024f']+")
    spaced = "  " + TEXT.replace("\n", "  ") + "   x y  "
    texts = (TEXT, TEXT.upper(), "Ya?! “Benar.” Lalu\n\n\nA. B.. c. 3!? (x.) D", spaced)
    for text in texts:
        for pos in (0, 1, 2, 25):
            for old, new in (
                (old_end, sentences._END),
                (old_run, normalize._RUN),
                (old_capitalised, fuzzy._CAPITALISED_WORD),
            ):
                assert [m.span() for m in new.finditer(text, pos)] == [
                    m.span() for m in old.finditer(text, pos)
                ]
        low = text.lower()
        assert [m.span() for m in dates._MONTH_WORDS.matches(dates.MONTH_DAY_YEAR, low)] == [
            m.span() for m in dates.MONTH_DAY_YEAR.finditer(low)
        ]
    assert old_run.search(spaced) and old_end.search(TEXT)  # the fixtures have matches
