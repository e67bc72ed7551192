"""Dates in news forms, placed by publication date or by the weekday."""

from __future__ import annotations

import datetime as dt

from kerjasama.text.dates import find_dates, parse_published, place_day_month
from kerjasama.text.sentences import split_sentences

TODAY = dt.date(2026, 11, 24)


def dates(text: str, base: dt.date | None = None) -> list[tuple[str, dt.date | None]]:
    return [(d.text, d.date) for d in find_dates(text, base, TODAY)]


def test_weekday_with_day_month_and_no_publication_date_uses_weekday() -> None:
    # 4 May fell on a Thursday in 2023, the latest such year up to today.
    assert dates("dilaksanakan di Balikpapan, Kamis (4/5).") == [
        ("Kamis (4/5)", dt.date(2023, 5, 4))
    ]


def test_weekday_with_publication_date() -> None:
    base = dt.date(2024, 1, 5)
    assert dates("rapat Rabu (3/01/24) dan Senin", base) == [
        ("Rabu (3/01/24)", dt.date(2024, 1, 3)),
        ("Senin", dt.date(2024, 1, 1)),
    ]


def test_weekday_alone_without_publication_date_is_unplaced() -> None:
    assert dates("kata dia di Samarinda, Senin.") == [("Senin", None)]


def test_explicit_forms() -> None:
    found = dates("pada 4 Desember 2023, Kamis 24 Maret 2022, (11/8/2022), 9-10 Juni 2022")
    assert [d for _, d in found] == [
        dt.date(2023, 12, 4),
        dt.date(2022, 3, 24),
        dt.date(2022, 8, 11),
        dt.date(2022, 6, 9),
    ]


def test_weekday_mismatch_is_flagged() -> None:
    found = find_dates("Senin (4/5/2023)", None, TODAY)
    assert found[0].weekday_mismatch  # 4 May 2023 was a Thursday


def test_day_month_without_year_nearest_to_publication() -> None:
    assert place_day_month(28, 12, None, dt.date(2024, 1, 3), TODAY) == dt.date(2023, 12, 28)


def test_parse_published() -> None:
    assert parse_published("2023-12-04T10:00:00+08:00") == dt.date(2023, 12, 4)
    assert parse_published("4 Desember 2023") == dt.date(2023, 12, 4)
    assert parse_published(None) is None


def test_sentences_keep_titles_and_quotes_together() -> None:
    text = "Dr. H. Akmal hadir. “Kami siap,” kata dia. Rapat selesai pukul 12.00 WITA.\nBaru"
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == [
        "Dr. H. Akmal hadir.",
        "“Kami siap,” kata dia.",
        "Rapat selesai pukul 12.00 WITA.",
        "Baru",
    ]


def test_weekday_decides_day_month_order_and_year_from_the_text() -> None:
    today = dt.date(2026, 11, 24)
    (english,) = find_dates("on Sunday (10/07/2018)", None, today)
    assert english.date == dt.date(2018, 10, 7) and not english.weekday_mismatch
    found = find_dates("Kegiatan 2-5 Februari 2018 dibuka Jumat (2/2).", None, today)
    assert [d.date for d in found if d.text.startswith("Jumat")] == [dt.date(2018, 2, 2)]


def test_weekday_with_its_day_after_a_comma_or_without_brackets() -> None:
    today = dt.date(2026, 1, 1)
    found = find_dates("pada hari senin, (5/2/24). Lalu Senin 25/10/2021 juga.", None, today)
    assert [(d.text, d.date) for d in found] == [
        ("senin, (5/2/24)", dt.date(2024, 2, 5)),
        ("Senin 25/10/2021", dt.date(2021, 10, 25)),
    ]
    english = find_dates("signed on Monday, May 16, 2022.", None, today)
    assert [(d.text, d.date) for d in english] == [("May 16, 2022", dt.date(2022, 5, 16))]


def test_a_year_the_text_names_places_a_weekday_date() -> None:
    found = find_dates("Peringatan hari jadi tahun 2016 digelar Minggu (20/11).", None, TODAY)
    assert [d.date for d in found] == [dt.date(2016, 11, 20)]


def test_titles_run_together_end_no_sentence() -> None:
    text = "Nota itu diteken Prof. Dr.Ir. Budi Santoso di Medan. Acara selesai."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Nota itu diteken Prof. Dr.Ir. Budi Santoso di Medan.",
        "Acara selesai.",
    ]


def test_day_month_year_with_dashes_or_dots_after_a_weekday() -> None:
    assert dates("Selasa, 4-6-2019 bertempat di aula dan Jumat 7.6.2019 di kantor") == [
        ("4-6-2019", dt.date(2019, 6, 4)),
        ("7.6.2019", dt.date(2019, 6, 7)),
    ]
    # a day range before a month name is no dashed date
    assert dates("pada 9-10 Juni 2022") == [("9-10 Juni 2022", dt.date(2022, 6, 9))]


def test_indonesian_dates_are_day_first_even_under_a_wrong_weekday() -> None:
    # 11 March 2016 was a Friday: the writer slipped on the weekday, not on the order
    found = find_dates("bertemu di Malaysia Kamis (11/3/2016).", None, TODAY)
    assert [d.date for d in found] == [dt.date(2016, 3, 11)]
    # an English page writes the month first, and the weekday says so
    found = find_dates("met on Sunday (10/07/2018).", None, TODAY)
    assert [d.date for d in found] == [dt.date(2018, 10, 7)]


def test_english_month_first_without_a_year() -> None:
    published = dt.date(2023, 2, 18)
    found = find_dates("It signed the LoI on Feb 7 and met on December 4.", published, TODAY)
    assert [(d.text, d.date) for d in found] == [
        ("Feb 7", dt.date(2023, 2, 7)),
        ("December 4", dt.date(2022, 12, 4)),
    ]
    assert find_dates("the mayor may 5 times", published, TODAY) == []  # a verb, not May
    assert [d.text for d in find_dates("on May 16, 2022", published, TODAY)] == ["May 16, 2022"]


def test_slashes_spaced_as_tokenised_corpora_write_them() -> None:
    assert dates("Senin (29 / 1 / 2018) dan (3 / 2 / 2018)") == [
        ("Senin (29 / 1 / 2018)", dt.date(2018, 1, 29)),
        ("(3 / 2 / 2018)", dt.date(2018, 2, 3)),
    ]


def test_a_bare_weekday_after_that_weekday_dated_is_the_same_day() -> None:
    base = dt.date(2018, 1, 28)  # a Sunday: "Senin" alone would be the 22nd
    found = find_dates("ke Nauru pada Senin (29/1/2018). Saya ke Nauru, Senin.", base, TODAY)
    assert [(d.text, d.date, d.weekday_only) for d in found] == [
        ("Senin (29/1/2018)", dt.date(2018, 1, 29), False),
        ("Senin", dt.date(2018, 1, 29), False),
    ]
    far = find_dates("rapat Senin (1/1/2018). Lalu Senin.", dt.date(2018, 3, 1), TODAY)
    assert far[1].date == dt.date(2018, 2, 26) and far[1].weekday_only  # weeks apart: not it


def test_a_span_of_days_is_dated_by_its_first_day() -> None:
    found = find_dates(
        "Kunjungan itu berlangsung 15 hingga 19 Januari 2018 dan 1 s/d 3 Mei 2019.", None, TODAY
    )
    assert [d.date for d in found] == [dt.date(2018, 1, 15), dt.date(2019, 5, 1)]


def test_an_english_weekday_tells_a_month_first_date_without_a_year() -> None:
    published = dt.date(2017, 8, 2)
    [tuesday] = find_dates("he said, Tuesday (8/1).", published, TODAY)
    assert tuesday.date == dt.date(2017, 8, 1)
    [friday] = find_dates("on Friday (09/21/2018) in Bandung", None, TODAY)
    assert friday.date == dt.date(2018, 9, 21)
    [kamis] = find_dates("kata dia, Kamis (4/5).", dt.date(2017, 5, 6), TODAY)
    assert kamis.date == dt.date(2017, 5, 4)  # Indonesian: day first, always


def test_a_bare_day_and_month_in_brackets_near_the_publication_date() -> None:
    published = dt.date(2023, 9, 21)
    assert dates("Di Jakarta (20/9), Pemkot Palembang meneken KAD.", published) == [
        ("(20/9)", dt.date(2023, 9, 20))
    ]
    assert dates("sekitar (1/2) dari anggaran", published) == []
    assert dates("pada (20/9) lalu", None) == []  # no publication date: no year to give


def test_a_year_written_wrong_is_no_year() -> None:
    [d] = find_dates("diteken (17/1/204) di Salatiga", None, TODAY)
    assert d.date is None
