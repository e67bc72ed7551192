"""A domestic partnership: a Kesepakatan Bersama by the heads of region, then PKS by agencies."""

from __future__ import annotations

from kerjasama.link import build_links


def test_kesepakatan_bersama_then_pks(story):
    jatim = story.party("Pemprov Jatim", code="ID-JI", country="ID")
    kaltim = story.party("Provinsi Kalimantan Timur", code="ID-KI", country="ID")
    articles = [
        story.article(
            story.cooperation([kaltim, jatim], "negotiate", "mou", "2022-01-20", ["trade"]),
            published="2022-01-21",
        ),
        story.article(
            story.cooperation(
                [story.party("Kaltim", code="ID-KI"), jatim],
                "sign",
                "mou",
                "2022-03-01",
                ["trade", "agriculture"],
                "Surabaya",
            ),
            published="2022-03-01",
        ),
        story.article(
            story.cooperation([jatim, kaltim], "sign", "agreement", "2022-08-15", ["agriculture"]),
            published="2022-08-16",
        ),
    ]
    result = build_links(articles)
    assert len(result.partnerships) == 1
    partnership = result.partnerships[0]
    assert partnership.scope == "domestic"
    assert [p.code for p in partnership.parties] == ["ID-JI", "ID-KI"]
    assert [(e.action, e.instrument) for e in partnership.events] == [
        ("negotiate", "mou"),
        ("sign", "mou"),
        ("sign", "agreement"),
    ]
    assert partnership.stage == "agreement"
    assert partnership.sectors == ["agriculture", "trade"]


def test_regency_and_city_of_the_same_name_stay_apart(story):
    kaltim = story.party("Pemprov Kaltim", code="ID-KI", country="ID")
    articles = [
        story.article(story.cooperation([kaltim, story.party("Kota Bandung", "city")], "explore")),
        story.article(
            story.cooperation([kaltim, story.party("Kabupaten Bandung", "regency")], "explore")
        ),
        story.article(
            story.cooperation([kaltim, story.party("Pemkot Bandung", "city")], "explore")
        ),
    ]
    result = build_links(articles)
    assert len(result.partnerships) == 2
    partners = {p.parties[1].id: p.parties[1] for p in result.partnerships}
    city = next(e for e in partners.values() if "Pemkot Bandung" in {e.name, *e.aliases})
    assert "Kota Bandung" in {city.name, *city.aliases}
    assert city.kind == "city"
    # with no gazetteer: "name:kota bandung" and "name:kabupaten bandung"; with one, their codes
    assert len(partners) == 2


def test_records_with_one_party_make_no_partnership(story):
    lone = story.cooperation([story.party("Pemprov Kaltim", code="ID-KI")], "explore")
    assert build_links([story.article(lone)]).partnerships == []


def test_articles_not_about_cooperation_are_left_out(story):
    article = story.article(
        story.cooperation(
            [story.party("Kaltim", code="ID-KI"), story.party("Jatim", code="ID-JI")], "explore"
        )
    ).model_copy(update={"is_cooperation": False})
    assert build_links([article]).partnerships == []
