"""People across articles: one person per name and organisation, roles over time."""

from __future__ import annotations

from datetime import date

from kerjasama.link import build_links, find_people


def _one(result, name):
    found = find_people(result.people, name)
    assert len(found) == 1, [p.name for p in found]
    return found[0]


def test_role_changes_from_penjabat_to_gubernur(story):
    parties = [story.KALTIM, story.ANHUI]
    articles = [
        story.article(
            story.cooperation(parties, "sign", "loi", "2023-12-04"),
            published="2023-12-04",
            people=[
                story.person("Akmal Malik", "Penjabat (Pj) Gubernur", "Pemprov Kaltim", "ID-KI")
            ],
        ),
        story.article(
            story.cooperation(parties, "negotiate", "mou", "2024-02-01"),
            published="2024-02-01",
            people=[story.person("Dr. Akmal Malik, M.Si", "Pj. Gubernur", "Kaltim", "ID-KI")],
        ),
        story.article(
            story.cooperation(parties, "sign", "mou", "2025-04-10"),
            published="2025-04-10",
            people=[story.person("Akmal", "Gubernur", "Provinsi Kalimantan Timur", "ID-KI")],
        ),
    ]
    result = build_links(articles)
    akmal = _one(result, "Akmal Malik")
    assert akmal.name == "Akmal Malik"
    assert [(r.role, r.first_seen, r.last_seen) for r in akmal.roles] == [
        ("Penjabat Gubernur", date(2023, 12, 4), date(2024, 2, 1)),
        ("Gubernur", date(2025, 4, 10), date(2025, 4, 10)),
    ]
    assert akmal.roles[0].articles == ["a001", "a002"]
    assert akmal.org_id == "code:ID-KI"
    assert akmal.partnerships == [result.partnerships[0].id]
    assert akmal.id in result.partnerships[0].people


def test_namesakes_in_different_provinces_stay_two_people(story):
    jatim = story.party("Pemprov Jatim", code="ID-JI", country="ID")
    articles = [
        story.article(
            story.cooperation([story.KALTIM, story.ANHUI], "explore", date="2024-01-10"),
            people=[
                story.person("Ahmad Yani", "Kepala Dinas Pariwisata", "Pemprov Kaltim", "ID-KI")
            ],
        ),
        story.article(
            story.cooperation([jatim, story.ANHUI], "explore", date="2024-03-10"),
            people=[story.person("H. Ahmad Yani", "Kadis Pariwisata", "Pemprov Jatim", "ID-JI")],
        ),
    ]
    result = build_links(articles)
    namesakes = find_people(result.people, "Ahmad Yani")
    assert sorted(p.org_id for p in namesakes) == ["code:ID-JI", "code:ID-KI"]
    assert len({p.id for p in namesakes}) == 2
    assert all(len(p.partnerships) == 1 for p in namesakes)
    assert namesakes[0].partnerships != namesakes[1].partnerships
    assert {p.roles[0].role for p in namesakes} == {"Kepala Dinas Pariwisata"}


def test_spellings_and_partial_names_join_within_one_organisation(story):
    anhui = story.ANHUI
    articles = [
        story.article(
            story.cooperation([story.KALTIM, anhui], "explore"),
            people=[
                story.person("Shan Xiang Qian", "Wakil Gubernur", "Provinsi Anhui", "CN-AH"),
                story.person("Shan Xiangqian", "Wakil Gubernur", "Anhui", "CN-AH"),
                story.person("Shan", None, "Anhui", "CN-AH"),
            ],
        )
    ]
    result = build_links(articles)
    assert len(result.people) == 1
    assert result.people[0].name in {"Shan Xiang Qian", "Shan Xiangqian"}


def test_partial_name_shared_by_two_people_stays_apart(story):
    org = ("Pemprov Kaltim", "ID-KI")
    article = story.article(
        story.cooperation([story.KALTIM, story.ANHUI], "explore"),
        people=[
            story.person("Ahmad Yani", "Kadis", *org),
            story.person("Ahmad Dahlan", "Karo", *org),
            story.person("Ahmad", None, *org),
        ],
    )
    result = build_links([article])
    assert sorted(p.name for p in result.people) == ["Ahmad", "Ahmad Dahlan", "Ahmad Yani"]


def test_mention_without_organisation_joins_the_one_person_of_that_name(story):
    articles = [
        story.article(
            story.cooperation([story.KALTIM, story.ANHUI], "explore"),
            people=[story.person("Akmal Malik", "Pj Gubernur", "Pemprov Kaltim", "ID-KI")],
        ),
        story.article(
            story.cooperation([story.KALTIM, story.ANHUI], "explore"),
            people=[story.person("Akmal Malik")],
        ),
    ]
    result = build_links(articles)
    assert len(result.people) == 1
    assert result.people[0].articles == ["a001", "a002"]
