"""Filters for `kerjasama partnerships` and the people search for `kerjasama people`."""

from __future__ import annotations

from datetime import date

from kerjasama.link import LinkSettings, build_links, filter_partnerships, find_people


def _result(story):
    china = [story.ANHUI, story.party("Sichuan", "foreign_region", "CN-SC", "CN")]
    germany = story.party("Jerman", "country", "DE", "DE")
    jatim = story.party("Pemprov Jatim", code="ID-JI", country="ID")
    articles = [
        story.article(
            story.cooperation([story.KALTIM, china[0]], "sign", "loi", "2022-01-05", ["investment"])
        ),
        story.article(
            story.cooperation([story.KALTIM, china[1]], "sign", "mou", "2024-11-05", ["tourism"])
        ),
        story.article(
            story.cooperation(
                [story.KALTIM, germany], "explore", date="2024-10-01", sectors=["education"]
            )
        ),
        story.article(
            story.cooperation([jatim, germany], "sign", "mou", "2024-10-01"),
            people=[story.person("Dr. Budi Santoso", "Sekda", "Pemprov Jatim", "ID-JI")],
        ),
    ]
    return build_links(articles, settings=LinkSettings(today=date(2025, 1, 1)))


def _parties(found):
    return sorted(tuple(e.code for e in p.parties) for p in found)


def test_filters(story):
    partnerships = _result(story).partnerships
    assert len(filter_partnerships(partnerships, region="Kaltim")) == 3
    assert len(filter_partnerships(partnerships, region="ID-KI")) == 3
    assert _parties(filter_partnerships(partnerships, partner_country="CN")) == [
        ("ID-KI", "CN-AH"),
        ("ID-KI", "CN-SC"),
    ]
    assert _parties(filter_partnerships(partnerships, partner_country="Jerman")) == [
        ("ID-JI", "DE"),
        ("ID-KI", "DE"),
    ]
    assert _parties(filter_partnerships(partnerships, stage="mou")) == [
        ("ID-JI", "DE"),
        ("ID-KI", "CN-SC"),
    ]
    assert _parties(filter_partnerships(partnerships, sector="tourism")) == [("ID-KI", "CN-SC")]
    assert _parties(filter_partnerships(partnerships, stalled=True)) == [("ID-KI", "CN-AH")]
    assert _parties(filter_partnerships(partnerships, region="Kaltim", stage="explore")) == [
        ("ID-KI", "DE")
    ]


def test_find_people_ignores_titles(story):
    people = _result(story).people
    assert [p.name for p in find_people(people, "budi santoso")] == ["Dr. Budi Santoso"]
    assert [p.roles[0].role for p in find_people(people, "Santoso")] == ["Sekretaris Daerah"]
    assert find_people(people, "Akmal") == []
