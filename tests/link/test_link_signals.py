"""Attention signals: stalled after an LoI or MoU, MoUs near their term end, one-sided news."""

from __future__ import annotations

from datetime import date

from kerjasama import record
from kerjasama.link import LinkSettings, build_links
from kerjasama.link.signals import add_months


class TermCooperation(record.Cooperation):
    """A cooperation record that carries an explicit term, as a later schema version may."""

    term_years: int | None = None


def _signals(articles, **settings):
    return build_links(articles, settings=LinkSettings(**settings)).partnerships[0].signals


def test_stalled_after_an_loi(story):
    loi = story.article(story.cooperation([story.KALTIM, story.ANHUI], "sign", "loi", "2023-01-10"))
    signals = _signals([loi], today=date(2024, 6, 1))
    assert signals.stalled and signals.stalled_since == date(2023, 1, 10)
    assert not _signals([loi], today=date(2023, 12, 1)).stalled
    assert not _signals([loi], today=date(2024, 6, 1), stalled_months=24).stalled


def test_negotiation_and_implementation_are_not_stalled(story):
    parties = [story.KALTIM, story.ANHUI]
    talks = story.article(story.cooperation(parties, "negotiate", "mou", "2020-01-10"))
    assert not _signals([talks], today=date(2024, 6, 1)).stalled
    done = story.article(story.cooperation(parties, "implement", "mou", "2020-02-10"))
    assert not _signals([talks, done], today=date(2024, 6, 1)).stalled


def test_mou_near_the_end_of_its_default_term(story):
    mou = story.article(story.cooperation([story.KALTIM, story.ANHUI], "sign", "mou", "2020-01-15"))
    signals = _signals([mou], today=date(2024, 8, 1))
    assert signals.mou_term_end == date(2025, 1, 15)
    assert signals.mou_near_end
    assert not _signals([mou], today=date(2024, 6, 1)).mou_near_end
    assert _signals([mou], today=date(2026, 1, 1)).mou_near_end  # past the end counts too
    assert _signals([mou], today=date(2024, 6, 1), mou_term_years=3).mou_term_end == date(
        2023, 1, 15
    )


def test_explicit_term_wins(story):
    signed = story.cooperation([story.KALTIM, story.ANHUI], "sign", "mou", "2020-01-15")
    with_term = TermCooperation(**signed.model_dump(), term_years=2)
    signals = _signals([story.article(with_term)], today=date(2021, 9, 1))
    assert signals.mou_term_end == date(2022, 1, 15)
    assert signals.mou_near_end


def test_renewed_mou_counts_from_the_new_signing(story):
    parties = [story.KALTIM, story.ANHUI]
    articles = [
        story.article(story.cooperation(parties, "sign", "mou", "2015-03-01")),
        story.article(story.cooperation(parties, "sign", "mou", "2020-03-01")),
    ]
    assert _signals(articles, today=date(2023, 1, 1)).mou_term_end == date(2025, 3, 1)


def test_one_sided_news(story):
    parties = [story.KALTIM, story.ANHUI]
    kaltim_only = story.article(
        story.cooperation(parties, "explore", date="2024-01-10"),
        people=[
            story.person("Akmal Malik", "Pj Gubernur", "Pemprov Kaltim", "ID-KI"),
            story.person("Muhammad Faisal", "Kadis Kominfo", "Provinsi Kalimantan Timur", "ID-KI"),
            story.person("He Tao", "Ketua", "Kadin Anhui-Indonesia"),
        ],
    )
    assert _signals([kaltim_only]).one_sided
    both = story.article(
        story.cooperation(parties, "explore", date="2024-01-12"),
        people=[story.person("Shan Xiang Qian", "Wakil Gubernur", "Provinsi Anhui", "CN-AH")],
    )
    assert not _signals([kaltim_only, both]).one_sided


def test_officials_of_the_partner_country_count_for_the_foreign_side(story):
    parties = [story.KALTIM, story.ANHUI]
    article = story.article(
        story.cooperation(parties, "explore", date="2024-01-10"),
        people=[
            story.person("Akmal Malik", "Pj Gubernur", "Pemprov Kaltim", "ID-KI"),
            story.person("Wang Wei", "Wakil Direktur", "Provinsi Guangxi", "CN-GX"),
        ],
    )
    assert not _signals([article]).one_sided


def test_add_months_clamps_to_month_end():
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2024, 8, 31), -6) == date(2024, 2, 29)


def test_people_of_a_party_s_units_count_for_that_party(story):
    mikta = story.party("MIKTA", "intl_org")
    article = story.article(
        story.cooperation([story.KALTIM, mikta], "explore", date="2023-05-04"),
        people=[
            story.person("Puguh Harjanto", "Kepala Dinas", "Dinas Penanaman Modal Kaltim"),
            story.person("Penny Wiliams", "Narasumber", "MIKTA Australia"),
        ],
    )
    assert not _signals([article]).one_sided
    kaltim_only = article.model_copy(update={"people": article.people[:1]})
    assert _signals([kaltim_only]).one_sided
