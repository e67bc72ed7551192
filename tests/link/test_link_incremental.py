"""Adding, replacing and removing articles one by one gives what a full rebuild gives."""

from __future__ import annotations

import random
from datetime import date

from kerjasama.link import LinkIndex, LinkSettings, build_links

SETTINGS = LinkSettings(today=date(2025, 1, 1))


def _collection(story):
    kaltim_variants = [
        story.KALTIM,
        story.party("East Kalimantan"),
        story.party("Kalimantan Timur"),
        story.party("Provinsi Kalimantan Timur", code="ID-KI"),
    ]
    anhui_variants = [story.ANHUI, story.party("Anhuui", "foreign_region", country="CN")]
    jatim = story.party("Jawa Timur", code="ID-JI")
    steps = [("explore", "none"), ("sign", "loi"), ("sign", "mou"), ("implement", "mou")]
    articles = []
    for n in range(24):
        action, instrument = steps[n % len(steps)]
        parties = [kaltim_variants[n % 4], anhui_variants[n % 2] if n % 3 else jatim]
        people = [
            story.person("Akmal Malik", "Pj Gubernur" if n < 12 else "Gubernur", "Kaltim", "ID-KI"),
            story.person(
                "Akmal" if n % 5 == 0 else "Shan Xiangqian", None, "Provinsi Anhui", "CN-AH"
            ),
        ]
        day = f"2023-{1 + n // 3:02d}-{1 + (n * 5) % 27:02d}"
        articles.append(
            story.article(
                story.cooperation(parties, action, instrument, day if n % 7 else None),
                published=day,
                outlet=["ANTARA", "Tribun", "Kaltim Post"][n % 3],
                people=people,
            )
        )
    return articles


def _dump(result):
    return result.model_dump(mode="json")


def test_incremental_equals_rebuild_in_any_order(story):
    articles = _collection(story)
    expected = _dump(build_links(articles, settings=SETTINGS))
    assert len(expected["partnerships"]) == 2
    for seed in range(5):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        index = LinkIndex(SETTINGS)
        for article in shuffled:
            index.add(article)
        assert _dump(index.result()) == expected


def test_removing_and_re_ingesting(story):
    articles = _collection(story)
    index = LinkIndex(SETTINGS)
    for article in articles:
        index.add(article)
    index.result()
    changed = articles[3].model_copy(update={"title": "Judul baru"})
    index.add(changed)  # re-ingest replaces by id
    assert len(index) == len(articles)
    for article in articles[:5]:
        index.remove(article.id)
    index.remove("no-such-article")
    assert _dump(index.result()) == _dump(build_links(articles[5:], settings=SETTINGS))
    index.add(changed)
    rebuilt = build_links([*articles[5:], changed], settings=SETTINGS)
    assert _dump(index.result()) == _dump(rebuilt)


def test_adding_a_coded_variant_later_merges_what_was_apart(story):
    uncoded = story.article(
        story.cooperation(
            [story.party("Kalimantan Timur"), story.ANHUI], "sign", "loi", "2023-12-04"
        )
    )
    coded = story.article(
        story.cooperation(
            [story.party("Provinsi Kalimantan Timur", code="ID-KI"), story.ANHUI],
            "sign",
            "mou",
            "2024-06-20",
        )
    )
    index = LinkIndex(SETTINGS)
    index.add(uncoded)
    before = index.result()
    index.add(coded)
    after = index.result()
    assert len(after.partnerships) == 1 and after.partnerships[0].stage == "mou"
    assert _dump(after) == _dump(build_links([coded, uncoded], settings=SETTINGS))
    assert before.partnerships[0].parties[0].id in {"name:kalimantan timur", "code:ID-KI"}
